import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  asOfDay, dayOf, formatDay, isPartialDate, relatedTo, resolveVocabulary, textOf,
  type Day, type Feed, type Related, type Source, type Vocabulary,
} from '../model/index.js';
import { define } from '../shared/define.js';
import type { ExportColors } from '../shared/export-colors.js';
import { PkSelectEvent } from '../shared/events.js';
import { noticeStyles } from '../shared/feed-element.js';
import type { Messages } from '../shared/messages/en.js';
import { PkPictureElement } from '../shared/picture-element.js';
import { Deps } from '../shared/deps.js';
import { ResizeController } from '../shared/resize-controller.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { GridFocusController, revealCell } from './grid-focus.js';
import { SORT_ORDERS, matrixLayout, type MatrixLayout, type SectorRow, type SortOrder } from './layout.js';
import { cellInRow, type GridPosition } from './navigation.js';
import { matrixStyles, swatchRules } from './styles.js';
import { renderGrid, renderLegend, renderToolbar, type ToolbarState } from './templates.js';

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
export class PkSectorMatrix extends PkPictureElement {
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

  protected readonly pictureName = 'sector-matrix';
  private readonly size = new ResizeController(this);
  private readonly gridFocus = new GridFocusController(this, {
    grid: () => this.table,
    widths: () => this.widths,
    cellAt: (pos) => this.cellElement(pos),
    positionOf: (el) => this.positionOf(el),
    rtl: () => this.localize.dir() === 'rtl',
    activate: (pos) => this.activate(pos),
    show: (pos) => {
      if (pos && this.layout?.rows[pos.row]?.kind === 'sector') {
        this.current = pos;
        // The details panel's code, on first use (details.ts).
        this.detailsLoading ??= import('./details.js').then((m) => {
          this.details = m;
          this.requestUpdate();
        });
      }
    },
    highlightOf: (pos) => {
      const table = this.table;
      if (!table || this.layout?.rows[pos.row]?.kind !== 'sector') return [];
      return [table.tBodies[0]?.rows[pos.row], this.columnBand(pos.col), table.tHead?.rows[1]?.cells[pos.col + 1]];
    },
    // Through an area heading, remember the column, so Down, Down lands where the user was.
    landOn: (pos, previous) => (this.layout?.rows[pos.row]?.kind === 'area' ? { row: pos.row, col: previous.col } : pos),
  });
  private details?: typeof import('./details.js');
  private detailsLoading?: Promise<void>;
  private layout: MatrixLayout | null = null;
  /** Per row of the layout, how many cells take focus (1 for an area heading). */
  private widths: number[] = [];
  private caption = '';
  private swatches = new CSSStyleSheet();
  private swatchText = '';
  private notice: string | null = null;
  private vocabulary: Vocabulary | null = null;
  private vocabularyOf: { feed: Feed; lang: string; t: Messages } | null = null;
  private sources = new Map<string, Source>();
  private actorNames = new Map<string, string>();
  private readonly inputs = new Deps();
  private related?: Related;
  private relatedOf?: Feed;
  private relatedChanged = false;
  private refocus = false;
  private gridChanged = false;
  private readonly toolbar: ToolbarState = {
    sort: 'area', noControls: false,
    actorTypeOn: (id) => isOn(this.actorTypes, id),
    roleOn: (id) => isOn(this.roles, id),
    onSort: (e) => { this.sort = (e.target as HTMLSelectElement).value as SortOrder; },
    onActorType: (id) => { this.actorTypes = toggle(this.actorTypes, id, this.layout!.actorTypes.map((x) => x.id)); },
    onRole: (id) => { this.roles = toggle(this.roles, id, this.layout!.legendRoles.map((x) => x.id)); },
    onExport: (kind) => void this.download(kind),
  };

