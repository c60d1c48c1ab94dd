/**
 * A briefing as a PowerPoint deck, with pptxgenjs: one 16:9 slide per step, the views as images at
 * the resolution of their place on a 1920 × 1080 slide, the title, caption, date and sources as native
 * text the presenter can edit, the speaker notes as the slide's notes. Loaded only when the presenter
 * exports (a file of its own beside the bundle).
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck } from './deck-types.js';
import type { Rect } from './arrange.js';
import type { TextBlock } from './slide-layout.js';

/** Slide pixels (1920 across) to inches (13.33 across), and type size in pixels to points. */
const IN = 1 / 144;
const PT = 0.5;

/** `rgb(r, g, b)` or `#rrggbb` as the hex PowerPoint takes; black when unreadable. */
export function hexColor(css: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) return hex[1].toUpperCase();
  const rgb = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(css);
  return rgb ? rgb.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('').toUpperCase() : '000000';
}

const dataURL = (blob: Blob) => new Promise<string>((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(String(reader.result));
  reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
  reader.readAsDataURL(blob);
});

const box = (r: Rect) => ({ x: r.x * IN, y: r.y * IN, w: r.width * IN, h: r.height * IN });

export async function toPPTX(deck: Deck): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.rtlMode = deck.rtl;
  const text = hexColor(deck.colors.text);
  const muted = hexColor(deck.colors.muted);
  const options = (b: TextBlock, color: string) => ({
    ...box({ ...b, height: Math.max(b.height, b.lineHeight) + 8 }), fontSize: b.size * PT, color, margin: 0, valign: 'top' as const,
    fontFace: 'Calibri', lang: deck.lang, rtlMode: deck.rtl, align: deck.rtl ? 'right' as const : 'left' as const,
  });
  for (const [i, s] of deck.slides.entries()) {
    deck.progress?.(i);
    const slide = pptx.addSlide();
    slide.background = { color: hexColor(deck.colors.bg) };
    const { layout } = s;
    const mirror = (r: Rect): Rect => (deck.rtl ? { ...r, x: 1920 - r.x - r.width } : r);
    slide.addText(s.title, { ...options({ ...layout.title, ...mirror(layout.title) }, text), bold: true });
    if (s.date) slide.addText(s.date, { ...options({ ...layout.date, ...mirror(layout.date) }, muted), align: deck.rtl ? 'left' : 'right' });
    if (s.caption) slide.addText(s.caption, options({ ...layout.caption, ...mirror(layout.caption) }, text));
    const images = await s.images();
    for (const [j, png] of images.entries()) {
      const r = layout.views[j];
      if (r) slide.addImage({ data: await dataURL(png), ...box(mirror(r)) });
    }
    const foot = [s.sources, ...s.finePrint].filter(Boolean).join('\n');
    if (foot) slide.addText(foot, options({ ...layout.foot, ...mirror(layout.foot) }, muted));
    if (s.notes) slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
