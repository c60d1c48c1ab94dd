/**
 * `<pk-mandate-trends over="years">` as a standalone SVG document: the summary, the legend and the
 * small multiples (two panels a line, one year scale) with the same marks as on screen: a block for a
 * task in the area, a rail for a mandate without one (dotted: its tasks not given), the share of missions as bars over a dashed half
 * line, the counts at the chosen years. Pure: a layout and colours in, SVG text out; feed text escaped.
 * Right to left, the years run from the right, as on screen.
 */
import type { ExportColors } from '../shared/export-colors.js';
import type { Messages } from '../shared/messages/en.js';
import { escapeXml as esc, wrapText } from '../shared/svg-text.js';
import type { PanelView, YearsLayout } from './years-layout.js';

const PAD = 16;
const PANEL_W = 520;
const GAP = 32;
const HEAD = 80;
const ROW = 14;
const SHARE = 28;
/** The accent as on screen: Okabe-Ito blue on a light background, sky blue on a dark one. */
const accent = (background: string) => {
  const [r, g, b] = (background.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? '#56B4E9' : '#0072B2';
};

export function yearsToSVG(layout: YearsLayout, t: Messages, c: ExportColors, dir: 'ltr' | 'rtl' = 'ltr'): { svg: string; width: number; height: number } {
  const ty = t.mandates.years;
  const BLUE = accent(c.background);
  const perLine = Math.min(2, Math.max(1, layout.panels.length));
  const width = PAD * 2 + perLine * PANEL_W + (perLine - 1) * GAP;
  const rtl = dir === 'rtl';
  const X = (x: number, w = 0) => (rtl ? width - x - w : x);
  const text = (x: number, y: number, s: string, attrs = '') => `<text x="${X(x)}" y="${y}"${rtl ? ' direction="rtl"' : ''} ${attrs}>${esc(s)}</text>`;
  const out: string[] = [];
  let y = PAD;
  for (const line of wrapText(layout.summary, width - 2 * PAD, 16)) {
    y += 20;
    out.push(text(PAD, y, line, `font-size="16" font-weight="600" fill="${c.text}"`));
  }
  // Legend: block, rail, blank, bar.
  y += 12;
  const keys: [string, (x: number) => string][] = [
    [ty.held, (x) => `<rect x="${X(x, 18)}" y="${y + 2}" width="18" height="12" fill="${BLUE}"/>`],
    [ty.without, (x) => `<rect x="${X(x, 18)}" y="${y + 7}" width="18" height="2" fill="${c.muted}"/>`],
    [ty.unknown, (x) => `<line x1="${X(x)}" x2="${X(x + 18)}" y1="${y + 8}" y2="${y + 8}" stroke="${c.muted}" stroke-width="2" stroke-dasharray="2 2"/>`],
    [ty.noMandate, (x) => `<rect x="${X(x, 18)}" y="${y + 1}" width="18" height="14" fill="none" stroke="${c.rule}" stroke-dasharray="2 2"/>`],
    [ty.shareLegend, (x) => `<rect x="${X(x, 18)}" y="${y + 4}" width="18" height="12" fill="${BLUE}" fill-opacity="0.5"/>`],
  ];
  let x = PAD;
  for (const [label, draw] of keys) {
    const w = 26 + label.length * 6.6 + 16;
    if (x + w > width - PAD && x > PAD) (x = PAD, y += 22);
    out.push(draw(x), text(x + 24, y + 13, label, `font-size="12" fill="${c.text}"`));
    x += w;
  }
  y += 34;

  let top = y;
  let bottom = y;
  layout.panels.forEach((panel, p) => {
    const col = p % perLine;
    if (col === 0) top = bottom;
    const drawn = drawPanel(layout, panel, PAD + col * (PANEL_W + GAP), top, { ...c, accent: BLUE }, ty.share, X, text);
    out.push(drawn.svg);
    bottom = Math.max(bottom, drawn.bottom + 24);
  });
  const height = bottom + PAD;
  return {
    width, height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(c.fontFamily)}">`
      + `<title>${esc(layout.caption)}</title><rect width="${width}" height="${height}" fill="${esc(c.background)}"/>${out.join('')}</svg>`,
  };
}

