/**
 * What a map fetches besides its feed, for its element (mission-map.ts): the light world base or a
 * page's own base map, the detail files and footnotes of the countries a mission view shows, and the
 * code that loads on demand with them (the clusterer, the context layers' layout, the tile layer). Each
 * arrival asks the element to update; `pending` is what its `updateComplete` waits for, so that a test or
 * an export sees the whole map. A file already on the page (another map's, an earlier date's) is taken
 * at once, so the view draws in detail in one update rather than light first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Topology } from 'topojson-specification';
import { fetchBaseMap, type BaseMap } from '../geo/basemap.js';
import { arrivedDetailMap, arrivedMapNotes, detailMap, mapNotes, worldBaseMap } from '../geo/map-files.js';
import type { Frame } from './layout.js';

type Code = {
  /** Lit's keyed `repeat`, with which a date change moves each mark as itself (fetched with the base map). */
  repeat?: typeof import('lit/directives/repeat.js').repeat;
  context?: typeof import('./context.js');
  cluster?: typeof import('./clusters.js');
  tiles?: typeof import('./tiles.js');
};
/** The code loaded on demand, shared by every map of the page. */
export const code: Code = {};
let clusterLoad: Promise<unknown> | undefined;
const loadClusterer = () => (clusterLoad ??= import('./clusters.js').then((m) => (code.cluster = m), (e) => {
  clusterLoad = undefined;
  throw e;
}));

export interface MapFilesMessages {
  detailFailed: (message: string) => string;
  basemapFailed: (url: string) => string;
}

export class MapFilesController implements ReactiveController {
  world: BaseMap | null = null;
  /** A base map the page gave (`basemap`): no detail files then. */
  custom: BaseMap | null = null;
  /** Detail files by country code: null while asked for, or for a code without one. Replaced, not mutated, when files arrive. */
  details = new Map<string, Topology | null>();
  notes: Record<string, Record<string, string>> = {};
  /** Why a map file could not be had (the base, a detail file, the clusterer). */
  warning: string | null = null;
  basemapWarning: string | null = null;
  readonly pending = new Set<Promise<unknown>>();
  private notesAsked = false;
  private basemapRequest?: AbortController;

  constructor(private readonly host: ReactiveControllerHost, private readonly messages: () => MapFilesMessages) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.world) this.track(worldBaseMap()).then((b) => this.set(() => (this.world = b)), (e: Error) => this.set(() => (this.warning = e.message)));
    // Only a change of date animates, never the first drawing: the directive can come beside the base map.
    if (!code.repeat) this.track(import('lit/directives/repeat.js')).then((m) => (code.repeat = m.repeat), () => undefined);
  }

  hostDisconnected(): void {
    this.basemapRequest?.abort();
  }

  /** The base map drawn: the page's own, else the world base (null until it arrives). */
  get base(): BaseMap | null {
    return this.custom ?? this.world;
  }

  /** Fetches the clusterer for a mission view (alongside the base map, on the first one); the view waits for it. */
  needClusterer(): void {
    if (code.cluster) return;
    this.track(loadClusterer()).then(() => this.host.requestUpdate(), (e: Error) => this.set(() => (this.warning = e.message)));
  }

  /** Fetches the tile layer's code, for a map given `tiles`. */
  needTiles(): void {
    if (code.tiles) return;
    this.track(import('./tiles.js')).then((m) => this.set(() => (code.tiles = m)), () => undefined);
  }

  /** Fetches the page's own base map (`basemap`), replacing any earlier request; none: the world base. */
  loadBasemap(url: string | undefined): void {
    this.basemapRequest?.abort();
    if (this.custom || this.basemapWarning) this.set(() => ((this.custom = null), (this.basemapWarning = null)));
    if (!url) return;
    const request = (this.basemapRequest = new AbortController());
    fetchBaseMap(url, request.signal).then(
      (base) => { if (!request.signal.aborted) this.set(() => (this.custom = base)); },
      () => { if (!request.signal.aborted) this.set(() => ((this.custom = null), (this.basemapWarning = this.messages().basemapFailed(url)))); },
    );
  }

  /**
   * Takes, during an update, the detail files (and footnotes) of the frame's countries that are already
   * on the page. Returns whether anything was taken.
   */
  adoptArrived(frame: Frame): boolean {
    if (!frame.regional || this.custom || !code.context) return false;
    let next: Map<string, Topology | null> | undefined;
    for (const c of frame.countries) {
      if (!c.shown || !c.code || this.details.has(c.code)) continue;
      const t = arrivedDetailMap(c.code);
      if (t !== undefined) (next ??= new Map(this.details)).set(c.code, t);
    }
    if (next) this.details = next;
    const notes = arrivedMapNotes();
    if (notes && !this.notesAsked) {
      this.notesAsked = true;
      this.notes = notes;
    }
    return !!next;
  }

  /** Loads the detail files (and the context layers' code) of the countries a mission view shows that are not here yet. */
  loadDetails(frame: Frame | undefined): void {
    if (!frame?.regional || this.custom) return;
    const wanted = frame.countries.filter((c) => c.shown).map((c) => c.code).filter((c): c is string => !!c && !this.details.has(c));
    if (!wanted.length) return;
    // Marked as asked for at once, so that the next update does not ask again.
    for (const c of wanted) this.details.set(c, null);
    const context = import('./context.js').then((m) => (code.context = m));
    this.track(Promise.all([context, ...wanted.map((c) => detailMap(c).then((t) => [c, t] as const))])).then(
      ([, ...loaded]) => this.set(() => {
        const next = new Map(this.details);
        for (const [c, t] of loaded) next.set(c, t);
        this.details = next;
      }),
      (e: Error) => this.set(() => {
        for (const c of wanted) this.details.delete(c);
        this.warning = this.messages().detailFailed(e.message);
      }),
    );
    if (!this.notesAsked) {
      this.notesAsked = true;
      this.track(mapNotes()).then((n) => this.set(() => (this.notes = n)), () => (this.notesAsked = false));
    }
  }

  /** The detail files that have arrived (without the codes still asked for or without a file). */
  loadedDetails(): Map<string, Topology> {
    return new Map([...this.details].filter((e): e is [string, Topology] => !!e[1]));
  }

  private set(change: () => unknown): void {
    change();
    this.host.requestUpdate();
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const drop = () => this.pending.delete(promise);
    promise.then(drop, drop);
    return promise;
  }
}
