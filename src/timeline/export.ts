/**
 * The timeline as a standalone SVG document: the bars' layer nested beside the label
 * column (its svg carries x = the column's width), the front layer over it, on the element's
 * background. Part of the export code loaded once an element has drawn (shared/export-kit.ts).
 */
import { svgToString } from '../shared/export.js';
import type { TimelineLayout } from './layout.js';

/** The SVG document, on the element's background (the fine print is added by shared/picture.ts). */
export function timelineSVG(host: HTMLElement, plot: SVGSVGElement, front: SVGSVGElement, layout: TimelineLayout): string {
  const { width, height } = layout;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<rect width="${width}" height="${height}" fill="${getComputedStyle(host).backgroundColor}"/>${svgToString(plot)}${svgToString(front)}</svg>`;
}
