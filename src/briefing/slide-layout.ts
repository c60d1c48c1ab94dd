/**
 * Where everything goes on a 16:9 slide of 1920 × 1080: title and date on top, the caption under
 * them, the step's views in the step's arrangement, the sources and fine print at the foot. Pure:
 * the SVG slide, the PowerPoint slide and the PDF page are all drawn from it.
 */
import { arrange, containIn, defaultArrangement, type Rect } from './arrange.js';
import type { Arrangement } from './steps.js';
import { textWidth } from '../shared/text-width.js';

export const SLIDE = { width: 1920, height: 1080, pad: 56, gap: 28 } as const;

export interface SlideText { title: string; caption: string; date: string; sources: string; finePrint: readonly string[] }

export interface TextBlock extends Rect { lines: string[]; size: number; lineHeight: number }

export interface SlideLayout {
  title: TextBlock;
  date: TextBlock;
  caption: TextBlock;
  foot: TextBlock;
  /** Each view's drawing, as large as fits in its cell, in the step's order. */
  views: Rect[];
}

/** Greedy word wrap on estimated widths; a word longer than the line (or text without spaces, e.g. Chinese) breaks between characters. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
    while (textWidth(line, size) > width && [...line].length > 1) {
      const chars = [...line];
      let n = chars.length - 1;
      while (n > 1 && textWidth(chars.slice(0, n).join(''), size) > width) n--;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

function block(lines: string[], x: number, y: number, width: number, size: number, lineHeight = Math.round(size * 1.3)): TextBlock {
  return { x, y, width, height: lines.length * lineHeight, lines, size, lineHeight };
}

/** The slide's layout for a step's text and its views' drawing sizes (in their order). */
export function slideLayout(text: SlideText, sizes: readonly { width: number; height: number }[], arrangement?: Arrangement, share?: readonly number[]): SlideLayout {
  const { width, height, pad, gap } = SLIDE;
  const inner = width - 2 * pad;
  const dateSize = 28;
  const dateWidth = text.date ? Math.min(inner / 3, textWidth(text.date, dateSize) + 8) : 0;
  const title = block(wrapText(text.title, inner - dateWidth - gap, 44).slice(0, 2), pad, pad, inner - dateWidth - gap, 44);
  const date = block(text.date ? [text.date] : [], width - pad - dateWidth, pad + 8, dateWidth, dateSize);
  // A long caption is set smaller rather than cut.
  let captionSize = 30;
  let captionLines = wrapText(text.caption, inner, captionSize);
  while (captionLines.length > 3 && captionSize > 22) {
    captionSize -= 2;
    captionLines = wrapText(text.caption, inner, captionSize);
  }
  const caption = block(captionLines, pad, title.y + title.height + 12, inner, captionSize);
  const footLines = [...wrapText(text.sources, inner, 18), ...text.finePrint.flatMap((l) => wrapText(l, inner, 18))];
  const footHeight = footLines.length * 24;
  const foot = block(footLines, pad, height - pad - footHeight, inner, 18, 24);
  const top = caption.y + caption.height + gap;
  const box = { x: pad, y: top, width: inner, height: Math.max(0, foot.y - gap - top) };
  const cells = arrange(sizes.length, arrangement ?? defaultArrangement(sizes.length), box, gap, share);
  return { title, date, caption, foot, views: sizes.map((s, i) => containIn(s.width, s.height, cells[i])) };
}
