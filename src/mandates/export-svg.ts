/**
 * `<pk-mandate-trends>` as a standalone SVG document: summary, legend, the resolutions' or areas'
 * headers and every cell's mark (symbol, kind letter, Okabe-Ito colour) as shown. Pure: a layout and
 * colours in, SVG text out. Feed text is escaped, never passed through as markup.
 */
import type { TaskState } from '../model/mandate-trends.js';
import type { ExportColors } from '../shared/export-colors.js';
import type { Messages } from '../shared/messages/en.js';
import { escapeXml as esc, wrapWords } from '../shared/svg-text.js';
import type { TrendLayout } from './layout.js';

type SvgColors = ExportColors;

const PAD = 16;
const ROW = 28;
const CHAR = 7;
const ROW_HEAD = 220;

/** The Okabe-Ito colour of each state, as in styles.ts; layout.ts gives the symbols. */
const COLORS: Record<TaskState, string> = { first: '#0072B2', continued: '#0072B2', added: '#009E73', changed: '#E69F00', dropped: '#D55E00', none: '#999999' };

const fit = (text: string, width: number) => {
  const max = Math.max(1, Math.floor(width / CHAR));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
};

/** A state's mark centred on (cx, cy): a filled box with dark or light ink, or a dashed outline for a dropped task. */
function mark(cx: number, cy: number, state: TaskState, text: string, c: SvgColors, w = 34): string {
  if (state === 'none' && !text) return '';
  const color = COLORS[state];
  const hollow = state === 'dropped' || state === 'none';
  const ink = hollow ? c.text : state === 'first' || state === 'continued' ? '#ffffff' : '#000000';
  return `<rect x="${cx - w / 2}" y="${cy - 10}" width="${w}" height="20" rx="4" fill="${hollow ? 'none' : color}" stroke="${hollow ? color : 'none'}" stroke-width="2"${hollow ? ' stroke-dasharray="4 2"' : ''}/>`
    + `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="12" font-weight="700" fill="${ink}">${esc(text)}</text>`;
}

export function trendToSVG(layout: TrendLayout, t: Messages, c: SvgColors, dir: 'ltr' | 'rtl' = 'ltr'): { svg: string; width: number; height: number } {
  const colW = layout.view === 'mission' ? 84 : 120;
  const width = Math.max(ROW_HEAD + layout.columns.length * colW, 560) + 2 * PAD;
  const rtlText = dir === 'rtl' ? ' direction="rtl"' : '';
  const out: string[] = [];
  let y = PAD;
  for (const line of wrapWords(layout.summary, Math.floor((width - 2 * PAD) / 8.5))) {
    y += 20;
    out.push(`<text x="${PAD}" y="${y}" font-size="16" font-weight="600" fill="${c.text}"${rtlText}>${esc(line)}</text>`);
  }
  y += 14;

  // Legend: the states, then the kinds of task and the flags, flowing across lines.
  const items: { w: number; draw: (x: number, y: number) => string }[] = [];
  const label = (text: string) => ({ w: text.length * CHAR + 10, draw: (x: number, yy: number) => `<text x="${x}" y="${yy + 14}" font-size="12" font-weight="600" fill="${c.muted}">${esc(text)}</text>` });
  const tm = t.mandates;
  items.push(label(tm.statesLabel));
  for (const s of layout.states) {
    const text = tm.states[s];
    items.push({ w: 40 + text.length * CHAR + 12, draw: (x, yy) => mark(x + 15, yy + 10, s, layout.view === 'mission' ? layout.symbols[s] : '', c, 28) + `<text x="${x + 34}" y="${yy + 14}" font-size="12" fill="${c.text}">${esc(text)}</text>` });
  }
  if (layout.kinds.length) items.push(label(tm.kindsLabel));
  for (const k of layout.kinds) items.push({ w: 20 + k.label.length * CHAR + 12, draw: (x, yy) => `<text x="${x}" y="${yy + 14}" font-size="12" font-weight="700" fill="${c.text}">${esc(k.glyph)}</text><text x="${x + 14}" y="${yy + 14}" font-size="12" fill="${c.text}">${esc(k.label)}</text>` });
  if (layout.flags.length) items.push(label(tm.flagsLabel));
  for (const f of layout.flags) items.push({ w: (f.short.length + f.label.length) * CHAR + 24, draw: (x, yy) => `<text x="${x}" y="${yy + 14}" font-size="12" font-weight="700" fill="${c.text}">${esc(f.short)}</text><text x="${x + f.short.length * CHAR + 8}" y="${yy + 14}" font-size="12" fill="${c.text}">${esc(f.label)}</text>` });
  let x = PAD;
  for (const item of items) {
    if (x + item.w > width - PAD && x > PAD) {
      x = PAD;
      y += 24;
    }
    out.push(item.draw(x, y));
    x += item.w;
  }
  y += 36;

  // Column headers: a resolution's number, date and flags; or an area's name.
  const headH = layout.view === 'mission' ? 52 : 36;
  out.push(`<text x="${PAD}" y="${y + headH - 8}" font-size="12" fill="${c.muted}">${esc(layout.view === 'mission' ? tm.taskHeader : tm.missionHeader)}</text>`);
  layout.columns.forEach((col, j) => {
    const cx = PAD + ROW_HEAD + j * colW + colW / 2;
    if (layout.view === 'mission') {
      out.push(`<text x="${cx}" y="${y + 14}" text-anchor="middle" font-size="13" font-weight="700" fill="${c.text}">${esc(col.title)}</text>`);
      out.push(`<text x="${cx}" y="${y + 30}" text-anchor="middle" font-size="12" fill="${c.muted}">${esc(fit(col.dateText, colW - 4))}</text>`);
      if (col.flags.length) out.push(`<text x="${cx}" y="${y + 46}" text-anchor="middle" font-size="12" font-weight="600" fill="${c.text}">${esc(col.flags.map((f) => f.short).join(' '))}</text>`);
    } else {
      wrapWords(col.title, Math.floor(colW / CHAR)).slice(0, 2).forEach((line, i) => out.push(`<text x="${cx}" y="${y + 14 + i * 15}" text-anchor="middle" font-size="12" font-weight="600" fill="${c.text}">${esc(line)}</text>`));
    }
  });
  y += headH;
  out.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="${c.text}" stroke-width="2"/>`);

  for (const row of layout.rows) {
    if (row.kind === 'area') {
      out.push(`<rect x="${PAD}" y="${y}" width="${width - 2 * PAD}" height="${ROW - 2}" fill="${c.area}"/>`);
      out.push(`<text x="${PAD + 6}" y="${y + 18}" font-size="12" font-weight="600" fill="${c.text}"${rtlText}>${esc(`${row.label} (${row.count})`)}</text>`);
      y += ROW - 2;
      continue;
    }
    out.push(`<text x="${PAD + 6}" y="${y + 18}" font-size="12" fill="${c.text}"${rtlText}>${esc(fit(row.label, ROW_HEAD - 12))}</text>`);
    row.cells.forEach((cell, j) => {
      out.push(mark(PAD + ROW_HEAD + j * colW + colW / 2, y + ROW / 2, cell.state, `${cell.symbol}${cell.glyph}`, c, layout.view === 'mission' ? 34 : 44));
    });
    y += ROW;
    out.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="${c.rule}" stroke-width="1"/>`);
  }
  const height = y + PAD;
  return {
    width, height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(c.fontFamily)}">`
      + `<title>${esc(layout.caption)}</title><rect width="${width}" height="${height}" fill="${esc(c.background)}"/>${out.join('')}</svg>`,
  };
}
