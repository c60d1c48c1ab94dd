/**
 * The grid's rows, written into its `<tbody>` as plain elements (createElement, setAttribute,
 * textContent: never markup), as d3 and Observable Plot write their marks. A 300 × 40 matrix is 12,000
 * cells: one Lit template instance a cell cost more in markers, cloning and bookkeeping than the cells
 * themselves. The rows are written anew when the layout changes (a new `rows` array); focus on a cell
 * stays on the cell at the same place.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { writeElement } from '../shared/write-element.js';
import type { CellRole, MatrixCell, MatrixMessages, MatrixRow } from './layout.js';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, attrs?: Record<string, string>) =>
  writeElement(tag, attrs, parent) as HTMLElementTagNameMap[K];

/** A role glyph's attributes (styles.ts): its handover mark and colour as classes, its letter drawn by CSS from `data-g`. */
export function glyphAttributes(r: Pick<CellRole, 'glyph' | 'swatch'> & { mark?: string }): Record<string, string> {
  return { class: `glyph m-${r.mark ?? 'held'} c${r.swatch}`, part: 'glyph', 'data-g': r.glyph };
}

/** A cell: its glyphs side by side (the cell wraps them, styles.ts), the levels on a line of their own. */
function writeCell(cell: MatrixCell, showLevels: boolean, tr: HTMLTableRowElement): void {
  const td = document.createElement('td');
  td.setAttribute('tabindex', '-1');
  td.setAttribute('aria-label', cell.label);
  tr.appendChild(td);
  for (const r of cell.roles) element('span', td, glyphAttributes(r));
  if (showLevels && cell.levelText) element('span', td, { class: 'levels', 'data-l': cell.levelText });
}

function writeRow(row: MatrixRow, columns: number, showLevels: boolean, t: MatrixMessages, into: DocumentFragment): void {
  const tr = element('tr', into);
  if (row.kind === 'area') {
    tr.className = 'area';
    const th = element('th', tr, { scope: 'rowgroup', colspan: String(columns + 1), tabindex: '-1', 'aria-expanded': String(!row.collapsed) });
    const span = element('span', th);
    element('span', span, { class: 'twisty' });
    span.append(t.areaToggle(row.label, row.sectors));
    return;
  }
  element('th', tr, { scope: 'row' }).textContent = row.label;
  for (const cell of row.cells) writeCell(cell, showLevels, tr);
}

class GridBody extends Directive {
  private rows?: readonly MatrixRow[];

  render(_rows: readonly MatrixRow[], _columns: number, _showLevels: boolean, _t: MatrixMessages): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [rows, columns, showLevels, t]: [readonly MatrixRow[], number, boolean, MatrixMessages]): typeof noChange {
    if (rows === this.rows) return noChange;
    this.rows = rows;
    const body = part.element as HTMLTableSectionElement;
    // Focus on a cell stays at its place (row, cell) across the rewrite.
    const focused = (body.getRootNode() as ShadowRoot).activeElement;
    const cell = focused && body.contains(focused) ? focused.closest('td, th') as HTMLTableCellElement | null : null;
    const at = cell ? [(cell.parentElement as HTMLTableRowElement).sectionRowIndex, cell.cellIndex] : null;
    const out = document.createDocumentFragment();
    for (const row of rows) writeRow(row, columns, showLevels, t, out);
    body.replaceChildren(out);
    if (at) (body.rows[at[0]]?.cells[at[1]] as HTMLElement | undefined)?.focus({ preventScroll: true });
    return noChange;
  }
}

/** Writes the layout's rows (area headings and sector rows with their cells) into the `<tbody>` it is on. */
export const gridBody = directive(GridBody);
