import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
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
import type { Context, PlacedContext } from './context.js';

const NO_CONTEXT: Context = { countries: [], detailed: new Set(), boundaries: '', undetermined: '', admin1: '', places: [], notes: [], sources: [] };
import type { Tile } from './tiles.js';
import { code, MapFilesController } from './map-files-controller.js';
import {
  IDENTITY, dayShown, precisionOf, footprintLayout, frameLayout, mapHeight, missionAspect, nextMark, overlays, viewLayout,
  type Direction, type Footprint, type Frame, type Transform, type View, type ViewMark,
} from './layout.js';
import { legendLayout, mirrorLegend, type LegendLayout } from './legend.js';
import { baseLayer, labelsLayer, leadersLayer, legendTemplate, linesBlock, markTemplate, placesLayer, scaleBar, tableTemplate, tilesLayer, tipTemplate } from './templates.js';
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
 * @csspart status - Loading and empty states.
 * @csspart error - The error state: the feed could not be loaded or read, with a retry.
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
 * @cssprop --pk-map-cluster-fill - Groups of sites.
 * @cssprop --pk-map-cluster-text - The count on a group of sites.
 * @cssprop --pk-map-type-multidimensional - World map: multidimensional missions.
 * @cssprop --pk-map-type-traditional - World map: traditional missions.
 * @cssprop --pk-map-type-observer - World map: observer missions.
 * @cssprop --pk-map-type-political - World map: political missions.
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

  /** The width (px) the legend is laid out for, when a page sets it beside the map (a briefing does, through `::part(legend)`); the map's own width by default. */
  @property({ type: Number, attribute: 'legend-width' }) legendWidth?: number;

  @state() private transform: Transform = IDENTITY;
  @state() private activeKey: string | null = null;
  @state() private tip: { key: string; by: 'pointer' | 'keyboard' } | null = null;
  @state() private tableShown = false;
  @state() private hint = false;
  /** The base maps, detail files and footnotes, and the code that loads with them. */
  private readonly files = new MapFilesController(this, () => this.t);

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
  private context?: Context;
  private placed: PlacedContext = { dots: [], labels: [] };
  private tileList: Tile[] = [];
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
    if (this.mission) this.files.needClusterer();
  }

  /** Resolves once the feed, the base map and the detail in view are drawn, and zooming works. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.files.pending.size) {
      await Promise.allSettled([...this.files.pending]);
      done = await super.getUpdateComplete();
    }
    await this.zoom.ready;
    return done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    if (changed.has('basemap')) this.files.loadBasemap(this.basemap);
    const feed = this.feed;
    if (this.feedController.status !== 'ready' || !feed) {
      this.frame = this.footprint = this.view = undefined;
      return;
    }
    const t = this.t;
    const lang = this.language;
    const baseMap = this.files.base;
    // A mission view draws once it has both its base map and its clusterer (fetched together).
    if (!baseMap || (this.mission && !code.cluster && !this.files.warning)) {
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
    const footprintKey = [this.frame, day, this.date, life, code.cluster];
    if (!this.footprint || footprintKey.some((k, i) => k !== this.keys.footprint[i])) {
      const sameFrame = this.keys.footprint[0] === this.frame;
      this.footprint = footprintLayout({ feed, frame: this.frame, day, lang, t, life, cluster: code.cluster?.clusterSites, precision: this.date && Number.isFinite(day) ? precisionOf(this.date) : 'day' });
      this.animateDate = sameFrame && changed.has('date');
      this.keys.footprint = footprintKey;
      if (this.activeKey && !this.footprint.byId.has(this.activeKey)) this.activeKey = null;
    } else if (changed.has('transform')) {
      this.animateDate = false;
    }
    const fontSize = this.size.height || 12;
    const rtl = this.localize.dir() === 'rtl';
    const legendWidth = Math.min(this.legendWidth || width, 720);
    if (this.legend?.source !== this.footprint.legend || this.legend.width !== legendWidth || this.legend.fontSize !== fontSize || !!this.legend.rtl !== rtl) {
      const laid = legendLayout(this.footprint.legend, legendWidth, fontSize);
      this.legend = { ...(rtl ? mirrorLegend(laid) : laid), source: this.footprint.legend, fontSize };
    }
    this.warnings = [...(this.files.basemapWarning ? [this.files.basemapWarning] : []), ...(this.files.warning ? [this.files.warning] : []), ...[...this.frame.warnings, ...this.footprint.warnings].map((w) => w.message)];
    this.files.adoptArrived(this.frame);
    // The view changes with the zoom, not with the active mark or the tooltip: an arrow key redraws, it does not re-cluster.
    const contextKey = [this.frame, this.files.details, this.layers, lang, code.context];
    if (!this.context || contextKey.some((k, i) => k !== this.keys.context[i])) {
      const context = code.context;
      this.context = context?.contextLayout({ frame: this.frame, details: this.files.loadedDetails(), layers: context.layersOf(this.layers), lang }) ?? NO_CONTEXT;
      this.keys.context = contextKey;
    }
    const viewKey = [this.frame, this.footprint, this.transform, fontSize, lang, this.context];
    if (!this.view || viewKey.some((k, i) => k !== this.keys.view[i])) {
      const previous = this.view;
      this.view = viewLayout({ frame: this.frame, footprint: this.footprint, transform: this.transform, t, lang, fontSize });
      this.keys.view = viewKey;
      this.placed = code.context?.placeContext(this.context, this.transform, this.frame.width, this.frame.height, fontSize, { ...this.view, reserved: overlays(this.frame, this.view, rtl, fontSize) }) ?? { dots: [], labels: [] };
      if (this.animateDate && previous) {
        const now = new Set(this.view.marks.map((m) => m.key));
        this.leaving = previous.marks.filter((m) => m.kind !== 'cluster' && !now.has(m.key)).map((m) => ({ ...m, r: 0 }));
      } else this.leaving = [];
    } else this.leaving = [];
    // Tiles under a mission view, when the page gives a tile server: again at each zoom's end.
    const template = this.frame.mode === 'mission' && code.tiles ? code.tiles.tileTemplate(this.tiles) : null;
    const tilesKey = [this.frame, this.transform, template, code.tiles];
    if (!template) this.tileList = [];
    else if (tilesKey.some((k, i) => k !== this.keys.tiles[i])) {
      this.tileList = code.tiles!.tilesFor(template, this.frame.projection, this.transform, this.frame.width, this.frame.height);
      this.keys.tiles = tilesKey;
    }
    this.drawn = this.leaving.length ? [...this.leaving, ...this.view.marks] : this.view.marks;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A selection in a linked view: its sites (or, on the world map, its missions) are marked.
    const related = this.feed ? relatedTo(this.feed, this.selection) : null;
    this.relatedMarks = markRelated(this.mapSvg, new Set([...(related?.sites ?? []), ...(related?.missions ?? [])]), this.relatedMarks);
    this.files.loadDetails(this.frame);
    if (changed.has('mission') && this.mission) this.files.needClusterer();
    if (this.tiles) this.files.needTiles();
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
    const drawn = this.files.base && (!this.mission || code.cluster);
    // While its map files load, the map keeps the room of its drawing (renderNotice's `loading`).
    if (!frame || !footprint || !view) return drawn || this.files.warning ? renderNotice(drawn ? this.t.noMissions : this.files.warning!) : renderNotice(this.t.loadingMap, nothing);
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
            ${tilesLayer(this.tileList)}
            <svg class="map ${this.animateDate ? 'animate' : ''} ${this.tileList.length ? 'tiled' : ''}" width=${frame.width} height=${frame.height}
              viewBox="0 0 ${frame.width} ${frame.height}" aria-hidden="true"
              @pointerover=${this.onPointerOver} @pointerout=${this.onPointerOut} @click=${this.onClick}>
              ${baseLayer(frame, footprint, this.context!, this.transform)}
              ${placesLayer(this.placed)}
              ${leadersLayer(view)}
              <g class="marks">${this.animateDate && code.repeat
                ? code.repeat(this.drawn, (m) => m.key, (m) => markTemplate(m, this.activeKey))
                : this.drawn.map((m) => markTemplate(m, this.activeKey))}</g>
              ${labelsLayer(view, footprint)}
            </svg>
          </div>
          ${scaleBar(view.scale)}
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
        ${legendTemplate(this.legend, frame.mode === 'mission')}
        ${this.disclaimerText ? html`<p class="disclaimer" part="disclaimer">${this.disclaimerText}</p>` : nothing}
        ${linesBlock('notes', this.noteLines)}
        ${linesBlock('warnings', this.warnings)}
        <button type="button" class="table-button" part="table-button" aria-expanded=${this.tableShown ? 'true' : 'false'}
          aria-controls="table" @click=${() => (this.tableShown = !this.tableShown)}>${this.tableShown ? t.hideTable : t.showTable}</button>
        <div id="table" class="table-wrap" part="table" ?hidden=${!this.tableShown} tabindex="0" role="region" aria-label=${footprint.table.caption}>
          ${this.tableShown ? tableTemplate(footprint.table) : nothing}
        </div>
      </div>`;
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
    const notes = context.notes.map((id) => this.files.notes[id]).filter(Boolean).map((n) => n[lang] ?? n[primary] ?? n.en);
    return [...notes, this.t.mapCredit, ...(this.tileList.length && this.tilesAttribution ? [this.tilesAttribution] : [])];
  }

  private describe(m: ViewMark): string {
    if (m.kind === 'cluster') return this.t.cluster(m.cluster!.count);
    const tip = m.mark!.tip;
    return [tip.title, ...tip.lines].join('. ');
  }

  private renderTip(key: string, view: View, frame: Frame) {
    const m = view.marks.find((v) => v.key === key);
    if (!m) return nothing;
    return m.kind === 'cluster'
      ? tipTemplate(m, frame, this.t.clusterName(m.cluster!.count), [this.t.cluster(m.cluster!.count)])
      : tipTemplate(m, frame, m.mark!.tip.title, m.mark!.tip.lines);
  }
}

define('pk-mission-map', PkMissionMap);

declare global {
  interface HTMLElementTagNameMap {
    'pk-mission-map': PkMissionMap;
  }
}
