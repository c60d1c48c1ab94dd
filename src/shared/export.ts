/**
 * Export of what an element shows, as a standalone SVG document and as a PNG. Styles come from
 * CSS custom properties in the shadow root, so each exported node gets its computed presentation
 * attributes written out: the file looks the same outside the page.
 */
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

/** Renders SVG text to a PNG blob at a pixel ratio (2 for crisp slides). */
export async function svgStringToPng(svgText: string, width: number, height: number, scale = 2, background = '#ffffff'): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
