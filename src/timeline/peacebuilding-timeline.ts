/**
 * `<pk-peacebuilding-timeline>`: one mission before, during and long after it leaves. Its
 * predecessors, phases, mandates and strength; the departure and the span after it; the tracks and
 * funding that continue; events; a date cursor. Layout is pure (lanes.ts, layout.ts); this file
 * wires data, size, zoom, keyboard and pointer to it.
 */
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from '../shared/style-map.js';
import { utcMonth, utcYear } from 'd3-time';
import { invertX, ZoomController, type ZoomState } from '../shared/zoom-controller.js';
import { asOfDay, DAY_MS, dayOf, endOf, isoDay, relatedTo, startOf, RELIABILITIES, strengthAt, type Day, type StrengthKind } from '../model/index.js';
import { define } from '../shared/define.js';
import { PkDateChangeEvent, PkSelectEvent } from '../shared/events.js';
import { noticeStyles, PkFeedElement } from '../shared/feed-element.js';
import { markRelated } from '../shared/related-marks.js';
import { ResizeController } from '../shared/resize-controller.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { timeTicks, type Tick } from './axis.js';
import { amountText, dateText, numberText, rangeText } from './format.js';
import { fitText, textWidth } from './labels.js';
import { buildTimeline, type Mark, type StrengthStep, type TimelineModel } from './lanes.js';
import { layoutTimeline, navigationLanes, SIZE, type Bar, type TimelineLayout } from './layout.js';
import { timelineStyles } from './styles.js';
import { numberFormat } from '../model/intl.js';

/** Keeps a right-to-left group name and its summary in drawing order (name, then summary) inside one SVG text. */
const LRM = '\u200E';

/** The closest zoom: four months across the plot, so month ticks always show. */
export const MIN_SPAN_DAYS = 120;

/** Between a gesture's start and end the drawn bars are moved as one composited layer by this much. */
interface Gesture {
  scale: number;
  dx: number;
  domain: [Day, Day];
}

/** A bar ready to draw: its geometry with the classes and texts its template binds. */
interface DrawnBar {
  bar: Bar;
  key: string;
  cls: string;
  aria: string;
  width: number;
  tail: number;
  arrow: string;
  diamond: string;
  label: string;
  labelCls: string;
  textY: number;
  amount: string;
  amountCls: string;
  amountX: number;
  /** For an amount that says what was required: the received part, a solid bar at the foot of the outline. */
  received: { y: number; h: number } | null;
}

interface Tip {
  key: string;
  x: number;
  y: number;
}

const EVENT_SYMBOLS: Record<string, string> = {
  agreement: 'M0,-6L6,0L0,6L-6,0Z',
  election: 'M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z',
  resolution: 'M-4.5,-4.5H4.5V4.5H-4.5Z',
  milestone: 'M0,-6L5.5,4H-5.5Z',
  crisis: 'M-5,-5L5,5M5,-5L-5,5',
  departure: 'M-6,-4H6L0,6Z',
  other: 'M3.5,0A3.5,3.5 0 1,1 -3.5,0A3.5,3.5 0 1,1 3.5,0Z',
};

/**
 * A peacebuilding timeline: the mission, what came before it and what continues after it leaves.
 * Without `mission`, it shows the feed's first mission.
 *
 * @fires pk-date-change - The user moved the date cursor (drag, click on the axis, keys). Detail `{ date }`. Not fired when `date` is set by code.
 * @fires pk-select - The user chose a mark (click, Enter or Space): `{ kind: 'item', id }`, `{ kind: 'mission', id }` or `{ kind: 'event', index }`.
 * @fires pk-feed-load - The feed has loaded and parsed.
 * @fires pk-feed-error - The feed could not be loaded or is invalid.
 * @fires pk-export-error - `toPNG()` failed (detail: `{ format, message, blocked }`), e.g. blocked by the page's CSP.
 *
 * @csspart problems - The notice of a feed drawn in part, above the toolbar: how many entries could not be shown, opening onto each problem with its JSON path.
 * @csspart export-error - Said when an export failed (e.g. the page's CSP blocks it).
 * @csspart language-notice - Said when the element's language's strings did not load.
 * @csspart toolbar - The summary line and the zoom buttons.
 * @csspart summary - "7 items in 4 tracks continue after UNAMSIL's departure".
 * @csspart legend - The key to marks and funding reliability.
 * @csspart chart - The drawing (axis, lanes, cursor).
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart table - The accessible table of every item and event.
 * @csspart status - Loading and notices.
 * @csspart error - The error state: the feed could not be loaded or read, with a retry.
 *
 * @cssprop --pk-timeline-mission - The mission, its phases and strength.
 * @cssprop --pk-timeline-presence - Predecessor and successor presences.
 * @cssprop --pk-timeline-political - Tracks of the political group.
 * @cssprop --pk-timeline-peacebuilding - Tracks of the peacebuilding group.
 * @cssprop --pk-timeline-development - Tracks of the development group.
 * @cssprop --pk-timeline-humanitarian - Tracks of the humanitarian group.
 * @cssprop --pk-timeline-funding - Tracks of the funding group.
 * @cssprop --pk-timeline-other - Tracks of any other group.
 * @cssprop --pk-timeline-after - The span after the departure and the departure line.
 * @cssprop --pk-timeline-cursor - The date cursor.
 * @cssprop --pk-timeline-grid - Grid lines.
 * @cssprop --pk-timeline-on-bar - Labels inside solid bars.
 */
export class PkPeacebuildingTimeline extends PkFeedElement {
  static override styles = [tokens, statusStyles, noticeStyles, timelineStyles];

  /** Groups shown collapsed, by id (`collapsed-groups="development funding"`); the user's toggles update it. */
  @property({
    attribute: 'collapsed-groups',
    converter: {
      fromAttribute: (value: string | null) => new Set((value ?? '').split(/\s+/).filter(Boolean)),
      toAttribute: (value: ReadonlySet<string>) => [...value].join(' '),
    },
  })
  collapsedGroups: ReadonlySet<string> = new Set();
  /** The visible days after the last completed zoom; null: the whole extent. */
  @state() private view: [Day, Day] | null = null;
  @state() private gesture: Gesture | null = null;
  @state() private focusKey = '';
  @state() private tip: Tip | null = null;
  @state() private listOpen = false;

  @query('.chart') private chartEl?: HTMLDivElement;
  @query('svg.plot') private plotEl?: SVGSVGElement;
  @query('svg.front') private frontEl?: SVGSVGElement;

  private readonly size = new ResizeController(this);
  private relatedMarks: Element[] = [];
  private model: TimelineModel | null = null;
  private layout: TimelineLayout | null = null;
  private marks = new Map<string, Mark>();
  private nav: Mark[][] = [];
  private visible: DrawnBar[] = [];
  private ticks: Tick[] = [];
  private live: { domain: readonly [Day, Day]; x: (d: Day) => number } | null = null;
  private cursorDay: Day = 0;
  private notice = '';

