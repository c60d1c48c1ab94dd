/**
 * The matrix as a standalone SVG document: summary, legend, headers and cells as shown (filters,
 * sort, collapsed areas, handover marks). Levels are left to the page and its details panel. Pure: a layout and colours in, SVG text out. Feed text is
 * escaped, never passed through as markup.
 */
import type { ExportColors } from '../shared/export-colors.js';
import { escapeXml as esc, wrapWords } from '../shared/svg-text.js';
import { fitText, textWidth } from '../shared/text-width.js';
import type { CellRole, MatrixLayout, MatrixMessages, RoleChange } from './layout.js';
import { AREA_ROW, GLYPH, GROUP_ROW, ROW } from './metrics.js';

export type SvgColors = ExportColors;

const PAD = 16;

/** Cuts text to fit a width, with an ellipsis (the kit's one text-width estimate); never empty. */
const fit = (text: string, width: number, fontSize = 12) => fitText(text, width, fontSize) || `${[...text][0] ?? ''}…`;

function glyph(x: number, y: number, r: Pick<CellRole, 'glyph' | 'color' | 'ink'> & { mark: RoleChange }, c: SvgColors): string {
  const hollow = r.mark === 'ended' || r.mark === 'moved-out' || r.mark === 'transferred-out';
  const parts = [
    `<rect x="${x}" y="${y}" width="${GLYPH}" height="${GLYPH}" rx="3" fill="${hollow ? 'none' : r.color}" stroke="${r.color}" stroke-width="1.5"${hollow ? ' stroke-dasharray="3 2"' : ''}/>`,
    `<text x="${x + GLYPH / 2}" y="${y + GLYPH / 2 + 4}" text-anchor="middle" font-size="11" font-weight="700" fill="${hollow ? c.text : r.ink}">${esc(r.glyph)}</text>`,
  ];
  if (r.mark === 'ended') parts.push(`<line x1="${x - 2}" y1="${y + GLYPH + 2}" x2="${x + GLYPH + 2}" y2="${y - 2}" stroke="${c.text}" stroke-width="2"/>`);
  if (r.mark === 'begun') parts.push(`<text x="${x + GLYPH + 1}" y="${y + 4}" font-size="11" font-weight="700" fill="${c.text}">+</text>`);
  if (r.mark === 'moved-out') parts.push(`<text x="${x + GLYPH}" y="${y + GLYPH / 2 + 4}" font-size="11" fill="${c.text}">→</text>`);
  if (r.mark === 'moved-in') parts.push(`<text x="${x - 10}" y="${y + GLYPH / 2 + 4}" font-size="11" fill="${c.text}">→</text>`);
  if (r.mark === 'transferred-out') parts.push(`<text x="${x + GLYPH}" y="${y + GLYPH / 2 + 4}" font-size="12" fill="${c.text}">⇒</text>`);
  if (r.mark === 'transferred-in') parts.push(`<text x="${x - 12}" y="${y + GLYPH / 2 + 4}" font-size="12" fill="${c.text}">⇒</text>`);
  return parts.join('');
}

