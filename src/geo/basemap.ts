/**
 * Base maps as the map reads them: the light world base that ships beside the kit (src/geo/map-files.ts)
 * or a custom TopoJSON from `basemap="url"`. Countries are looked up by ISO 3166-1 alpha-3 code. No DOM.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fetchJSON } from '../shared/fetch-feed.js';

export interface Country {
  /** ISO 3166-1 alpha-3, when the base map knows it. */
  code?: string;
  /** ISO 3166-1 alpha-2, when the base map gives it (the shipped one does): the key to Intl's country names. */
  a2?: string;
  /** Its short name as the UN writes it, by language, where the browser's (CLDR) name differs (maps/un-names.json). */
  un?: Record<string, string>;
  name: string;
  /** A territory whose status is disputed or not yet determined (the world base marks Western Sahara): never tinted as a host's. */
  disputed: boolean;
  feature: Feature<Geometry>;
  /** Its box in degrees: a mission map draws only the countries its frame can show. */
  box: LonLatBox;
}

export interface BaseMap {
  countries: Country[];
  byCode: Map<string, Country>;
  /** Shared borders between countries, drawn once (not twice, as two outlines would). */
  borders: MultiLineString | null;
  /** The box of each line of `borders`. */
  borderBoxes: LonLatBox[];
}

const CODE_KEYS = ['iso_a3', 'ISO_A3', 'adm0_a3', 'ADM0_A3', 'iso3', 'ISO3', 'GID_0'];
// Natural Earth and other sources name these without a standard ISO code; feeds use XKX and ESH (FEED.md).
const CODE_BY_NAME: Record<string, string> = { kosovo: 'XKX', 'w. sahara': 'ESH', 'western sahara': 'ESH' };

function codeOf(f: Feature<Geometry | null>): string | undefined {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  if (typeof f.id === 'string' && /^[A-Z]{3}$/.test(f.id)) return f.id;
  for (const key of CODE_KEYS) {
    const v = props[key];
    if (typeof v === 'string' && /^[A-Z]{3}$/.test(v)) return v;
  }
  return CODE_BY_NAME[String(props.name ?? props.NAME ?? '').toLowerCase()];
}

/** Reads a TopoJSON topology's first object (or `countries`) as countries. Throws on input that is not TopoJSON. */
export function baseMapFromTopology(topology: Topology): BaseMap {
  if (!topology || topology.type !== 'Topology' || !topology.objects) throw new TypeError('not a TopoJSON Topology');
  const key = 'countries' in topology.objects ? 'countries' : Object.keys(topology.objects)[0];
  const object = topology.objects[key] as GeometryCollection | undefined;
  if (!object) return { countries: [], byCode: new Map(), borders: null, borderBoxes: [] };
  const collection = feature(topology, object) as FeatureCollection<Geometry | null>;
  const countries: Country[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    countries.push({
      code: codeOf(f), a2: typeof props.a2 === 'string' ? props.a2 : undefined, name: String(props.name ?? props.NAME ?? f.id ?? ''),
      disputed: props.status === 'disputed', feature: f as Feature<Geometry>, box: boxOf((f.geometry as { coordinates?: unknown }).coordinates),
    });
  }
  const byCode = new Map<string, Country>();
  for (const c of countries) if (c.code && !byCode.has(c.code)) byCode.set(c.code, c);
  const borders = object.type === 'GeometryCollection' ? mesh(topology, object, (a, b) => a !== b) : null;
  return { countries, byCode, borders, borderBoxes: borders?.coordinates.map((line) => boxOf(line)) ?? [] };
}

/**
 * Loads a custom base map (TopoJSON) from a URL, with the feed's time-out, size cap and messages
 * (src/shared/fetch-feed.ts); throws with a message that says what went wrong.
 */
export async function fetchBaseMap(url: string, signal: AbortSignal): Promise<BaseMap> {
  return baseMapFromTopology((await fetchJSON(url, signal)) as Topology);
}

/** A box in degrees: [west, south, east, north]. */
export type LonLatBox = number[];

/**
 * The box of nested coordinates (a ring, a polygon, a multi-polygon, lines); a geometry without
 * coordinates (a collection) counts as the whole world. Edges are great-circle arcs, which can bow a
 * little beyond the box of their ends: callers add a margin.
 */
export function boxOf(c: unknown, b: LonLatBox = [Infinity, Infinity, -Infinity, -Infinity]): LonLatBox {
  if (!c) return [-180, -90, 180, 90];
  if (typeof (c as number[])[0] === 'number') {
    const [x, y] = c as number[];
    b.splice(0, 4, Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y));
  } else (c as unknown[]).forEach((d) => boxOf(d, b));
  return b;
}
