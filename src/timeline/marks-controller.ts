/**
 * Visiting and choosing marks, through one listener of each kind on the chart (event delegation):
 * the roving tab stop (only one mark is in the tab order; arrow keys move it, navigation.ts), the
 * tooltip's anchor on hover and focus, and `pk-select` on click, Enter or Space. What the tooltip says
 * and where marks are is the element's (mark-text.ts, layout.ts). Loaded after the first drawing, with
 * the words (after-drawing.ts): until then a mark is drawn but not yet hovered or moved to.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Day } from '../model/index.js';
import { PkSelectEvent } from '../shared/events.js';
import type { TimelineMark } from './lanes.js';
import { nextInLanes } from './navigation.js';

/** The mark a tooltip is for, and where (px in the chart) its anchor is. */
export interface TipAnchor {
  key: string;
  x: number;
  y: number;
}

export interface MarksHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

export interface MarksOptions {
  /** The element's tab stop and tooltip anchor (its reactive state). */
  focusKey(): string;
  setFocusKey(key: string): void;
  tip(): TipAnchor | null;
  setTip(tip: TipAnchor | null): void;
  mark(key: string): TimelineMark | undefined;
  /** The focusable marks lane by lane (layout.ts's `navigationLanes`). */
  lanes(): readonly (readonly TimelineMark[])[];
  chart(): HTMLElement | undefined;
  /** Pans so that a day range is in view. */
  reveal(start: Day, end: Day): void;
  /** The visible days, for how much of a long mark to bring into view. */
  domain(): readonly [Day, Day] | undefined;
  /** While a zoom gesture or a cursor drag goes on, hovering shows no tooltip. */
  busy(): boolean;
}

export class MarksController implements ReactiveController {
  constructor(private readonly host: MarksHost, private readonly options: MarksOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hideTip();
  }

  hideTip(): void {
    if (this.options.tip()) this.options.setTip(null);
  }

  /** A key on a mark (Enter, Space, Escape, arrows, Home, End); true when handled. */
  onKey(event: KeyboardEvent, key: string): boolean {
    const mark = this.options.mark(key);
    if (!mark) return false;
    if (event.key === 'Enter' || event.key === ' ') {
      this.select(mark);
      return true;
    }
    if (event.key === 'Escape') {
      this.hideTip();
      return true;
    }
    const next = nextInLanes(this.options.lanes(), mark, event.key);
    if (next === null) return false;
    if (next) void this.focus(next);
    return true;
  }

  /** Makes a mark the tab stop and focuses it; from a key, first pans it into view (a click is on it already). */
  async focus(mark: TimelineMark, byKey = true): Promise<void> {
    this.options.setFocusKey(mark.key);
    const domain = this.options.domain();
    if (byKey && domain) this.options.reveal(mark.start, Math.min(mark.end, mark.start + (domain[1] - domain[0]) * 0.8));
    await this.host.updateComplete;
    const el = this.host.renderRoot.querySelector<SVGElement>(`.mark[data-key="${CSS.escape(mark.key)}"]`);
    el?.focus({ preventScroll: !byKey });
  }

  private select(mark: TimelineMark): void {
    const host = this.host;
    if (mark.kind === 'item' || mark.kind === 'amount') host.dispatchEvent(new PkSelectEvent({ kind: 'item', id: mark.id }));
    else if (mark.kind === 'mission') host.dispatchEvent(new PkSelectEvent({ kind: 'mission', id: mark.id }));
    else if (mark.kind === 'event') host.dispatchEvent(new PkSelectEvent({ kind: 'event', index: Number(mark.key.slice(6)) }));
  }

  private markOf(event: Event): { key: string; el: SVGElement } | null {
    const el = (event.composedPath()[0] as Element).closest?.('.mark') as SVGElement | null;
    return el?.dataset.key ? { key: el.dataset.key, el } : null;
  }

  private showTipFor(el: Element, key: string, clientX?: number): void {
    const chart = this.options.chart()!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = (clientX ?? box.left + box.width / 2) - chart.left;
    this.options.setTip({ key, x, y: box.bottom - chart.top + 6 });
  }

  private focusedMark(): boolean {
    return (this.host.renderRoot as ShadowRoot).activeElement?.closest?.('.mark') != null;
  }

  readonly onPointerOver = (event: PointerEvent) => {
    if (this.options.busy() || event.buttons) return;
    const hit = this.markOf(event);
    if (hit) this.showTipFor(hit.el, hit.key, event.clientX);
    else if (!this.focusedMark()) this.hideTip();
  };

  readonly onPointerLeave = () => {
    if (!this.focusedMark()) this.hideTip();
  };

  readonly onFocusIn = (event: FocusEvent) => {
    const hit = this.markOf(event);
    if (!hit) return;
    this.options.setFocusKey(hit.key);
    this.showTipFor(hit.el, hit.key);
  };

  readonly onFocusOut = () => this.hideTip();

  readonly onClick = (event: MouseEvent) => {
    const hit = this.markOf(event);
    const mark = hit && this.options.mark(hit.key);
    if (!mark) return;
    // Only the tab stop carries a tabindex: the clicked mark becomes it, then takes focus.
    if (mark.key !== this.options.focusKey()) void this.focus(mark, false);
    this.select(mark);
  };
}
