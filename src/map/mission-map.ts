import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from '../shared/style-map.js';
import { relatedTo, type Problem } from '../model/index.js';
import { define } from '../shared/define.js';
import { noticeStyles } from '../shared/feed-element.js';
import { PkPictureElement } from '../shared/picture-element.js';
import type { ExportColors } from '../shared/export-colors.js';
import type { Picture } from '../shared/picture.js';
import { markRelated } from '../shared/related-marks.js';
import { ResizeController } from '../shared/resize-controller.js';
import { ZoomController } from '../shared/zoom-controller.js';
import { renderNotice, renderStatus, statusStyles } from '../shared/status.js';
import { tokens } from '../shared/tokens.js';
import { IDENTITY, MAX_ZOOM, type Transform, type ViewMark } from './layout.js';
import { MapDrawing } from './map-drawing.js';
import { code, MapFilesController } from './map-files-controller.js';
import { MapNavigation } from './map-navigation.js';
import { baseLayer, labelsLayer, leadersLayer, legendTemplate, linesBlock, markTemplate, placesLayer, scaleBar, tableTemplate, tilesLayer, tipTemplate } from './templates.js';
import { mapStyles } from './styles.js';

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
export class PkMissionMap extends PkPictureElement {
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

  /** The zoom and pan drawn (the gesture's own transform is a CSS one until it ends). */
  @state() private transform: Transform = IDENTITY;
  @state() private tableShown = false;

  /** What is drawn, derived from the feed, the date, the size, the zoom and the map files. */
  private readonly drawing = new MapDrawing();
  /** The base maps, detail files and footnotes, and the code that loads with them. */
  private readonly files = new MapFilesController(this, () => this.t);
  // The width is read from a line that takes no room, so that the map's own height never feeds back
  // into it; its height is 1em of the legend's type (--pk-font-size-xs), which the legend is laid out for.
  private readonly size = new ResizeController(this, () => this.renderRoot?.querySelector('.sizer'), { watchHeight: true });
  private readonly zoom: ZoomController = new ZoomController(this, {
    filter: (event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) => {
      if (event.type === 'wheel') {
        const allowed = !!(event.ctrlKey || event.metaKey) || this.shadowRoot?.activeElement === this.viewport;
        if (!allowed) this.nav.showHint();
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
      if (this.nav.tip?.by === 'pointer') {
        this.nav.tip = null;
        this.requestUpdate();
      }
    },
    end: ({ k, x, y }) => {
      if (k !== this.transform.k || x !== this.transform.x || y !== this.transform.y) this.transform = { k, x, y };
    },
  });
  private readonly nav = new MapNavigation(this, this.zoom, () => ({ drawing: this.drawing, transform: this.transform }));
  private syncZoom = false;
  private relatedMarks: Element[] = [];

  @query('.viewport') private viewport?: HTMLElement;
  @query('.pan') private pan?: HTMLElement;
  @query('svg.map') private mapSvg?: SVGSVGElement;
  @query('svg.legend') private legendSvg?: SVGSVGElement;

  /** Problems of the feed, then those of its geography (unknown country codes, sites off the globe). */
  override get problems(): Problem[] {
    const { frame, footprint } = this.drawing;
    const geo = [...(frame?.warnings ?? []), ...(footprint?.warnings ?? [])];
    return [...super.problems, ...geo.map((w) => ({ path: w.path, severity: 'warning' as const, message: w.message }))];
  }

  protected readonly pictureName = 'mission-map';

  /** The caption, the map with its scale bar, the legend and the disclaimer, as drawn (styles inlined). */
  protected drawPicture(kit: typeof import('../shared/export-kit.js'), colors: ExportColors): Picture | null {
    const { frame, footprint, legend } = this.drawing;
    if (!this.mapSvg || !frame) return null;
    const svg = kit.composeSVG({
      map: this.mapSvg, legend: this.legendSvg ?? null, width: frame.width, height: frame.height,
      caption: footprint?.table.caption ?? '', disclaimer: [this.disclaimerText, ...this.noteLines].filter(Boolean).join(' '), legendHeight: legend?.height ?? 0,
      scale: this.renderRoot.querySelector<SVGSVGElement>('svg.scalebar'), colors,
    });
    return { svg, width: frame.width, height: Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? frame.height) };
  }

  /**
   * Frames the map on a place, as a briefing step does: `center` as [longitude, latitude], `zoom`
   * from 1 (the whole mission, or the world) up. Without `center`, zooms about the middle.
   */
  zoomTo(center?: [number, number], zoom = 1): void {
    const frame = this.drawing.frame;
    if (!frame) return;
    const k = Math.min(MAX_ZOOM, Math.max(1, zoom));
    const [x, y] = (center && frame.projection(center)) ?? [frame.width / 2, frame.height / 2];
    this.zoom.transform({ k, x: frame.width / 2 - x * k, y: frame.height / 2 - y * k });
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

  protected override scheduleUpdate(): void | Promise<unknown> {
    this.size.measure();
    return super.scheduleUpdate();
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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    const feed = this.feed;
    const baseMap = this.files.base;
    // A mission view draws once it has both its base map and its clusterer (fetched together).
    if (this.feedController.status !== 'ready' || !feed || !baseMap || (this.mission && !code.cluster && !this.files.warning)) {
      this.drawing.clear();
      return;
    }
    const width = (this.size.width ||= 640);
    this.size.height ||= 12;
    const newFrame = this.drawing.update({
      feed, mission: this.mission, date: this.date, dateChanged: changed.has('date'), width, fontSize: this.size.height || 12,
      legendWidth: this.legendWidth, baseMap, files: this.files, layers: this.layers, tiles: this.tiles, lang: this.language, rtl: this.localize.dir() === 'rtl',
      t: this.t, transform: this.transform,
    });
    if (newFrame) {
      this.transform = IDENTITY;
      this.syncZoom = true;
      this.nav.reset();
    }
    this.nav.keepIn(this.drawing.footprint!);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('basemap')) this.files.loadBasemap(this.basemap);
    const frame = this.drawing.frame;
    // A selection in a linked view: its sites (or, on the world map, its missions) are marked.
    const related = this.feed ? relatedTo(this.feed, this.selection) : null;
    this.relatedMarks = markRelated(this.mapSvg, new Set([...(related?.sites ?? []), ...(related?.missions ?? [])]), this.relatedMarks);
    this.files.loadDetails(frame);
    if (changed.has('mission') && this.mission) this.files.needClusterer();
    if (this.tiles) this.files.needTiles();
    const node = this.viewport;
    if (node && frame) {
      this.zoom.attach(node);
      if (changed.has('transform') || this.syncZoom) this.zoom.limit([[0, 0], [frame.width, frame.height]], [1, MAX_ZOOM]);
      if (this.syncZoom) {
        this.zoom.sync(this.transform);
        this.syncZoom = false;
      }
    }
    // The gesture's CSS transform is dropped in the same frame as the marks are drawn at the new zoom.
    if (changed.has('transform') && this.pan) this.pan.style.transform = '';
  }

