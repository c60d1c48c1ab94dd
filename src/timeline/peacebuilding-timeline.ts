/**
 * `<pk-peacebuilding-timeline>`: one mission before, during and long after it leaves. Its
 * predecessors, phases, mandates and strength; the departure and the span after it; the tracks and
 * funding that continue; events; a date cursor. The content and its layout are pure (lanes.ts,
 * layout.ts, bars.ts, front.ts), the drawing is templates.ts; the tooltip, the table and moving between
 * marks and the cursor's drag and keys load after the first drawing (after-drawing.ts). This file holds the state,
 * derives what is drawn in `willUpdate`, and wires zoom, cursor, keyboard and pointer to it.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { asOfDay, dayOf, endOf, isoDay, startOf, type Day } from '../model/index.js';
import { define } from '../shared/define.js';
import { noticeStyles, PkFeedElement } from '../shared/feed-element.js';
import { markRelated } from '../shared/related-marks.js';
import { ResizeController } from '../shared/resize-controller.js';
import { styleMap } from '../shared/style-map.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { timeTicks, type Tick } from './axis.js';
import { cullBars, drawBars, drawPoints, type DrawnBar } from './bars.js';
import type { CursorController } from './cursor-controller.js';
import { strengthReadout, strengthWords, type StrengthRow, type StrengthText } from './describe.js';
import { dateText } from './format.js';
import { cursorLayout, frontLayout, groupToggles, type CursorLayout, type FrontLayout, type GroupToggle } from './front.js';
import type { LaneWindowController } from './lane-window.js';
import { buildTimeline, relatedKeys, type TimelineMark, type TimelineModel } from './lanes.js';
import { BAND, firstWindow, layoutTimeline, navigationLanes, type TimelineLayout } from './layout.js';
import type { MarksController, TipAnchor } from './marks-controller.js';
import { timelineStyles } from './styles.js';
import type { TipText } from './mark-text.js';
import type { TimelineTable } from './table.js';
import { cursorTemplate, frontTemplate, legendTemplate, plotTemplate, tableTemplate, tipTemplate, togglesTemplate, toolbarTemplate, type TipPlace } from './templates.js';
import type { TimelineZoom } from './timeline-zoom.js';
import { isExtent, zoomDomain } from './zoom-view.js';

export { MIN_SPAN_DAYS } from './zoom-view.js';

/**
 * From this many bars on, only the lanes in or near the viewport are drawn (lane-window.ts); the rest
 * come as the reader scrolls or moves to them by keyboard, and the table lists them all. Below it the
 * whole drawing stays in the page (find-in-page, a screen reader's browse mode).
 */
