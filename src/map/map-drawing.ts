/**
 * What the mission map draws, derived from its inputs: the frame (projection, countries, size), the
 * footprint at the date, the legend, the context layers, the view at the zoom (marks, labels, scale
 * bar), the placed context names and the tiles. Each is computed again only when one of its own inputs
 * changed (`Deps`), so an arrow key or a tooltip redraws without re-clustering, and a zoom step without
 * a new footprint. No DOM: the element (mission-map.ts) gives its width and font size.
 */
import { asOfDay, showsLife, type Feed } from '../model/index.js';
import { Deps } from '../shared/deps.js';
import type { Messages } from '../shared/messages/en.js';
import type { BaseMap } from '../geo/basemap.js';
import type { Context, PlacedContext } from './context.js';
import {
  IDENTITY, dayShown, precisionOf, footprintLayout, frameLayout, mapHeight, missionAspect, overlays, viewLayout,
  type Footprint, type Frame, type Transform, type View, type ViewMark,
} from './layout.js';
import { legendLayout, mirrorLegend, type LegendLayout } from './legend.js';
import { code, type MapFilesController } from './map-files-controller.js';
import type { Tile } from './tiles.js';

const NO_CONTEXT: Context = { countries: [], detailed: new Set(), boundaries: '', undetermined: '', admin1: '', places: [], notes: [], sources: [] };
const NOTHING_PLACED: PlacedContext = { dots: [], labels: [] };

export interface MapInputs {
  feed: Feed;
  mission?: string;
  date?: string;
  /** Whether `date` is what changed since the last drawing (a date change animates the marks). */
  dateChanged: boolean;
  width: number;
  /** The legend's and labels' type size, read from the element. */
  fontSize: number;
  /** The width the legend is laid out for, when a page sets it beside the map; the map's own width by default. */
  legendWidth?: number;
  baseMap: BaseMap;
  files: MapFilesController;
  layers?: string;
  tiles?: string;
  lang: string;
  rtl: boolean;
  t: Messages['map'];
  transform: Transform;
}

export type MapLegend = LegendLayout & { source: Footprint['legend']; fontSize: number };

export class MapDrawing {
  frame?: Frame;
  footprint?: Footprint;
  legend?: MapLegend;
  context: Context = NO_CONTEXT;
  view?: View;
  placed: PlacedContext = NOTHING_PLACED;
  tiles: Tile[] = [];
  /**
   * The marks drawn: those of the previous date that are gone at this one (shrinking to nothing, then
   * dropped), then the view's. Keyed only while a date change animates (a mark then moves or fades as
   * itself); otherwise drawn in place: a zoom step regroups most marks, and re-using their nodes in order
   * costs far less than keyed moves, creations and removals.
   */
  drawn: ViewMark[] = [];
  /** Whether the marks move to the new date's places (a date change in the same frame). */
  animate = false;
  /** What the map could not draw because of its geography (the feed's errors are in the problems notice). */
  warnings: string[] = [];
  private footprintFrame?: Frame;
  private transform?: Transform;
  private readonly deps = { frame: new Deps(), footprint: new Deps(), legend: new Deps(), context: new Deps(), view: new Deps(), tiles: new Deps() };

  /** Forgets what was drawn (no feed, or its files not yet in). */
  clear(): void {
    this.frame = this.footprint = this.view = undefined;
  }

  /**
   * Derives what changed. Returns true when the frame is new (another feed, mission, width, base map
   * or language): the view is then drawn at the identity transform, which the element adopts as its zoom.
   */
  update(input: MapInputs): boolean {
    const { feed, width, baseMap, lang, t, files } = input;
    const missing = input.mission && !feed.missions?.some((m) => m.id === input.mission);
    const mission = input.mission && !missing ? input.mission : undefined;
    let transform = input.transform;
    const newFrame = this.deps.frame.changed([feed, mission, width, baseMap, lang, t]) || !this.frame;
    if (newFrame) {
      const height = mapHeight(width, mission ? 'mission' : 'world', mission ? missionAspect(feed, mission, baseMap) : 1);
      this.frame = frameLayout({ feed, mission, width, height, baseMap, t });
      transform = IDENTITY;
    }
    const frame = this.frame!;
    const day = dayShown(frame.mission, input.date, asOfDay(feed));
    // An ended mission with no date asked for: its footprint over its whole life, not its empty last day.
    const life = !input.date && showsLife(frame.mission, asOfDay(feed));
    if (this.deps.footprint.changed([frame, day, input.date, life, code.cluster]) || !this.footprint) {
      const sameFrame = this.footprintFrame === frame;
      this.footprintFrame = frame;
      this.footprint = footprintLayout({ feed, frame, day, lang, t, life, cluster: code.cluster?.clusterSites, precision: input.date && Number.isFinite(day) ? precisionOf(input.date) : 'day' });
      this.animate = sameFrame && input.dateChanged;
    } else if (transform !== this.transform) this.animate = false;
    this.transform = transform;
    const footprint = this.footprint;
    const legendWidth = Math.min(input.legendWidth || width, 720);
    if (this.deps.legend.changed([footprint.legend, legendWidth, input.fontSize, input.rtl])) {
      const laid = legendLayout(footprint.legend, legendWidth, input.fontSize);
      this.legend = { ...(input.rtl ? mirrorLegend(laid) : laid), source: footprint.legend, fontSize: input.fontSize };
    }
    this.warnings = [files.basemapWarning, files.warning, ...[...frame.warnings, ...footprint.warnings].map((w) => w.message)].filter((w): w is string => !!w);
    files.adoptArrived(frame);
    // The view changes with the zoom, not with the active mark or the tooltip: an arrow key redraws, it does not re-cluster.
    if (this.deps.context.changed([frame, files.details, input.layers, lang, code.context])) {
      const context = code.context;
      this.context = context?.contextLayout({ frame, details: files.loadedDetails(), layers: context.layersOf(input.layers), lang }) ?? NO_CONTEXT;
    }
    let leaving: ViewMark[] = [];
    if (this.deps.view.changed([frame, footprint, transform, input.fontSize, lang, this.context]) || !this.view) {
      const previous = this.view;
      const view = (this.view = viewLayout({ frame, footprint, transform, t, lang, fontSize: input.fontSize }));
      const reserved = overlays(frame, view, input.rtl, input.fontSize);
      this.placed = code.context?.placeContext(this.context, transform, frame.width, frame.height, input.fontSize, { ...view, reserved }) ?? NOTHING_PLACED;
      if (this.animate && previous) {
        const now = new Set(view.marks.map((m) => m.key));
        leaving = previous.marks.filter((m) => m.kind !== 'cluster' && !now.has(m.key)).map((m) => ({ ...m, r: 0 }));
      }
    }
    // Tiles under a mission view, when the page gives a tile server: again at each zoom's end.
    const template = frame.mode === 'mission' && code.tiles ? code.tiles.tileTemplate(input.tiles) : null;
    if (!template) this.tiles = [];
    else if (this.deps.tiles.changed([frame, transform, template, code.tiles])) this.tiles = code.tiles!.tilesFor(template, frame.projection, transform, frame.width, frame.height);
    this.drawn = leaving.length ? [...leaving, ...this.view!.marks] : this.view!.marks;
    return newFrame;
  }
}
