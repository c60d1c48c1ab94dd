/**
 * The templates of `<pk-sector-matrix>`: toolbar, legend and grid, from a prepared layout (layout.ts).
 * They map marks to templates and compute nothing. The grid is drawn for speed on large matrices:
 * its rows written as plain elements (grid-body.ts), colours from classes (styles.ts, `swatchRules`),
 * no listeners on cells (the element listens on the table), and the columns' highlight painted by one
 * band a column behind the table rather than by the cells.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from '../shared/style-map.js';
import type { CellRole, MatrixLayout, MatrixMessages, SortOrder } from './layout.js';
import { glyphAttributes, gridBody } from './grid-body.js';
import { SORT_ORDERS } from './layout.js';
import { COMPACT_COLUMN, GROUP_ROW, LONG_GRID, ROW } from './metrics.js';

/**
 * A role glyph: the letter on its colour, with the handover mark as a class (shapes in styles.ts) and
 * the colour as a class too (`c0`, `c1`…, one rule a role: styles.ts, `swatchRules`), so 3,000 glyphs
 * carry no style of their own. The letter is drawn by CSS from `data-g`, so it stays out of the cell's
 * text: the cell's accessible name is its full sentence, and the visible letter does not contradict it.
 */
export function renderGlyph(r: Pick<CellRole, 'glyph' | 'swatch'> & { mark?: string }): TemplateResult {
  const a = glyphAttributes(r);
  return html`<span class=${a.class} part="glyph" data-g=${a['data-g']}></span>`;
}

export interface ToolbarState {
  sort: SortOrder;
  /** `aria-pressed` of a filter's button: on when the filter is empty (all) or lists the id. */
  actorTypeOn: (id: string) => 'true' | 'false';
  roleOn: (id: string) => 'true' | 'false';
  noControls: boolean;
  onSort: (e: Event) => void;
  onActorType: (id: string) => void;
  onRole: (id: string) => void;
  onExport: (kind: 'svg' | 'png') => void;
}

export function renderToolbar(layout: MatrixLayout, t: MatrixMessages, s: ToolbarState): TemplateResult {
  const labels: Record<SortOrder, string> = { area: t.sortArea, roles: t.sortRoles, alpha: t.sortAlpha };
  return html`<div class="toolbar" part="toolbar">
    <label>${t.sortLabel}<select @change=${s.onSort}>
      ${SORT_ORDERS.map((o) => html`<option value=${o} ?selected=${o === s.sort}>${labels[o]}</option>`)}
    </select></label>
    ${layout.actorTypes.length > 1 ? html`<div class="chips types" role="group" aria-label=${t.actorsLabel}>
      <span>${t.actorsLabel}</span>
      ${layout.actorTypes.map((a) => html`<button type="button" aria-pressed=${s.actorTypeOn(a.id)} @click=${() => s.onActorType(a.id)}>${a.label}</button>`)}
    </div>` : nothing}
    <div class="chips export" role="group" aria-label=${t.exportLabel}>
      <span>${t.exportLabel}</span>
      <button type="button" @click=${() => s.onExport('svg')}>${t.exportSvg}</button>
      <button type="button" @click=${() => s.onExport('png')}>${t.exportPng}</button>
    </div>
  </div>`;
}

export function renderLegend(layout: MatrixLayout, t: MatrixMessages, s: ToolbarState): TemplateResult {
  return html`<div class="legend" part="legend">
    <div class="chips" role="group" aria-label=${t.rolesLabel}>
      <span>${t.rolesLabel}</span>
      ${layout.legendRoles.map((r) => s.noControls
        ? html`<span class="item" title=${r.description}>${renderGlyph(r)} ${r.label}</span>`
        : html`<button type="button" title=${r.description} aria-pressed=${s.roleOn(r.id)} @click=${() => s.onRole(r.id)}>${renderGlyph(r)} ${r.label}</button>`)}
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

export interface GridHandlers {
  onKeydown: (e: KeyboardEvent) => void;
  onFocusin: (e: FocusEvent) => void;
  onClick: (e: MouseEvent) => void;
  onPointerover: (e: PointerEvent) => void;
  onPointerleave: () => void;
}

/**
 * The grid: a table whose rows are laid out as CSS grid rows, so that a sector row off screen is
 * skipped by style and layout (content-visibility, styles.ts) while it stays in the document, in the
 * accessibility tree and in reach of the keyboard.
 */
export function renderGrid(layout: MatrixLayout, t: MatrixMessages, caption: string, on: GridHandlers): TemplateResult {
  const { sizes, columns } = layout;
  const vars = {
    '--_col-w': `${sizes.columnWidth}px`, '--_row-head-w': `${sizes.rowHeaderWidth}px`,
    '--_head-h': `${sizes.headerHeight}px`, '--_table-w': `${sizes.tableWidth}px`, '--_n': String(columns.length),
    // The rows' sizes, as the export draws them (metrics.ts).
    '--_row-h': `${ROW}px`, '--_group-h': `${GROUP_ROW}px`,
  };
  return html`<div class="scroller" part="scroller" style=${styleMap(vars)}><div class="plane">
    <div class="columns" aria-hidden="true">${columns.map((c, i) => html`<i class=${c.groupStart ? 'group-start' : ''} style=${styleMap({ '--_i': String(i) })}></i>`)}</div>
    <table role="grid" part="grid" class="${sizes.vertical ? 'vertical' : ''} ${sizes.columnWidth < COMPACT_COLUMN ? 'compact' : ''} ${layout.rows.length >= LONG_GRID ? 'long' : ''} ${sizes.scrolls ? 'scrolls' : ''}"
        aria-rowcount=${layout.rows.length + 2} aria-colcount=${columns.length + 1}
        @keydown=${on.onKeydown} @focusin=${on.onFocusin} @click=${on.onClick}
        @pointerover=${on.onPointerover} @pointerleave=${on.onPointerleave}>
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr class="groups"><td class="corner"></td>${layout.groups.map((g) => html`<th scope="colgroup" colspan=${g.span} title=${g.label}
          style=${styleMap({ 'grid-column-end': `span ${g.span}` })}>${g.label}</th>`)}</tr>
        <tr class="actors"><th scope="col" class="corner">${t.sectorHeader}</th>${columns.map((c) => html`<th scope="col" title=${c.name}><span>${c.label}</span></th>`)}</tr>
      </thead>
      <tbody ${gridBody(layout.rows, columns.length, sizes.showLevels, t)}></tbody>
    </table>
  </div></div>`;
}