export const WINDOWED_BARS = 200;

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
  @state() private listOpen = false;

  @query('.chart') private chartEl?: HTMLDivElement;
  @query('svg.plot') private plotEl?: SVGSVGElement;
  @query('svg.front') private frontEl?: SVGSVGElement;

  // What willUpdate derives, stage by stage: the model (feed, mission, language), the layout (size,
  // view, collapsed groups), the drawn bars (layout, lane window, focus), the live parts (a gesture's
  // frame, the cursor's day, the tooltip).
  private model: TimelineModel | null = null;
  private modelOf: unknown[] = [];
  private marksByKey = new Map<string, TimelineMark>();
  private strength: StrengthText = { estimate: false, deployedTitle: '', peak: '', legend: [] };
  private strengthRows: StrengthRow[] = [];
  /** The table's rows, once after-drawing.ts has loaded; built when first opened. */
  private table: TimelineTable | null = null;
  private tableOf: unknown[] = [];
  private layout: TimelineLayout | null = null;
  private nav: TimelineMark[][] = [];
  private points: ReturnType<typeof drawPoints> = { mandates: [], events: [] };
  private gridTicks: Tick[] = [];
  private toggles: GroupToggle[] = [];
  /** Top of each band watched for a windowed timeline (none for a small one). */
  private bands: number[] = [];
  private drawn: DrawnBar[] = [];
  private drawnOf: unknown[] = [];
  private drawnKeys = new Set<string>();
  /** The keys of every laid-out bar (the tab stop may also be an event or a mandate). */
  private barKeys = new Set<string>();
  private live: { domain: readonly [Day, Day]; x: (d: Day) => number } | null = null;
  private ticks: Tick[] = [];
  private cursorDay: Day = 0;
  private front: FrontLayout | null = null;
  private cursorView: CursorLayout | null = null;
  private tipView: { text: TipText; place: TipPlace } | null = null;
  private readout = '';
  private notice = '';
  private related = new Set<string>();
  private relatedMarks: Element[] = [];
  private repaintRelated = false;
  /** Set while `toSVG()` draws every lane of a windowed timeline. */
  private drawAll = false;

  private readonly size = new ResizeController(this);
  /** What comes with after-drawing.ts once loaded: the lane window, zoom and pan, the cursor's drag and keys. */
  private laneWindow?: LaneWindowController;
  private zoom?: TimelineZoom;
  /** Moving between marks and the tooltip: from after-drawing.ts, once loaded. */
  private marks?: MarksController;
  @state() private focusKey = '';
  @state() private tip: TipAnchor | null = null;

  /** The date cursor's drag and keys: from after-drawing.ts, once loaded. */
  private cursor?: CursorController;

  /** The controllers that come with after-drawing.ts. */
  private interact(m: AfterDrawing): void {
    this.laneWindow = new m.LaneWindowController(this, () => [...this.renderRoot.querySelectorAll('.band')]);
    this.zoom = new m.TimelineZoom(this, {
      model: () => this.model,
      layout: () => this.layout,
      chart: () => this.chartEl,
      view: (domain) => (this.view = domain),
      moving: () => (this.tip = null),
    });
    this.cursor = new m.CursorController(this, {
      range: () => this.model,
      day: () => this.cursorDay,
      dayAt: (clientX) => this.dayAt(clientX),
      reveal: (day) => this.zoom?.reveal(day),
      moved: () => (this.tip = null),
    });
    this.marks = new m.MarksController(this, {
      focusKey: () => this.focusKey,
      setFocusKey: (key) => (this.focusKey = key),
      tip: () => this.tip,
      setTip: (tip) => (this.tip = tip),
      mark: (key) => this.marksByKey.get(key),
      lanes: () => this.nav,
      chart: () => this.chartEl,
      reveal: (start, end) => this.zoom?.reveal(start, end),
      domain: () => this.layout?.domain,
      busy: () => !!this.zoom?.gesture || !!this.cursor?.dragging,
    });
    this.requestUpdate();
  }

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
    const domain = zoomDomain(this.model.extent, startOf(start), endOf(end));
    if (domain) this.view = isExtent(this.model.extent, domain) ? null : domain;
  }

  /**
   * What is shown, as a standalone SVG document (styles inlined), with in fine print how many entries
   * of the feed could not be shown (`finePrint: false` leaves that to a briefing's slide). Empty
   * before the feed is drawn. Every lane is in it, also those of a large timeline not yet scrolled to.
   */
  toSVG(options: { finePrint?: boolean } = {}): string {
    if (!this.layout) return '';
    const windowed = this.bands.length > 0;
    if (windowed) {
      // Every lane drawn at once and serialized; back to the lanes in view at the next update.
      this.drawAll = true;
      this.requestUpdate();
      this.performUpdate();
    }
    try {
      if (!this.plotEl || !this.frontEl) return '';
      return this.exportKit.timelineSVG(this, this.plotEl, this.frontEl, this.layout, options.finePrint === false ? null : { lines: this.finePrint(), dir: this.localize.dir() });
    } finally {
      if (windowed) (this.drawAll = false, this.requestUpdate());
    }
  }

  /** What is shown, as a PNG at twice the pixel density (for slides). A failure is shown and fires `pk-export-error`. */
  toPNG(scale = 2): Promise<Blob> {
    return this.exportReport.run('png', () => this.exportKit.timelinePNG(this, this.toSVG(), scale));
  }

  // ---- derived state ---------------------------------------------------------------------------

  private get t() {
    return this.messages;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Once loaded, a new timeline has its interaction from its first drawing.
    if (alternatives.loaded && !this.marks) this.interact(alternatives.loaded);
  }

  /**
   * Until the resize observer has reported a width, the host's is read here, before the update (a
   * layout read, kept out of willUpdate): the first drawing is then at the right width, in one update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.size.width ||= this.clientWidth;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedController.status === 'ready' ? this.feed : null;
    const lang = this.language;
    const t = this.t.timeline;
    const missionId = this.mission ?? feed?.missions?.[0]?.id;
    if (!feed || !missionId) {
      this.model = this.layout = null;
      this.notice = feed ? (this.mission ? t.noMission(this.mission) : t.noMissions) : '';
      return;
    }
    const rebuild = changedFrom(this.modelOf, [feed, missionId, lang, this.t]);
    if (rebuild) this.deriveModel(buildTimeline(feed, missionId, asOfDay(feed), lang, t.phaseKinds));
    const model = this.model;
    if (!model) {
      this.layout = null;
      this.notice = t.noMission(missionId);
      return;
    }
    this.notice = '';
    const width = this.size.width || 640;
    const domain = this.view ?? model.extent;
    // The size of the smallest type (--pk-font-size-xs, a registered length, so read in pixels: a style
    // read, no layout): rows and labels are laid out for it. Any change of type size resizes the host,
    // and the resize brings the next update here.
    const fontSize = parseFloat(getComputedStyle(this).getPropertyValue('--pk-font-size-xs')) || 12;
    let layout = this.layout;
    if (rebuild || !layout || layout.width !== width || layout.domain !== domain || layout.size.fontSize !== fontSize || changed.has('collapsedGroups')) {
      layout = this.layout = layoutTimeline(model, { width, domain, collapsed: this.collapsedGroups, fontSize });
      this.nav = navigationLanes(layout, model.mandates);
      // The tab stop stays on a mark still shown, else goes to the first one.
      if (!this.marksByKey.has(this.focusKey) || !this.nav.some((l) => l.some((m) => m.key === this.focusKey))) this.focusKey = this.nav[0]?.[0]?.key ?? '';
      this.points = drawPoints(layout, lang, t);
      // The grid pans with the bars: during a gesture it keeps these ticks (the layer is stretched).
      this.gridTicks = timeTicks(layout.domain, layout.plotWidth, lang);
      this.toggles = groupToggles(layout, t);
      this.barKeys = new Set(layout.bars.map((b) => b.mark.key));
      this.bands = layout.bars.length >= WINDOWED_BARS ? Array.from({ length: Math.ceil(layout.height / BAND) }, (_, i) => i * BAND) : [];
    }
    const rows = this.bands.length && !this.drawAll ? this.laneWindow?.window ?? firstWindow() : null;
    const focusKey = this.focusKey;
    // Drawn again for a new layout or lane window, or for a focused mark not drawn yet (moved to by keyboard).
    if (changedFrom(this.drawnOf, [layout, rows?.[0], rows?.[1]]) || (this.barKeys.has(focusKey) && !this.drawnKeys.has(focusKey))) {
      this.drawn = drawBars(cullBars(layout, rows, focusKey), model, layout, lang, t);
      this.drawnKeys = new Set(this.drawn.map((d) => d.key));
      this.repaintRelated = true;
    }
    if (rebuild || changed.has('selection')) (this.related = relatedKeys(feed, model, this.selection), this.repaintRelated = true);

    // What moves every frame of a gesture or cursor drag: cheap, a handful of numbers and ticks.
    const gesture = this.zoom?.gesture;
    const liveDomain = gesture?.domain ?? layout.domain;
    const k = layout.plotWidth / (liveDomain[1] - liveDomain[0]);
    const live = this.live = { domain: liveDomain, x: (d: Day) => (d - liveDomain[0]) * k };
    this.ticks = gesture ? timeTicks(liveDomain, layout.plotWidth, lang) : this.gridTicks;
    const date = this.date ? dayOf(this.date) : NaN;
    this.cursorDay = Number.isFinite(date) ? date : model.asOf;
    this.front = frontLayout(layout, model, this.ticks, live.x, lang, t);
    this.cursorView = cursorLayout(layout, model, this.ticks, live.x, this.cursorDay, lang);
    this.readout = strengthReadout(model, this.cursorDay, lang, t);
    const tip = this.tip;
    const mark = tip && this.marksByKey.get(tip.key);
    const words = alternatives.loaded;
    if (words && changedFrom(this.tableOf, [model, words])) this.table = words.timelineTable(model, this.strengthRows, lang, this.t);
    this.tipView = tip && mark && words ? {
      text: words.tipText(mark, model, lang, this.t),
      place: tip.x > layout.width - 240 ? { right: Math.max(4, layout.width - tip.x), top: tip.y } : { left: Math.max(4, tip.x), top: tip.y },
    } : null;
  }

  /** A new model: its marks by key and the strength band's words. */
  private deriveModel(model: TimelineModel | null): void {
    this.model = model;
    this.view = null;
    this.layout = null;
    this.marksByKey = new Map();
    if (!model) return;
    for (const mark of [...model.missionLane.marks, ...model.mandates, ...model.events, ...model.groups.flatMap((g) => g.lanes.flatMap((l) => l.marks))]) {
      this.marksByKey.set(mark.key, mark);
    }
    const strength = strengthWords(model, this.language, this.t.timeline);
    this.strength = strength.text;
    this.strengthRows = strength.rows;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.repaintRelated) {
      this.relatedMarks = markRelated(this.chartEl, this.related, this.relatedMarks);
      this.repaintRelated = false;
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    alternatives.promise ??= import('./after-drawing.js').then((m) => (alternatives.loaded = m));
    // Drawn again only if a tooltip or the table waited for them.
    void alternatives.promise.then((m) => this.marks ?? this.interact(m));
  }

  /** Resolves once the feed is drawn and what comes after the drawing (after-drawing.ts, d3-zoom) is in. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (alternatives.promise && !alternatives.loaded) {
      await alternatives.promise;
      done = await super.getUpdateComplete();
    }
    await this.zoom?.ready;
    return done;
  }

  // ---- zoom and keys ---------------------------------------------------------------------------

  /** Zooms about the cursor when it is in view, else about the middle. */
  private zoomBy(factor: number): void {
    if (!this.layout || !this.live) return;
    const { plotLeft, plotWidth } = this.layout;
    const cx = this.live.x(this.cursorDay);
    this.zoom?.zoomBy(factor, cx >= 0 && cx <= plotWidth ? plotLeft + cx : plotLeft + plotWidth / 2);
  }

  /** The day under a pointer at `clientX` (a layout read, in a pointer handler). */
  private dayAt(clientX: number): Day {
    const rect = this.chartEl!.getBoundingClientRect();
    const [d0, d1] = this.live!.domain;
    return d0 + ((clientX - rect.left - this.layout!.plotLeft) / this.layout!.plotWidth) * (d1 - d0);
  }

  /** One keydown listener on the chart: zoom keys anywhere, then the cursor's keys or a mark's. */
  private onKeyDown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as Element;
    let handled = false;
    if (event.key === '+' || event.key === '=') (this.zoomBy(2), (handled = true));
    else if (event.key === '-' || event.key === '_') (this.zoomBy(0.5), (handled = true));
    else if (event.key === '0') (this.zoom?.showAll(), (handled = true));
    else if (target.closest?.('.cursor')) handled = !!this.cursor?.onKey(event);
    else if (target.closest?.('.mark')) handled = !!this.marks?.onKey(event, (target.closest('.mark') as SVGElement).dataset.key!);
    if (handled) event.preventDefault();
  };

  private toggleGroup = (id: string) => {
    const next = new Set(this.collapsedGroups);
    if (!next.delete(id)) next.add(id);
    this.collapsedGroups = next;
  };

  // ---- rendering: composes what willUpdate prepared --------------------------------------------

  protected override render(): TemplateResult {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    const { layout, model, front, cursorView } = this;
    if (!layout || !model || !front || !cursorView) return html`${this.renderNotices()}${renderNotice(this.notice)}`;
    const t = this.t.timeline;
    const acronym = model.mission.acronym;
    const plotWidth = layout.plotWidth + layout.size.rightPad;
    const gesture = this.zoom?.gesture;
    const marks = this.marks;
    const focusKey = this.focusKey;
    return html`
      ${this.renderNotices()}
      ${toolbarTemplate(model, { day: dateText(this.cursorDay, this.language), readout: this.readout, zoomed: !!this.view }, t, {
        zoomOut: () => this.zoomBy(0.5), zoomIn: () => this.zoomBy(2), showAll: () => this.zoom?.showAll(),
      })}
      ${legendTemplate(t, this.strength, model.fundingRequired)}
      <div class="chart" part="chart" style=${styleMap({ height: `${layout.height}px` })}
        @keydown=${this.onKeyDown} @pointerover=${marks?.onPointerOver} @pointerleave=${marks?.onPointerLeave}
        @focusin=${marks?.onFocusIn} @focusout=${marks?.onFocusOut} @click=${marks?.onClick}>
        ${this.bands.map((top) => html`<div class="band" style=${styleMap({ top: `${top}px`, height: `${BAND}px` })}></div>`)}
        <div class="plot-clip" style=${styleMap({ left: `${layout.plotLeft}px`, width: `${plotWidth}px` })}>
          <svg class="plot" x=${layout.plotLeft} width=${plotWidth} height=${layout.height}
            role="group" aria-label=${t.chart(acronym)} aria-describedby="keys"
            style=${styleMap({ transform: gesture ? `translateX(${gesture.dx}px) scaleX(${gesture.scale})` : '', willChange: gesture ? 'transform' : '' })}>
            ${guard([layout, this.drawn, focusKey], () => plotTemplate({
              layout, ticks: this.gridTicks, bars: this.drawn, mandates: this.points.mandates, events: this.points.events,
              strength: this.strength, focusKey, t,
            }))}
          </svg>
        </div>
        <svg class="front" width=${layout.width} height=${layout.height} aria-hidden="true">${frontTemplate(front, layout, acronym, model.missionLane.rows > 1, t)}</svg>
        ${cursorTemplate(cursorView, layout, t.cursor, this.cursor)}
        ${togglesTemplate(this.toggles, this.toggleGroup)}
        ${this.tipView ? tipTemplate(this.tipView.text, this.tipView.place) : ''}
      </div>
      <p id="keys" class="visually-hidden">${t.keys}</p>
      ${tableTemplate(this.marksByKey.size, this.listOpen && this.table ? alternatives.loaded!.tableBody(this.table, t) : nothing, t, (open) => (this.listOpen = open))}
    `;
  }
}

/** The tooltip, the table and moving between marks (after-drawing.ts), loaded once the first timeline has drawn. */
type AfterDrawing = typeof import('./after-drawing.js');
const alternatives: { promise?: Promise<AfterDrawing>; loaded?: AfterDrawing } = {};

/** Whether any of `next` differs from the inputs `last` remembers; remembers them. The one memo idiom here. */
function changedFrom(last: unknown[], next: unknown[]): boolean {
  const changed = next.length !== last.length || next.some((v, i) => v !== last[i]);
  if (changed) last.splice(0, last.length, ...next);
  return changed;
}

define('pk-peacebuilding-timeline', PkPeacebuildingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'pk-peacebuilding-timeline': PkPeacebuildingTimeline;
  }
}
