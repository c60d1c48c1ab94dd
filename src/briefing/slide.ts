/**
 * One slide from a step, 1920 × 1080 (16:9): title, date and caption on top, the step's views in its
 * arrangement, the sources line and fine print at the foot (slide-layout.ts). Built with DOM methods
 * and serialized, so feed and caption text stay text.
 */
import { SLIDE, slideLayout, type SlideLayout, type SlideText, type TextBlock } from './slide-layout.js';
import type { Arrangement } from './steps.js';

const NS = 'http://www.w3.org/2000/svg';

export interface SlideInput extends SlideText {
  /** Standalone SVG documents (each element's `toSVG()`), in the step's order. */
  views: string[];
  arrangement?: Arrangement;
  share?: readonly number[];
  dir?: 'ltr' | 'rtl';
  colors: { bg: string; text: string; muted: string };
}

interface Parsed { svg: SVGSVGElement; width: number; height: number }

function parse(svgText: string): Parsed | null {
  if (!svgText) return null;
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = doc.documentElement as unknown as SVGSVGElement;
  if (svg.localName !== 'svg') return null;
  const width = parseFloat(svg.getAttribute('width') ?? '') || svg.viewBox.baseVal?.width || 0;
  const height = parseFloat(svg.getAttribute('height') ?? '') || svg.viewBox.baseVal?.height || 0;
  if (!width || !height) return null;
  if (!svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg, width, height };
}

/** The size of a standalone SVG document, from its root's width and height; null when it has none. */
export function svgSize(svgText: string): { width: number; height: number } | null {
  const root = /^<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

export function composeSlide(input: SlideInput): { svg: string; width: number; height: number; layout: SlideLayout } {
  const { width, height } = SLIDE;
  const views = input.views.map(parse).filter((p): p is Parsed => p !== null);
  const layout = slideLayout(input, views, input.arrangement, input.share);
  const rtl = input.dir === 'rtl';
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif');
  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', input.colors.bg);
  root.append(bg);
  const text = (b: TextBlock, fill: string, weight = 'normal', anchorEnd = false) => {
    b.lines.forEach((line, i) => {
      const t = doc.createElementNS(NS, 'text');
      const end = anchorEnd !== rtl;
      const left = rtl ? width - b.x - b.width : b.x;
      t.setAttribute('x', String(Math.round(end ? left + b.width : left)));
      t.setAttribute('y', String(Math.round(b.y + i * b.lineHeight + b.size)));
      t.setAttribute('font-size', String(b.size));
      t.setAttribute('font-weight', weight);
      t.setAttribute('fill', fill);
      if (end) t.setAttribute('text-anchor', 'end');
      t.textContent = line;
      root.append(t);
    });
  };
  text(layout.title, input.colors.text, '700');
  text(layout.date, input.colors.muted, 'normal', true);
  text(layout.caption, input.colors.text);
  views.forEach((p, i) => {
    const r = layout.views[i];
    p.svg.setAttribute('x', String(rtl ? width - r.x - r.width : r.x));
    p.svg.setAttribute('y', String(r.y));
    p.svg.setAttribute('width', String(r.width));
    p.svg.setAttribute('height', String(r.height));
    root.append(doc.importNode(p.svg, true));
  });
  text(layout.foot, input.colors.muted);
  return { svg: new XMLSerializer().serializeToString(doc), width, height, layout };
}
