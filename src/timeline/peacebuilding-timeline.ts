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
import { endOf, isoDay, startOf, type Day } from '../model/index.js';
import { define } from '../shared/define.js';
import { noticeStyles } from '../shared/feed-element.js';
import { PkPictureElement } from '../shared/picture-element.js';
import type { Picture } from '../shared/picture.js';
import { markRelated } from '../shared/related-marks.js';
import { ResizeController } from '../shared/resize-controller.js';
import { styleMap } from '../shared/style-map.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { visibleHeight } from '../shared/visible-height.js';
import type { CursorController } from './cursor-controller.js';
import { dateText } from './format.js';
import type { LaneWindowController } from './lane-window.js';
import { BAND, firstWindow } from './layout.js';
import type { MarksController, TipAnchor } from './marks-controller.js';
import { timelineStyles } from './styles.js';
import { TimelineDrawing } from './timeline-drawing.js';
import { cursorTemplate, frontTemplate, legendTemplate, plotTemplate, tableTemplate, tipTemplate, togglesTemplate, toolbarTemplate } from './templates.js';
import type { TimelineZoom } from './timeline-zoom.js';
import { isExtent, zoomDomain } from './zoom-view.js';

export { MIN_SPAN_DAYS } from './zoom-view.js';

export { WINDOWED_BARS } from './timeline-drawing.js';

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
export class PkPeacebuildingTimeline extends PkPictureElement {
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

  /** What is drawn, derived in willUpdate from the feed, the size, the view and the state below. */
  private readonly d = new TimelineDrawing();
  private relatedMarks: Element[] = [];
  /** Set while `toSVG()` draws every lane of a windowed timeline. */
  private drawAll = false;