  private readonly zoom = new ZoomController(this, {
    filter: (event: Event) => {
      const target = event.target as Element;
      if (target.closest?.('.cursor, .axis-hit, button, .tip')) return false;
      // The wheel zooms only on purpose: with Ctrl/Cmd, or once the timeline has focus.
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey || !!this.chartEl?.matches(':focus-within');
      return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
    },
    zoom: (t, gesture) => this.onZoom(t, gesture),
    end: () => this.onZoomEnd(),
  });
  private dragging = false;

  // ---- public API ------------------------------------------------------------------------------

  /** The days in view (ISO), after the last completed zoom or pan; null before the feed is drawn. */
  get visibleRange(): { start: string; end: string } | null {
    const domain = this.layout?.domain;
    return domain ? { start: isoDay(domain[0]), end: isoDay(domain[1]) } : null;
  }

  /**
   * Shows the days from `start` to `end` (feed dates: "2005", "2005-06", "2005-06-30"), within the
   * timeline's extent and no closer than four months. Call it once the feed has loaded.
   */
  zoomTo(start: string, end: string): void {
    if (!this.model) return;
    const [e0, e1] = this.model.extent;
    let d0 = Math.max(e0, startOf(start));
    let d1 = Math.min(e1, endOf(end) + DAY_MS);
    if (!(d1 > d0)) return;
    const short = MIN_SPAN_DAYS * DAY_MS - (d1 - d0);
    if (short > 0) [d0, d1] = [Math.max(e0, d0 - short / 2), Math.min(e1, d1 + short / 2)];
    this.view = this.isExtent([d0, d1]) ? null : [d0, d1];
  }

  /**
   * What is shown, as a standalone SVG document (styles inlined), with in fine print how many entries
   * of the feed could not be shown (`finePrint: false` leaves that to a briefing's slide). Empty
   * before the feed is drawn.
   */
  toSVG(options: { finePrint?: boolean } = {}): string {
    const svg = this.drawingSVG();
    if (!svg || options.finePrint === false) return svg;
    const style = getComputedStyle(this);
    return this.exportKit.withFinePrint(svg, this.finePrint(), {
      color: style.getPropertyValue('--pk-color-text-muted').trim() || style.color,
      background: style.backgroundColor,
      fontFamily: style.fontFamily || 'sans-serif',
      dir: this.localize.dir(),
    });
  }

  private drawingSVG(): string {
    const layout = this.layout;
    if (!layout || !this.plotEl || !this.frontEl) return '';
    const bg = getComputedStyle(this).backgroundColor;
    const { width, height } = layout;
    // The plot's own svg carries x = the label column's width: nested here, it lands beside the labels.
    const plot = this.exportKit.svgToString(this.plotEl);
    const front = this.exportKit.svgToString(this.frontEl);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
      + `<rect width="${width}" height="${height}" fill="${bg}"/>${plot}${front}</svg>`;
  }