  /**
   * Before the first resize report, the width is read here, before the update (one layout read, kept out
   * of willUpdate): drawing at a guess and again at the real width would double the first render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.size.measure();
    return super.scheduleUpdate();
  }

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
    this.toolbar.sort = this.sort;
    this.toolbar.noControls = this.noControls;
    const width = this.size.width || 960;
    const inputs = [feed, lang, this.messages, this.date, this.compare, this.mission, this.sort, this.actorTypes.join(), this.roles.join(), this.collapsed, this.areas.join(), width];
    if (!this.inputs.changed(inputs) && this.layout) return;
    this.gridChanged = true;

    const t = this.messages.matrix;
    const day = this.date && isPartialDate(this.date) ? dayOf(this.date) : asOfDay(feed);
    const compare: Day | undefined = this.compare && isPartialDate(this.compare) ? dayOf(this.compare) : undefined;
    const sort = SORT_ORDERS.includes(this.sort) ? this.sort : 'area';
    const layout = matrixLayout({
      feed, vocabulary: this.vocabulary!, lang, day, compare, mission: this.mission, sort,
      actorTypes: this.actorTypes, roles: this.roles, collapsed: this.collapsed, areas: this.areas, width,
    }, t);
    this.layout = layout;
    const missionName = this.mission ? this.missionLabel(feed, this.mission) : undefined;
    const period = compare === undefined ? formatDay(day, lang) : `${formatDay(Math.min(day, compare), lang)} – ${formatDay(Math.max(day, compare), lang)}`;
    this.notice = !feed.responsibilities?.length ? t.emptyFeed : layout.total === 0 ? t.empty(missionName, period) : null;
    this.caption = layout.before === undefined
      ? t.caption(formatDay(layout.after, lang))
      : t.captionCompare(formatDay(layout.before, lang), formatDay(layout.after, lang));
    this.widths = layout.rows.map((r) => (r.kind === 'area' ? 1 : layout.columns.length));
    this.swatchText = swatchRules(layout.palette);
    this.gridFocus.active = this.gridFocus.clamp(this.gridFocus.active);
    if (this.current) this.current = this.gridFocus.clamp(this.current);
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
      ${this.noControls ? nothing : renderToolbar(layout, t, this.toolbar)}
      ${renderLegend(layout, t, this.toolbar)}
      <div class="body ${layout.sizes.sidePanel ? 'side' : ''}">
        ${!layout.columns.length ? renderNotice(t.noMatch) : guard([layout], () => renderGrid(layout, t, this.caption, this.gridFocus))}
        <section class="details" part="details" aria-label=${t.detailsHint}>
          ${this.details ? this.details.renderDetails(this.currentCell(), {
            feed: this.feed!, lang: this.language, t, ongoing: this.messages.ongoing, sources: this.sources,
            actorName: (id) => this.actorNames.get(id) ?? id, sectorLabel: this.currentRow()?.label ?? '',
          }) : html`<p class="hint">${t.detailsHint}</p>`}
        </section>
      </div>`;
  }

  protected override updated(): void {
    // DOM work only: the role colours' rules, then the tab stop and the highlights follow the rows.
    const root = this.renderRoot as ShadowRoot;
    if (this.swatches.cssRules.length === 0 || this.gridChanged) {
      this.swatches.replaceSync(this.swatchText);
      if (!root.adoptedStyleSheets.includes(this.swatches)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.swatches];
    }
    if (this.gridChanged) {
      this.gridChanged = false;
      this.gridFocus.gridDrawn(this.refocus);
      this.refocus = false;
      const cell = this.cellElement(this.gridFocus.active);
      if (cell && root.activeElement === cell) revealCell(cell);
      this.relatedChanged = true;
    }
    if (this.relatedChanged) this.paintRelated();
  }

  /** Also waits for the details panel's code once a cell was shown, and the update that draws it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.detailsLoading) return done;
    await this.detailsLoading;
    return (await super.getUpdateComplete()) && done;
  }

  protected drawPicture(kit: typeof import('../shared/export-kit.js'), colors: ExportColors) {
    if (!this.layout || this.notice) return null;
    return kit.matrixToSVG(this.layout, this.messages.matrix, colors);
  }

  /** Enter or a click: an area heading collapses or expands; a cell fires `pk-select`. */
  private activate(pos: GridPosition) {
    const row = this.layout?.rows[pos.row];
    if (row?.kind === 'area') {
      const next = new Set(this.collapsed);
      if (next.has(row.area)) next.delete(row.area);
      else next.add(row.area);
      this.collapsed = next;
      this.refocus = true;
      return;
    }
    const cell = row?.cells[pos.col];
    if (cell) this.dispatchEvent(new PkSelectEvent({ kind: 'cell', sector: cell.sector, actor: cell.actor }));
  }

  /** What a selection elsewhere relates to (a mission's column, a cell's row and column): classes, no re-render. */
  private paintRelated() {
    this.relatedChanged = false;
    const table = this.table;
    const layout = this.layout;
    const related = this.related;
    const next: (Element | null | undefined)[] = [];
    if (table && layout && related) {
      const heads = table.tHead?.rows[1]?.cells;
      layout.columns.forEach((c, i) => {
        if (related.actors.has(c.id)) next.push(this.columnBand(i), heads?.[i + 1]);
      });
      layout.rows.forEach((r, i) => {
        if (r.kind === 'sector' && related.sectors.has(r.id)) next.push(table.tBodies[0]?.rows[i]);
      });
    }
    this.gridFocus.paint('related', next);
  }

  private columnBand(col: number): Element | undefined {
    return this.table?.previousElementSibling?.children[col];
  }

  private cellElement(pos: GridPosition): HTMLElement | null {
    const tr = this.table?.tBodies[0]?.rows[pos.row];
    if (!tr) return null;
    return (tr.classList.contains('area') ? tr.cells[0] : tr.cells[cellInRow(pos, { widths: this.widths }) + 1]) ?? null;
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

const isOn = (list: string[], id: string): 'true' | 'false' => (!list.length || list.includes(id) ? 'true' : 'false');

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