function drawPanel(layout: YearsLayout, panel: PanelView, left: number, top: number, c: ExportColors & { accent: string }, shareLabel: string,
  X: (x: number, w?: number) => number, text: (x: number, y: number, s: string, attrs?: string) => string): { svg: string; bottom: number } {
  const out: string[] = [];
  const BLUE = c.accent;
  const cw = (PANEL_W - HEAD) / Math.max(1, layout.years.length);
  const cellX = (j: number) => left + HEAD + j * cw;
  let y = top + 14;
  out.push(text(left, y, panel.title, `font-size="14" font-weight="700" fill="${c.text}"`));
  if (panel.note) for (const line of wrapText(panel.note, PANEL_W, 12)) out.push(text(left, (y += 16), line, `font-size="12" fill="${c.muted}"`));
  for (const line of wrapText(panel.counts.map((k) => k.text).join(' · '), PANEL_W, 12)) out.push(text(left, (y += 16), line, `font-size="12" fill="${c.muted}"`));
  y += 8;
  if (layout.current >= 0) {
    const h = panel.rows.length * ROW + SHARE;
    out.push(`<rect x="${X(cellX(layout.current), cw)}" y="${y}" width="${cw}" height="${h}" fill="${BLUE}" fill-opacity="0.1"/>`);
  }
  for (const row of panel.rows) {
    out.push(text(left, y + 11, row.label.length > 11 ? `${row.label.slice(0, 10)}…` : row.label, `font-size="12" fill="${c.text}"`));
    row.cells.forEach((cell, j) => {
      if (cell.fill === 'held') out.push(`<rect x="${X(cellX(j), cw)}" y="${y + 2}" width="${cw}" height="${ROW - 4}" fill="${BLUE}"/>`);
      else if (cell.fill === 'without') out.push(`<rect x="${X(cellX(j), cw)}" y="${y + 6}" width="${cw}" height="2" fill="${c.muted}"/>`);
      else if (cell.fill === 'unknown') out.push(`<line x1="${X(cellX(j))}" x2="${X(cellX(j) + cw)}" y1="${y + 7}" y2="${y + 7}" stroke="${c.muted}" stroke-width="2" stroke-dasharray="2 2"/>`);
    });
    y += ROW;
  }
  out.push(text(left, y + SHARE / 2 + 4, shareLabel, `font-size="12" fill="${c.muted}"`));
  panel.share.forEach((s, j) => {
    const h = s.ratio * SHARE;
    if (h > 0) out.push(`<rect x="${X(cellX(j) + 0.5, cw - 1)}" y="${y + SHARE - h}" width="${Math.max(0.5, cw - 1)}" height="${h}" fill="${BLUE}" fill-opacity="0.5"/>`);
  });
  out.push(`<line x1="${X(left + HEAD)}" x2="${X(left + PANEL_W)}" y1="${y + SHARE / 2}" y2="${y + SHARE / 2}" stroke="${c.text}" stroke-dasharray="3 3"/>`);
  y += SHARE;
  out.push(`<line x1="${X(left + HEAD)}" x2="${X(left + PANEL_W)}" y1="${y}" y2="${y}" stroke="${c.text}"/>`);
  // Year labels centred on their year's column, as on screen.
  for (const j of layout.ticks) {
    const cx = X(cellX(j) + cw / 2);
    out.push(`<line x1="${cx}" x2="${cx}" y1="${y}" y2="${y + 4}" stroke="${c.text}"/>`);
    out.push(`<text x="${cx}" y="${y + 16}" text-anchor="middle" font-size="12" fill="${j === layout.current ? c.text : c.muted}"${j === layout.current ? ' font-weight="700"' : ''}>${layout.years[j]}</text>`);
  }
  return { svg: out.join(''), bottom: y + 18 };
}
