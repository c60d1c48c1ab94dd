/**
 * One slide from the linked views: title, caption and date on top, the views below (the first full
 * width, the others side by side), the sources line at the foot. Built with DOM methods and
 * serialized, so feed and caption text stay text.
 */
const NS = 'http://www.w3.org/2000/svg';

export interface SlideInput {
  title: string;
  caption: string;
  date: string;
  sources: string;
  /** Standalone SVG documents (each element's `toSVG()`), in reading order. */
  views: string[];
  /** Lines under the sources, e.g. "3 entries of the feed could not be shown". */
  finePrint?: string[];
  width?: number;
  colors: { bg: string; text: string; muted: string };
}

interface Placed { svg: SVGSVGElement; w: number; h: number }

function parse(svgText: string): Placed | null {
  if (!svgText) return null;
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = doc.documentElement as unknown as SVGSVGElement;
  if (svg.localName !== 'svg') return null;
  const w = parseFloat(svg.getAttribute('width') ?? '') || svg.viewBox.baseVal?.width || 0;
  const h = parseFloat(svg.getAttribute('height') ?? '') || svg.viewBox.baseVal?.height || 0;
  if (!w || !h) return null;
  if (!svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  return { svg, w, h };
}

export function composeSlide(input: SlideInput): { svg: string; width: number; height: number } {
  const width = input.width ?? 1920;
  const pad = 40;
  const gap = 24;
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const text = (x: number, y: number, value: string, size: number, fill: string, weight = 'normal') => {
    const t = doc.createElementNS(NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('font-family', 'system-ui, sans-serif');
    t.setAttribute('fill', fill);
    t.textContent = value;
    root.append(t);
  };
  let y = pad + 32;
  text(pad, y, input.title, 32, input.colors.text, '700');
  y += 40;
  if (input.caption) {
    text(pad, y, input.caption, 24, input.colors.text);
    y += 34;
  }
  text(pad, y, input.date, 20, input.colors.muted);
  y += gap;

  const views = input.views.map(parse).filter((p): p is Placed => p !== null);
  const place = (p: Placed, x: number, top: number, w: number) => {
    const h = (p.h * w) / p.w;
    p.svg.setAttribute('x', String(x));
    p.svg.setAttribute('y', String(top));
    p.svg.setAttribute('width', String(w));
    p.svg.setAttribute('height', String(h));
    root.append(doc.importNode(p.svg, true));
    return h;
  };
  const inner = width - 2 * pad;
  const [first, ...rest] = views;
  if (first) y += place(first, pad, y, inner) + gap;
  if (rest.length) {
    const colW = (inner - gap * (rest.length - 1)) / rest.length;
    y += Math.max(...rest.map((p, i) => place(p, pad + i * (colW + gap), y, colW))) + gap;
  }
  y += 8;
  text(pad, y, input.sources, 16, input.colors.muted);
  for (const line of input.finePrint ?? []) {
    y += 24;
    text(pad, y, line, 16, input.colors.muted);
  }
  const height = Math.ceil(y + pad);

  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', input.colors.bg);
  root.prepend(bg);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}
