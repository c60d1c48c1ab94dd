/**
 * The base maps that ship beside the kit, loaded on demand: the light world base
 * (`maps/world.json`, for the world view and a mission view's first paint) and one detail file per
 * country (`maps/detail/<ISO3>.json`: 1:10m-class outline, boundaries, first-level divisions, towns;
 * see src/geo/maps/LICENSES.md). They are dynamic imports, so every build handles them the standard
 * way: the script-tag bundle writes them as modules beside it (dist/maps/*.js), the library build
 * keeps them as modules an application's bundler splits off. A page without a map loads none; a
 * same-origin module needs nothing more from a strict CSP than the bundle itself does. No DOM.
 */
import type { Topology } from 'topojson-specification';
import { baseMapFromTopology, type BaseMap } from './basemap.js';

/** How long a map file may take before the map says it could not load it. */
export const MAP_FILE_TIMEOUT_MS = 20_000;

export class MapFileError extends Error {}

const withTimeout = <T>(promise: Promise<T>, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new MapFileError(`${what} did not load within ${MAP_FILE_TIMEOUT_MS / 1000} s.`)), MAP_FILE_TIMEOUT_MS);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e: unknown) => { clearTimeout(timer); reject(new MapFileError(`${what} could not be loaded (${(e as Error)?.message ?? e}).`)); },
    );
  });

let world: Promise<BaseMap> | undefined;

/** The light world base, loaded once per page. */
export function worldBaseMap(): Promise<BaseMap> {
  world ??= withTimeout(import('./maps/world.json').then((m) => baseMapFromTopology(m.default as unknown as Topology)), 'The world base map');
  world.catch(() => (world = undefined)); // a later map may try again
  return world;
}

const details = new Map<string, Promise<Topology | null>>();

/**
 * A country's detail file (TopoJSON with `country`, `boundaries`, `admin1`, `towns`), loaded once per
 * page; null for a code without one (the light base then stays).
 */
export function detailMap(code: string): Promise<Topology | null> {
  if (!/^[A-Z]{3}$/.test(code)) return Promise.resolve(null);
  let promise = details.get(code);
  if (!promise) {
    promise = withTimeout(import(`./maps/detail/${code}.json`).then((m: { default: unknown }) => m.default as Topology), `The detail map of ${code}`)
      .catch((e: unknown) => {
        // No file for this code is not an error (the light base stays); anything else may pass: try again later.
        if (/Unknown variable dynamic import|Failed to fetch|404/.test(String((e as Error)?.message))) return null;
        details.delete(code);
        throw e;
      });
    details.set(code, promise);
  }
  return promise;
}

let notes: Promise<Record<string, Record<string, string>>> | undefined;

/**
 * The footnotes UN maps carry where an undetermined boundary or a disputed territory is shown, by id,
 * in the languages the UN's own wording was found in (src/geo/maps/notes.json).
 */
export function mapNotes(): Promise<Record<string, Record<string, string>>> {
  notes ??= withTimeout(import('./maps/notes.json').then((m) => m.default as Record<string, Record<string, string>>), 'The map footnotes');
  notes.catch(() => (notes = undefined));
  return notes;
}