  /** What is shown, as a PNG at twice the pixel density (for slides). A failure is shown and fires `pk-export-error`. */
  toPNG(scale = 2): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const svg = this.toSVG();
      if (!svg) throw new Error('Nothing to export: the timeline has not been drawn yet.');
      const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
      const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
      return this.exportKit.svgStringToPng(svg, width, height, scale, getComputedStyle(this).backgroundColor);
    });
  }

  // ---- derived state ---------------------------------------------------------------------------

  private get t() {
    return this.messages;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedController.status === 'ready' ? this.feed : null;
    const lang = this.language;
    const missionId = this.mission ?? feed?.missions?.[0]?.id;
    const modelKey = feed && missionId ? { feed, missionId, lang } : null;
    if (!modelKey) {
      this.model = null;
      this.layout = null;
      this.notice = feed ? (this.mission ? this.t.timeline.noMission(this.mission) : this.t.timeline.noMissions) : '';
      return;
    }
    const rebuild = !this.model || this.model.mission.id !== missionId || this.modelFeed !== feed || this.modelLang !== lang || this.modelMessages !== this.t;
    if (rebuild) {
      this.model = buildTimeline(feed!, missionId!, asOfDay(feed!), lang, this.t.timeline.phaseKinds);
      this.modelFeed = feed;
      this.modelLang = lang;
      this.modelMessages = this.t;
      this.view = null;
      this.marks = new Map();
      if (this.model) {
        const m = this.model;
        for (const mark of [...m.missionLane.marks, ...m.mandates, ...m.events, ...m.groups.flatMap((g) => g.lanes.flatMap((l) => l.marks))]) {
          this.marks.set(mark.key, mark);
        }
      }
    }
    const model = this.model;
    if (!model) {
      this.layout = null;
      this.notice = this.t.timeline.noMission(missionId!);
      return;
    }
    this.notice = '';
    const width = this.size.width || this.clientWidth || 640;
    // The resize observer's first report of this same width then brings no second full update.
    this.size.width = width;
    const domain = this.view ?? model.extent;
    // The size of the smallest type (--pk-font-size-xs, a registered length, so read in pixels: a style
    // read, no layout): rows and labels are laid out for it. Any change of type size resizes the host,
    // and the resize brings the next update here.
    const fontSize = parseFloat(getComputedStyle(this).getPropertyValue('--pk-font-size-xs')) || 12;
    if (rebuild || !this.layout || this.layout.width !== width || this.layout.domain !== domain || this.layout.size.fontSize !== fontSize || changed.has('collapsedGroups')) {
      this.layout = layoutTimeline(model, { width, domain, collapsed: this.collapsedGroups, fontSize });
      this.nav = navigationLanes(this.layout, model.mandates);
      if (!this.marks.has(this.focusKey) || !this.nav.some((l) => l.some((m) => m.key === this.focusKey))) {
        this.focusKey = this.nav[0]?.[0]?.key ?? '';
      }
      this.visible = this.drawBars(this.cull(this.layout));
    }
    const layout = this.layout;
    // What moves every frame of a gesture or cursor drag: cheap, a handful of numbers and ticks.
    const liveDomain = this.gesture?.domain ?? layout.domain;
    const k = layout.plotWidth / (liveDomain[1] - liveDomain[0]);
    this.live = { domain: liveDomain, x: (d) => (d - liveDomain[0]) * k };
    this.ticks = timeTicks(liveDomain, layout.plotWidth, lang);
    const date = this.date ? dayOf(this.date) : NaN;
    this.cursorDay = Number.isFinite(date) ? date : model.asOf;
    if (rebuild) this.deriveStrengthText(model);
    this.readout = this.strengthReadout(model);
  }

  /** The strength band's words: which figure is which, and whether the deployed one is an estimate. */
  private deriveStrengthText(model: TimelineModel): void {
    const t = this.t.timeline;
    const { authorized, deployed, max, peakKind } = model.strength;
    this.strengthEstimate = deployed.some((s) => s.estimate);
    this.deployedTitle = t.strength('deployed') + (this.strengthEstimate ? ` (${t.estimate})` : '');
    const peakEstimate = peakKind === 'deployed' && deployed.some((s) => s.total === max && s.estimate);
    this.strengthPeak = peakKind ? t.strengthAt(numberText(max, this.language), peakKind) + (peakEstimate ? ` (${t.estimate})` : '') : '';
    const row = (kind: StrengthKind) => (st: StrengthStep) => ({
      day: st.day, date: st.date, label: `${t.strength(kind)}: ${numberText(st.total, this.language)}`, note: st.estimate ? t.estimate : '',
    });
    this.strengthRows = [...authorized.map(row('authorized')), ...deployed.map(row('deployed'))].sort((a, b) => a.day - b.day);
    this.strengthLegend = [
      ...(authorized.length ? [['ceiling', t.strength('authorized')] as [string, string]] : []),
      ...(deployed.length ? [[this.strengthEstimate ? 'estimate' : 'deployed', this.deployedTitle] as [string, string]] : []),
    ];
  }

  /** The cursor readout: the authorized and the deployed strength in force on the cursor's day. */
  private strengthReadout(model: TimelineModel): string {
    const t = this.t.timeline;
    const parts = (['authorized', 'deployed'] as const).map((kind) => {
      const s = strengthAt(model.mission, this.cursorDay, kind);
      return s ? t.strengthAt(numberText(s.total, this.language), kind) + (s.estimate ? ` (${t.estimate})` : '') : '';
    }).filter(Boolean);
    return parts.length ? ` · ${model.mission.acronym} ${parts.join(' · ')}` : '';
  }

  private strengthEstimate = false;
  private deployedTitle = '';
  private strengthPeak = '';
  private strengthLegend: [string, string][] = [];
  /** Every strength entry, complete (categories carried forward), for the table. */
  private strengthRows: { day: Day; date: string; label: string; note: string }[] = [];
  private readout = '';

  private modelFeed: unknown = null;
  private modelLang = '';
  private modelMessages?: object;

  /** Bars within a plot width either side of the view: enough for a pan gesture; the rest waits for its end. */
  private cull(layout: TimelineLayout): Bar[] {
    const w = layout.plotWidth;
    return layout.bars.filter((b) => (b.x1 >= -w && b.x0 <= 2 * w) || b.mark.key === this.focusKey);
  }

  // ---- zoom ------------------------------------------------------------------------------------

  /** The keys of the marks a selection in a linked view relates to: the mission's bar, track items. */
  private relatedKeys(): Set<string> {
    const feed = this.feed;
    if (!feed || !this.selection) return new Set();
    const related = relatedTo(feed, this.selection);
    const keys = new Set<string>();
    if (this.model && related.missions.has(this.model.mission.id)) keys.add('mission');
    for (const track of feed.tracks ?? []) {
      for (const item of track.items) if (related.items.has(item.id)) keys.add(`item-${track.id}-${item.id}`);
    }
    return keys;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.relatedMarks = markRelated(this.chartEl, this.relatedKeys(), this.relatedMarks);
    const chart = this.chartEl;
    if (!chart || !this.layout || !this.model) return;
    this.zoom.attach(chart);
    if (!this.gesture) this.syncZoom();
  }

  /** Resolves once the feed is drawn and zooming works. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.zoom.ready;
    return done;
  }

  /** The zoom transform that shows `domain`, relative to the whole extent across the plot. */
  private transformFor(domain: readonly [Day, Day]): ZoomState {
    const [e0, e1] = this.model!.extent;
    const { plotLeft: left, plotWidth: width } = this.layout!;
    const k = (e1 - e0) / (domain[1] - domain[0]);
    const base0 = left + ((domain[0] - e0) / (e1 - e0)) * width;
    return { k, x: left - k * base0, y: 0 };
  }

  private domainOf(t: ZoomState): [Day, Day] {
    const [e0, e1] = this.model!.extent;
    const { plotLeft: left, plotWidth: width } = this.layout!;
    const day = (px: number) => Math.round(e0 + ((invertX(t, px) - left) / width) * (e1 - e0));
    return [day(left), day(left + width)];
  }

  private syncZoom(): void {
    const { extent } = this.model!;
    const { plotLeft, plotWidth, height } = this.layout!;
    const bounds: [[number, number], [number, number]] = [[plotLeft, 0], [plotLeft + plotWidth, height]];
    this.zoom.limit(bounds, [1, Math.max(1, (extent[1] - extent[0]) / (MIN_SPAN_DAYS * DAY_MS))]);
    this.zoom.sync(this.transformFor(this.layout!.domain));
  }

  private onZoom(transform: ZoomState, gesture: boolean): void {
    const domain = this.domainOf(transform);
    if (!gesture) {
      // Buttons and keys: one step, laid out at once.
      this.gesture = null;
      this.view = this.isExtent(domain) ? null : domain;
      return;
    }
    // A drag, pinch or wheel: move the drawn layer as one composited transform; lay out at the end.
    const t0 = this.transformFor(this.layout!.domain);
    const scale = transform.k / t0.k;
    const left = this.layout!.plotLeft;
    this.gesture = { scale, dx: scale * (left - t0.x) + transform.x - left, domain };
    this.tip = null;
  }

  private onZoomEnd(): void {
    if (!this.gesture) return;
    const domain = this.gesture.domain;
    this.gesture = null;
    this.view = this.isExtent(domain) ? null : domain;
  }

  private isExtent(domain: readonly [Day, Day]): boolean {
    const [e0, e1] = this.model!.extent;
    return Math.abs(domain[0] - e0) < DAY_MS && Math.abs(domain[1] - e1) < DAY_MS;
  }

  private zoomBy(factor: number): void {
    if (!this.layout) return;
    const { plotLeft, plotWidth } = this.layout;
    const cx = this.live!.x(this.cursorDay);
    const center = cx >= 0 && cx <= plotWidth ? plotLeft + cx : plotLeft + plotWidth / 2;
    this.zoom.scaleBy(factor, [center, 0]);
  }

  private showAll(): void {
    this.zoom.transform({ k: 1, x: 0, y: 0 });
  }

  /** Pans (without zooming) so that a day range is in view. */
  private reveal(start: Day, end: Day = start): void {
    if (!this.layout) return;
    const [d0, d1] = this.layout.domain;
    const span = d1 - d0;
    if (start >= d0 && end + DAY_MS <= d1) return;
    const target = start < d0 ? start - span * 0.1 : Math.min(start, end + DAY_MS - span * 0.9) ;
    const k = this.layout.plotWidth / span;
    this.zoom.translateBy((d0 - target) * k / this.transformFor(this.layout.domain).k, 0);
  }

  // ---- cursor ----------------------------------------------------------------------------------

  /** Moves the cursor as the user asked: sets `date` and fires `pk-date-change` when the day changes. */
  private moveCursor(day: Day): void {
    const [e0, e1] = this.model!.extent;
    const clamped = Math.min(Math.max(Math.floor(day / DAY_MS) * DAY_MS, e0), e1);
    const iso = isoDay(clamped);
    if (clamped === this.cursorDay && this.date === iso) return;
    this.date = iso;
    this.dispatchEvent(new PkDateChangeEvent({ date: iso }));
  }

  private dayAt(clientX: number): Day {
    const rect = this.chartEl!.getBoundingClientRect();
    const [d0, d1] = this.live!.domain;
    return d0 + ((clientX - rect.left - this.layout!.plotLeft) / this.layout!.plotWidth) * (d1 - d0);
  }

  private onCursorDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    this.dragging = true;
    this.tip = null;
    this.moveCursor(this.dayAt(event.clientX));
    this.renderRoot.querySelector<SVGGElement>('.cursor')?.focus({ preventScroll: true });
  };

  private onCursorMove = (event: PointerEvent) => {
    if (this.dragging) this.moveCursor(this.dayAt(event.clientX));
  };

  private onCursorUp = (event: PointerEvent) => {
    this.dragging = false;
    (event.currentTarget as Element).releasePointerCapture?.(event.pointerId);
  };

  private onCursorKey(event: KeyboardEvent): boolean {
    const step = event.shiftKey ? 12 : 1;
    const day = new Date(this.cursorDay);
    let next: Date | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') next = utcMonth.offset(day, step);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = utcMonth.offset(day, -step);
    else if (event.key === 'PageUp') next = utcYear.offset(day, 1);
    else if (event.key === 'PageDown') next = utcYear.offset(day, -1);
    else if (event.key === 'Home') next = new Date(this.model!.extent[0]);
    else if (event.key === 'End') next = new Date(this.model!.asOf);
    if (!next) return false;
    this.moveCursor(next.getTime());
    this.reveal(Math.min(Math.max(next.getTime(), this.model!.extent[0]), this.model!.extent[1]));
    return true;
  }

  // ---- keyboard, pointer, focus on marks -------------------------------------------------------

  private onKeyDown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as Element;
    let handled = false;
    if (event.key === '+' || event.key === '=') (this.zoomBy(2), (handled = true));
    else if (event.key === '-' || event.key === '_') (this.zoomBy(0.5), (handled = true));
    else if (event.key === '0') (this.showAll(), (handled = true));
    else if (target.closest?.('.cursor')) handled = this.onCursorKey(event);
    else if (target.closest?.('.mark')) handled = this.onMarkKey(event, (target.closest('.mark') as SVGElement).dataset.key!);
    if (handled) event.preventDefault();
  };

  private onMarkKey(event: KeyboardEvent, key: string): boolean {
    const mark = this.marks.get(key);
    if (!mark) return false;
    if (event.key === 'Enter' || event.key === ' ') {
      this.select(mark);
      return true;
    }
    if (event.key === 'Escape') {
      this.tip = null;
      return true;
    }
    const laneIndex = this.nav.findIndex((l) => l.includes(mark));
    const lane = this.nav[laneIndex];
    if (!lane) return false;
    const i = lane.indexOf(mark);
    let next: Mark | undefined;
    if (event.key === 'ArrowRight') next = lane[i + 1];
    else if (event.key === 'ArrowLeft') next = lane[i - 1];
    else if (event.key === 'Home') next = lane[0];
    else if (event.key === 'End') next = lane[lane.length - 1];
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const other = this.nav[laneIndex + (event.key === 'ArrowDown' ? 1 : -1)];
      // The mark in the next lane nearest in time: moving down keeps your place on the axis.
      next = other?.reduce((best, m) => (Math.abs(m.start - mark.start) < Math.abs(best.start - mark.start) ? m : best), other[0]);
    } else return false;
    if (next) void this.focusMark(next);
    return true;
  }

  private async focusMark(mark: Mark): Promise<void> {
    this.focusKey = mark.key;
    this.reveal(mark.start, Math.min(mark.end, mark.start + (this.layout!.domain[1] - this.layout!.domain[0]) * 0.8));
    await this.updateComplete;
    const el = this.renderRoot.querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(mark.key)}"]`);
    el?.focus({ preventScroll: false });
  }

  private select(mark: Mark): void {
    if (mark.kind === 'item' || mark.kind === 'amount') this.dispatchEvent(new PkSelectEvent({ kind: 'item', id: mark.id }));
    else if (mark.kind === 'mission') this.dispatchEvent(new PkSelectEvent({ kind: 'mission', id: mark.id }));
    else if (mark.kind === 'event') this.dispatchEvent(new PkSelectEvent({ kind: 'event', index: Number(mark.key.slice(6)) }));
  }

  private markOf(event: Event): { key: string; el: SVGElement } | null {
    const el = (event.composedPath()[0] as Element).closest?.('.mark') as SVGElement | null;
    return el?.dataset.key ? { key: el.dataset.key, el } : null;
  }

  private showTipFor(el: Element, key: string, clientX?: number): void {
    const chart = this.chartEl!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = (clientX ?? box.left + box.width / 2) - chart.left;
    this.tip = { key, x, y: box.bottom - chart.top + 6 };
  }

  private onPointerOver = (event: PointerEvent) => {
    if (this.gesture || this.dragging || event.buttons) return;
    const hit = this.markOf(event);
    if (hit) this.showTipFor(hit.el, hit.key, event.clientX);
    else if (this.tip && (this.renderRoot as ShadowRoot).activeElement?.closest?.('.mark') == null) this.tip = null;
  };

  private onPointerLeave = () => {
    if (!(this.renderRoot as ShadowRoot).activeElement?.closest?.('.mark')) this.tip = null;
  };

  private onFocusIn = (event: FocusEvent) => {
    const hit = this.markOf(event);
    if (!hit) return;
    this.focusKey = hit.key;
    this.showTipFor(hit.el, hit.key);
  };

  private onFocusOut = () => {
    this.tip = null;
  };

  private onClick = (event: MouseEvent) => {
    const hit = this.markOf(event);
    const mark = hit && this.marks.get(hit.key);
    if (mark) {
      this.focusKey = mark.key;
      this.select(mark);
    }
  };

  private toggleGroup(id: string): void {
    const next = new Set(this.collapsedGroups);
    if (!next.delete(id)) next.add(id);
    this.collapsedGroups = next;
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    if (!this.layout || !this.model) return html`${this.renderNotices()}${renderNotice(this.notice)}`;
    const { layout, model } = this;
    const t = this.t.timeline;
    const acronym = model.mission.acronym;
    return html`
      ${this.renderNotices()}
      <div class="toolbar" part="toolbar">
        <p class="summary" part="summary">${model.departure === null
          ? t.deployed(acronym)
          : t.continuing(acronym, model.continuing.items, model.continuing.tracks)}</p>
        <div class="controls">
          <button type="button" @click=${() => this.zoomBy(0.5)} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
          <button type="button" @click=${() => this.zoomBy(2)} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
          <button type="button" @click=${() => this.showAll()} ?disabled=${!this.view}>${t.showAll}</button>
          <span class="readout">${t.date}: <output>${dateText(this.cursorDay, this.language)}</output>${this.readout}</span>
        </div>
      </div>
      ${this.renderLegend()}
      <div class="chart" part="chart" style=${styleMap({ height: `${layout.height}px` })}
        @keydown=${this.onKeyDown} @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave}
        @focusin=${this.onFocusIn} @focusout=${this.onFocusOut} @click=${this.onClick}>
        <div class="plot-clip" style=${styleMap({ left: `${layout.plotLeft}px`, width: `${layout.plotWidth + layout.size.rightPad}px` })}>
          <svg class="plot" x=${layout.plotLeft} width=${layout.plotWidth + layout.size.rightPad} height=${layout.height}
            role="group" aria-label=${t.chart(acronym)} aria-describedby="keys"
            style=${styleMap({ transform: this.gesture ? `translateX(${this.gesture.dx}px) scaleX(${this.gesture.scale})` : '' })}>
            ${guard([layout, this.visible, this.focusKey, this.language], () => this.renderPlot())}
          </svg>
        </div>
        <svg class="front" width=${layout.width} height=${layout.height} aria-hidden="true">${this.renderFront()}</svg>
        ${this.renderCursor()}
        ${layout.groups.map((g) => {
          const name = t.groups[g.group.id] ?? g.group.id;
          return html`<button type="button" class="toggle" style=${styleMap({ top: `${g.y + 1 + (layout.size.groupHeader - SIZE.groupHeader) / 2}px` })}
            aria-expanded=${g.collapsed ? 'false' : 'true'}
            aria-label=${`${name}: ${t.groupSummary(g.group.lanes.length, g.items)}`}
            title=${g.collapsed ? t.expand(name) : t.collapse(name)}
            @click=${() => this.toggleGroup(g.group.id)}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2,4L6,8L10,4"/></svg>
          </button>`;
        })}
        ${this.renderTip()}
      </div>
      <p id="keys" class="visually-hidden">${t.keys}</p>
      ${this.renderTable()}
    `;
  }

  private renderLegend(): TemplateResult {
    const t = this.t.timeline;
    // The ongoing swatch is wider: its arrow sits beside the bar, as in the plot, and clear of the label.
    const swatch = (cls: string, extra: TemplateResult | typeof nothing = nothing, width = 22) =>
      html`<svg width=${width} height="12" aria-hidden="true"><g class=${cls}><rect x="1" y="1" width="20" height="10" rx="2"></rect>${extra}</g></svg>`;
    return html`<ul class="legend" part="legend">
      <li>${swatch('mark k-mission')}${t.legend.mission}</li>
      <li>${swatch('mark k-presence')}${t.legend.presence}</li>
      <li><svg width="22" height="12" aria-hidden="true"><rect class="after-span" width="22" height="12"></rect><line class="departure-line" x1="1" x2="1" y2="12"></line></svg>${t.legend.after}</li>
      <li>${swatch('mark g-peacebuilding', svg`<path class="arrow" d="M23,2l5,4l-5,4"></path>`, 30)}${t.legend.ongoing}</li>
      ${this.strengthLegend.map(([cls, label]) => html`<li><svg width="22" height="12" aria-hidden="true">${cls === 'ceiling'
        ? svg`<rect class="strength-ceiling" x="1" y="3" width="20" height="9"></rect><path class="strength-ceiling-line" d="M1,3H21"></path>`
        : svg`<rect class=${`strength-deployed${cls === 'estimate' ? ' estimate' : ''}`} x="1" y="3" width="20" height="9"></rect>`}</svg>${label}</li>`)}
      ${RELIABILITIES.map((r) => html`<li>${swatch(`mark g-funding r-${r}`)}${t.legend.funding}: ${t.reliabilities[r]}</li>`)}
      ${this.model?.fundingRequired ? html`<li><svg width="22" height="12" aria-hidden="true"><g class="mark g-funding req"><rect class="need" x="1" y="1" width="20" height="10"></rect><rect class="got" x="1" y="5" width="20" height="6"></rect></g></svg>${t.fundingLegend}</li>` : nothing}
    </ul>`;
  }

  /** The bars and everything that pans with them. Wrapped in `guard`: a cursor move does not touch it. */
  private renderPlot() {
    const layout = this.layout!;
    const model = this.model!;
    const lang = this.language;
    const t = this.t.timeline;
    const { plotWidth, height } = layout;
    // Outside a gesture the live domain is the layout's: willUpdate's ticks are these ones.
    const ticks = this.gesture ? timeTicks(layout.domain, plotWidth, lang) : this.ticks;
    const tabindex = (key: string) => (key === this.focusKey ? '0' : '-1');
    const top = layout.size.axis;
    const fs = layout.size.fontSize;
    return svg`
      <defs>
        <pattern id="pk-tl-hatch" class="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
        <linearGradient id="pk-tl-fade-gradient"><stop offset="0" stop-color="white"></stop><stop offset="1" stop-color="white" stop-opacity="0.1"></stop></linearGradient>
        <pattern id="pk-tl-estimate-hatch" class="estimate-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="5"></line>
        </pattern>
        <mask id="pk-tl-fade" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#pk-tl-fade-gradient)"></rect></mask>
      </defs>
      ${layout.after ? svg`<rect class="after-span" x=${layout.after.x0} y=${top} width=${layout.after.x1 - layout.after.x0} height=${height - top}></rect>` : nothing}
      <g class="grid">${ticks.map((tk) => svg`<line class=${tk.major ? 'major' : ''} x1=${tk.x} x2=${tk.x} y1=${top} y2=${height}></line>`)}</g>
      ${layout.departure ? svg`<line class="departure-line" x1=${layout.departure.x} x2=${layout.departure.x} y1=${top} y2=${height}></line>` : nothing}
      <line class="as-of-line" x1=${layout.asOfX} x2=${layout.asOfX} y1=${top} y2=${height}></line>
      ${layout.strength.ceiling ? svg`<path class="strength-ceiling" d=${layout.strength.ceiling}><title>${t.strength('authorized')}</title></path>` : nothing}
      ${layout.strength.deployed ? svg`<path class=${this.strengthEstimate ? 'strength-deployed estimate' : 'strength-deployed'} d=${layout.strength.deployed}><title>${this.deployedTitle}</title></path>` : nothing}
      ${layout.strength.ceilingLine ? svg`<path class="strength-ceiling-line" d=${layout.strength.ceilingLine}></path>` : nothing}
      ${model.strength.peakKind ? svg`<text class="strength-peak halo" x=${layout.strength.peakX + 4} y=${layout.strength.y + Math.round(fs * 0.95)}>${this.strengthPeak}</text>` : nothing}
      ${layout.mandates.map((m) => svg`<g class="mark mandate" data-key=${m.mark.key} tabindex=${tabindex(m.mark.key)} role="button"
          aria-label=${`${t.resolution(m.mark.label)}, ${dateText(m.mark.start, lang, m.mark.startText)}`}>
          <line class="wide" x1=${m.x} x2=${m.x} y1=${m.y0} y2=${m.y1}></line>
          <line x1=${m.x} x2=${m.x} y1=${m.y0} y2=${m.y1}></line>
        </g>`)}
      <g class="mandate" aria-hidden="true">${layout.mandates.map((m) => m.label ? svg`<text x=${m.x + 2} y=${m.labelY}>${m.label}</text>` : nothing)}</g>
      ${this.visible.map((d) => this.renderBar(d))}
      ${layout.handovers.map((h) => svg`<g><title>${t.handover}: ${h.label}</title>
          <circle class="handover-knot" cx=${h.x} cy=${h.y} r="4"></circle>
          <path class="handover" d=${`M${h.x - 1.5},${h.y - 2.5}l2.5,2.5l-2.5,2.5`}></path></g>`)}
      ${layout.events.map((e) => svg`<g class=${`mark event e-${e.mark.type}`} data-key=${e.mark.key} tabindex=${tabindex(e.mark.key)} role="button"
          aria-label=${`${e.mark.label}, ${dateText(e.mark.start, lang, e.mark.startText)}`}>
          ${e.label ? svg`<line class="stem" x1=${e.x} x2=${e.x} y1=${e.y + 6} y2=${e.labelY - Math.round(fs * 0.75)}></line>` : nothing}
          <path class="symbol" transform=${`translate(${e.x},${e.y})`} d=${EVENT_SYMBOLS[e.mark.type ?? 'other'] ?? EVENT_SYMBOLS.other}></path>
        </g>`)}
      <g class="event" aria-hidden="true">${layout.events.map((e) => e.label ? svg`<text class="halo" x=${e.labelX} y=${e.labelY} text-anchor=${e.anchor}>${e.label}</text>` : nothing)}</g>
    `;
  }

  /**
   * One template per shape of bar (plain, ongoing with its arrow, ongoing with its faded tail, one-day
   * diamond), with or without a funding amount, rather than nested optional parts: one template
   * instance per bar, its texts included. A bar's visible text sits beside its focusable group, not
   * in it, and is hidden from assistive technology: a cut label ("UNIOS…") inside a button would not
   * match its accessible name (WCAG 2.5.3, label in name); the full name is the group's aria-label.
   * Texts are set as properties (no marker comment, no text node to insert); an empty one draws nothing.
   */
  private renderBar(d: DrawnBar) {
    const tabindex = d.key === this.focusKey ? '0' : '-1';
    const b = d.bar;
    if (d.received) {
      // Required as the outline, what came as the solid part of its height: the gap reads as the empty rest.
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect class="need" x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect><rect class="got" x=${b.x0} y=${d.received.y} width=${d.width} height=${d.received.h}></rect><path class="arrow" d=${d.arrow}></path></g><text aria-hidden="true" class=${d.amountCls} x=${d.amountX} y=${d.textY} .textContent=${d.amount}></text>`;
    }
    if (d.amount) return this.renderAmountBar(d, tabindex);
    if (d.diamond) {
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><path class="diamond" d=${d.diamond}></path></g><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
    }
    if (d.tail) {
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect><rect class="tail" x=${b.x1 - d.tail} y=${b.y} width=${d.tail} height=${b.h} mask="url(#pk-tl-fade)"></rect><path class="arrow" d=${d.arrow}></path></g><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
    }
    if (d.arrow) {
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect><path class="arrow" d=${d.arrow}></path></g><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
    }
    return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect></g><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
  }

  /** The same four shapes for a funding amount, its figure written on the bar before its label. */
  private renderAmountBar(d: DrawnBar, tabindex: string) {
    const b = d.bar;
    if (d.diamond) {
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><path class="diamond" d=${d.diamond}></path></g><text aria-hidden="true" class=${d.amountCls} x=${d.amountX} y=${d.textY} .textContent=${d.amount}></text><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
    }
    if (d.tail) {
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect><rect class="tail" x=${b.x1 - d.tail} y=${b.y} width=${d.tail} height=${b.h} mask="url(#pk-tl-fade)"></rect><path class="arrow" d=${d.arrow}></path></g><text aria-hidden="true" class=${d.amountCls} x=${d.amountX} y=${d.textY} .textContent=${d.amount}></text><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
    }
    if (d.arrow) {
      return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect><path class="arrow" d=${d.arrow}></path></g><text aria-hidden="true" class=${d.amountCls} x=${d.amountX} y=${d.textY} .textContent=${d.amount}></text><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
    }
    return svg`<g class=${d.cls} data-key=${d.key} tabindex=${tabindex} role="button" aria-label=${d.aria}><rect x=${b.x0} y=${b.y} width=${d.width} height=${b.h}></rect></g><text aria-hidden="true" class=${d.amountCls} x=${d.amountX} y=${d.textY} .textContent=${d.amount}></text><text aria-hidden="true" class=${d.labelCls} x=${b.labelX} y=${d.textY} .textContent=${d.label}></text>`;
  }

  /** Everything a bar's template needs, worked out once per layout (render computes nothing). */
  private drawBars(bars: readonly Bar[]): DrawnBar[] {
    const lang = this.language;
    const t = this.t.timeline;
    const groupOfLane = new Map(this.model!.groups.flatMap((g) => g.lanes.map((l) => [l.id, g.id] as const)));
    return bars.map((bar) => {
      const m = bar.mark;
      const group = m.lane === 'mission' ? '' : ` g-${groupOfLane.get(m.lane) ?? 'other'}`;
      const variant = `k-${m.kind}${group}${m.status ? ` s-${m.status}` : ''}${m.reliability ? ` r-${m.reliability}` : ''}`;
      const figures = this.amountFigures(m);
      const amount = figures ? `, ${figures} (${t.reliabilities[m.reliability ?? ''] ?? m.reliability})` : '';
      const width = Math.max(2, bar.x1 - bar.x0);
      const withNeed = m.kind === 'amount' && m.required !== undefined && !bar.point;
      const tail = !bar.point && !withNeed && m.ongoing && width > 28 ? 24 : 0;
      const h = bar.h / 2;
      const share = withNeed && m.required! > 0 ? Math.min(1, (m.value ?? 0) / m.required!) : 1;
      const receivedH = Math.round(bar.h * share);
      // On the bar: "$622M / $633M" where it fits, else the share that came ("98%"); the tooltip and table give it in full.
      const pair = m.kind !== 'amount' || width <= 40 ? ''
        : [m.value, m.required].filter((n) => n !== undefined).map((n) => amountText(n!, m.currency, lang, true)).join(' / ');
      const compact = pair && withNeed && m.value !== undefined && textWidth(pair, this.layout!.size.fontSize) > width - 8
        ? numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share)
        : pair;
      return {
        bar,
        key: m.key,
        cls: `mark ${variant}${withNeed ? ' req' : ''}`,
        aria: `${m.label}, ${rangeText(m, lang, t.ongoing)}${amount}`,
        width: width - tail,
        tail,
        arrow: m.ongoing && !bar.point ? `M${bar.x1 + 3},${bar.y + 3}l6,${h - 3}l-6,${h - 3}` : '',
        diamond: bar.point ? `M${(bar.x0 + bar.x1) / 2},${bar.y}l${h},${h}l${-h},${h}l${-h},${-h}Z` : '',
        label: bar.label,
        labelCls: `bar-label ${variant}${bar.labelInside ? ' in' : ''}`,
        textY: bar.y + h + Math.round(this.layout!.size.fontSize / 3),
        amount: compact ? fitText(compact, width - 8) : '',
        amountCls: `bar-label ${variant}${withNeed ? ' halo' : m.reliability === 'assured' ? ' in' : ''}`,
        amountX: Math.max(bar.x0, 0) + 4,
        received: withNeed ? { y: bar.y + bar.h - receivedH, h: receivedH } : null,
      };
    });
  }


  /** What stays put while the bars pan: axis labels, annotations, lane labels. */
  private renderFront() {
    const layout = this.layout!;
    const model = this.model!;
    const t = this.t.timeline;
    const lang = this.language;
    const { plotLeft, plotWidth, narrow } = layout;
    const x = (d: Day) => plotLeft + this.live!.x(d);
    const inPlot = (px: number) => px >= plotLeft && px <= plotLeft + plotWidth;
    const fs = layout.size.fontSize;
    const annY = layout.size.axis + Math.round(fs * 1.08);
    const departureX = model.departure === null ? null : x(model.departure + DAY_MS);
    const asOfX = x(model.asOf + DAY_MS);
    const asOfText = t.asOf(dateText(model.asOf, lang));
    const rows = layout.missionRows;
    const lanes = [...layout.lanes];
    const strengthPeak = model.strength.max ? t.strengthRow : '';
    return svg`
      ${plotLeft ? svg`<rect class="label-col" width=${plotLeft} height=${layout.height}></rect>` : nothing}
      <g class="tick">${this.ticks.map((tk) => inPlot(plotLeft + tk.x) && plotLeft + tk.x + 3 + textWidth(tk.label, fs) <= layout.width
        ? svg`<text x=${plotLeft + tk.x + 3} y=${layout.size.axis - 7}>${tk.label}</text>` : nothing)}</g>
      ${departureX !== null && inPlot(departureX) ? svg`
        <text class="departure-label halo" x=${departureX - 4} y=${annY} text-anchor="end">${t.departs(model.mission.acronym)}</text>
        ${asOfX - departureX > 9 * fs ? svg`<text class="after-label halo" x=${departureX + 4} y=${annY}>${t.afterDeparture} →</text>` : nothing}` : nothing}
      ${inPlot(asOfX) && (departureX === null || asOfX - departureX > 9 * fs + fitWidth(asOfText, fs)) ? svg`<text class="annotation halo" x=${asOfX - 4} y=${annY} text-anchor="end">${asOfText}</text>` : nothing}
      ${narrow
        ? svg`<text class="lane-label" x="4" y=${layout.missionLane.labelY}>${model.mission.acronym}<tspan class="row-label" dx="8">${strengthPeak}</tspan></text>`
        : svg`
          <text class="row-label" x="8" y=${rows.mandates}>${t.mandates}</text>
          <text class="row-label" x="8" y=${rows.strength}>${fitText(strengthPeak, plotLeft - 16, fs)}</text>
          <text class="lane-label" x="8" y=${rows.chain}>${model.mission.acronym}</text>
          ${model.missionLane.rows > 1 ? svg`<text class="row-label" x="8" y=${rows.phases}>${t.phases}</text>` : nothing}`}
      ${layout.groups.map((g) => svg`
        <line class="group-rule" x1="0" x2=${layout.width} y1=${g.y + 0.5} y2=${g.y + 0.5}></line>
        <text class="group-label" x="26" y=${g.y + Math.round(layout.size.groupHeader * 0.65)}>${t.groups[g.group.id] ?? g.group.id}<tspan class="group-summary" dx="8">${LRM + t.groupSummary(g.group.lanes.length, g.items)}</tspan></text>`)}
      ${lanes.map((l) => svg`<text class="lane-label" x=${narrow ? 4 : 8} y=${l.labelY}>${l.labelText}</text>`)}
    `;
  }

  private renderCursor() {
    const layout = this.layout!;
    const model = this.model!;
    const cx = layout.plotLeft + this.live!.x(this.cursorDay + DAY_MS / 2);
    const shown = cx >= layout.plotLeft - 1 && cx <= layout.plotLeft + layout.plotWidth + 1;
    // The handle carries the cursor's year; the axis labels it touches are masked whole rather than
    // left half covered (the handle says the year they would say).
    const year = String(new Date(this.cursorDay).getUTCFullYear());
    const fs = layout.size.fontSize;
    const handleWidth = textWidth(year, fs) + 10;
    let [m0, m1] = [cx - handleWidth / 2, cx + handleWidth / 2];
    for (const tk of this.ticks) {
      const x0 = layout.plotLeft + tk.x + 3;
      const x1 = x0 + textWidth(tk.label, fs);
      if (x0 < m1 && x1 > m0) [m0, m1] = [Math.min(m0, x0 - 1), Math.max(m1, x1 + 1)];
    }
    const t = this.t.timeline;
    const lang = this.language;
    return html`<svg class="front cursor-layer" width=${layout.width} height=${layout.height}>
      <rect class="hit axis-hit" x=${layout.plotLeft} width=${layout.plotWidth} height=${layout.size.axis}
        @pointerdown=${this.onCursorDown} @pointermove=${this.onCursorMove} @pointerup=${this.onCursorUp} fill="transparent"></rect>
      ${shown ? svg`<rect class="cursor-mask" x=${m0} y="0" width=${m1 - m0} height=${layout.size.axis - 1}></rect>` : nothing}
      <g class="cursor" tabindex="0" role="slider" aria-label=${t.cursor}
        aria-valuemin=${Math.round(model.extent[0] / DAY_MS)} aria-valuemax=${Math.round(model.extent[1] / DAY_MS)}
        aria-valuenow=${Math.round(this.cursorDay / DAY_MS)} aria-valuetext=${dateText(this.cursorDay, lang)}
        aria-describedby="keys"
        transform=${`translate(${shown ? cx : -100},0)`}>
        <line class="cursor-line" y1=${layout.size.axis - 2} y2=${layout.height}></line>
        <rect class="hit" x="-6" y="0" width="12" height=${layout.height} fill="transparent"
          @pointerdown=${this.onCursorDown} @pointermove=${this.onCursorMove} @pointerup=${this.onCursorUp}></rect>
        <rect class="cursor-handle hit" x=${-handleWidth / 2} y="1" width=${handleWidth} height=${layout.size.axis - 3} rx="3"
          @pointerdown=${this.onCursorDown} @pointermove=${this.onCursorMove} @pointerup=${this.onCursorUp}></rect>
        <text class="cursor-year" y=${layout.size.axis - 7} text-anchor="middle" aria-hidden="true">${year}</text>
      </g>
    </svg>`;
  }

  private renderTip() {
    const tip = this.tip;
    const mark = tip && this.marks.get(tip.key);
    if (!tip || !mark || !this.layout) return nothing;
    const t = this.t.timeline;
    const lang = this.language;
    const right = tip.x > this.layout.width - 240;
    const style = right ? { right: `${Math.max(4, this.layout.width - tip.x)}px`, top: `${tip.y}px` } : { left: `${Math.max(4, tip.x)}px`, top: `${tip.y}px` };
    const lane = this.laneLabel(mark);
    return html`<div class="tip" part="tooltip" role="tooltip" id="tip" style=${styleMap(style)}>
      <strong>${mark.kind === 'mandate' ? t.resolution(mark.label) : mark.label}</strong>
      <p>${rangeText(mark, lang, t.ongoing)}</p>
      ${mark.kind === 'amount' ? html`<p>${this.amountFigures(mark)} · ${t.reliability}: ${t.reliabilities[mark.reliability ?? ''] ?? mark.reliability}</p>` : nothing}
      ${mark.note ? html`<p class="muted">${mark.note}</p>` : nothing}
      <p class="muted">${[lane, this.kindText(mark), this.statusText(mark)].filter(Boolean).join(' · ')}</p>
    </div>`;
  }

  /**
   * A funding amount in words: "US$90,000,000", or with what was required "US$622,469,200 received of
   * US$633,269,200 required (98%)", or "US$204,000,000 required; what came is not stated". '' otherwise.
   */
  private amountFigures(m: Mark): string {
    if (m.kind !== 'amount') return '';
    const t = this.t.timeline;
    const lang = this.language;
    const money = (n: number) => amountText(n, m.currency, lang);
    if (m.required === undefined) return m.value === undefined ? '' : money(m.value);
    if (m.value === undefined) return t.fundingRequired(money(m.required));
    const share = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(m.required > 0 ? m.value / m.required : 1);
    return t.fundingGap(money(m.value), money(m.required), share);
  }

  /** The mark's kind in the reader's words: a phase, presence, event or mission type; an item's kind as the feed has it. */
  private kindText(mark: Mark): string {
    const t = this.t;
    const names: Record<string, string> = { phase: t.timeline.phaseKinds, presence: t.timeline.presenceKinds, event: t.timeline.eventKinds, mission: t.map.missionTypes }[mark.kind as string] ?? {};
    return mark.type ? names[mark.type] ?? mark.type : '';
  }

  private statusText(mark: Mark): string {
    return mark.status ? this.t.timeline.itemStatuses[mark.status] ?? mark.status : '';
  }

  private laneLabel(mark: Mark): string {
    if (mark.kind === 'event') return this.t.timeline.events;
    if (mark.lane === 'mission') return this.model!.mission.acronym;
    for (const g of this.model!.groups) for (const l of g.lanes) if (l.id === mark.lane) return l.label;
    return '';
  }

  /** Every item and event in date order, grouped as on screen: the accessible alternative. */
  private renderTable() {
    const model = this.model!;
    const t = this.t.timeline;
    const lang = this.language;
    const sections: [string, Mark[]][] = [
      [t.events, model.events],
      [model.mission.acronym, [...model.missionLane.marks, ...model.mandates]],
      ...model.groups.map((g) => [t.groups[g.id] ?? g.id, g.lanes.flatMap((l) => l.marks)] as [string, Mark[]]),
    ];
    const count = sections.reduce((n, [, marks]) => n + marks.length, 0);
    const row = (m: Mark) => html`<tr>
      <td>${this.laneLabel(m)}</td>
      <td>${m.kind === 'mandate' ? t.resolution(m.label) : m.label}</td>
      <td class="date">${dateText(m.start, lang, m.startText)}</td>
      <td class="date">${m.ongoing ? t.ongoing : m.start === m.end && m.kind !== 'mandate' ? '' : dateText(m.end, lang, m.endText)}</td>
      <td>${m.reliability ? `${t.reliabilities[m.reliability] ?? m.reliability}` : this.statusText(m) || this.kindText(m)}</td>
      <td class="num">${this.amountFigures(m)}</td>
    </tr>`;
    return html`<details class="table" part="table" @toggle=${(e: Event) => (this.listOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${t.list(count)}</summary>
      ${this.listOpen ? html`<div class="table-wrap"><table>
        <thead><tr>${Object.values(t.columns).map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
        ${sections.filter(([, marks]) => marks.length).map(([name, marks]) => html`<tbody>
          <tr><th scope="rowgroup" colspan="6">${name}</th></tr>
          ${[...marks].sort((a, b) => a.start - b.start || a.end - b.end).map(row)}
        </tbody>`)}
        ${this.strengthRows.length ? html`<tbody class="strength-rows">
          <tr><th scope="rowgroup" colspan="6">${model.mission.acronym}: ${t.strengthRow}</th></tr>
          ${this.strengthRows.map((r) => html`<tr><td>${model.mission.acronym}</td><td>${r.label}</td><td class="date">${dateText(r.day, lang, r.date)}</td><td></td><td>${r.note}</td><td></td></tr>`)}
        </tbody>` : nothing}
      </table></div>` : nothing}
    </details>`;
  }
}

const fitWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;

define('pk-peacebuilding-timeline', PkPeacebuildingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'pk-peacebuilding-timeline': PkPeacebuildingTimeline;
  }
}
