import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from '../shared/style-map.js';
import {
  asOfDay, dayOf, formatDay, isPartialDate, relatedTo, resolveVocabulary, textOf,
  type Day, type Feed, type Related, type Source, type Vocabulary,
} from '../model/index.js';
import { define } from '../shared/define.js';
import { exportColors } from '../shared/export-colors.js';
import { saveFile } from '../shared/save-file.js';
import { PkSelectEvent } from '../shared/events.js';
import { noticeStyles, PkFeedElement } from '../shared/feed-element.js';
import type { Messages } from '../shared/messages/en.js';
import { ResizeController } from '../shared/resize-controller.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { renderDetails, renderGlyph } from './details.js';
import { SORT_ORDERS, matrixLayout, type MatrixLayout, type MatrixRow, type SectorRow, type SortOrder } from './layout.js';
import { cellInRow, moveInGrid, type GridPosition } from './navigation.js';
import { matrixStyles } from './styles.js';

/** `actor-types="national-government mission"` <-> `['national-government', 'mission']`. */
const listConverter = {
  fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: string[]) => (value.length ? value.join(' ') : null),
};

/**
 * `<pk-sector-matrix>`: who holds which role in each peacebuilding sector. Rows are sectors grouped
 * under the five priority areas, columns actors grouped by type (national actors first); each cell
 * shows every role held there as a letter on an Okabe-Ito colour. With `compare`, the cells mark
 * what ends, passes to another actor, or begins between the two dates, under a one-line summary.
 *
 * The grid is an ARIA grid with one tab stop: arrows, Home/End, Ctrl+Home/End, PageUp/PageDown;
 * Enter (or a click) on a cell fires `pk-select`; Enter on a priority area collapses or expands it.
 *
 * @fires pk-select - The user chose a cell: `{ kind: 'cell', sector, actor }`.
 * @fires pk-feed-load - The feed loaded (detail: feed and problems).
 * @fires pk-feed-error - The feed could not be loaded or is invalid.
 * @fires pk-export-error - A download or `toPNG()` failed (detail: `{ format, message, blocked }`), e.g. blocked by the page's CSP.
 *
 * @csspart summary - The one-line summary above the matrix.
 * @csspart toolbar - Sort, actor filters and export buttons.
 * @csspart legend - Role glyphs (which double as role filters), handover marks and levels.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The table (role grid).
 * @csspart glyph - One role glyph.
 * @csspart details - The panel with the current cell's notes and sources.
 * @csspart source-link - A source link in the details panel.
 * @csspart problems - The notice of a feed drawn in part: how many entries could not be shown, opening onto each problem with its JSON path.
 * @csspart export-error - Said when a download failed (e.g. the page's CSP blocks it).
 * @csspart language-notice - Said when the element's language's strings did not load.
 * @csspart status - Loading or empty-state message.
 * @csspart error - Error message.
 *
 * @cssprop --pk-matrix-highlight - Background of the focused or hovered row and column.
 * @cssprop --pk-matrix-related - Background of the rows and columns a selection in a linked view relates to.
 * @cssprop --pk-matrix-rule - Colour of the lines between rows.
 * @cssprop --pk-matrix-header-bg - Background of the sticky headers.
 * @cssprop --pk-matrix-area-bg - Background of the priority-area rows.
 * @cssprop --pk-matrix-glyph-size - Side of a role glyph (default 20px).
 * @cssprop --pk-matrix-max-height - Height beyond which the grid scrolls under sticky headers (default 80vh).
 */
export class PkSectorMatrix extends PkFeedElement {
  static override styles = [tokens, statusStyles, noticeStyles, matrixStyles];

  /** A second date: the matrix shows the handover between `compare` and `date`, the earlier being "before". */
  @property({ reflect: true }) compare?: string;

  /** Row order: `area` (grouped by priority area, the default), `roles` (most roles first) or `alpha`. */
  @property({ reflect: true }) sort: SortOrder = 'area';

  /** Actor types to show (`actor-types="national-government mission"`); all when empty. */
  @property({ attribute: 'actor-types', converter: listConverter }) actorTypes: string[] = [];

  /** Roles to show (`roles="lead implement"`); all when empty. */
  @property({ converter: listConverter }) roles: string[] = [];

