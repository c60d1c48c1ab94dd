/**
 * The mission map's pointer and keyboard behaviour: which mark is active, the tooltip (by pointer or
 * by keyboard), the wheel hint, choosing a mark (`pk-select`) or opening a group of sites. One tab stop:
 * arrow keys move between marks, Enter or Space chooses, + and − zoom, Shift + arrows pan, 0 resets,
 * Escape hides the tooltip. Zoom and pan go through the map's `ZoomController`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PkSelectEvent } from '../shared/events.js';
import type { ZoomController } from '../shared/zoom-controller.js';
import { MAX_ZOOM, nextMark, type Direction, type Frame, type Footprint, type Transform, type View, type ViewMark } from './layout.js';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What the behaviour reads of its element: what is drawn, and the zoom drawn. */
export interface MapShown {
  drawing: { frame?: Frame; footprint?: Footprint; view?: View };
  transform: Transform;
}

export class MapNavigation implements ReactiveController {
  /** The mark the keyboard is on (its key), or null. */
  activeKey: string | null = null;
  tip: { key: string; by: 'pointer' | 'keyboard' } | null = null;
  /** Whether the hint "use Ctrl + scroll to zoom" shows. */
  hint = false;
  private hintTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & EventTarget, private readonly zoom: ZoomController, private readonly shown: () => MapShown) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
  }

  /** Forgets the active mark and the tooltip (a new frame). */
  reset(): void {
    this.activeKey = null;
    this.tip = null;
  }

  /** Drops the active mark when the footprint no longer has it. */
  keepIn(footprint: Footprint): void {
    if (this.activeKey && !footprint.byId.has(this.activeKey)) this.activeKey = null;
  }

  get active(): ViewMark | undefined {
    return this.shown().drawing.view?.marks.find((m) => m.key === this.activeKey);
  }

  zoomBy(factor: number): void {
    this.zoom.scaleBy(factor);
  }

  resetView(): void {
    this.zoom.transform({ k: 1, x: 0, y: 0 });
  }

  showHint(): void {
    this.set(() => (this.hint = true));
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.set(() => (this.hint = false)), 1600);
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    const mark = this.markAt(event);
    if (mark) this.set(() => (this.tip = { key: mark.key, by: 'pointer' }));
  };

  readonly onPointerOut = (event: PointerEvent): void => {
    if (this.tip?.by === 'pointer' && !(event.relatedTarget as Element | null)?.closest?.('[data-key]')) this.set(() => (this.tip = null));
  };

  readonly onClick = (event: MouseEvent): void => {
    const mark = this.markAt(event);
    if (mark) this.choose(mark);
  };

  readonly onFocus = (): void => {
    if (this.activeKey) this.set(() => (this.tip = { key: this.activeKey!, by: 'keyboard' }));
  };

  readonly onBlur = (): void => {
    if (this.tip?.by === 'keyboard') this.set(() => (this.tip = null));
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const marks = this.shown().drawing.view?.marks ?? [];
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) {
      const step = 60 / this.shown().transform.k;
      const [dx, dy] = { left: [step, 0], right: [-step, 0], up: [0, step], down: [0, -step] }[direction];
      this.zoom.translateBy(dx, dy);
    } else if (direction) {
      const next = nextMark(marks, marks.findIndex((m) => m.key === this.activeKey), direction);
      if (next >= 0) this.set(() => (this.tip = { key: (this.activeKey = marks[next].key), by: 'keyboard' }));
    } else if (event.key === '+' || event.key === '=') this.zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') this.zoomBy(1 / 1.5);
    else if (event.key === '0') this.resetView();
    else if (event.key === 'Enter' || event.key === ' ') {
      const mark = this.active;
      if (!mark) return;
      this.choose(mark);
    } else if (event.key === 'Escape') this.set(() => (this.tip = null));
    else return;
    event.preventDefault();
  };

  private choose(mark: ViewMark) {
    if (mark.kind === 'cluster') {
      this.openCluster(mark);
      return;
    }
    const m = mark.mark!;
    this.set(() => (this.activeKey = mark.key));
    this.host.dispatchEvent(new PkSelectEvent(m.kind === 'mission' ? { kind: 'mission', id: m.id } : { kind: 'site', mission: m.mission, id: m.id }));
  }

  /** Zooms in on a group of sites until it splits, and makes its first site active. */
  private openCluster(mark: ViewMark) {
    const c = mark.cluster;
    const { frame, footprint } = this.shown().drawing;
    if (!c || !frame || !footprint?.clusterer) return;
    const k = Math.min(MAX_ZOOM, Math.max(this.shown().transform.k * 2, footprint.clusterer.expansionScale(c) / frame.projection.scale()));
    const [bx, by] = frame.projection(c.at) ?? [0, 0];
    this.zoom.transform({ k, x: frame.width / 2 - bx * k, y: frame.height / 2 - by * k });
    this.set(() => {
      this.activeKey = c.first ?? null;
      if (this.activeKey) this.tip = { key: this.activeKey, by: 'keyboard' };
    });
  }

  private markAt(event: Event): ViewMark | undefined {
    const key = (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
    return key ? this.shown().drawing.view?.marks.find((m) => m.key === key) : undefined;
  }

  private set(change: () => unknown) {
    change();
    this.host.requestUpdate();
  }
}
