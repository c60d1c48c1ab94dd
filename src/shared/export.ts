/**
 * Export of what an element shows, as a standalone SVG document and as a PNG. Styles come from
 * CSS custom properties in the shadow root, so each exported node gets its computed presentation
 * attributes written out: the file looks the same outside the page.
 */
import { escapeXml } from './svg-text.js';
import { ExportError } from './export-error.js';

export { ExportError };

const PRESENTATION = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility',
] as const;

/** Serializes an SVG element with its computed styles inlined; `extra` nodes are appended (legend, notes). */
export function svgToString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((node, i) => {
    const out = target[i] as SVGElement;
    const style = getComputedStyle(node);
    for (const prop of PRESENTATION) {
      const value = style.getPropertyValue(prop);
      if (value) out.setAttribute(prop, value);
    }
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
    if (style.display === 'none') out.setAttribute('display', 'none');
  });
  const box = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  if (!clone.getAttribute('width')) clone.setAttribute('width', String(Math.round(box.width)));
  if (!clone.getAttribute('height')) clone.setAttribute('height', String(Math.round(box.height)));
  const bg = getComputedStyle(svg).getPropertyValue('--pk-color-bg') ? getComputedStyle(svg).backgroundColor : '';
  if (bg && bg !== 'rgba(0, 0, 0, 0)') clone.style.setProperty('background', bg);
  return new XMLSerializer().serializeToString(clone);
}

/** Decodes an image from a URL; rejects when the page may not load it or it is not an image. */
async function decoded(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  return image;
}

/**
 * Renders SVG text to a PNG blob at a pixel ratio (2 for crisp slides). The SVG is drawn onto a canvas
 * through an image: from a `blob:` URL, else a `data:` URL. When the page's CSP allows neither, it
 * rejects with an `ExportError` whose `blocked` is true, never silently.
 */
export async function svgStringToPng(svgText: string, width: number, height: number, scale = 2, background = '#ffffff'): Promise<Blob> {
  let violations = 0;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (/^(blob|data)/.test(e.blockedURI)) violations++;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  let image: HTMLImageElement;
  try {
    image = await decoded(url).catch(() => decoded(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`));
  } catch {
    // The violation report is queued as a task of its own: let it arrive before telling why.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const blocked = violations > 0;
    throw new ExportError(blocked
      ? 'the page\'s Content-Security-Policy blocks blob: and data: images, through which a PNG is drawn'
      : 'the drawing could not be turned into an image', blocked);
  } finally {
    URL.revokeObjectURL(url);
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportError('the canvas could not be saved as PNG', false))), 'image/png'));
}

/**
 * Adds fine print under a standalone SVG document (one with `width` and `height` on its root): lines
 * of small text, such as "3 entries of the feed could not be shown". Text is escaped.
 */
export function withFinePrint(svgText: string, lines: readonly string[], style: { color: string; background: string; fontFamily: string; dir?: 'ltr' | 'rtl' }): string {
  if (!lines.length || !svgText) return svgText;
  const root = /^<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!width || !height) return svgText;
  const LINE = 16;
  // Right to left, a line starts at the right edge: with direction="rtl", the default anchor (start) is the text's right end.
  const rtl = style.dir === 'rtl';
  const total = Math.ceil(height + 8 + lines.length * LINE);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(style.fontFamily)}">`
    + `<rect width="${width}" height="${total}" fill="${escapeXml(style.background)}"/>`
    + svgText.replace(/^<svg\b/, '<svg x="0" y="0"')
    + lines.map((l, i) => `<text class="fine-print" x="${rtl ? width - 8 : 8}" y="${height + (i + 1) * LINE}"${rtl ? ' direction="rtl"' : ''} font-size="12" fill="${escapeXml(style.color)}">${escapeXml(l)}</text>`).join('')
    + '</svg>';
}