export function matrixToSVG(layout: MatrixLayout, t: MatrixMessages, c: SvgColors): { svg: string; width: number; height: number } {
  const { sizes, columns } = layout;
  const width = Math.max(sizes.tableWidth, 560) + 2 * PAD;
  const out: string[] = [];
  let y = PAD;

  for (const line of wrapWords(layout.summary, Math.max(8, Math.floor((width - 2 * PAD) / 8.5)))) {
    y += 20;
    out.push(`<text x="${PAD}" y="${y}" font-size="16" font-weight="600" fill="${c.text}">${esc(line)}</text>`);
  }
  y += 12;

  // Legend: roles, then handover marks, then levels, flowing across lines.
  const items: { w: number; draw: (x: number, y: number) => string }[] = [];
  const label = (text: string) => ({ w: textWidth(text, 12) + 8, draw: (x: number, yy: number) => `<text x="${x}" y="${yy + 13}" font-size="12" font-weight="600" fill="${c.muted}">${esc(text)}</text>` });
  items.push(label(t.rolesLabel));
  for (const r of layout.legendRoles) {
    items.push({ w: GLYPH + 6 + textWidth(r.label, 12) + 14, draw: (x, yy) => glyph(x, yy, { ...r, mark: 'held' }, c) + `<text x="${x + GLYPH + 5}" y="${yy + 13}" font-size="12" fill="${c.text}">${esc(r.label)}</text>` });
  }
  if (layout.marks.length) {
    items.push(label(t.changesLabel));
    for (const m of layout.marks) {
      const text = t.markLegend[m];
      items.push({ w: GLYPH + 16 + textWidth(text, 12) + 14, draw: (x, yy) => glyph(x + 10, yy, { glyph: '', color: c.muted, ink: c.text, mark: m }, c) + `<text x="${x + GLYPH + 21}" y="${yy + 13}" font-size="12" fill="${c.text}">${esc(text)}</text>` });
    }
  }
  let x = PAD;
  for (const item of items) {
    if (x + item.w > width - PAD && x > PAD) {
      x = PAD;
      y += GLYPH + 8;
    }
    out.push(item.draw(x, y));
    x += item.w;
  }
  y += GLYPH + 16;

  // Column group and actor headers.
  const left = PAD + sizes.rowHeaderWidth;
  const colX = (i: number) => left + i * sizes.columnWidth;
  let gi = 0;
  for (const g of layout.groups) {
    out.push(`<line x1="${colX(gi)}" y1="${y}" x2="${colX(gi)}" y2="${y + GROUP_ROW}" stroke="${c.rule}"/>`);
    out.push(`<text x="${colX(gi) + 4}" y="${y + GROUP_ROW / 2 + 4}" font-size="11" fill="${c.muted}">${esc(fit(g.label, g.span * sizes.columnWidth - 8, 11))}</text>`);
    gi += g.span;
  }
  y += GROUP_ROW;
  const headBottom = y + sizes.headerHeight;
  out.push(`<text x="${PAD}" y="${headBottom - 6}" font-size="12" font-weight="600" fill="${c.muted}">${esc(t.sectorHeader)}</text>`);
  columns.forEach((col, i) => {
    const cx = colX(i) + sizes.columnWidth / 2;
    const text = esc(fit(col.label, (sizes.vertical ? sizes.headerHeight : sizes.columnWidth) - 8));
    out.push(sizes.vertical
      ? `<text transform="translate(${cx + 4} ${headBottom - 6}) rotate(-90)" font-size="12" font-weight="600" fill="${c.text}">${text}</text>`
      : `<text x="${cx}" y="${headBottom - 6}" text-anchor="middle" font-size="12" font-weight="600" fill="${c.text}">${text}</text>`);
  });
  y = headBottom;
  out.push(`<line x1="${PAD}" y1="${y}" x2="${left + columns.length * sizes.columnWidth}" y2="${y}" stroke="${c.text}" stroke-width="2"/>`);

  // Rows.
  const right = left + columns.length * sizes.columnWidth;
  for (const row of layout.rows) {
    if (row.kind === 'area') {
      out.push(`<rect x="${PAD}" y="${y}" width="${right - PAD}" height="${AREA_ROW}" fill="${c.area}"/>`);
      out.push(`<text x="${PAD + 6}" y="${y + 19}" font-size="12" font-weight="700" fill="${c.text}">${esc(`${row.collapsed ? '▸' : '▾'} ${t.areaToggle(row.label, row.sectors)}`)}</text>`);
      y += AREA_ROW;
      continue;
    }
    out.push(`<text x="${PAD + 6}" y="${y + ROW / 2 + 4}" font-size="12" fill="${c.text}">${esc(fit(row.label, sizes.rowHeaderWidth - 10))}</text>`);
    row.cells.forEach((cell, i) => {
      const n = cell.roles.length;
      if (!n) return;
      const step = Math.min(GLYPH + 8, (sizes.columnWidth - 6) / n);
      const start = colX(i) + (sizes.columnWidth - (step * (n - 1) + GLYPH)) / 2;
      cell.roles.forEach((r, k) => out.push(glyph(start + k * step, y + (ROW - GLYPH) / 2, r, c)));
    });
    y += ROW;
    out.push(`<line x1="${PAD}" y1="${y}" x2="${right}" y2="${y}" stroke="${c.rule}"/>`);
  }
  const height = y + PAD;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(c.fontFamily)}">`
    + `<rect width="${width}" height="${height}" fill="${c.background}"/>${out.join('')}</svg>`;
  return { svg, width, height };
}
