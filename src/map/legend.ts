/** The legend's layout, pure: symbol entries that wrap to the width, then nested size circles. */
import { labelWidth } from '../shared/text-width.js';
import type { Legend, LegendSymbol } from './layout.js';

export interface LegendItem extends LegendSymbol {
  /** Left edge of the symbol; the label's baseline. */
  x: number;
  y: number;
  /** The symbol's centre and radius, level with the label's x-height. */
  cx: number;
  cy: number;
  r: number;
  /** Where the label starts. */
  tx: number;
}

export interface LegendCircle {
  label: string;
  r: number;
  cx: number;
  cy: number;
  /** Where the leader line to the label ends, and the label's baseline. */
  lx: number;
  ly: number;
}

export interface LegendLayout {
  width: number;
  height: number;
  /** Null when no symbol is shown (a date with no site in force): no title over nothing. */
  symbolsTitle: { text: string; y: number } | null;
  items: LegendItem[];
  sizesTitle: { text: string; x: number; y: number } | null;
  circles: LegendCircle[];
  /** Right to left: every x is measured from the right edge, and labels end where they would start. */
  rtl?: boolean;
}

/** The legend for a right-to-left language: mirrored, so that it reads from the right (symbol, then label). */
export function mirrorLegend(l: LegendLayout): LegendLayout {
  const m = (x: number) => l.width - x;
  return {
    ...l,
    rtl: true,
    items: l.items.map((i) => ({ ...i, x: m(i.x), cx: m(i.cx), tx: m(i.tx) })),
    sizesTitle: l.sizesTitle && { ...l.sizesTitle, x: m(l.sizesTitle.x) },
    circles: l.circles.map((c) => ({ ...c, cx: m(c.cx), lx: m(c.lx) })),
  };
}

/**
 * Lays the legend out in `width` pixels for text of `fontSize` px (the --pk-font-size-xs the legend is
 * drawn with; a briefing sets it larger): symbol entries flow in rows; the size key sits beside them
 * if it fits, else below. Widths are estimated from the character count (0.6 em a character, a little
 * wide for a system sans-serif, so that labels never touch).
 */
export function legendLayout(legend: Legend, width: number, fontSize = 12): LegendLayout {
  const fs = fontSize;
  const width_ = (text: string) => labelWidth(text, fs);
  const row = Math.round(fs * 1.7);
  const r = Math.round(fs * 0.6);
  const symbol = 2 * r + Math.round(fs * 0.6);
  const titleY = Math.round(fs * 1.05);
  const items: LegendItem[] = [];
  let x = 0;
  let y = titleY + row;
  for (const s of legend.symbols) {
    const w = symbol + width_(s.label) + fs;
    if (x > 0 && x + w > width) {
      x = 0;
      y += row;
    }
    items.push({ ...s, x, y, cx: x + r + 1, cy: y - Math.round(fs * 0.35), r, tx: x + symbol });
    x += w;
  }
  const symbolsWidth = items.length ? Math.max(width_(legend.symbolsTitle), ...items.map((i) => i.tx + width_(i.label))) : 0;
  const symbolsHeight = items.length ? y + Math.round(fs * 0.6) : 0;
  const rMax = Math.max(0, ...legend.sizes.map((s) => s.r));
  const widest = Math.max(0, ...legend.sizes.map((s) => width_(s.label)));
  const sizesWidth = Math.max(2 * rMax + 12 + widest, width_(legend.sizesTitle));
  const beside = symbolsWidth + 2 * fs + sizesWidth <= width;
  const sx = beside && items.length ? Math.ceil(symbolsWidth + 2 * fs) : 0;
  const sy = beside ? 0 : symbolsHeight + Math.round(fs * 0.6);
  // Labels one line apart at least: the circles' tops are closer than a line of text.
  const step = Math.ceil(fs * 1.1);
  const base = Math.max(sy + titleY + 10 + 2 * rMax, sy + titleY + legend.sizes.length * step + 2);
  let last = -Infinity;
  const circles = legend.sizes.map((s) => {
    const ly = Math.max(base - 2 * s.r + Math.round(fs * 0.35), last + step, sy + titleY + step);
    last = ly;
    return { label: s.label, r: s.r, cx: sx + rMax + 1, cy: base - s.r, lx: sx + 2 * rMax + 8, ly };
  });
  const height = Math.ceil(Math.max(symbolsHeight, circles.length ? Math.max(base, last) + Math.round(fs * 0.35) : 0));
  return {
    width,
    height,
    symbolsTitle: items.length ? { text: legend.symbolsTitle, y: titleY } : null,
    items,
    sizesTitle: circles.length ? { text: legend.sizesTitle, x: sx, y: sy + titleY } : null,
    circles,
  };
}
