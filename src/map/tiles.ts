/**
 * Raster tiles under a mission view, for portals that run their own tile server (`tiles="…/{z}/{x}/{y}.png"`).
 * Pure: which Web Mercator (XYZ) tiles cover the frame at a zoom, and where each is drawn. The mission
 * view is a d3 Mercator projection (scale s, translate [tx, ty], no rotation), which is Web Mercator up
 * to a scale and an offset: a tile at zoom z is 2πs·k / 2^z pixels wide on screen. The world view
 * (Equal Earth) takes no tiles. No DOM.
 */
import type { GeoProjection } from 'd3-geo';
import type { Transform } from './layout.js';

export interface Tile {
  url: string;
  x: number;
  y: number;
  size: number;
}

/** Tiles are drawn between 256 and 512 px wide: the zoom level whose tiles come closest above 256. */
const TILE = 256;
const MAX_TILES = 64;

/** Only http(s) tile URLs, with {z}, {x} and {y} (and an optional {s} subdomain, taken as "a"). */
export function tileTemplate(template: string | null | undefined): string | null {
  if (!template) return null;
  try {
    const url = new URL(template.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D')), document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  } catch {
    return null;
  }
  return /\{z\}/.test(template) && /\{x\}/.test(template) && /\{y\}/.test(template) ? template : null;
}

export function tilesFor(template: string, projection: GeoProjection, transform: Transform, width: number, height: number): Tile[] {
  const s = projection.scale();
  const [tx, ty] = projection.translate();
  const world = 2 * Math.PI * s * transform.k;
  const z = Math.max(0, Math.min(19, Math.floor(Math.log2(world / TILE))));
  const n = 2 ** z;
  const size = world / n;
  // The screen position of the world's top-left corner (longitude −180°, latitude +85.05°).
  const ox = transform.k * (tx - Math.PI * s) + transform.x;
  const oy = transform.k * (ty - Math.PI * s) + transform.y;
  const i0 = Math.max(0, Math.floor(-ox / size));
  const i1 = Math.min(n - 1, Math.floor((width - ox) / size));
  const j0 = Math.max(0, Math.floor(-oy / size));
  const j1 = Math.min(n - 1, Math.floor((height - oy) / size));
  const tiles: Tile[] = [];
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      if (tiles.length >= MAX_TILES) return tiles;
      const url = template.replace('{z}', String(z)).replace('{x}', String(i)).replace('{y}', String(j)).replace('{s}', 'a');
      tiles.push({ url, x: ox + i * size, y: oy + j * size, size });
    }
  }
  return tiles;
}
