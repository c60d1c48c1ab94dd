/**
 * The timeline as a standalone SVG document and as a PNG: the bars' layer nested beside the label
 * column (its svg carries x = the column's width), the front layer over it, on the element's
 * background, with in fine print how many entries of the feed could not be shown. Part of the export
 * code loaded once an element has drawn (shared/export-kit.ts).
 */
import { svgStringToPng, svgToString, withFinePrint } from '../shared/export.js';
import type { TimelineLayout } from './layout.js';

/** The SVG document; `finePrint` null leaves the fine print to a briefing's slide. */
export function timelineSVG(host: HTMLElement, plot: SVGSVGElement, front: SVGSVGElement, layout: TimelineLayout, finePrint: { lines: string[]; dir: 'ltr' | 'rtl' } | null): string {
  const { width, height } = layout;
  const style = getComputedStyle(host);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<rect width="${width}" height="${height}" fill="${style.backgroundColor}"/>${svgToString(plot)}${svgToString(front)}</svg>`;
  if (!finePrint) return svg;
  return withFinePrint(svg, finePrint.lines, {
    color: style.getPropertyValue('--pk-color-text-muted').trim() || style.color,
    background: style.backgroundColor,
    fontFamily: style.fontFamily || 'sans-serif',
    dir: finePrint.dir,
  });
}

/** The SVG document drawn as a PNG at `scale` times its size. */
export function timelinePNG(host: HTMLElement, svg: string, scale: number): Promise<Blob> {
  if (!svg) throw new Error('Nothing to export: the timeline has not been drawn yet.');
  const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
  const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
  return svgStringToPng(svg, width, height, scale, getComputedStyle(host).backgroundColor);
}
