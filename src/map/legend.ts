/** The legend's layout, pure: symbol entries that wrap to the width, then nested size circles. */
import type { Legend, LegendSymbol } from './layout.js';

export interface LegendItem extends LegendSymbol {
  /** Left edge of the symbol; the label's baseline (the symbol is centred 4 px above it). */
  x: number;
  y: number;
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
  symbolsTitle: { text: string; y: number };
  items: LegendItem[];
  sizesTitle: { text: string; x: number; y: number } | null;
  circles: LegendCircle[];
}

const ROW = 20;
const CHAR = 7;

/** Lays the legend out in `width` pixels: symbol entries flow in rows; the size key sits beside them if it fits, else below. */
export function legendLayout(legend: Legend, width: number): LegendLayout {
  const items: LegendItem[] = [];
  let x = 0;
  let y = 32;
  for (const s of legend.symbols) {
    const w = 22 + s.label.length * CHAR + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    items.push({ ...s, x, y });
    x += w;
  }
  const symbolsWidth = Math.max(0, ...items.map((i) => i.x + 22 + i.label.length * CHAR));
  const symbolsHeight = items.length ? y + 8 : 0;
  const rMax = Math.max(0, ...legend.sizes.map((s) => s.r));
  const labelWidth = Math.max(0, ...legend.sizes.map((s) => s.label.length * CHAR));
  const sizesWidth = Math.max(2 * rMax + 12 + labelWidth, legend.sizesTitle.length * CHAR);
  const beside = symbolsWidth + 24 + sizesWidth <= width;
  const sx = beside ? symbolsWidth + 24 : 0;
  const sy = beside ? 0 : symbolsHeight + 8;
  const base = sy + 22 + 2 * rMax;
  // Labels at the top of their circle, pushed down where two would touch (12 px type, 13 px apart).
  let last = -Infinity;
  const circles = legend.sizes.map((s) => {
    const ly = Math.max(base - 2 * s.r + 4, last + 13);
    last = ly;
    return { label: s.label, r: s.r, cx: sx + rMax + 1, cy: base - s.r, lx: sx + 2 * rMax + 8, ly };
  });
  const height = Math.ceil(Math.max(symbolsHeight, circles.length ? Math.max(base, last) + 4 : 0));
  return {
    width,
    height,
    symbolsTitle: { text: legend.symbolsTitle, y: 12 },
    items,
    sizesTitle: circles.length ? { text: legend.sizesTitle, x: sx, y: sy + 12 } : null,
    circles,
  };
}
