/**
 * The base maps that ship beside the kit, fetched on demand: the light world base (`maps/world.json`,
 * for the world view and a mission view's first paint), one detail file per country
 * (`maps/detail/<ISO3>.json`: 1:10m-class outline, boundaries, first-level divisions, towns; see
 * docs/map-data.md) and the footnotes of undetermined boundaries (`maps/notes.json`). A page without a
 * map fetches none. They are plain JSON files fetched with the feed's time-out, size cap and messages
 * (src/shared/fetch-feed.ts), from the same origin as the kit by default: nothing more for a strict CSP
 * than the bundle itself needs (`connect-src 'self'`, which `default-src 'self'` gives).
 *
 * Where they are: `maps/` beside the script-tag bundle (dist/peacekit.js, dist/maps/); beside the
 * library build's own dist/ (dist/lib/geo/ → ../../maps/). An application that bundles the library copies
 * `node_modules/peacekit/dist/maps/` to its public folder and calls `setMapFiles('/maps/')` once. No DOM.
 */
import type { Topology } from 'topojson-specification';
import { FeedFetchError, fetchJSON as fetchAny } from '../shared/fetch-feed.js';
import { baseMapFromTopology, type BaseMap } from './basemap.js';

// Set by the build (vite.config.ts, `define`): where maps/ is from this module once built. In the
// source (tests, Storybook, the dev server) it is the folder beside this file, src/geo/maps/.
declare const __PK_MAP_FILES__: string | undefined;
let base = new URL(typeof __PK_MAP_FILES__ === 'string' ? __PK_MAP_FILES__ : './maps/', import.meta.url).href;

/** Where the base map files are (a URL ending in `/`), when not where the kit was loaded from. Call it before the first map draws. */
export function setMapFiles(url: string): void {
  base = new URL(url.endsWith('/') ? url : `${url}/`, document.baseURI).href;
  world = undefined;
  details.clear();
  arrived.clear();
  notes = notesArrived = undefined;
}

const fetchJSON = <T>(file: string): Promise<T> => fetchAny(new URL(file, base).href) as Promise<T>;

let world: Promise<BaseMap> | undefined;

/** The light world base, fetched once per page, with the UN's short names where CLDR's differ. */
export function worldBaseMap(): Promise<BaseMap> {
  world ??= Promise.all([fetchJSON<Topology>('world.json'), fetchJSON<Record<string, Record<string, string>>>('un-names.json')]).then(([topology, un]) => {
    const base = baseMapFromTopology(topology);
    for (const c of base.countries) if (c.a2 && un[c.a2]) c.un = un[c.a2];
    return base;
  });
  world.catch(() => (world = undefined)); // a later map may try again
  return world;
}

const details = new Map<string, Promise<Topology | null>>();
/** The detail files already here, for a map that draws after them (a second map, a new date): no wait. */
const arrived = new Map<string, Topology | null>();

/**
 * A country's detail file (TopoJSON with `country`, `boundaries`, `admin1`, `towns`), fetched once per
 * page; null for a code without one (the light base then stays).
 */
export function detailMap(code: string): Promise<Topology | null> {
  if (!/^[A-Z]{3}$/.test(code)) return Promise.resolve(null);
  let promise = details.get(code);
  if (!promise) {
    promise = fetchJSON<Topology>(`detail/${code}.json`).catch((e: unknown) => {
      // No file for this code is not an error: most codes of the world base have one, a few small ones not.
      if (e instanceof FeedFetchError && e.status === 404) return null;
      details.delete(code); // anything else may pass: try again later
      throw e;
    }).then((t) => (arrived.set(code, t), t));
    details.set(code, promise);
  }
  return promise;
}

/** A detail file if it has already arrived (null: the code has none), undefined if not (yet). */
export const arrivedDetailMap = (code: string): Topology | null | undefined => arrived.get(code);

let notes: Promise<Record<string, Record<string, string>>> | undefined;
let notesArrived: Record<string, Record<string, string>> | undefined;

/**
 * The footnotes UN maps carry where an undetermined boundary or a disputed territory is shown, by id,
 * in the languages the UN's own wording was found in.
 */
export function mapNotes(): Promise<Record<string, Record<string, string>>> {
  notes ??= fetchJSON<Record<string, Record<string, string>>>('notes.json').then((n) => (notesArrived = n));
  notes.catch(() => (notes = undefined));
  return notes;
}

/** The footnotes if they have already arrived. */
export const arrivedMapNotes = () => notesArrived;