  protected override render() {
    const status = renderStatus(this.feedController, this.language);
    if (status) return status;
    const { frame, footprint, view, context, placed, legend, warnings } = this.drawing;
    const drawn = this.files.base && (!this.mission || code.cluster);
    // While its map files load, the map keeps the room of its drawing (renderNotice's `loading`).
    if (!frame || !footprint || !view) return drawn || this.files.warning ? renderNotice(drawn ? this.t.noMissions : this.files.warning!) : renderNotice(this.t.loadingMap, nothing);
    const t = this.t;
    const nav = this.nav;
    const missing = this.mission && frame.mode === 'world' ? t.noMission(this.mission) : null;
    const n = footprint.marks.length;
    const label = frame.mode === 'world'
      ? t.worldLabel(n, footprint.dateLabel)
      : footprint.life ? t.lifeLabel(frame.mission!.acronym, n, footprint.dateLabel) : t.missionLabel(frame.mission!.acronym, n, footprint.dateLabel);
    const active = nav.active;
    const tip = nav.tip && view.marks.find((v) => v.key === nav.tip!.key);
    const animate = this.drawing.animate;
    return html`
      <div class="frame">
        <div class="sizer"></div>
        <p class="caption" part="caption">${footprint.table.caption}</p>
        ${this.renderNotices()}
        <div class="stage">
        <div class="viewport" part="map" tabindex="0" role="application" aria-roledescription="map"
          aria-label=${label} aria-describedby="keys-help"
          style=${styleMap({ height: `${frame.height}px` })}
          @keydown=${nav.onKeyDown} @focus=${nav.onFocus} @blur=${nav.onBlur}>
          <div class="pan">
            ${tilesLayer(this.drawing.tiles)}
            <svg class="map ${animate ? 'animate' : ''} ${this.drawing.tiles.length ? 'tiled' : ''}" width=${frame.width} height=${frame.height}
              viewBox="0 0 ${frame.width} ${frame.height}" aria-hidden="true"
              @pointerover=${nav.onPointerOver} @pointerout=${nav.onPointerOut} @click=${nav.onClick}>
              ${baseLayer(frame, footprint, context, this.transform)}
              ${placesLayer(placed)}
              ${leadersLayer(view)}
              <g class="marks">${animate && code.repeat
                ? code.repeat(this.drawing.drawn, (m) => m.key, (m) => markTemplate(m, nav.activeKey))
                : this.drawing.drawn.map((m) => markTemplate(m, nav.activeKey))}</g>
              ${labelsLayer(view, footprint)}
            </svg>
          </div>
          ${scaleBar(view.scale)}
          ${missing || footprint.empty ? html`<p class="notice" role="status">${missing ?? footprint.empty}</p>` : nothing}
          ${tip ? this.renderTip(tip) : nothing}
          ${nav.hint ? html`<div class="hint" role="status">${t.wheelHint}</div>` : nothing}
        </div>
        <div class="controls" part="controls">
          <button type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => nav.zoomBy(1.5)}>+</button>
          <button type="button" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => nav.zoomBy(1 / 1.5)}>−</button>
          <button type="button" aria-label=${t.reset} title=${t.reset} @click=${() => nav.resetView()}>⟲</button>
        </div>
        </div>
        <p id="keys-help" class="visually-hidden">${t.keysHelp}</p>
        <div class="visually-hidden" aria-live="polite">${active ? this.describe(active) : ''}</div>
        ${legendTemplate(legend, frame.mode === 'mission')}
        ${this.disclaimerText ? html`<p class="disclaimer" part="disclaimer">${this.disclaimerText}</p>` : nothing}
        ${linesBlock('notes', this.noteLines)}
        ${linesBlock('warnings', warnings)}
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
    const context = this.drawing.context;
    if (!context.detailed.size) return [];
    const lang = this.language;
    const primary = lang.split('-')[0];
    const notes = context.notes.map((id) => this.files.notes[id]).filter(Boolean).map((n) => n[lang] ?? n[primary] ?? n.en);
    return [...notes, this.t.mapCredit, ...(this.drawing.tiles.length && this.tilesAttribution ? [this.tilesAttribution] : [])];
  }

  private describe(m: ViewMark): string {
    if (m.kind === 'cluster') return this.t.cluster(m.cluster!.count);
    const tip = m.mark!.tip;
    return [tip.title, ...tip.lines].join('. ');
  }

  private renderTip(m: ViewMark) {
    const frame = this.drawing.frame!;
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