  private readonly size = new ResizeController(this);
  /** What comes with after-drawing.ts once loaded: the lane window, zoom and pan, the cursor's drag and keys. */
  private laneWindow?: LaneWindowController;
  /** How much of the element could be seen from its top when first measured: a large timeline draws its lanes there first. */
  private seen?: number;
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
      model: () => this.d.model,
      layout: () => this.d.layout,
      chart: () => this.chartEl,
      view: (domain) => (this.view = domain),
      moving: () => (this.tip = null),
    });
    this.cursor = new m.CursorController(this, {
      range: () => this.d.model,
      day: () => this.d.cursorDay,
      dayAt: (clientX) => this.dayAt(clientX),
      reveal: (day) => this.zoom?.reveal(day),
      moved: () => (this.tip = null),
    });
    this.marks = new m.MarksController(this, {
      focusKey: () => this.focusKey,
      setFocusKey: (key) => (this.focusKey = key),
      tip: () => this.tip,
      setTip: (tip) => (this.tip = tip),
      mark: (key) => this.d.marksByKey.get(key),
      lanes: () => this.d.nav,
      chart: () => this.chartEl,
      reveal: (start, end) => this.zoom?.reveal(start, end),
      domain: () => this.d.layout?.domain,
      busy: () => !!this.zoom?.gesture || !!this.cursor?.dragging,
    });
    this.requestUpdate();
  }

  // ---- public API ------------------------------------------------------------------------------

  /** The days in view (ISO), after the last completed zoom or pan; null before the feed is drawn. */
  get visibleRange(): { start: string; end: string } | null {
    const domain = this.d.layout?.domain;
    return domain ? { start: isoDay(domain[0]), end: isoDay(domain[1]) } : null;
  }

  /**
   * Shows the days from `start` to `end` (feed dates: "2005", "2005-06", "2005-06-30"), within the
   * timeline's extent and no closer than four months. Call it once the feed has loaded.
   */
  zoomTo(start: string, end: string): void {
    if (!this.d.model) return;
    const domain = zoomDomain(this.d.model.extent, startOf(start), endOf(end));
    if (domain) this.view = isExtent(this.d.model.extent, domain) ? null : domain;
  }

  /**
   * What is shown, as a standalone SVG document (styles inlined), with in fine print how many entries
   * of the feed could not be shown (`finePrint: false` leaves that to a briefing's slide). Empty
   * before the feed is drawn. Every lane is in it, also those of a large timeline not yet scrolled to.
   */
  override toSVG(options: { finePrint?: boolean } = {}): string {
    if (!this.d.layout) return '';
    const windowed = this.d.bands.length > 0;
    if (windowed) {
      // Every lane drawn at once and serialized; back to the lanes in view at the next update.
      this.drawAll = true;
      this.requestUpdate();
      this.performUpdate();
    }
    try {
      return super.toSVG(options);
    } finally {
      if (windowed) (this.drawAll = false, this.requestUpdate());
    }
  }

  protected readonly pictureName = 'timeline';

  /** The bars' layer beside the label column, the front layer over it, as drawn (styles inlined). */
  protected drawPicture(kit: typeof import('../shared/export-kit.js')): Picture | null {
    const layout = this.d.layout;
    if (!layout || !this.plotEl || !this.frontEl) return null;
    return { svg: kit.timelineSVG(this, this.plotEl, this.frontEl, layout), width: layout.width, height: layout.height };
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
    this.size.measure();
    this.seen ??= visibleHeight(this);
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedController.status === 'ready' ? this.feed : null;
    if (!feed) {
      this.d.clear('');
      return;
    }
    // The size of the smallest type (--pk-font-size-xs, a registered length, so read in pixels: a style
    // read, no layout): rows and labels are laid out for it. Any change of type size resizes the host,
    // and the resize brings the next update here.
    const fontSize = parseFloat(getComputedStyle(this).getPropertyValue('--pk-font-size-xs')) || 12;
    const { rebuilt, focusKey } = this.d.update({
      feed, mission: this.mission, lang: this.language, messages: this.t, width: this.size.width || 640, fontSize,
      view: this.view, collapsed: this.collapsedGroups, collapsedChanged: changed.has('collapsedGroups'),
      window: this.laneWindow?.window ?? firstWindow(this.seen), drawAll: this.drawAll, focusKey: this.focusKey,
      selection: this.selection, selectionChanged: changed.has('selection'), gesture: this.zoom?.gesture,
      date: this.date, tip: this.tip, words: alternatives.loaded,
    });
    if (rebuilt) this.view = null;
    if (focusKey !== this.focusKey) this.focusKey = focusKey;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.d.repaintRelated) {
      this.relatedMarks = markRelated(this.chartEl, this.d.related, this.relatedMarks);
      this.d.repaintRelated = false;
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
    if (!this.d.layout || !this.d.live) return;
    const { plotLeft, plotWidth } = this.d.layout;
    const cx = this.d.live.x(this.d.cursorDay);
    this.zoom?.zoomBy(factor, cx >= 0 && cx <= plotWidth ? plotLeft + cx : plotLeft + plotWidth / 2);
  }

  /** The day under a pointer at `clientX` (a layout read, in a pointer handler). */
  private dayAt(clientX: number): Day {
    const rect = this.chartEl!.getBoundingClientRect();
    const [d0, d1] = this.d.live!.domain;
    return d0 + ((clientX - rect.left - this.d.layout!.plotLeft) / this.d.layout!.plotWidth) * (d1 - d0);
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
    const { layout, model, front, cursorView } = this.d;
    if (!layout || !model || !front || !cursorView) return html`${this.renderNotices()}${renderNotice(this.d.notice)}`;
    const t = this.t.timeline;
    const acronym = model.mission.acronym;
    const plotWidth = layout.plotWidth + layout.size.rightPad;
    const gesture = this.zoom?.gesture;
    const marks = this.marks;
    const focusKey = this.focusKey;
    return html`
      ${this.renderNotices()}
      ${toolbarTemplate(model, { day: dateText(this.d.cursorDay, this.language), readout: this.d.readout, zoomed: !!this.view }, t, {
        zoomOut: () => this.zoomBy(0.5), zoomIn: () => this.zoomBy(2), showAll: () => this.zoom?.showAll(),
      })}
      ${legendTemplate(t, this.d.strength, model.fundingRequired)}
      <div class="chart" part="chart" style=${styleMap({ height: `${layout.height}px` })}
        @keydown=${this.onKeyDown} @pointerover=${marks?.onPointerOver} @pointerleave=${marks?.onPointerLeave}
        @focusin=${marks?.onFocusIn} @focusout=${marks?.onFocusOut} @click=${marks?.onClick}>
        ${this.d.bands.map((top) => html`<div class="band" style=${styleMap({ top: `${top}px`, height: `${BAND}px` })}></div>`)}
        <div class="plot-clip" style=${styleMap({ left: `${layout.plotLeft}px`, width: `${plotWidth}px` })}>
          <svg class="plot" x=${layout.plotLeft} width=${plotWidth} height=${layout.height}
            role="group" aria-label=${t.chart(acronym)} aria-describedby="keys"
            style=${styleMap({ transform: gesture ? `translateX(${gesture.dx}px) scaleX(${gesture.scale})` : '', willChange: gesture ? 'transform' : '' })}>
            ${guard([layout, this.d.drawn, focusKey], () => plotTemplate({
              layout, ticks: this.d.gridTicks, bars: this.d.drawn, mandates: this.d.points.mandates, events: this.d.points.events,
              strength: this.d.strength, focusKey, t,
            }))}
          </svg>
        </div>
        <svg class="front" width=${layout.width} height=${layout.height} aria-hidden="true">${frontTemplate(front, layout, acronym, model.missionLane.rows > 1, t)}</svg>
        ${cursorTemplate(cursorView, layout, t.cursor, this.cursor)}
        ${togglesTemplate(this.d.toggles, this.toggleGroup)}
        ${this.d.tipView ? tipTemplate(this.d.tipView.text, this.d.tipView.place) : ''}
      </div>
      <p id="keys" class="visually-hidden">${t.keys}</p>
      ${tableTemplate(this.d.marksByKey.size, this.listOpen && this.d.table ? alternatives.loaded!.tableBody(this.d.table, t) : nothing, t, (open) => (this.listOpen = open))}
    `;
  }
}

/** The tooltip, the table and moving between marks (after-drawing.ts), loaded once the first timeline has drawn. */
type AfterDrawing = typeof import('./after-drawing.js');
const alternatives: { promise?: Promise<AfterDrawing>; loaded?: AfterDrawing } = {};

define('pk-peacebuilding-timeline', PkPeacebuildingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'pk-peacebuilding-timeline': PkPeacebuildingTimeline;
  }
}
