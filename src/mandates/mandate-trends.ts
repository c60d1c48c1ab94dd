import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  asOfDay, dayOf, formatDay, isoDay, isPartialDate, relatedTo, resolveVocabulary,
  type Day, type Feed, type Mission, type Source, type Vocabulary,
} from '../model/index.js';
import { define } from '../shared/define.js';
import type { ExportColors } from '../shared/export-colors.js';
import { PkDateChangeEvent, PkSelectEvent } from '../shared/events.js';
import { noticeStyles } from '../shared/feed-element.js';
import { addTranslation } from '../shared/i18n.js';
import { enMandates } from '../shared/messages/en-mandates.js';
import { PkPictureElement } from '../shared/picture-element.js';
import { Deps } from '../shared/deps.js';
import { ResizeController } from '../shared/resize-controller.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { GridFocusController } from '../matrix/grid-focus.js';
import type { GridPosition } from '../matrix/navigation.js';
import { missionLayout, missionsLayout, type TrendLayout } from './layout.js';
import { mandateStyles } from './styles.js';
import { navigableRows, renderDetails, renderGrid, renderLegend, renderTable, type DetailsContext } from './templates.js';
import { yearsLayout, type YearsLayout } from './years-layout.js';
import { yearStyles } from './years-styles.js';
import { navigableYearRows, renderYearsDetails, renderYearsGrid, renderYearsLegend, renderYearsTable } from './years-templates.js';

// The English strings come with the element's code, not with the first load (en-mandates.ts).
addTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', mandates: enMandates });

const listConverter = {
  fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: string[]) => (value.length ? value.join(' ') : null),
};

/**
 * `<pk-mandate-trends>`: how the Security Council's peacebuilding tasks change, renewal by renewal.
 * With `mission`, that mission's resolutions in order of adoption are the columns (number, date, period,
 * flags, linked to undocs.org) and its tasks the rows, under the five priority areas; each cell says
 * whether the task is in the first mandate, continued, added, changed (wording or kind) or dropped.
 * Without `mission` (or with `missions="a b c"`), missions against priority areas at `date`; with
 * `over="years"` as well, small multiples: one panel per priority area on a shared year scale, a row per
 * mission filled in the years its mandates carry a task in the area, and how many missions did each year.
 *
 * An ARIA grid with one tab stop: arrows, Home/End, Ctrl+Home/End, PageUp/PageDown. Enter (or a click)
 * on a resolution sets the date to its adoption (`pk-date-change`); on a task, it selects the task's
 * sector for the mission (`pk-select`, `{ kind: 'cell', sector, actor: mission }`); on a mission's row
 * (several missions), the mission (`{ kind: 'mission', id }`); on a year's cell (over the years), the
 * date moves to that year (`pk-date-change`, `{ date: '2004' }`).
 *
 * @fires pk-date-change - The user chose a resolution or a date: `{ date }`.
 * @fires pk-select - The user chose a task or a mission.
 * @fires pk-feed-load - The feed loaded (detail: feed and problems).
 * @fires pk-feed-error - The feed could not be loaded or is invalid.
 * @fires pk-export-error - A download or `toPNG()` failed.
 *
 * @csspart summary - The one-line summary above the grid.
 * @csspart toolbar - Date (several missions) and export buttons.
 * @csspart legend - States, kinds of task and flags.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The table (ARIA grid).
 * @csspart mark - A cell's mark.
 * @csspart flag - A resolution's flag (Chapter VII, ...).
 * @csspart resolution-link - A resolution's link to undocs.org.
 * @csspart details - The panel with the current cell's wording and sources.
 * @csspart source-link - A source link in the details panel.
 * @csspart table - The table alternative.
 * @csspart problems - The notice of a feed drawn in part.
 * @csspart export-error - Said when a download failed.
 * @csspart language-notice - Said when the element's language's strings did not load.
 * @csspart status - Loading or empty-state message.
 * @csspart error - Error message.
 *
 * @cssprop --pk-mandates-highlight - Background of the focused or hovered row.
 * @cssprop --pk-mandates-related - Background of the rows a selection in a linked view relates to.
 * @cssprop --pk-mandates-rule - Colour of the lines between rows.
 * @cssprop --pk-mandates-header-bg - Background of the sticky headers.
 * @cssprop --pk-mandates-area-bg - Background of the priority-area rows.
 * @cssprop --pk-mandates-row-header-width - Width of the task names (default 13rem, at most 36% of the viewport's width).
 * @cssprop --pk-mandates-max-height - Height beyond which the grid scrolls (default 80vh).
 * @cssprop --pk-mandates-years-header-width - Width of the missions' names in the small multiples (default 5.5rem).
 * @cssprop --pk-mandates-panel-min-width - Narrowest panel before the small multiples stack (default 28rem).
 */
