import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from '../shared/style-map.js';
import { asOfDay, relatedTo, showsLife, type Problem } from '../model/index.js';
import { define } from '../shared/define.js';
import { PkSelectEvent } from '../shared/events.js';
import { noticeStyles, PkFeedElement } from '../shared/feed-element.js';
import { markRelated } from '../shared/related-marks.js';
import { ResizeController } from '../shared/resize-controller.js';
import { ZoomController } from '../shared/zoom-controller.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { fetchBaseMap, type BaseMap } from '../geo/basemap.js';
import { arrivedDetailMap, arrivedMapNotes, detailMap, mapNotes, worldBaseMap } from '../geo/map-files.js';
import type { Topology } from 'topojson-specification';
import type { Context, PlacedContext } from './context.js';

type ContextModule = typeof import('./context.js');
/** The context layers' code, loaded with the first detail files (a map draws without it until then). */
let contextModule: ContextModule | undefined;
/**
 * The clusterer (geo/cluster.ts and supercluster): only a mission view groups sites, and it cannot draw
 * before its base map arrives, so the clusterer is fetched beside the kit at the same time.
 */
let clusterModule: typeof import('../geo/cluster.js') | undefined;
let clusterLoad: Promise<unknown> | undefined;
const loadClusterer = () => (clusterLoad ??= import('../geo/cluster.js').then((m) => (clusterModule = m), (e) => { clusterLoad = undefined; throw e; }));
const NO_CONTEXT: Context = { countries: [], detailed: new Set(), boundaries: '', undetermined: '', admin1: '', places: [], notes: [], sources: [] };
import type { Tile } from './tiles.js';

/** The tile layer's code, fetched only by a map given `tiles`. */
let tilesModule: typeof import('./tiles.js') | undefined;
import {
  IDENTITY, UNIT_RADIUS, dayShown, precisionOf, footprintLayout, frameLayout, mapHeight, missionAspect, nextMark, overlays, unitSymbol, viewLayout,
  type Direction, type Footprint, type Frame, type Transform, type View, type ViewMark,
} from './layout.js';
import { legendLayout, mirrorLegend, type LegendLayout } from './legend.js';
import { mapStyles } from './styles.js';

