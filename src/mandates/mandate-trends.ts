import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  asOfDay, dayOf, formatDay, isoDay, isPartialDate, relatedTo, resolveVocabulary,
  type Day, type Feed, type Mission, type Source, type Vocabulary,
} from '../model/index.js';
import { define } from '../shared/define.js';
import { exportColors } from '../shared/export-colors.js';
import { PkDateChangeEvent, PkSelectEvent } from '../shared/events.js';
import { noticeStyles, PkFeedElement } from '../shared/feed-element.js';
import { addTranslation } from '../shared/i18n.js';
import { enMandates } from '../shared/messages/en-mandates.js';
import { ResizeController } from '../shared/resize-controller.js';
import { saveFile } from '../shared/save-file.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { moveInGrid, type GridPosition } from '../matrix/navigation.js';
import { missionLayout, missionsLayout, type TrendLayout } from './layout.js';
import { mandateStyles } from './styles.js';
import { navigableRows, renderDetails, renderGrid, renderLegend, renderTable } from './templates.js';

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
 * Without `mission` (or with `missions="a b c"`), missions against priority areas at `date`.
 *
 * An ARIA grid with one tab stop: arrows, Home/End, Ctrl+Home/End, PageUp/PageDown. Enter (or a click)
 * on a resolution sets the date to its adoption (`pk-date-change`); on a task, it selects the task's
 * sector for the mission (`pk-select`, `{ kind: 'cell', sector, actor: mission }`); on a mission's row
 * (several missions), the mission (`{ kind: 'mission', id }`).
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
 */
export class PkMandateTrends extends PkFeedElement {
  static override styles = [tokens, statusStyles, noticeStyles, mandateStyles];

  /** Missions to compare when no `mission` is set (`missions="unamsil unmil"`); every mission with mandates when empty. */
  @property({ converter: listConverter }) missions: string[] = [];

