/**
 * A country's detail file (src/geo/map-files.ts) made ready to draw, once per file and page: its
 * TopoJSON turned into the shapes, lines and places the mission view's context uses (the conversion
 * and the first-level divisions' label points would otherwise be redone at every date, zoom and
 * resize). Coordinates stay in longitude and latitude: nothing here depends on a frame. No DOM.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Props = Record<string, unknown>;

/** A first-level division: its name, where its name goes, and its extent (west, south, east, north). */
export interface Division {
  name: string;
  at: [number, number];
  box: [number, number, number, number];
}

export interface DetailGeometry {
  /** The country's outline and its properties (a2, name, status, note). */
  shape: Feature<Geometry, Props> | null;
  props: Props;
  boundaries: { with: string; undetermined: boolean; note?: string; lines: Position[][] }[];
  /** Areas of undetermined status (the Abyei Area): their rings, drawn dashed, and their footnote. */
  areas: { rings: Position[][]; note?: string }[];
  /** Lines between first-level divisions (not the coast or international boundaries). */
  admin1: Position[][];
  divisions: Division[];
  /** Towns, the most populous first. */
  towns: Feature<Point, Props>[];
  sources: string[];
  /** Whether the outline reaches across the 180th meridian (Russia, Fiji): then drawn with d3's antimeridian cut. */
  crossesAntimeridian: boolean;
}

const prepared = new WeakMap<Topology, DetailGeometry>();

const featuresOf = (t: Topology, key: string): Feature<Geometry | null, Props>[] => {
  const o = t.objects[key] as GeometryCollection | undefined;
  if (!o) return [];
  const f = feature(t, o) as FeatureCollection<Geometry | null, Props> | Feature<Geometry | null, Props>;
  return f.type === 'FeatureCollection' ? f.features : [f];
};

const linesOf = (g: Geometry | null): Position[][] =>
  g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
const polygonsOf = (g: Geometry | null): Position[][][] =>
  g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];

/** The detail file, converted once (the same file object gives the same result). */
export function detailGeometry(topology: Topology): DetailGeometry {
  let d = prepared.get(topology);
  if (!d) prepared.set(topology, (d = prepare(topology)));
  return d;
}

function prepare(t: Topology): DetailGeometry {
  const shape = (featuresOf(t, 'country')[0] ?? null) as Feature<Geometry, Props> | null;
  const admin1Object = t.objects.admin1 as GeometryCollection | undefined;
  let west = Infinity;
  let east = -Infinity;
  for (const polygon of polygonsOf(shape?.geometry ?? null)) for (const [lon] of polygon[0]) (west = Math.min(west, lon)), (east = Math.max(east, lon));
  return {
    shape: shape?.geometry ? shape : null,
    props: shape?.properties ?? {},
    boundaries: featuresOf(t, 'boundaries').map((b) => ({
      with: String(b.properties?.with ?? ''),
      undetermined: b.properties?.kind === 'undetermined',
      note: typeof b.properties?.note === 'string' ? b.properties.note : undefined,
      lines: linesOf(b.geometry),
    })),
    areas: featuresOf(t, 'areas').map((a) => ({ rings: polygonsOf(a.geometry).flat(), note: typeof a.properties?.note === 'string' ? a.properties.note : undefined })).filter((a) => a.rings.length),
    admin1: admin1Object?.geometries.length ? mesh(t, admin1Object, (a, b) => a !== b).coordinates : [],
    divisions: featuresOf(t, 'admin1').flatMap((f) => {
      const polygons = polygonsOf(f.geometry);
      return polygons.length ? [{ name: String(f.properties?.name ?? ''), at: labelPoint(polygons), box: boxOf(polygons) }] : [];
    }),
    towns: featuresOf(t, 'towns')
      .filter((f): f is Feature<Point, Props> => f.geometry?.type === 'Point')
      .sort((a, b) => Number(b.properties.population ?? 0) - Number(a.properties.population ?? 0)),
    sources: (t as Topology & { meta?: { sources?: string[] } }).meta?.sources ?? [],
    crossesAntimeridian: west < -179.9 && east > 179.9,
  };
}

function boxOf(polygons: Position[][][]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Signed area and centroid of a ring, in degrees (planar: at a division's size the error is nothing a label shows). */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return a ? { area: a / 2, x: cx / (3 * a), y: cy / (3 * a) } : { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
}

/**
 * Where a division's name goes: the centroid of its largest part, or, when that falls outside the part
 * (a crescent, a bent coast), the middle of the widest stretch of the part along the centroid's parallel.
 */
export function labelPoint(polygons: Position[][][]): [number, number] {
  let best = polygons[0];
  let bestArea = -1;
  for (const p of polygons) {
    const area = Math.abs(ringCentroid(p[0]).area);
    if (area > bestArea) (best = p), (bestArea = area);
  }
  const c = ringCentroid(best[0]);
  // Crossings of the parallel through the centroid, in order: inside between each pair (even-odd).
  const xs: number[] = [];
  for (const ring of best) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j];
      const [x1, y1] = ring[i];
      if ((y0 > c.y) !== (y1 > c.y)) xs.push(x0 + ((c.y - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  if (xs.filter((x) => x < c.x).length % 2 === 1) return [c.x, c.y];
  let at: [number, number] = [best[0][0][0], best[0][0][1]];
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > widest) (widest = xs[i + 1] - xs[i]), (at = [(xs[i] + xs[i + 1]) / 2, c.y]);
  }
  return at;
}
