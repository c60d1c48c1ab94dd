/**
 * A briefing as a PDF, with jsPDF and svg2pdf.js: one 16:9 page per step, drawn as vectors (the
 * views' shapes and the text, which stays text) from the slide's SVG. The PDF's standard fonts write
 * only Western European text: a page with other letters (Arabic, Chinese, Russian) is drawn as an
 * image of the slide instead. Loaded only when the presenter exports (a file of its own beside the bundle).
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import type { Deck } from './deck-types.js';

/** Page size in points: 16:9, a 1920 × 1080 slide at half a point a pixel. */
const PAGE = [960, 540] as const;

// What the PDF's standard fonts can write (WinAnsiEncoding): Latin-1 and a few typographic marks.
const WIN_ANSI = /^[\t\n\r\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;
// Symbols the views draw as text, written with the nearest mark the standard fonts have.
const NEAREST: Record<string, string> = { '▸': '>', '▾': 'v', '▴': '^', '−': '-', '→': '»', '⇒': '»', '←': '«', '≥': '>=', '≤': '<=', '✓': 'x', '●': '•', '○': 'o', '·': '·' };

/** Text the standard fonts can write, symbols replaced; null when it has letters they lack. */
export function standardText(text: string): string | null {
  // Marks that set direction and other invisible format characters are left out.
  const out = [...text.replace(/\p{Cf}/gu, '')].map((ch) => NEAREST[ch] ?? ch).join('');
  return WIN_ANSI.test(out) ? out : null;
}

/** Prepares the slide's SVG for svg2pdf: the standard font, symbols replaced; null when some text cannot be written. */
function vectorSlide(svgText: string): SVGSVGElement | null {
  const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  if (svg.localName !== 'svg') return null;
  for (const el of svg.querySelectorAll('[font-family]')) el.removeAttribute('font-family');
  svg.setAttribute('font-family', 'helvetica');
  for (const t of svg.querySelectorAll<SVGElement>('text, tspan')) {
    t.setAttribute('font-family', 'helvetica');
    t.style.removeProperty('font-family');
    t.style.removeProperty('font');
    // A label's halo is a stroke painted under its fill (paint-order), which svg2pdf paints over it: left out.
    if (/stroke/.test(t.getAttribute('paint-order') ?? t.style.getPropertyValue('paint-order'))) {
      t.removeAttribute('stroke');
      t.setAttribute('stroke-width', '0');
    }
    for (const node of t.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const written = standardText(node.textContent ?? '');
      if (written === null) return null;
      node.textContent = written;
    }
  }
  return svg;
}

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

export async function toPDF(deck: Deck): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [...PAGE], compress: true });
  pdf.setProperties({ title: deck.title });
  pdf.setLanguage(deck.lang as Parameters<typeof pdf.setLanguage>[0]);
  // svg2pdf measures text in the page's document: the slide is attached, out of sight, while it is drawn.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:1920px;height:1080px;overflow:hidden;visibility:hidden';
  document.body.append(host);
  try {
    for (const [i, s] of deck.slides.entries()) {
      deck.progress?.(i);
      if (i > 0) pdf.addPage([...PAGE], 'landscape');
      const svg = vectorSlide(s.svg);
      if (svg) {
        host.replaceChildren(svg);
        await svg2pdf(svg, pdf, { x: 0, y: 0, width: PAGE[0], height: PAGE[1] });
      } else {
        pdf.addImage(await bytes(await s.raster()), 'PNG', 0, 0, PAGE[0], PAGE[1]);
      }
    }
  } finally {
    host.remove();
  }
  return pdf.output('blob');
}
