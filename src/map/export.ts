/**
 * The map as one standalone SVG: caption on top, the map with its scale bar, the legend, and the
 * disclaimer, each piece serialized with its computed styles (shared/export.ts) and stacked.
 */
import { svgStringToPng, svgToString } from '../shared/export.js';
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
}

/** Places a serialized `<svg>` inside another at (x, y). */
const nest = (text: string, x: number, y: number) => text.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`);

export function composeSVG(input: ComposeInput): string {
  const { width, height, legendHeight } = input;
  const font = getComputedStyle(input.map).fontFamily || 'sans-serif';
  const color = getComputedStyle(input.map).color || '#1f2328';
  const muted = input.legend ? getComputedStyle(input.legend).getPropertyValue('--pk-color-text-muted').trim() || color : color;
  const background = getComputedStyle(input.map.closest('.viewport') ?? input.map).backgroundColor;
  const page = getComputedStyle(input.map.getRootNode() instanceof ShadowRoot ? (input.map.getRootNode() as ShadowRoot).host : input.map).getPropertyValue('--pk-color-bg').trim() || '#ffffff';
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

/** Renders the composed SVG to a PNG at twice its size. */
export function exportPNG(svgText: string, background: string, sizeOf: Element): Promise<Blob> {
  const m = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svgText);
  const width = m ? Number(m[1]) : sizeOf.clientWidth;
  const height = m ? Number(m[2]) : sizeOf.clientHeight;
  return svgStringToPng(svgText, width, height, 2, background && background !== 'rgba(0, 0, 0, 0)' ? background : '#ffffff');
}