  /** Hides the sort, filter and export controls (for a briefing screen); the legend stays. */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) noControls = false;

  /** Priority areas shown (`areas="safety-security"`), the others left out; all when empty. A briefing step sets it. */
  @property({ converter: listConverter }) areas: string[] = [];

  /** Priority areas shown collapsed to their heading row, by id (a briefing step sets them); the user's toggles update it. */
  @property({ attribute: false }) collapsed: ReadonlySet<string> = new Set();

  /** The cell whose details are shown: the hovered one, else the focused one. */
  @state() private current: GridPosition | null = null;

  @query('table') private table?: HTMLTableElement;

  private readonly size = new ResizeController(this);
  private layout: MatrixLayout | null = null;
  private notice: string | null = null;
  private vocabulary: Vocabulary | null = null;
  private vocabularyOf: { feed: Feed; lang: string; t: Messages } | null = null;
  private sources = new Map<string, Source>();
  private actorNames = new Map<string, string>();
  private inputs: unknown[] = [];
  /** The grid's tab stop (roving tabindex), kept across re-renders. */
  private active: GridPosition = { row: 0, col: 0 };
  private hover: GridPosition | null = null;
  private lit: Element[] = [];
  private related?: Related;
  private relatedOf?: Feed;
  private relatedChanged = false;
  private relatedLit: Element[] = [];
  private refocus = false;
  private gridChanged = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feed;
    const lang = this.language;
    if (!feed || this.feedController.status !== 'ready') {
      this.layout = null;
      return;
    }
    if (this.vocabularyOf?.feed !== feed || this.vocabularyOf.lang !== lang || this.vocabularyOf.t !== this.messages) {
      this.vocabulary = resolveVocabulary(feed, lang, this.messages.matrix);
      this.vocabularyOf = { feed, lang, t: this.messages };
      this.sources = new Map((feed.sources ?? []).map((s) => [s.id, s]));
      this.actorNames = new Map((feed.actors ?? []).map((a) => [a.id, textOf(a.label, lang, feed.lang)]));
    }
    if (changed.has('selection') || this.relatedOf !== feed) {
      this.related = relatedTo(feed, this.selection);
      this.relatedOf = feed;
      this.relatedChanged = true;
    }
    // Before the first resize report, read the width once: drawing at a guess and again at the real
    // width would double the first render of a large matrix.
    const width = this.size.width || this.clientWidth || 960;
    const inputs = [feed, lang, this.messages, this.date, this.compare, this.mission, this.sort, this.actorTypes.join(), this.roles.join(), this.collapsed, this.areas.join(), width];
    if (this.layout && inputs.every((v, i) => v === this.inputs[i])) return;
    this.inputs = inputs;
    this.gridChanged = true;

    const t = this.messages.matrix;
    const day = this.date && isPartialDate(this.date) ? dayOf(this.date) : asOfDay(feed);
    const compare: Day | undefined = this.compare && isPartialDate(this.compare) ? dayOf(this.compare) : undefined;
    const sort = SORT_ORDERS.includes(this.sort) ? this.sort : 'area';
    this.layout = matrixLayout({
      feed, vocabulary: this.vocabulary!, lang, day, compare, mission: this.mission, sort,
      actorTypes: this.actorTypes, roles: this.roles, collapsed: this.collapsed, areas: this.areas, width,
    }, t);
    const missionName = this.mission ? this.missionLabel(feed, this.mission) : undefined;
    this.notice = !feed.responsibilities?.length
      ? t.emptyFeed
      : this.layout.total === 0
        ? t.empty(missionName, compare === undefined ? formatDay(day, lang) : `${formatDay(Math.min(day, compare), lang)} – ${formatDay(Math.max(day, compare), lang)}`)
        : null;
    this.active = this.clampPosition(this.active);
    if (this.current) this.current = this.clampPosition(this.current);
  }

  protected override render(): TemplateResult {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    const layout = this.layout!;
    const t = this.messages.matrix;
    const dropped = this.renderNotices();
    if (this.notice) return html`${dropped}${renderNotice(this.notice)}`;
    return html`
      ${dropped}
      <p class="summary" part="summary">${layout.summary}</p>
      ${this.noControls ? nothing : this.renderToolbar(layout)}
      ${this.renderLegend(layout)}
      <div class="body ${layout.sizes.sidePanel ? 'side' : ''}">
        ${!layout.columns.length ? renderNotice(t.noMatch) : html`
          ${guard([layout], () => this.renderGrid(layout))}`}
        <section class="details" part="details" aria-label=${t.detailsHint}>
          ${renderDetails(this.currentCell(), {
            feed: this.feed!, lang: this.language, t, ongoing: this.messages.ongoing, sources: this.sources,
            actorName: (id) => this.actorNames.get(id) ?? id, sectorLabel: this.currentRow()?.label ?? '',
          })}
        </section>
      </div>`;
  }

  private renderToolbar(layout: MatrixLayout): TemplateResult {
    const t = this.messages.matrix;
    const labels: Record<SortOrder, string> = { area: t.sortArea, roles: t.sortRoles, alpha: t.sortAlpha };
    return html`<div class="toolbar" part="toolbar">
      <label>${t.sortLabel}<select @change=${this.onSort}>
        ${SORT_ORDERS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${labels[s]}</option>`)}
      </select></label>
      ${layout.actorTypes.length > 1 ? html`<div class="chips types" role="group" aria-label=${t.actorsLabel}>
        <span>${t.actorsLabel}</span>
        ${layout.actorTypes.map((a) => html`<button type="button" aria-pressed=${this.isOn(this.actorTypes, a.id)}
          @click=${() => { this.actorTypes = toggle(this.actorTypes, a.id, layout.actorTypes.map((x) => x.id)); }}>${a.label}</button>`)}
      </div>` : nothing}
      <div class="chips export" role="group" aria-label=${t.exportLabel}>
        <span>${t.exportLabel}</span>
        <button type="button" @click=${() => this.download('svg')}>${t.exportSvg}</button>
        <button type="button" @click=${() => this.download('png')}>${t.exportPng}</button>
      </div>
    </div>`;
  }

  private renderLegend(layout: MatrixLayout): TemplateResult {
    const t = this.messages.matrix;
    return html`<div class="legend" part="legend">
      <div class="chips" role="group" aria-label=${t.rolesLabel}>
        <span>${t.rolesLabel}</span>
        ${layout.legendRoles.map((r) => this.noControls
          ? html`<span class="item" title=${r.description}>${renderGlyph(r)} ${r.label}</span>`
          : html`<button type="button" title=${r.description} aria-pressed=${this.isOn(this.roles, r.id)}
              @click=${() => { this.roles = toggle(this.roles, r.id, layout.legendRoles.map((x) => x.id)); }}>${renderGlyph(r)} ${r.label}</button>`)}
      </div>
      ${layout.marks.length ? html`<div class="chips" role="group" aria-label=${t.changesLabel}>
        <span>${t.changesLabel}</span>
        ${layout.marks.map((m) => html`<span class="item"><span class="glyph sample m-${m}" aria-hidden="true"></span> ${t.markLegend[m]}</span>`)}
      </div>` : nothing}
      ${layout.levels.length && layout.sizes.showLevels ? html`<div class="chips" role="group" aria-label=${t.levelsLabel}>
        <span>${t.levelsLabel}</span>
        ${layout.usualLevel ? html`<span class="item">${t.unmarkedLevel(t.levels[layout.usualLevel] ?? layout.usualLevel)}</span>` : nothing}
        ${layout.levels.map((l) => html`<span class="item"><b>${t.levelShort[l]}</b> ${t.levels[l] ?? l}</span>`)}
      </div>` : nothing}
    </div>`;
  }

  /** The grid; re-rendered only when the layout changes (focus and hover touch a few nodes, not this). */
  private renderGrid(layout: MatrixLayout): TemplateResult {
    const t = this.messages.matrix;
    const { sizes, columns } = layout;
    const vars = {
      '--_col-w': `${sizes.columnWidth}px`, '--_row-head-w': `${sizes.rowHeaderWidth}px`,
      '--_head-h': `${sizes.headerHeight}px`, '--_table-w': `${sizes.tableWidth}px`,
    };
    const caption = layout.before === undefined
      ? t.caption(formatDay(layout.after, this.language))
      : t.captionCompare(formatDay(layout.before, this.language), formatDay(layout.after, this.language));
    return html`<div class="scroller" part="scroller" style=${styleMap(vars)}><table role="grid" part="grid"
        class="${sizes.vertical ? 'vertical' : ''} ${sizes.columnWidth < 56 ? 'compact' : ''}"
        aria-rowcount=${layout.rows.length + 2} aria-colcount=${columns.length + 1}
        @keydown=${this.onKeydown} @focusin=${this.onFocusin} @click=${this.onClick}
        @pointerover=${this.onPointerover} @pointerleave=${this.onPointerleave}>
      <caption class="visually-hidden">${caption}</caption>
      <colgroup><col class="row-head">${columns.map((c) => html`<col class=${c.groupStart ? 'group-start' : ''}>`)}</colgroup>
      <thead>
        <tr class="groups"><td class="corner"></td>${layout.groups.map((g) => html`<th scope="colgroup" colspan=${g.span} title=${g.label}>${g.label}</th>`)}</tr>
        <tr class="actors"><th scope="col" class="corner">${t.sectorHeader}</th>${columns.map((c) => html`<th scope="col" title=${c.name}><span>${c.label}</span></th>`)}</tr>
      </thead>
      <tbody>${layout.rows.map((row) => (row.kind === 'area' ? this.renderArea(row, columns.length, t) : this.renderRow(row, sizes.showLevels, t)))}</tbody>
    </table></div>`;
  }

  private renderArea(row: Extract<MatrixRow, { kind: 'area' }>, span: number, t: Messages['matrix']): TemplateResult {
    return html`<tr class="area"><th scope="rowgroup" colspan=${span + 1} tabindex="-1" aria-expanded=${!row.collapsed}>
      <span><span class="twisty"></span>${t.areaToggle(row.label, row.sectors)}</span></th></tr>`;
  }

  private renderRow(row: SectorRow, showLevels: boolean, t: Messages['matrix']): TemplateResult {
    return html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td tabindex="-1" aria-label=${cell.label}>${cell.roles.length
      ? html`<span class="roles">${cell.roles.map(renderGlyph)}</span>${showLevels && cell.levels.length
        ? html`<span class="levels" data-l=${cell.levels.map((l) => t.levelShort[l]).join(' · ')}></span>` : nothing}`
      : nothing}</td>`)}</tr>`;
  }

  protected override updated(): void {
    if (this.gridChanged || this.relatedChanged) this.paintRelated();
    // DOM work only: after the grid re-renders, the roving tab stop and the highlight follow the rows.
    if (!this.gridChanged) return;
    this.gridChanged = false;
    // Rows and columns may now show other sectors and actors: repaint the highlight from scratch.
    for (const el of this.lit) el.classList.remove('hl');
    this.lit = [];
    this.setTabStop();
    const cell = this.cellElement(this.active);
    if (this.refocus) {
      this.refocus = false;
      cell?.focus({ preventScroll: true });
    }
    if (cell && this.shadowRoot?.activeElement === cell) this.reveal(cell);
    this.paintHighlight();
  }

  /**
   * The matrix as shown (filters, sort, collapsed areas, handover marks), legend included, as SVG text.
   * The fine print says how many entries of the feed could not be shown (`finePrint: false` leaves it
   * to a briefing's slide, which says it once).
   */
  toSVG(options: { finePrint?: boolean } = {}): string {
    return this.svgExport(options.finePrint ?? true)?.svg ?? '';
  }

  /** The same picture as a PNG at twice the pixel density, for slides. A failure is shown and fires `pk-export-error`. */
  toPNG(): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const out = this.svgExport(true);
      if (!out) throw new Error('Nothing to export: the feed has not loaded.');
      return this.exportKit.svgStringToPng(out.svg, out.width, out.height, 2, getComputedStyle(this).getPropertyValue('--pk-color-bg').trim() ? getComputedStyle(this).backgroundColor : '#ffffff');
    });
  }

  private svgExport(finePrint: boolean) {
    if (!this.layout || this.notice) return null;
    const colors = exportColors(this, this.renderRoot as ShadowRoot);
    const out = this.exportKit.matrixToSVG(this.layout, this.messages.matrix, colors);
    const lines = finePrint ? this.finePrint() : [];
    if (!lines.length) return out;
    const svg = this.exportKit.withFinePrint(out.svg, lines, { color: colors.muted, background: colors.background, fontFamily: colors.fontFamily, dir: this.localize.dir() });
    return { svg, width: out.width, height: Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? out.height) };
  }

  private async download(kind: 'svg' | 'png') {
    const blob = kind === 'svg' ? new Blob([this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG().catch(() => null);
    if (blob) saveFile(blob, `sector-matrix.${kind}`);
  }

  private onSort(e: Event) {
    this.sort = (e.target as HTMLSelectElement).value as SortOrder;
  }

  private isOn(list: string[], id: string): 'true' | 'false' {
    return !list.length || list.includes(id) ? 'true' : 'false';
  }

  private onKeydown(e: KeyboardEvent) {
    const layout = this.layout;
    if (!layout) return;
    const row = layout.rows[this.active.row];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (row?.kind === 'area') this.toggleArea(row.area, true);
      else if (row) this.select(this.active);
      return;
    }
    const next = moveInGrid(this.active, { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, rtl: this.localize.dir() === 'rtl' }, { widths: this.widths() });
    if (!next) return;
    e.preventDefault();
    this.moveTo(next);
  }

  private onFocusin(e: FocusEvent) {
    const pos = this.positionOf(e.target as Element);
    if (!pos) return;
    const row = this.layout?.rows[pos.row];
    // Remember the column through an area heading, so Down, Down lands where the user was.
    this.active = row?.kind === 'area' ? { row: pos.row, col: this.active.col } : pos;
    this.current = row?.kind === 'sector' ? pos : this.current;
    this.setTabStop();
    this.paintHighlight();
    // After the browser's own focus scroll, which runs after this event and ignores sticky headers.
    const target = e.target as HTMLElement;
    requestAnimationFrame(() => this.reveal(target));
  }

  /** Scrolls a focused cell clear of the sticky headers (the browser's own focus scroll ignores them). */
  private reveal(el: HTMLElement) {
    const scroller = this.table?.parentElement;
    const head = this.table?.tHead;
    if (!scroller || !head || el.tagName !== 'TD') return;
    const rowHead = this.layout?.sizes.rowHeaderWidth ?? 0;
    if (el.offsetLeft - rowHead < scroller.scrollLeft) scroller.scrollLeft = el.offsetLeft - rowHead;
    else if (el.offsetLeft + el.offsetWidth > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = el.offsetLeft + el.offsetWidth - scroller.clientWidth;
    const top = el.offsetTop - head.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (el.offsetTop + el.offsetHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = el.offsetTop + el.offsetHeight - scroller.clientHeight;
  }

  private onClick(e: MouseEvent) {
    const pos = this.positionOf(e.target as Element);
    if (!pos) return;
    const row = this.layout?.rows[pos.row];
    if (row?.kind === 'area') this.toggleArea(row.area, true);
    else this.select(pos);
  }

  private onPointerover(e: PointerEvent) {
    const pos = this.positionOf(e.target as Element);
    if (!pos || this.layout?.rows[pos.row]?.kind !== 'sector') return;
    if (this.hover?.row === pos.row && this.hover.col === pos.col) return;
    this.hover = pos;
    this.current = pos;
    this.paintHighlight();
  }

  private onPointerleave() {
    this.hover = null;
    const focused = this.shadowRoot?.activeElement && this.positionOf(this.shadowRoot.activeElement);
    this.current = focused ? this.active : this.current;
    this.paintHighlight();
  }

  private moveTo(pos: GridPosition) {
    this.active = pos;
    this.setTabStop();
    this.cellElement(pos)?.focus({ preventScroll: true });
  }

  private select(pos: GridPosition) {
    const row = this.layout?.rows[pos.row];
    if (row?.kind !== 'sector') return;
    const cell = row.cells[pos.col];
    if (cell) this.dispatchEvent(new PkSelectEvent({ kind: 'cell', sector: cell.sector, actor: cell.actor }));
  }

  private toggleArea(area: string, refocus: boolean) {
    const next = new Set(this.collapsed);
    if (next.has(area)) next.delete(area);
    else next.add(area);
    this.collapsed = next;
    this.refocus = refocus;
  }

  private setTabStop() {
    const target = this.cellElement(this.active);
    for (const el of this.table?.querySelectorAll('[tabindex="0"]') ?? []) if (el !== target) el.setAttribute('tabindex', '-1');
    if (target && target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
  }

  /** What a selection elsewhere relates to (a mission's column, a cell's row and column): classes, no re-render. */
  private paintRelated() {
    this.relatedChanged = false;
    const table = this.table;
    const layout = this.layout;
    const next: Element[] = [];
    if (table && layout && this.related) {
      const cols = table.querySelectorAll('col');
      const heads = table.tHead?.rows[1]?.cells;
      layout.columns.forEach((c, i) => {
        if (!this.related!.actors.has(c.id)) return;
        for (const el of [cols[i + 1], heads?.[i + 1]]) if (el) next.push(el);
      });
      layout.rows.forEach((r, i) => {
        const tr = table.tBodies[0]?.rows[i];
        if (r.kind === 'sector' && this.related!.sectors.has(r.id) && tr) next.push(tr);
      });
    }
    for (const el of this.relatedLit) if (!next.includes(el)) el.classList.remove('related');
    for (const el of next) el.classList.add('related');
    this.relatedLit = next;
  }

  /** Row and column highlight: a class on one row, one `<col>` and one column header, never a re-render. */
  private paintHighlight() {
    const table = this.table;
    const pos = this.hover ?? (this.shadowRoot?.activeElement ? this.active : null);
    const next: Element[] = [];
    if (table && pos && this.layout?.rows[pos.row]?.kind === 'sector') {
      const found = [table.tBodies[0]?.rows[pos.row], table.querySelectorAll('col')[pos.col + 1], table.tHead?.rows[1]?.cells[pos.col + 1]];
      for (const el of found) if (el) next.push(el);
    }
    for (const el of this.lit) if (!next.includes(el)) el.classList.remove('hl');
    for (const el of next) if (!this.lit.includes(el)) el.classList.add('hl');
    this.lit = next;
  }

  private widths(): number[] {
    const n = this.layout?.columns.length ?? 0;
    return (this.layout?.rows ?? []).map((r) => (r.kind === 'area' ? 1 : n));
  }

  private clampPosition(pos: GridPosition): GridPosition {
    const widths = this.widths();
    const row = Math.max(0, Math.min(pos.row, widths.length - 1));
    return { row, col: Math.max(0, Math.min(pos.col, (this.layout?.columns.length ?? 1) - 1)) };
  }

  private cellElement(pos: GridPosition): HTMLElement | null {
    const tr = this.table?.tBodies[0]?.rows[pos.row];
    if (!tr) return null;
    return (tr.classList.contains('area') ? tr.cells[0] : tr.cells[cellInRow(pos, { widths: this.widths() }) + 1]) ?? null;
  }

  private positionOf(target: Element | null): GridPosition | null {
    const cell = target?.closest?.('td, th');
    const tr = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !tr || tr.parentElement?.tagName !== 'TBODY') return null;
    const row = tr.sectionRowIndex;
    if (tr.classList.contains('area')) return { row, col: 0 };
    const col = (cell as HTMLTableCellElement).cellIndex - 1;
    return col < 0 ? null : { row, col };
  }

  private currentRow(): SectorRow | undefined {
    const row = this.current && this.layout?.rows[this.current.row];
    return row && row.kind === 'sector' ? row : undefined;
  }

  private currentCell() {
    return this.current ? this.currentRow()?.cells[this.current.col] : undefined;
  }

  private missionLabel(feed: Feed, id: string): string {
    const m = feed.missions?.find((x) => x.id === id);
    return m?.acronym ?? (m ? textOf(m.name, this.language, feed.lang) : id);
  }
}

/** Adds or removes an id from a filter; an empty filter means "all", and "all" collapses back to empty. */
function toggle(list: string[], id: string, all: string[]): string[] {
  const on = list.length ? new Set(list) : new Set(all);
  if (on.has(id)) on.delete(id);
  else on.add(id);
  if (!on.size || all.every((x) => on.has(x))) return [];
  return all.filter((x) => on.has(x));
}

define('pk-sector-matrix', PkSectorMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'pk-sector-matrix': PkSectorMatrix;
  }
}