export class PkMandateTrends extends PkPictureElement {
  static override styles = [tokens, statusStyles, noticeStyles, mandateStyles, yearStyles];

  /** Missions to compare when no `mission` is set (`missions="unamsil unmil"`); every mission with mandates when empty. */
  @property({ converter: listConverter }) missions: string[] = [];

  /**
   * Several missions: `years` draws them year by year, as small multiples (one panel per priority
   * area); empty (the default) draws them at `date`. Ignored with `mission`.
   */
  @property({ reflect: true }) over: '' | 'years' = '';

  /** Hides the date field and export buttons (for a briefing screen); the legend stays. */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) noControls = false;

  /** The cell whose details are shown: the hovered one, else the focused one. */
  @state() private current: GridPosition | null = null;
  @state() private tableOpen = false;

  @query('[role=grid]') private grid?: HTMLElement;

  protected readonly pictureName = 'mandate-trends';
  private readonly size = new ResizeController(this);
  private readonly gridFocus = new GridFocusController(this, {
    grid: () => this.grid,
    widths: () => this.widths,
    cellAt: (pos) => this.grid?.querySelector<HTMLElement>(`[data-r="${pos.row}"][data-c="${pos.col}"]`) ?? null,
    positionOf: (el) => {
      const cell = el?.closest?.('[data-r]');
      return cell ? { row: Number(cell.getAttribute('data-r')), col: Number(cell.getAttribute('data-c')) } : null;
    },
    rtl: () => this.localize.dir() === 'rtl',
    activate: (pos) => this.choose(pos),
    show: (pos) => {
      if (pos && (pos.row !== this.current?.row || pos.col !== this.current?.col)) this.current = pos;
    },
    // The focused or hovered task's row; a resolution's header has none. Over the years, the row and its year on the panel's axis.
    highlightOf: (pos) => {
      const row = this.grid?.querySelector(`[data-r="${pos.row}"]:not(th)`)?.parentElement;
      const panel = this.years?.nav[pos.row]?.panel;
      return [row, panel === undefined ? null : this.grid?.querySelector(`[data-p="${panel}"] .tick[data-c="${pos.col}"]`)];
    },
  });
  private layout: TrendLayout | null = null;
  /** The small multiples (`over="years"`), instead of `layout`. */
  private years: YearsLayout | null = null;
  /** Per navigable row (the resolutions' header, then each task), how many cells take focus. */
  private widths: number[] = [];
  private gridTemplate: TemplateResult | null = null;
  private gridDrawn: TemplateResult | null = null;
  private gridOf?: { layout: TrendLayout | YearsLayout; related: ReadonlySet<string>; t: unknown };
  private context: DetailsContext | null = null;
  private side = false;
  private notice: string | null = null;
  private vocabulary: Vocabulary | null = null;
  private sources = new Map<string, Source>();
  private readonly inputs = new Deps();
  private readonly feedInputs = new Deps();
  private related: ReadonlySet<string> = new Set();

  /** Before the first resize report, the width is read here, before the update (kept out of willUpdate). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.size.measure();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feed;
    if (!feed || this.feedController.status !== 'ready') {
      this.layout = null;
      this.years = null;
      return;
    }
    const lang = this.language;
    const t = this.messages;
    this.side = this.size.width >= 900;
    if (changed.has('selection')) this.related = relatedTo(feed, this.selection).sectors;
    this.derive(feed, lang, t);
    if (this.years && this.gridOf?.layout !== this.years) {
      this.gridOf = { layout: this.years, related: this.related, t };
      this.gridTemplate = renderYearsGrid(this.years, t);
    }
    if (this.layout) {
      this.context = { feed, lang, t, sources: this.sources };
      if (this.gridOf?.layout !== this.layout || this.gridOf.related !== this.related || this.gridOf.t !== t) {
        this.gridOf = { layout: this.layout, related: this.related, t };
        this.gridTemplate = renderGrid(this.layout, t, this.related);
      }
    }
  }

  /** The layout, again only when the feed, language, date or missions changed. */
  private derive(feed: Feed, lang: string, t: typeof this.messages) {
    const feedChanged = this.feedInputs.changed([feed, lang, t]);
    if (!this.inputs.changed([feed, lang, t, this.date, this.mission, this.missions.join(), this.over]) && (this.layout || this.years)) return;
    if (feedChanged || !this.vocabulary) {
      this.vocabulary = resolveVocabulary(feed, lang, t.matrix);
      this.sources = new Map((feed.sources ?? []).map((s) => [s.id, s]));
      this.related = relatedTo(feed, this.selection).sectors;
    }
    const day = this.day(feed);
    const options = { lang, t, vocabulary: this.vocabulary, day };
    this.notice = null;
    this.years = null;
    if (this.mission) {
      const mission = feed.missions?.find((m) => m.id === this.mission);
      this.layout = mission ? missionLayout(mission, options) : null;
      if (!mission) this.notice = t.mandates.noMission(this.mission);
      else if (!mission.mandates?.length) this.notice = t.mandates.noMandates(mission.acronym);
    } else {
      const wanted = this.missions.length ? this.missions.map((id) => feed.missions?.find((m) => m.id === id)).filter((m): m is Mission => Boolean(m)) : feed.missions ?? [];
      const withMandates = wanted.filter((m) => m.mandates?.length);
      if (this.over === 'years') {
        this.layout = null;
        this.years = yearsLayout(withMandates, { ...options, asOf: asOfDay(feed) });
        if (!this.years.years.length) this.notice = t.mandates.years.none;
      } else {
        this.layout = missionsLayout(withMandates, options);
        if (!this.layout.rows.length) this.notice = t.mandates.noMissions(formatDay(day, lang));
      }
    }
    this.widths = this.years ? navigableYearRows(this.years) : this.layout ? navigableRows(this.layout) : [];
    this.gridFocus.active = this.gridFocus.clamp(this.gridFocus.active);
    if (this.current) this.current = this.gridFocus.clamp(this.current);
  }

  private day(feed: Feed): Day {
    return this.date && isPartialDate(this.date) ? dayOf(this.date) : asOfDay(feed);
  }

  protected override render(): TemplateResult {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    const t = this.messages;
    const notices = this.renderNotices();
    if (this.notice || !(this.layout || this.years)) return html`${notices}${this.mission || this.noControls ? nothing : this.renderToolbar()}${renderNotice(this.notice ?? '')}`;
    if (this.years) return html`${notices}${this.renderYears(this.years)}`;
    const layout = this.layout!;
    const focus = this.gridFocus;
    return html`${notices}
      <p class="summary" part="summary">${layout.summary}</p>
      ${this.noControls ? nothing : this.renderToolbar()}
      ${renderLegend(layout, t)}
      <p id="keys" class="visually-hidden">${t.mandates.keys}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${focus.announcement}</div>
      <div class="body ${this.side ? 'side' : ''}">
        <div class="scroller" part="scroller" @keydown=${focus.onKeydown} @focusin=${focus.onFocusin} @click=${focus.onClick}
          @pointerover=${focus.onPointerover} @pointerleave=${focus.onPointerleave}>${guard([this.gridTemplate], () => this.gridTemplate)}</div>
        <section class="details" part="details" aria-label=${t.mandates.detailsHint}>${renderDetails(layout, this.current, this.context!)}</section>
      </div>
      ${renderTable(layout, this.context!, this.tableOpen, this.onTableToggle)}`;
  }

  /** The small multiples, with the same summary, toolbar, live region, details and table as the other views. */
  private renderYears(years: YearsLayout): TemplateResult {
    const t = this.messages;
    const focus = this.gridFocus;
    return html`<p class="summary" part="summary">${years.summary}</p>
      ${this.noControls ? nothing : this.renderToolbar()}
      ${renderYearsLegend(t)}
      <p id="keys" class="visually-hidden">${t.mandates.years.keys}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${focus.announcement}</div>
      <div class="body years ${this.side ? 'side' : ''}">
        <div class="scroller" part="scroller" @keydown=${focus.onKeydown} @focusin=${focus.onFocusin} @click=${focus.onClick}
          @pointerover=${focus.onPointerover} @pointerleave=${focus.onPointerleave}>${guard([this.gridTemplate], () => this.gridTemplate)}</div>
        <section class="details" part="details" aria-label=${t.mandates.detailsHint}>${renderYearsDetails(years, this.current, t)}</section>
      </div>
      ${renderYearsTable(years, t, this.tableOpen, this.onTableToggle)}`;
  }

  private readonly onTableToggle = (e: Event) => {
    this.tableOpen = (e.target as HTMLDetailsElement).open;
  };

  private renderToolbar(): TemplateResult {
    const t = this.messages;
    const ty = t.mandates.years;
    const feed = this.feed!;
    const view = (over: '' | 'years', label: string) => html`<button type="button" aria-pressed=${String(this.over === over)}
      @click=${() => (this.over = over)}>${label}</button>`;
    return html`<div class="toolbar" part="toolbar">
      ${this.mission ? nothing : html`<div class="chips" role="group" aria-label=${ty.views}><span>${ty.views}</span>
        <span class="views">${view('', ty.atDate)}${view('years', ty.byYear)}</span></div>`}
      ${!this.mission ? html`<label>${t.mandates.date}<input type="date" .value=${isoDay(this.day(feed))}
        @change=${(e: Event) => this.chooseDate((e.target as HTMLInputElement).value)}></label>` : nothing}
      <div class="chips export" role="group" aria-label=${t.matrix.exportLabel}><span>${t.matrix.exportLabel}</span>
        <button type="button" @click=${() => this.download('svg')}>${t.matrix.exportSvg}</button>
        <button type="button" @click=${() => this.download('png')}>${t.matrix.exportPng}</button>
      </div>
    </div>`;
  }

  protected override updated(): void {
    // DOM work only: once the grid is drawn again, the tab stop and the focused row's highlight follow it.
    if (this.gridTemplate === this.gridDrawn) return;
    this.gridDrawn = this.gridTemplate;
    this.gridFocus.gridDrawn();
  }

  protected drawPicture(kit: typeof import('../shared/export-kit.js'), colors: ExportColors) {
    if (this.notice) return null;
    if (this.years) return kit.yearsToSVG(this.years, this.messages, colors, this.localize.dir());
    if (!this.layout) return null;
    return kit.trendToSVG(this.layout, this.messages, colors, this.localize.dir());
  }

  /** Enter or a click: a resolution moves the date; a task selects its sector for the mission; a mission's row, the mission. */
  private choose(pos: GridPosition) {
    if (this.years) {
      const year = this.years.years[pos.col];
      if (year === undefined) return;
      this.chooseDate(String(year));
      this.gridFocus.announce(this.messages.mandates.years.chosen(year));
      return;
    }
    const layout = this.layout!;
    const taskRows = layout.rows.filter((r) => r.kind === 'task');
    if (layout.view === 'missions') {
      const row = taskRows[pos.row];
      if (row) this.dispatchEvent(new PkSelectEvent({ kind: 'mission', id: row.id }));
      return;
    }
    const column = layout.columns[pos.col];
    if (!column) return;
    if (pos.row === 0) {
      this.chooseDate(column.date);
      this.gridFocus.announce(this.messages.mandates.chosen(column.title, column.dateText));
      return;
    }
    const row = taskRows[pos.row - 1];
    if (row && this.mission) this.dispatchEvent(new PkSelectEvent({ kind: 'cell', sector: row.id, actor: this.mission }));
  }

  private chooseDate(date: string) {
    if (!isPartialDate(date)) return;
    this.date = date;
    this.dispatchEvent(new PkDateChangeEvent({ date }));
  }
}

define('pk-mandate-trends', PkMandateTrends);

declare global {
  interface HTMLElementTagNameMap {
    'pk-mandate-trends': PkMandateTrends;
  }
}