  /** Hides the date field and export buttons (for a briefing screen); the legend stays. */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) noControls = false;

  /** The cell whose details are shown: the hovered one, else the focused one. */
  @state() private current: GridPosition | null = null;
  @state() private announcement = '';
  @state() private tableOpen = false;

  @query('table[role=grid]') private table?: HTMLTableElement;

  private readonly size = new ResizeController(this);
  private layout: TrendLayout | null = null;
  private notice: string | null = null;
  private vocabulary: Vocabulary | null = null;
  private sources = new Map<string, Source>();
  private inputs: unknown[] = [];
  private active: GridPosition = { row: 0, col: 0 };
  private related: ReadonlySet<string> = new Set();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feed;
    if (!feed || this.feedController.status !== 'ready') {
      this.layout = null;
      return;
    }
    const lang = this.language;
    const t = this.messages;
    if (changed.has('selection')) this.related = relatedTo(feed, this.selection).sectors;
    const inputs = [feed, lang, t, this.date, this.mission, this.missions.join()];
    if (this.layout && inputs.every((v, i) => v === this.inputs[i])) return;
    const feedChanged = inputs[0] !== this.inputs[0] || inputs[1] !== this.inputs[1] || inputs[2] !== this.inputs[2];
    this.inputs = inputs;
    if (feedChanged || !this.vocabulary) {
      this.vocabulary = resolveVocabulary(feed, lang, t.matrix);
      this.sources = new Map((feed.sources ?? []).map((s) => [s.id, s]));
      this.related = relatedTo(feed, this.selection).sectors;
    }
    const day = this.day(feed);
    const options = { lang, t, vocabulary: this.vocabulary, day };
    this.notice = null;
    if (this.mission) {
      const mission = feed.missions?.find((m) => m.id === this.mission);
      this.layout = mission ? missionLayout(mission, options) : null;
      if (!mission) this.notice = t.mandates.noMission(this.mission);
      else if (!mission.mandates?.length) this.notice = t.mandates.noMandates(mission.acronym);
    } else {
      const wanted = this.missions.length ? this.missions.map((id) => feed.missions?.find((m) => m.id === id)).filter((m): m is Mission => Boolean(m)) : feed.missions ?? [];
      this.layout = missionsLayout(wanted.filter((m) => m.mandates?.length), options);
      if (!this.layout.rows.length) this.notice = t.mandates.noMissions(formatDay(day, lang));
    }
    this.active = this.clamp(this.active);
    if (this.current) this.current = this.clamp(this.current);
  }

  private day(feed: Feed): Day {
    return this.date && isPartialDate(this.date) ? dayOf(this.date) : asOfDay(feed);
  }

  protected override render(): TemplateResult {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    const t = this.messages;
    const notices = this.renderNotices();
    if (this.notice || !this.layout) return html`${notices}${renderNotice(this.notice ?? '')}`;
    const layout = this.layout;
    const context = { feed: this.feed!, lang: this.language, t, sources: this.sources };
    const side = (this.size.width || this.clientWidth) >= 900;
    return html`${notices}
      <p class="summary" part="summary">${layout.summary}</p>
      ${this.noControls ? nothing : this.renderToolbar(layout)}
      ${renderLegend(layout, t)}
      <p id="keys" class="visually-hidden">${t.mandates.keys}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="body ${side ? 'side' : ''}">
        <div class="scroller" part="scroller" @keydown=${this.onKeydown} @focusin=${this.onFocusin} @click=${this.onClick}
          @pointerover=${this.onPointerover}>${this.grid(layout)}</div>
        <section class="details" part="details" aria-label=${t.mandates.detailsHint}>${renderDetails(layout, this.current, context)}</section>
      </div>
      ${renderTable(layout, context, this.tableOpen, (e) => { this.tableOpen = (e.target as HTMLDetailsElement).open; })}`;
  }

  private gridOf?: { layout: TrendLayout; related: ReadonlySet<string>; grid: TemplateResult };

  /** The grid's template, made again only when the layout or the related rows change (focus and hover touch a few nodes). */
  private grid(layout: TrendLayout): TemplateResult {
    if (this.gridOf?.layout !== layout || this.gridOf.related !== this.related) {
      this.gridOf = { layout, related: this.related, grid: renderGrid(layout, this.messages, this.related) };
    }
    return this.gridOf.grid;
  }

  private renderToolbar(layout: TrendLayout): TemplateResult {
    const t = this.messages;
    const feed = this.feed!;
    return html`<div class="toolbar" part="toolbar">
      ${layout.view === 'missions' ? html`<label>${t.mandates.date}<input type="date" .value=${isoDay(this.day(feed))}
        @change=${(e: Event) => this.chooseDate((e.target as HTMLInputElement).value)}></label>` : nothing}
      <div class="chips export" role="group" aria-label=${t.matrix.exportLabel}><span>${t.matrix.exportLabel}</span>
        <button type="button" @click=${() => this.download('svg')}>${t.matrix.exportSvg}</button>
        <button type="button" @click=${() => this.download('png')}>${t.matrix.exportPng}</button>
      </div>
    </div>`;
  }

  protected override updated(): void {
    this.setTabStop();
    this.paintHighlight();
  }

  /** The grid as shown, legend and summary included, as SVG text (with the fine print unless `finePrint: false`). */
  toSVG(options: { finePrint?: boolean } = {}): string {
    return this.svgExport(options.finePrint ?? true)?.svg ?? '';
  }

  /** The same picture as a PNG at twice the pixel density. A failure is shown and fires `pk-export-error`. */
  toPNG(): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const out = this.svgExport(true);
      if (!out) throw new Error('Nothing to export: the feed has not loaded.');
      return this.exportKit.svgStringToPng(out.svg, out.width, out.height, 2, out.background);
    });
  }

  private svgExport(finePrint: boolean) {
    if (!this.layout || this.notice) return null;
    const colors = exportColors(this, this.renderRoot as ShadowRoot);
    const background = colors.background;
    const out = this.exportKit.trendToSVG(this.layout, this.messages, colors, this.localize.dir());
    const lines = finePrint ? this.finePrint() : [];
    if (!lines.length) return { ...out, background };
    const svg = this.exportKit.withFinePrint(out.svg, lines, { color: colors.muted, background, fontFamily: colors.fontFamily, dir: this.localize.dir() });
    return { svg, width: out.width, height: Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? out.height), background };
  }

  private async download(kind: 'svg' | 'png') {
    const blob = kind === 'svg' ? new Blob([this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG().catch(() => null);
    if (blob) saveFile(blob, `mandate-trends.${kind}`);
  }

  private onKeydown(e: KeyboardEvent) {
    if (!this.layout || !this.positionOf(e.target as Element)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(this.active);
      return;
    }
    const next = moveInGrid(this.active, { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, rtl: this.localize.dir() === 'rtl' }, { widths: navigableRows(this.layout) });
    if (!next) return;
    e.preventDefault();
    this.active = next;
    this.setTabStop();
    this.cellElement(next)?.focus();
  }

  private onFocusin(e: FocusEvent) {
    const pos = this.positionOf(e.target as Element);
    if (!pos) return;
    this.active = pos;
    this.current = pos;
    this.setTabStop();
    this.paintHighlight();
  }

  private onClick(e: MouseEvent) {
    if ((e.target as Element).closest('a')) return; // the resolution's link opens undocs.org
    const pos = this.positionOf(e.target as Element);
    if (pos) this.choose(pos);
  }

  private onPointerover(e: PointerEvent) {
    const pos = this.positionOf(e.target as Element);
    if (pos && (pos.row !== this.current?.row || pos.col !== this.current?.col)) this.current = pos;
  }

  /** Enter or a click: a resolution moves the date; a task selects its sector for the mission; a mission's row, the mission. */
  private choose(pos: GridPosition) {
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
      this.announcement = this.messages.mandates.chosen(column.title, column.dateText);
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

  private setTabStop() {
    const target = this.cellElement(this.active);
    for (const el of this.table?.querySelectorAll('[tabindex="0"]') ?? []) if (el !== target) el.setAttribute('tabindex', '-1');
    target?.setAttribute('tabindex', '0');
  }

  /** The focused cell's row and column header, as classes: no re-render. */
  private paintHighlight() {
    for (const el of this.table?.querySelectorAll('.hl') ?? []) el.classList.remove('hl');
    const cell = this.shadowRoot?.activeElement;
    if (!cell || !this.positionOf(cell) || cell.tagName !== 'TD') return;
    cell.parentElement?.classList.add('hl');
  }

  private clamp(pos: GridPosition): GridPosition {
    const widths = this.layout ? navigableRows(this.layout) : [];
    const row = Math.max(0, Math.min(pos.row, widths.length - 1));
    return { row, col: Math.max(0, Math.min(pos.col, (widths[row] ?? 1) - 1)) };
  }

  private cellElement(pos: GridPosition): HTMLElement | null {
    return this.table?.querySelector<HTMLElement>(`[data-r="${pos.row}"][data-c="${pos.col}"]`) ?? null;
  }

  private positionOf(target: Element | null): GridPosition | null {
    const cell = target?.closest?.('[data-r]');
    if (!cell) return null;
    return { row: Number(cell.getAttribute('data-r')), col: Number(cell.getAttribute('data-c')) };
  }
}

define('pk-mandate-trends', PkMandateTrends);

declare global {
  interface HTMLElementTagNameMap {
    'pk-mandate-trends': PkMandateTrends;
  }
}
