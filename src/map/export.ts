/**
 * The map as one standalone SVG: caption on top, the map with its scale bar, the legend, and the
 * disclaimer, each piece serialized with its computed styles (shared/export.ts) and stacked.
 */
import { svgToString } from '../shared/export.js';
import type { ExportColors } from '../shared/export-colors.js';
import { escapeXml, wrapText } from '../shared/svg-text.js';

export interface ComposeInput {
  map: SVGSVGElement;
  scale: SVGSVGElement | null;
  legend: SVGSVGElement | null;
  width: number;
  height: number;
  legendHeight: number;
  caption: string;
  disclaimer: string;
  /** The element's export colours (shared/export-colors.ts): the page, the text and the muted text in the theme shown. */
  colors: Pick<ExportColors, 'background' | 'text' | 'muted' | 'fontFamily'>;
}

/** Places a serialized `<svg>` inside another at (x, y). */
const nest = (text: string, x: number, y: number) => text.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`);

export function composeSVG(input: ComposeInput): string {
  const { width, height, legendHeight } = input;
  // Colours as computed in the theme shown: a token's raw value may be a light-dark() pair, which SVG cannot read.
  const { fontFamily: font, text: color, muted, background: page } = input.colors;
  const background = getComputedStyle(input.map.closest('.viewport') ?? input.map).backgroundColor;
  const top = input.caption ? 28 : 0;
  const legendY = top + height + 10;
  const discLines = wrapText(input.disclaimer, Math.max(160, width), 12);
  const discY = legendY + (legendHeight ? legendHeight + 10 : 0);
  const total = discY + discLines.length * 16 + 6;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(font)}">`,
    `<rect width="${width}" height="${total}" fill="${escapeXml(page)}"/>`,
    input.caption ? `<text x="0" y="18" font-size="14" font-weight="600" fill="${escapeXml(color)}">${escapeXml(input.caption)}</text>` : '',
    `<rect x="0" y="${top}" width="${width}" height="${height}" fill="${escapeXml(background)}"/>`,
    nest(svgToString(input.map), 0, top),
    input.scale ? nest(svgToString(input.scale), 8, top + height - 34) : '',
    input.legend ? nest(svgToString(input.legend), 0, legendY) : '',
    ...discLines.map((l, i) => `<text x="0" y="${discY + 12 + i * 16}" font-size="12" fill="${escapeXml(muted)}">${escapeXml(l)}</text>`),
    '</svg>',
  ];
  return parts.join('');
}