const MAX_ZOOM = 64;
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * A mission's footprint on a map: its sites by type, sized by personnel, at a date; or, without
 * `mission`, every mission of the feed at its HQ on a world map. Works offline: the base maps ship
 * beside the kit and load on demand (a light world base first, then the detail of the countries a
 * mission view shows: boundaries, first-level divisions, towns); zooms and pans by mouse, touch and
 * keyboard; offers the same data as a table.
 *
 * Keyboard (one tab stop): arrow keys move between marks, Enter selects a mark or opens a group,
 * + and − zoom, Shift + arrows pan, 0 resets the view, Escape hides the tooltip. The wheel zooms only
 * with Ctrl/⌘ held or once the map has focus, so the map never traps the page's scrolling.
 *
 * @fires pk-select - The user chose a mark: `{ kind: 'mission', id }` or `{ kind: 'site', mission, id }`.
 * @fires pk-feed-load - The feed was read (with its problems).
 * @fires pk-feed-error - The feed could not be loaded or read.
 * @fires pk-export-error - `toPNG()` failed (detail: `{ format, message, blocked }`), e.g. blocked by the page's CSP.
 * @csspart caption - The line that says what and when the map shows.
 * @csspart map - The map's frame (the one tab stop).
 * @csspart controls - The zoom buttons.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend (an SVG).
 * @csspart disclaimer - The disclaimer line.
 * @csspart notes - The footnotes UN maps carry where an undetermined boundary or a disputed territory is shown, and the map data's credit.
 * @csspart problems - The notice of a feed drawn in part, under the caption: how many entries could not be shown, opening onto each problem with its JSON path.
 * @csspart warnings - Problems with the geography (unknown country codes, sites off the globe, a base map or map file that did not load).
 * @csspart export-error - Said when an export failed (e.g. the page's CSP blocks it).
 * @csspart language-notice - Said when the element's language's strings did not load.
 * @csspart table-button - The button that shows the table.
 * @csspart table - The table of the same footprint.
 * @csspart status - Loading and empty states; @csspart error - the error state.
 * @cssprop --pk-map-water - Sea colour.
 * @cssprop --pk-map-land - Land colour.
 * @cssprop --pk-map-land-host - Host countries (and, on the world map, countries with a mission).
 * @cssprop --pk-map-boundary - Borders.
 * @cssprop --pk-map-admin1 - First-level administrative boundaries.
 * @cssprop --pk-map-place-text - Names of towns, divisions and countries.
 * @cssprop --pk-map-town-fill - Town and capital symbols.
 * @cssprop --pk-map-area - Areas of responsibility.
 * @cssprop --pk-map-site-fill - Site symbols.
 * @cssprop --pk-map-hq-fill - Mission and sector HQ symbols.
 * @cssprop --pk-map-halo - Outline of symbols and halo of labels.
 * @cssprop --pk-map-cluster-fill - Groups of sites; --pk-map-cluster-text - their count.
 * @cssprop --pk-map-type-multidimensional - World map: multidimensional missions (also -traditional, -observer, -political).
 * @cssprop --pk-map-transition - Duration of the change from one date's footprint to the next (600ms).
 */
export class PkMissionMap extends PkFeedElement {
  static override styles = [tokens, statusStyles, noticeStyles, mapStyles];

  /** URL of a custom base map (TopoJSON, countries with ISO alpha-3 ids or `iso_a3` properties). */
  @property({ reflect: true }) basemap?: string;

  /** Replaces the default disclaimer line. */
  @property() disclaimer?: string;

  /** Hides the disclaimer line (for a page that shows its own). */
  @property({ type: Boolean, reflect: true, attribute: 'no-disclaimer' }) noDisclaimer = false;

  /**
   * The context a mission view shows, space-separated: `admin1` (first-level administrative
   * boundaries and names), `towns` (the capital and main towns), `countries` (the names of the host and
   * neighbouring countries). Default: all three; `layers=""` shows none.
   */
  @property({ reflect: true }) layers?: string;

  /**
   * A raster tile layer under a mission view, from the portal's own tile server:
   * `https://…/{z}/{x}/{y}.png` (Web Mercator XYZ tiles). Off by default; the map never needs it. The
   * page's CSP must allow the server in `img-src`. The world view takes no tiles.
   */
  @property({ reflect: true }) tiles?: string;

  /** The credit the tile server asks for, shown under the map and in exports. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution?: string;

  @state() private transform: Transform = IDENTITY;
  @state() private activeKey: string | null = null;
  @state() private tip: { key: string; by: 'pointer' | 'keyboard' } | null = null;
  @state() private tableShown = false;
  @state() private hint = false;
  @state() private customBase: BaseMap | null = null;
  @state() private world: BaseMap | null = null;
  /** Detail files loaded for the countries of the mission view, by code (null: the code has none). */
  @state() private details = new Map<string, Topology | null>();
  @state() private notes: Record<string, Record<string, string>> = {};
  private notesAsked = false;
  @state() private mapFileWarning: string | null = null;
  @state() private basemapWarning: string | null = null;

  @query('.viewport') private viewport?: HTMLElement;
  @query('.pan') private pan?: HTMLElement;
  @query('svg.map') private mapSvg?: SVGSVGElement;
  @query('svg.legend') private legendSvg?: SVGSVGElement;

  // The width is read from a line that takes no room, so that the map's own height never feeds back
  // into it; its height is 1em of the legend's type (--pk-font-size-xs), which the legend is laid out for.
  private relatedMarks: Element[] = [];
  private readonly size = new ResizeController(this, () => this.renderRoot?.querySelector('.sizer'), { watchHeight: true });
  private frame?: Frame;
  private footprint?: Footprint;
  private view?: View;
  private legend?: LegendLayout & { source: Footprint['legend']; fontSize: number };
  private animateDate = false;
  /** What the map could not draw because of its geography (the feed's errors are in the problems notice). */
  private warnings: string[] = [];
  /** Marks of the previous date that are gone at this one: drawn shrinking to nothing, then dropped. */
  private leaving: ViewMark[] = [];
  /**
   * The marks drawn: the leaving ones, then the view's. Keyed only while a date change animates (a mark
   * then moves or fades as itself); otherwise drawn in place: a zoom step regroups most marks, and
   * re-using their nodes in order costs far less than keyed moves, creations and removals.
   */
  private drawn: ViewMark[] = [];
  private readonly zoom = new ZoomController(this, {
    filter: (event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) => {
      if (event.type === 'wheel') {
        const allowed = !!(event.ctrlKey || event.metaKey) || this.shadowRoot?.activeElement === this.viewport;
        if (!allowed) this.showHint();
        return allowed;
      }
      return !event.ctrlKey && !event.button;
    },
    zoom: ({ k, x, y }, gesture) => {
      if (!gesture) {
        this.transform = { k, x, y };
        return;
      }
      // During a gesture only a CSS transform moves the drawn layer; marks are laid out again at its end.
      const c = this.transform;
      const s = k / c.k;
      if (this.pan) this.pan.style.transform = `translate(${x - c.x * s}px, ${y - c.y * s}px) scale(${s})`;
      if (this.tip?.by === 'pointer') this.tip = null;
    },
    end: ({ k, x, y }) => {
      if (k !== this.transform.k || x !== this.transform.x || y !== this.transform.y) this.transform = { k, x, y };
    },
  });
  private syncZoom = false;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private basemapRequest?: AbortController;
  private context?: Context;
  private placed: PlacedContext = { dots: [], labels: [] };
  private tileList: Tile[] = [];
  /** Map files being loaded: `updateComplete` waits for them, so a test or an export sees the whole map. */
  private pendingFiles = new Set<Promise<unknown>>();
  private keys = { frame: [] as unknown[], footprint: [] as unknown[], context: [] as unknown[], view: [] as unknown[], tiles: [] as unknown[] };

  /** Problems of the feed, then those of its geography (unknown country codes, sites off the globe). */
  override get problems(): Problem[] {
    const geo = [...(this.frame?.warnings ?? []), ...(this.footprint?.warnings ?? [])];
    return [...super.problems, ...geo.map((w) => ({ path: w.path, severity: 'warning' as const, message: w.message }))];
  }

  /**
   * What is shown, as a standalone SVG document: caption, map, legend and disclaimer, and in fine print
   * how many entries of the feed could not be shown (`finePrint: false` leaves that to a briefing's slide).
   */
  toSVG(options: { finePrint?: boolean } = {}): string {
    if (!this.mapSvg || !this.frame) return '';
    const svg = this.exportKit.composeSVG({
      map: this.mapSvg, legend: this.legendSvg ?? null, width: this.frame.width, height: this.frame.height,
      caption: this.footprint?.table.caption ?? '', disclaimer: [this.disclaimerText, ...this.noteLines].filter(Boolean).join(' '), legendHeight: this.legend?.height ?? 0,
      scale: this.renderRoot.querySelector<SVGSVGElement>('svg.scalebar'),
    });
    if (options.finePrint === false) return svg;
    const style = getComputedStyle(this);
    return this.exportKit.withFinePrint(svg, this.finePrint(), {
      color: style.getPropertyValue('--pk-color-text-muted').trim() || style.color,
      background: style.getPropertyValue('--pk-color-bg').trim() || '#ffffff',
      fontFamily: style.fontFamily || 'sans-serif',
      dir: this.localize.dir(),
    });
  }

  /** What is shown, as a PNG (twice the pixels, for slides). A failure is shown and fires `pk-export-error`. */
  toPNG(): Promise<Blob> {
    return this.exportReport.run('png', () => {
      const svg = this.toSVG();
      if (!svg) throw new Error('Nothing to export: the map has not been drawn yet.');
      return this.exportKit.exportPNG(svg, getComputedStyle(this).getPropertyValue('background-color'), this.viewport ?? this);
    });
  }

  private get t() {
    return this.messages.map;
  }

  private get disclaimerText(): string {
    return this.noDisclaimer ? '' : this.disclaimer ?? this.t.disclaimer;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.world) this.track(worldBaseMap()).then((b) => (this.world = b), (e: Error) => (this.mapFileWarning = e.message));
    if (this.mission) this.needClusterer();
  }

  /** Fetches the clusterer for a mission view (alongside the base map, on the first one); the view waits for it. */
  private needClusterer() {
    if (clusterModule) return;
    this.track(loadClusterer()).then(() => this.requestUpdate(), (e: Error) => (this.mapFileWarning = e.message));
  }

  /** Resolves once the feed, the base map and the detail in view are drawn, and zooming works. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pendingFiles.size) {
      await Promise.allSettled([...this.pendingFiles]);
      done = await super.getUpdateComplete();
    }
    await this.zoom.ready;
    return done;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pendingFiles.add(promise);
    const drop = () => this.pendingFiles.delete(promise);
    promise.then(drop, drop);
    return promise;
  }

  /**
   * Takes the detail files (and footnotes) of the frame's countries that another map or an earlier
   * date already brought to the page, so that the view draws in detail at once rather than light first.
   */
  private adoptArrivedDetails() {
    if (!this.frame?.regional || this.customBase || !contextModule) return;
    let next: Map<string, Topology | null> | undefined;
    for (const c of this.frame.countries) {
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
  }

  /** Loads the detail files of the countries the mission view shows that are not loaded yet. */
  private loadDetails() {
    if (!this.frame?.regional || this.customBase) return;
    const wanted = this.frame.countries.filter((c) => c.shown).map((c) => c.code).filter((c): c is string => !!c && !this.details.has(c));
    if (!wanted.length) return;
    // Marked as asked for at once, so that the next update does not ask again.
    for (const code of wanted) this.details.set(code, null);
    const code = import('./context.js').then((m) => (contextModule = m));
    this.track(Promise.all([code, ...wanted.map((c) => detailMap(c).then((t) => [c, t] as const))])).then(
      ([, ...loaded]) => {
        const next = new Map(this.details);
        for (const [code, t] of loaded) next.set(code, t);
        this.details = next;
      },
      (e: Error) => {
        for (const code of wanted) this.details.delete(code);
        this.mapFileWarning = this.t.detailFailed(e.message);
      },
    );
    if (!this.notesAsked) {
      this.notesAsked = true;
      this.track(mapNotes()).then((n) => (this.notes = n), () => (this.notesAsked = false));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    this.basemapRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    if (changed.has('basemap')) this.loadBasemap();
    const feed = this.feed;
    if (this.feedController.status !== 'ready' || !feed) {
      this.frame = this.footprint = this.view = undefined;
      return;
    }
    const t = this.t;
    const lang = this.language;
    const baseMap = this.customBase ?? this.world;
    // A mission view draws once it has both its base map and its clusterer (fetched together).
    if (!baseMap || (this.mission && !clusterModule && !this.mapFileWarning)) {
      this.frame = this.footprint = this.view = undefined;
      return;
    }
    // Before the first resize report, the host's own width (one layout read) spares a second full layout.
    // Recorded as the size drawn for, so that the first report of that same size does not draw it all again.
    const width = (this.size.width ||= Math.round(this.getBoundingClientRect().width) || 640);
    this.size.height ||= 12;
    const missing = this.mission && !feed.missions?.some((m) => m.id === this.mission);
    const mode = this.mission && !missing ? 'mission' : 'world';
    const frameKey = [feed, missing ? undefined : this.mission, width, baseMap, lang, t];
    if (!this.frame || frameKey.some((k, i) => k !== this.keys.frame[i])) {
      const height = mapHeight(width, mode, mode === 'mission' ? missionAspect(feed, this.mission!, baseMap) : 1);
      this.frame = frameLayout({ feed, mission: mode === 'mission' ? this.mission : undefined, width, height, baseMap, t });
      this.keys.frame = frameKey;
      this.transform = IDENTITY;
      this.syncZoom = true;
      this.activeKey = null;
      this.tip = null;
    }
    const day = dayShown(this.frame.mission, this.date, asOfDay(feed));
    // An ended mission with no date asked for: its footprint over its whole life, not its empty last day.
    const life = !this.date && showsLife(this.frame.mission, asOfDay(feed));
    const footprintKey = [this.frame, day, this.date, life, clusterModule];
    if (!this.footprint || footprintKey.some((k, i) => k !== this.keys.footprint[i])) {
      const sameFrame = this.keys.footprint[0] === this.frame;
      this.footprint = footprintLayout({ feed, frame: this.frame, day, lang, t, life, cluster: clusterModule?.clusterSites, precision: this.date && Number.isFinite(day) ? precisionOf(this.date) : 'day' });
      this.animateDate = sameFrame && changed.has('date');
      this.keys.footprint = footprintKey;
      if (this.activeKey && !this.footprint.byId.has(this.activeKey)) this.activeKey = null;
    } else if (changed.has('transform')) {
      this.animateDate = false;
    }
    const fontSize = this.size.height || 12;
    const rtl = this.localize.dir() === 'rtl';
    if (this.legend?.source !== this.footprint.legend || this.legend.width !== Math.min(width, 720) || this.legend.fontSize !== fontSize || !!this.legend.rtl !== rtl) {
      const laid = legendLayout(this.footprint.legend, Math.min(width, 720), fontSize);
      this.legend = { ...(rtl ? mirrorLegend(laid) : laid), source: this.footprint.legend, fontSize };
    }
    this.warnings = [...(this.basemapWarning ? [this.basemapWarning] : []), ...(this.mapFileWarning ? [this.mapFileWarning] : []), ...[...this.frame.warnings, ...this.footprint.warnings].map((w) => w.message)];
    this.adoptArrivedDetails();
    // The view changes with the zoom, not with the active mark or the tooltip: an arrow key redraws, it does not re-cluster.
    const contextKey = [this.frame, this.details, this.layers, lang, contextModule];
    if (!this.context || contextKey.some((k, i) => k !== this.keys.context[i])) {
      const loaded = new Map([...this.details].filter((e): e is [string, Topology] => !!e[1]));
      this.context = contextModule?.contextLayout({ frame: this.frame, details: loaded, layers: contextModule.layersOf(this.layers), lang }) ?? NO_CONTEXT;
      this.keys.context = contextKey;
    }
    const viewKey = [this.frame, this.footprint, this.transform, fontSize, lang, this.context];
    if (!this.view || viewKey.some((k, i) => k !== this.keys.view[i])) {
      const previous = this.view;
      this.view = viewLayout({ frame: this.frame, footprint: this.footprint, transform: this.transform, t, lang, fontSize });
      this.keys.view = viewKey;
      this.placed = contextModule?.placeContext(this.context, this.transform, this.frame.width, this.frame.height, fontSize, { ...this.view, reserved: overlays(this.frame, this.view, rtl, fontSize) }) ?? { dots: [], labels: [] };
      if (this.animateDate && previous) {
        const now = new Set(this.view.marks.map((m) => m.key));
        this.leaving = previous.marks.filter((m) => m.kind !== 'cluster' && !now.has(m.key)).map((m) => ({ ...m, r: 0 }));
      } else this.leaving = [];
    } else this.leaving = [];
    // Tiles under a mission view, when the page gives a tile server: again at each zoom's end.
    const template = this.frame.mode === 'mission' && tilesModule ? tilesModule.tileTemplate(this.tiles) : null;
    const tilesKey = [this.frame, this.transform, template, tilesModule];
    if (!template) this.tileList = [];
    else if (tilesKey.some((k, i) => k !== this.keys.tiles[i])) {
      this.tileList = tilesModule!.tilesFor(template, this.frame.projection, this.transform, this.frame.width, this.frame.height);
      this.keys.tiles = tilesKey;
    }
    this.drawn = this.leaving.length ? [...this.leaving, ...this.view.marks] : this.view.marks;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A selection in a linked view: its sites (or, on the world map, its missions) are marked.
    const related = this.feed ? relatedTo(this.feed, this.selection) : null;
    this.relatedMarks = markRelated(this.mapSvg, new Set([...(related?.sites ?? []), ...(related?.missions ?? [])]), this.relatedMarks);
    this.loadDetails();
    if (changed.has('mission') && this.mission) this.needClusterer();
    if (this.tiles && !tilesModule) this.track(import('./tiles.js')).then((m) => ((tilesModule = m), this.requestUpdate()), () => undefined);
    const node = this.viewport;
    if (node && this.frame) {
      this.zoom.attach(node);
      if (changed.has('transform') || this.syncZoom) this.zoom.limit([[0, 0], [this.frame.width, this.frame.height]], [1, MAX_ZOOM]);
      if (this.syncZoom) {
        this.zoom.sync(this.transform);
        this.syncZoom = false;
      }
    }
    // The gesture's CSS transform is dropped in the same frame as the marks are drawn at the new zoom.
    if (changed.has('transform') && this.pan) this.pan.style.transform = '';
  }

  private loadBasemap() {
    this.basemapRequest?.abort();
    this.basemapWarning = null;
    if (!this.basemap) {
      this.customBase = null;
      return;
    }
    const url = this.basemap;
    const request = (this.basemapRequest = new AbortController());
    fetchBaseMap(url, request.signal).then(
      (base) => { if (!request.signal.aborted) this.customBase = base; },
      () => { if (!request.signal.aborted) { this.customBase = null; this.basemapWarning = this.t.basemapFailed(url); } },
    );
  }

  private zoomBy(factor: number) {
    this.zoom.scaleBy(factor);
  }

  /**
   * Frames the map on a place, as a briefing step does: `center` as [longitude, latitude], `zoom`
   * from 1 (the whole mission, or the world) up. Without `center`, zooms about the middle.
   */
  zoomTo(center?: [number, number], zoom = 1): void {
    if (!this.frame) return;
    const k = Math.min(MAX_ZOOM, Math.max(1, zoom));
    const [x, y] = (center && this.frame.projection(center)) ?? [this.frame.width / 2, this.frame.height / 2];
    this.zoom.transform({ k, x: this.frame.width / 2 - x * k, y: this.frame.height / 2 - y * k });
  }

  private resetView() {
    this.zoom.transform({ k: 1, x: 0, y: 0 });
  }

  private showHint() {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hint = false), 1600);
  }

  private openCluster(mark: ViewMark) {
    const c = mark.cluster;
    if (!c || !this.frame || !this.footprint?.clusterer) return;
    const k = Math.min(MAX_ZOOM, Math.max(this.transform.k * 2, this.footprint.clusterer.expansionScale(c) / this.frame.projection.scale()));
    const [bx, by] = this.frame.projection(c.at) ?? [0, 0];
    this.zoom.transform({ k, x: this.frame.width / 2 - bx * k, y: this.frame.height / 2 - by * k });
    this.activeKey = c.first ?? null;
    if (this.activeKey) this.tip = { key: this.activeKey, by: 'keyboard' };
  }

  private choose(mark: ViewMark) {
    if (mark.kind === 'cluster') {
      this.openCluster(mark);
      return;
    }
    const m = mark.mark!;
    this.activeKey = mark.key;
    this.dispatchEvent(new PkSelectEvent(m.kind === 'mission' ? { kind: 'mission', id: m.id } : { kind: 'site', mission: m.mission, id: m.id }));
  }

  private markAt(event: Event): ViewMark | undefined {
    const target = (event.target as Element | null)?.closest?.('[data-key]');
    const key = target?.getAttribute('data-key');
    return key ? this.view?.marks.find((m) => m.key === key) : undefined;
  }

  private onPointerOver = (event: PointerEvent) => {
    const mark = this.markAt(event);
    if (mark) this.tip = { key: mark.key, by: 'pointer' };
  };

  private onPointerOut = (event: PointerEvent) => {
    if (this.tip?.by === 'pointer' && !(event.relatedTarget as Element | null)?.closest?.('[data-key]')) this.tip = null;
  };

  private onClick = (event: MouseEvent) => {
    const mark = this.markAt(event);
    if (mark) this.choose(mark);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const marks = this.view?.marks ?? [];
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) {
      const step = 60 / this.transform.k;
      const [dx, dy] = { left: [step, 0], right: [-step, 0], up: [0, step], down: [0, -step] }[direction];
      this.zoom.translateBy(dx, dy);
    } else if (direction) {
      const from = marks.findIndex((m) => m.key === this.activeKey);
      const next = nextMark(marks, from, direction);
      if (next >= 0) {
        this.activeKey = marks[next].key;
        this.tip = { key: marks[next].key, by: 'keyboard' };
      }
    } else if (event.key === '+' || event.key === '=') this.zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') this.zoomBy(1 / 1.5);
    else if (event.key === '0') this.resetView();
    else if (event.key === 'Enter' || event.key === ' ') {
      const mark = marks.find((m) => m.key === this.activeKey);
      if (!mark) return;
      this.choose(mark);
    } else if (event.key === 'Escape') this.tip = null;
    else return;
    event.preventDefault();
  };

  private onFocus = () => {
    if (this.activeKey) this.tip = { key: this.activeKey, by: 'keyboard' };
  };

  private onBlur = () => {
    if (this.tip?.by === 'keyboard') this.tip = null;
  };

  protected override render() {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    const frame = this.frame;
    const footprint = this.footprint;
    const view = this.view;
    if (!frame || !footprint || !view) return renderNotice((this.customBase || this.world) && (!this.mission || clusterModule) ? this.t.noMissions : this.mapFileWarning ?? this.t.loadingMap);
    const t = this.t;
    const missing = this.mission && frame.mode === 'world' ? t.noMission(this.mission) : null;
    const n = footprint.marks.length;
    const label = frame.mode === 'world'
      ? t.worldLabel(n, footprint.dateLabel)
      : footprint.life ? t.lifeLabel(frame.mission!.acronym, n, footprint.dateLabel) : t.missionLabel(frame.mission!.acronym, n, footprint.dateLabel);
    const active = view.marks.find((m) => m.key === this.activeKey);
    return html`
      <div class="frame">
        <div class="sizer"></div>
        <p class="caption" part="caption">${footprint.table.caption}</p>
        ${this.renderNotices()}
        <div class="stage">
        <div class="viewport" part="map" tabindex="0" role="application" aria-roledescription="map"
          aria-label=${label} aria-describedby="keys-help"
          style=${styleMap({ height: `${frame.height}px` })}
          @keydown=${this.onKeyDown} @focus=${this.onFocus} @blur=${this.onBlur}>
          <div class="pan">
            ${this.tileList.length ? html`<div class="tiles" aria-hidden="true">${this.tileList.map((tile) => html`<img alt="" src=${tile.url} referrerpolicy="no-referrer"
              style=${styleMap({ left: `${tile.x}px`, top: `${tile.y}px`, width: `${Math.ceil(tile.size)}px`, height: `${Math.ceil(tile.size)}px` })}>`)}</div>` : nothing}
            <svg class="map ${this.animateDate ? 'animate' : ''} ${this.tileList.length ? 'tiled' : ''}" width=${frame.width} height=${frame.height}
              viewBox="0 0 ${frame.width} ${frame.height}" aria-hidden="true"
              @pointerover=${this.onPointerOver} @pointerout=${this.onPointerOut} @click=${this.onClick}>
              ${this.renderBase(frame, footprint)}
              ${this.renderPlaces()}
              <g class="leaders">${view.marks.map((m) => (m.from ? svg`<line x1=${m.from[0]} y1=${m.from[1]} x2=${m.x} y2=${m.y}></line><circle cx=${m.from[0]} cy=${m.from[1]} r="1.5"></circle>` : nothing))}</g>
              <g class="marks">${this.animateDate
                ? repeat(this.drawn, (m) => m.key, (m) => this.renderMark(m))
                : this.drawn.map((m) => this.renderMark(m))}</g>
              <g class="labels">${view.labels.map((l) => svg`${l.leader ? svg`<line class="leader" x1=${l.leader[0]} y1=${l.leader[1]} x2=${l.leader[2]} y2=${l.leader[3]}></line>` : nothing}<text class="label ${footprint.byId.get(l.key)?.type ?? ''}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}</g>
            </svg>
          </div>
          ${view.scale ? svg`<svg class="scalebar" width=${Math.ceil(view.scale.width) + 50} height="26" aria-hidden="true">
            <line x1="1" x2=${view.scale.width + 1} y1="22" y2="22"></line>
            <line x1="1" x2="1" y1="16" y2="22"></line><line x1=${view.scale.width + 1} x2=${view.scale.width + 1} y1="16" y2="22"></line>
            <text x="1" y="12">${view.scale.label}</text></svg>` : nothing}
          ${missing || footprint.empty ? html`<p class="notice" role="status">${missing ?? footprint.empty}</p>` : nothing}
          ${this.tip ? this.renderTip(this.tip.key, view, frame) : nothing}
          ${this.hint ? html`<div class="hint" role="status">${t.wheelHint}</div>` : nothing}
        </div>
        <div class="controls" part="controls">
          <button type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.zoomBy(1.5)}>+</button>
          <button type="button" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.zoomBy(1 / 1.5)}>−</button>
          <button type="button" aria-label=${t.reset} title=${t.reset} @click=${() => this.resetView()}>⟲</button>
        </div>
        </div>
        <p id="keys-help" class="visually-hidden">${t.keysHelp}</p>
        <div class="visually-hidden" aria-live="polite">${active ? this.describe(active) : ''}</div>
        ${this.renderLegend()}
        ${this.disclaimerText ? html`<p class="disclaimer" part="disclaimer">${this.disclaimerText}</p>` : nothing}
        ${this.renderNotes()}
        ${this.renderWarnings()}
        <button type="button" class="table-button" part="table-button" aria-expanded=${this.tableShown ? 'true' : 'false'}
          aria-controls="table" @click=${() => (this.tableShown = !this.tableShown)}>${this.tableShown ? t.hideTable : t.showTable}</button>
        <div id="table" class="table-wrap" part="table" ?hidden=${!this.tableShown} tabindex="0" role="region" aria-label=${footprint.table.caption}>
          ${!this.tableShown ? nothing : guard([footprint.table], () => html`<table>
            <caption>${footprint.table.caption}</caption>
            <thead><tr>${footprint.table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
            <tbody>${footprint.table.rows.map((r) => html`<tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td class="num">${r[2]}</td><td>${r[3]}</td></tr>`)}</tbody>
          </table>`)}
        </div>
      </div>`;
  }

  private renderBase(frame: Frame, footprint: Footprint) {
    const { k, x, y } = this.transform;
    const context = this.context!;
    // Countries with a detail file are drawn from it; the light base fills in the rest (and everything
    // until the detail arrives). Once any detail is in, each light country draws its own outline.
    const detailed = context.detailed;
    const light = detailed.size ? frame.countries.filter((c) => !c.code || !detailed.has(c.code)) : frame.countries;
    return svg`<rect class="water" width=${frame.width} height=${frame.height} fill="none"></rect>
      <g class="base" transform="translate(${x},${y}) scale(${k})">
        ${light.map((c) => svg`<path class="country ${c.role} ${c.disputed ? 'disputed' : ''} ${detailed.size ? 'stroked' : ''} ${frame.mode === 'world' && c.code && !c.disputed && footprint.hosts.has(c.code) ? 'tinted' : ''}" d=${c.d}></path>`)}
        ${context.countries.map((c) => svg`<path class="country detail ${c.role} ${c.disputed ? 'disputed' : ''}" d=${c.d}></path>`)}
        ${detailed.size ? nothing : svg`<path class="outline" d=${frame.borders}></path>`}
        ${context.admin1 ? svg`<path class="admin1" d=${context.admin1}></path>` : nothing}
        ${(detailed.size ? context.countries : frame.countries).filter((c) => c.role === 'host' && !c.disputed).map((c) => svg`<path class="host-outline" d=${c.d}></path>`)}
        ${context.boundaries ? svg`<path class="outline" d=${context.boundaries}></path>` : nothing}
        ${context.undetermined ? svg`<path class="outline undetermined-mask" d=${context.undetermined}></path><path class="outline undetermined" d=${context.undetermined}></path>` : nothing}
        ${frame.areas.map((a) => svg`<path class="area" d=${a.d}><title>${a.label}</title></path>`)}
      </g>`;
  }

  /** Towns and the names of towns, divisions and countries: under the sites, which win where they meet. */
  private renderPlaces() {
    const { dots, labels } = this.placed;
    if (!dots.length && !labels.length) return nothing;
    return svg`<g class="places">
      ${dots.map((d) => (d.capital
        ? svg`<g class="capital"><circle cx=${d.x} cy=${d.y} r="4"></circle><circle class="core" cx=${d.x} cy=${d.y} r="1.6"></circle></g>`
        : svg`<circle class="town" cx=${d.x} cy=${d.y} r="2.5"></circle>`))}
      ${labels.map((l) => svg`<text class="place ${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
    </g>`;
  }

  /**
   * The footnotes of what is shown (undetermined boundaries, disputed territories), in the reader's
   * language where the UN's wording was found, and the map data's credit (GeoNames asks for one).
   */
  private get noteLines(): string[] {
    const context = this.context;
    if (!context?.detailed.size) return [];
    const lang = this.language;
    const primary = lang.split('-')[0];
    const notes = context.notes.map((id) => this.notes[id]).filter(Boolean).map((n) => n[lang] ?? n[primary] ?? n.en);
    return [...notes, this.t.mapCredit, ...(this.tileList.length && this.tilesAttribution ? [this.tilesAttribution] : [])];
  }

  private renderNotes() {
    const lines = this.noteLines;
    return lines.length ? html`<div class="notes" part="notes">${lines.map((n) => html`<p>${n}</p>`)}</div>` : nothing;
  }

  private renderMark(m: ViewMark): TemplateResult {
    const active = m.key === this.activeKey ? 'active' : '';
    if (m.kind === 'cluster') {
      return svg`<g class="mark cluster ${active}" data-key=${m.key} style=${styleMap({ transform: `translate(${m.x}px, ${m.y}px)` })}>
        <circle class="cluster-dot" r=${m.r}></circle><text class="cluster-count">${m.cluster!.count}</text></g>`;
    }
    const p = m.mark!;
    const cls = p.kind === 'mission' ? `mission type-${p.type}` : `site ${p.type}`;
    return svg`<g class="mark ${cls} ${p.unknownSize ? 'unknown' : ''} ${p.dated ? 'dated' : ''} ${m.r === 0 ? 'leaving' : ''} ${active}" data-key=${m.key}
      style=${styleMap({ transform: `translate(${m.x}px, ${m.y}px) scale(${m.r / UNIT_RADIUS})` })}>
      <path class="symbol" d=${p.kind === 'mission' ? unitSymbol('base') : unitSymbol(p.type)}></path></g>`;
  }

  private describe(m: ViewMark): string {
    if (m.kind === 'cluster') return this.t.cluster(m.cluster!.count);
    const tip = m.mark!.tip;
    return [tip.title, ...tip.lines].join('. ');
  }

  private renderTip(key: string, view: View, frame: Frame) {
    const m = view.marks.find((v) => v.key === key);
    if (!m) return nothing;
    const right = m.x < frame.width / 2;
    const below = m.y < frame.height / 2;
    const pos = {
      [right ? 'left' : 'right']: `${Math.round(right ? m.x + m.r + 8 : frame.width - m.x + m.r + 8)}px`,
      [below ? 'top' : 'bottom']: `${Math.round(below ? m.y : frame.height - m.y)}px`,
    };
    const title = m.kind === 'cluster' ? this.t.clusterName(m.cluster!.count) : m.mark!.tip.title;
    const lines = m.kind === 'cluster' ? [this.t.cluster(m.cluster!.count)] : m.mark!.tip.lines;
    return html`<div class="tooltip" role="tooltip" part="tooltip" style=${styleMap(pos)}>
      <strong>${title}</strong>${lines.map((l) => html`<p>${l}</p>`)}</div>`;
  }

  private renderLegend() {
    const l = this.legend;
    if (!l || (!l.items.length && !l.circles.length)) return nothing;
    const mission = this.frame?.mode === 'mission';
    const gap = l.rtl ? -2 : 2;
    return html`<svg class="legend" part="legend" width=${l.width} height=${l.height} role="img" text-anchor=${l.rtl ? 'end' : 'start'}
      aria-label=${[l.symbolsTitle?.text, ...l.items.map((i) => i.label)].filter(Boolean).join(', ')}>
      ${l.symbolsTitle ? svg`<text class="legend-title" x=${l.rtl ? l.width : 0} y=${l.symbolsTitle.y}>${l.symbolsTitle.text}</text>` : nothing}
      ${l.items.map((i) => svg`<g class="mark ${mission ? `site ${i.type}` : `mission type-${i.type}`} ${i.dated ? 'dated' : ''}" transform="translate(${i.cx},${i.cy}) scale(${i.r / UNIT_RADIUS})"><path class="symbol" d=${i.d}></path></g>
        <text x=${i.tx} y=${i.y}>${i.label}</text>`)}
      ${l.sizesTitle ? svg`<text class="legend-title" x=${l.sizesTitle.x} y=${l.sizesTitle.y}>${l.sizesTitle.text}</text>` : nothing}
      ${l.circles.map((c) => svg`<circle class="size" cx=${c.cx} cy=${c.cy} r=${c.r}></circle>
        <line class="leader" x1=${c.cx} x2=${c.lx} y1=${c.cy - c.r} y2=${c.ly - Math.round(l.fontSize * 0.35)}></line>
        <text x=${c.lx + gap} y=${c.ly}>${c.label}</text>`)}
    </svg>`;
  }

  private renderWarnings() {
    if (!this.warnings.length) return nothing;
    return html`<div class="warnings" part="warnings" role="note">${this.warnings.map((l) => html`<p>${l}</p>`)}</div>`;
  }
}

define('pk-mission-map', PkMissionMap);

declare global {
  interface HTMLElementTagNameMap {
    'pk-mission-map': PkMissionMap;
  }
}
