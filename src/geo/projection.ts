/**
 * Projections fitted to what a map must show, and the scale bar that goes with them. No DOM.
 * World: Equal Earth (areas true, as a map of where missions are should be). Mission: Mercator,
 * which keeps the shapes of a country-sized area and whose scale varies little across it.
 */
import { geoDistance, geoEqualEarth, geoMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface Box {
  width: number;
  height: number;
  /** Inner margin in pixels, so that symbols at the edge stay whole. */
  padding: number;
}

/** Equal Earth fitted to the inhabited world (Antarctica left out: no mission ever went there). */
export function worldProjection(box: Box): GeoProjection {
  // The edges of the map (rotated 10° east so that no mission's host is cut at the antimeridian), from 56°S to 83°N.
  const edges: [number, number][] = [];
  for (const lat of [-56, -28, 0, 28, 56, 83]) edges.push([-169.99, lat], [189.99, lat]);
  edges.push([10, -56], [10, 83]);
  const world: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: edges };
  return geoEqualEarth().rotate([-10, 0]).fitExtent(frame(box), world);
}

/**
 * Mercator fitted to the host countries and the sites. Points alone (a feed without host country on
 * the base map) are given a margin of half a degree so a single site does not fill the frame.
 */
export function missionProjection(box: Box, countries: readonly Feature<Geometry>[], points: readonly [number, number][]): GeoProjection {
  const features: Feature<Geometry>[] = [...countries];
  if (points.length) {
    const lon = points.map((p) => p[0]);
    const lat = points.map((p) => p[1]);
    const pad = countries.length ? 0 : 0.5;
    const [x0, x1, y0, y1] = [Math.min(...lon) - pad, Math.max(...lon) + pad, Math.min(...lat) - pad, Math.max(...lat) + pad];
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y1]] } });
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // No adaptive resampling: at mission scale the edges of 1:10m outlines are a few pixels long, and
  // resampling them cost most of the time of drawing the detail (bench: Sierra Leone's view).
  const projection = geoMercator().precision(0);
  return features.length ? projection.fitExtent(frame(box), collection) : worldProjection(box);
}

function frame({ width, height, padding }: Box): [[number, number], [number, number]] {
  const p = Math.max(0, Math.min(padding, width / 4, height / 4));
  return [[p, p], [Math.max(p + 1, width - p), Math.max(p + 1, height - p)]];
}

export interface ScaleBar {
  /** Length drawn, in pixels. */
  width: number;
  /** Ground distance it stands for, in kilometres. */
  km: number;
}

const EARTH_RADIUS_KM = 6371;

/** Kilometres per pixel along the horizontal through a point of the map (default: its centre). */
export function kmPerPixel(projection: GeoProjection, x: number, y: number, zoom = 1): number {
  const a = projection.invert?.([x - 50, y]);
  const b = projection.invert?.([x + 50, y]);
  if (!a || !b) return NaN;
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / 100 / zoom;
}

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ km) no longer than `maxWidth` pixels. */
export function scaleBar(kmPerPx: number, maxWidth: number): ScaleBar | null {
  if (!(kmPerPx > 0) || !(maxWidth > 0)) return null;
  const maxKm = kmPerPx * maxWidth;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * power).find((d) => d <= maxKm) ?? power;
  return { width: km / kmPerPx, km };
}
