/**
 * The map's layout, pure: feed + base map + size (+ zoom) -> positioned marks, paths and texts.
 * Three stages, so that each user action redoes only what it changes:
 * - `frameLayout`: projection and base-map paths (feed, mission, size, base map);
 * - `footprintLayout`: the marks at a day, in projected coordinates, with their tooltips and legend;
 * - `viewLayout`: what is on screen at a zoom: clusters, culled marks, labels, scale bar.
 * No DOM: the benchmark and the tests call these directly.
 */
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import {
  MISSION_TYPES, SITE_TYPES, endOf, listText, footprintAt, formatDay, headcount, parsePartialDate, formatRange, inForce, lifeFootprint, startOf, strengthAt, textOf,
  type Day, type Feed, type Headcount, type Mission,
} from '../model/index.js';
import type { Messages } from '../shared/messages/en.js';
import type { BaseMap, LonLatBox } from '../geo/basemap.js';
import type { ClusterMark } from '../geo/cluster.js';
import type { MapClusterer, clusterSites } from './clusters.js';
import { countryList } from '../geo/country-names.js';
import { labelWidth } from '../shared/text-width.js';
import { spreadPiles } from './spread.js';
import { kmPerPixel, missionProjection, scaleBar, worldProjection, type ScaleBar } from '../geo/projection.js';
import { collator, numberFormat } from '../model/intl.js';

type MapMessages = Messages['map'];

/** The deepest the map zooms into a mission view: 64 times its frame. */
export const MAX_ZOOM = 64;

export interface GeoWarning {
  path: string;
  message: string;
}

export interface CountryPath {
  code?: string;
  name: string;
  d: string;
  /** `host`: a country of the mission shown; `neighbour`: any other (muted in the mission view). */
  role: 'host' | 'neighbour' | 'other';
  /** A territory whose status is disputed or undetermined: never tinted as a host's (UN map practice). */
  disputed: boolean;  /**
   * Some part of it lies in the frame (not only its box: France's spans the globe): a mission view
   * loads detail only for these.
   */
  shown: boolean;
  /** Its light-base geometry (for measures that need no detail, such as where its name goes). */
  feature: Feature<Geometry>;
}

export interface AreaPath {
  id: string;
  label: string;
  d: string;
}

export interface Frame {
  mode: 'world' | 'mission';
  /** A mission frame fitted to its countries and sites, in Mercator: the view that gets detail files and context layers (not a mission with neither, drawn on the whole world). */
  regional: boolean;
  width: number;
  height: number;
  projection: GeoProjection;
  countries: CountryPath[];
  borders: string;
  areas: AreaPath[];
  mission?: Mission;
  /** The base map's country of a code (its alpha-2 code and name, for names in the reader's language). */
  countryOf: (code: string) => { a2?: string; name?: string; un?: Record<string, string> } | undefined;
  /** Largest personnel of any site (mission) or strength of any mission (world) at any date: sizes stay comparable across dates. */
  sizeMax: number;
  warnings: GeoWarning[];
}

/** The units of a tooltip: a title and lines, all plain text. */
export interface Tip {
  title: string;
  lines: string[];
}

export interface PointMark {
  kind: 'site' | 'mission';
  id: string;
  /** For sites, the mission id (for `pk-select`). */
  mission: string;
  name: string;
  type: string;
  typeLabel: string;
  /** Projected position at zoom 1. */
  x0: number;
  y0: number;
  at: [number, number];
  /** Radius of the equal-area circle, in pixels (never scaled by zoom). */
  r: number;
  /** No figure at this date: drawn hollow at the smallest size. */
  unknownSize: boolean;
  /**
   * Over a mission's life: the site closed before the mission ended (drawn pale). On the world map: the
   * strength drawn is more than a year older than the map's date (drawn with a dashed outline).
   */
  dated?: boolean;
  /** Labelled on the map (mission and sector HQs; every mission in the world view, space allowing). */
  labelled: boolean;
  tip: Tip;
  row: string[];
}

export interface LegendSymbol {
  type: string;
  label: string;
  d: string;
  /** `mission` marks are circles coloured by type; `site` marks are shapes by type. */
  kind: 'site' | 'mission';
  /** Drawn as the marks whose figure or site is of another time (pale, or dashed). */
  dated?: boolean;
}

export interface Legend {
  symbols: LegendSymbol[];
  symbolsTitle: string;
  sizesTitle: string;
  /** Nested circles: value and radius, largest first. */
  sizes: { value: number; r: number; label: string }[];
}

export interface Footprint {
  marks: PointMark[];
  byId: Map<string, PointMark>;
  legend: Legend;
  clusterer: MapClusterer | null;
  /** The marks the clusterer holds, in the order it was given them (`clusterer.at` names its singles by their place here). */
  held: PointMark[];
  /** The marks always drawn alone: all of them without a clusterer, else the mission HQ. */
  alone: PointMark[];
  dateLabel: string;
  /** The mission's whole life is shown (no date asked for, the mission has ended): `dateLabel` is its range. */
  life: boolean;
  /** Host countries tinted at this day (world view: the hosts of missions in force). */
  hosts: Set<string>;
  table: { caption: string; head: string[]; rows: string[][] };
  /** Why nothing is drawn, when nothing is. */
  empty?: string;
  warnings: GeoWarning[];
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

export interface ViewMark {
  kind: 'site' | 'mission' | 'cluster';
  key: string;
  x: number;
  y: number;
  r: number;
  /** Its true place, when it was moved off it so as not to hide another mark (drawn with a leader line). */
  from?: [number, number];
  mark?: PointMark;
  cluster?: ClusterMark;
}

export interface Label {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A line from the symbol to a label set further out (the mission HQ, when nothing next to it is clear). */
  leader?: [number, number, number, number];
}

export interface View {
  marks: ViewMark[];
  labels: Label[];
  scale: (ScaleBar & { label: string }) | null;
}

/** Symbols are drawn at radius 10 (area π·10²) and scaled: each type covers the same area at the same personnel. */
export const UNIT_RADIUS = 10;

/**
 * d3-shape's symbols at that area, `symbol(symbolStar, π·10²)()` and so on, kept as their path text
 * (the map layout test checks each against d3-shape): drawing seven fixed shapes does not need
 * d3-shape and d3-path in the bundle, about 1.4 KB gzip of DESIGN.md's budget.
 */
export const SYMBOL_PATHS: Readonly<Record<string, string>> = {
  star: 'M0,-16.729L3.756,-5.17L15.91,-5.17L6.077,1.975L9.833,13.534L0,6.39L-9.833,13.534L-6.077,1.975L-15.91,-5.17L-3.756,-5.17Z',
  square: 'M-8.862,-8.862h17.725v17.725h-17.725Z',
  triangle: 'M0,-15.551L13.468,7.776L-13.468,7.776Z',
  circle: 'M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0',
  diamond: 'M0,-16.495L9.523,0L0,16.495L-9.523,0Z',
  wye: 'M4.783,2.762L4.783,12.328L-4.783,12.328L-4.783,2.762L-13.068,-2.022L-8.285,-10.306L0,-5.523L8.285,-10.306L13.068,-2.022Z',
  cross: 'M-11.89,-3.963L-3.963,-3.963L-3.963,-11.89L3.963,-11.89L3.963,-3.963L11.89,-3.963L11.89,3.963L3.963,3.963L3.963,11.89L-3.963,11.89L-3.963,3.963L-11.89,3.963Z',
};

export function unitSymbol(siteType: string): string {
  const name = SITE_TYPES.find((t) => t.id === siteType)?.symbol ?? 'circle';
  return SYMBOL_PATHS[name] ?? SYMBOL_PATHS.circle;
}

export interface FrameInput {
  feed: Feed;
  mission?: string;
  width: number;
  height: number;
  baseMap: BaseMap;
  t: MapMessages;
}

const validLonLat = (at: readonly number[] | undefined): at is [number, number] =>
  !!at && at.length === 2 && Number.isFinite(at[0]) && Number.isFinite(at[1]) && Math.abs(at[0]) <= 180 && Math.abs(at[1]) <= 90;

/** The height the map asks for at a width: the shape of what it frames, within reason. */
export function mapHeight(width: number, mode: 'world' | 'mission', aspect = 1): number {
  const ratio = mode === 'world' ? 0.52 : Math.min(1.1, Math.max(0.6, aspect));
  return Math.round(Math.min(720, Math.max(240, width * ratio)));
}

/** The mission's frame: its host countries and every site it ever had (so the frame does not move with the date). */
export function missionExtent(feed: Feed, missionId: string, baseMap: BaseMap): { countries: Feature<Geometry>[]; points: [number, number][] } {
  const mission = feed.missions?.find((m) => m.id === missionId);
  if (!mission) return { countries: [], points: [] };
  const countries = (mission.countries ?? []).map((c) => baseMap.byCode.get(c)?.feature).filter((f): f is Feature<Geometry> => !!f);
  const points = (mission.sites ?? []).map((s) => s.at as [number, number]).filter(validLonLat);
  if (mission.hq && validLonLat(mission.hq.at)) points.push(mission.hq.at as [number, number]);
  return { countries, points };
}

/** Width / height of the mission's frame in Mercator, to size the map to its country. */
export function missionAspect(feed: Feed, missionId: string, baseMap: BaseMap): number {
  const { countries, points } = missionExtent(feed, missionId, baseMap);
  const p = missionProjection({ width: 1000, height: 1000, padding: 0 }, countries, points);
  const [[x0, y0], [x1, y1]] = geoPath(p).bounds({ type: 'FeatureCollection', features: [...countries, ...points.map(pointFeature)] });
  const w = x1 - x0;
  const h = y1 - y0;
  return w > 0 && h > 0 ? h / w : 1;
}

const pointFeature = (at: [number, number]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: at } });

export function frameLayout({ feed, mission: missionId, width, height, baseMap, t }: FrameInput): Frame {
  const warnings: GeoWarning[] = [];
  const missions = feed.missions ?? [];
  const mission = missionId ? missions.find((m) => m.id === missionId) : undefined;
  const box = { width, height, padding: Math.min(32, Math.round(Math.min(width, height) * 0.06)) };
  const checkCountries = (m: Mission, i: number) =>
    (m.countries ?? []).forEach((code, j) => {
      if (!baseMap.byCode.has(code)) warnings.push({ path: `missions[${i}].countries[${j}]`, message: t.unknownCountry(m.acronym, code) });
    });
  let projection: GeoProjection;
  let hostCodes: Set<string>;
  let mercator = false;
  if (mission) {
    const { countries, points } = missionExtent(feed, mission.id, baseMap);
    projection = missionProjection(box, countries, points);
    mercator = countries.length + points.length > 0; // else the whole world, in Equal Earth
    hostCodes = new Set(mission.countries ?? []);
    checkCountries(mission, missions.indexOf(mission));
  } else {
    projection = worldProjection(box);
    hostCodes = new Set();
    missions.forEach(checkCountries);
  }
  const path = geoPath(projection).digits(1);
  // A mission map never shows more than its frame (it zooms in only, and pans within the frame):
  // countries and borders wholly outside it are not drawn (most of the world, for one country).
  const seen = mercator ? frameBox(projection, width, height) : null;
  const inView = (b: LonLatBox) => !seen || (b[0] <= seen[2] && b[2] >= seen[0] && b[1] <= seen[3] && b[3] >= seen[1]);
  const countries: CountryPath[] = [];
  for (const c of baseMap.countries) {
    if (!inView(c.box)) continue;
    const role = !mission ? 'other' : c.code && hostCodes.has(c.code) ? 'host' : 'neighbour';
    // The light outline is projected when drawn: a mission view whose detail is already on the page never draws it.
    let d: string | undefined;
    countries.push({
      code: c.code, name: c.name, role, disputed: c.disputed, feature: c.feature,
      shown: !seen || showsPart(projection, c.feature.geometry, width, height),
      get d() {
        return (d ??= path(c.feature) ?? '');
      },
    });
  }
  const areas: AreaPath[] = [];
  if (mission?.areas) {
    try {
      for (const f of areaFeatures(mission.areas)) {
        const d = path(f);
        const id = String(f.id ?? (f.properties as Record<string, unknown> | null)?.id ?? '');
        const props = (f.properties ?? {}) as Record<string, unknown>;
        if (d) areas.push({ id, label: String(props.name ?? props.label ?? id), d });
      }
    } catch {
      warnings.push({ path: `missions[${missions.indexOf(mission)}].areas`, message: t.badAreas(mission.acronym) });
    }
  }
  const sizeMax = mission ? maxSitePersonnel(mission) : Math.max(1, ...missions.flatMap((m) => (m.strength ?? []).map((s) => headcount(s).total)));
  let borders: string | undefined;
  return {
    mode: mission ? 'mission' : 'world', regional: mercator, width, height, projection, countries,
    // Projected when drawn, as the outlines (a detailed view draws the detail files' boundaries instead).
    get borders() {
      return (borders ??= baseMap.borders ? path({ ...baseMap.borders, coordinates: baseMap.borders.coordinates.filter((_, i) => inView(baseMap.borderBoxes[i])) }) ?? '' : '');
    },
    areas, mission, sizeMax, warnings, countryOf: (code) => baseMap.byCode.get(code),
  };
}

/**
 * Whether any polygon of a (light) geometry reaches into a Mercator frame, with a 50 px margin: each
 * polygon's box in degrees, projected by its corners (Mercator keeps boxes boxes), not its every point.
 */
function showsPart(projection: GeoProjection, g: Geometry, width: number, height: number): boolean {
  const polygons = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
  return polygons.some(([ring]) => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) (w = Math.min(w, x)), (e = Math.max(e, x)), (s = Math.min(s, y)), (n = Math.max(n, y));
    const nw = projection([w, n]);
    const se = projection([e, s]);
    return !!nw && !!se && se[0] >= -50 && se[1] >= -50 && nw[0] <= width + 50 && nw[1] <= height + 50;
  });
}

/**
 * What a Mercator frame shows, in degrees, with a margin of 50 px and 1° (edges are great-circle arcs
 * that bow a little beyond their ends). Null when the corners do not invert (no culling then).
 */
function frameBox(projection: GeoProjection, width: number, height: number): LonLatBox | null {
  const [w, n] = projection.invert!([-50, -50]) ?? [NaN, NaN];
  const [e, s] = projection.invert!([width + 50, height + 50]) ?? [NaN, NaN];
  return [w, n, e, s].every(Number.isFinite) ? [w - 1, s - 1, e + 1, n + 1] : null;
}

function areaFeatures(areas: unknown): Feature[] {
  const a = areas as { type: string };
  const features = a.type === 'FeatureCollection'
    ? (a as FeatureCollection).features
    : Object.values((a as Topology).objects).flatMap((o) => {
        const f = feature(a as Topology, o) as Feature | FeatureCollection;
        return f.type === 'FeatureCollection' ? f.features : [f];
      });
  return features.map(windForD3);
}

/**
 * GeoJSON (RFC 7946) winds outer rings anticlockwise; d3-geo reads rings on the sphere and takes an
 * anticlockwise ring for everything outside it. An area larger than a hemisphere is rewound.
 */
function windForD3(f: Feature): Feature {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || geoArea(f) <= 2 * Math.PI) return f;
  const rings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const geometry = g.type === 'Polygon'
    ? { ...g, coordinates: rings(g.coordinates) }
    : { ...g, coordinates: g.coordinates.map(rings) };
  return { ...f, geometry } as Feature;
}

function maxSitePersonnel(mission: Mission): number {
  let max = 1;
  for (const s of mission.sites ?? []) {
    const list = s.personnel === undefined ? [] : Array.isArray(s.personnel) ? s.personnel : [s.personnel];
    for (const p of list) max = Math.max(max, headcount(p).total);
  }
  return max;
}

/**
 * Largest symbol radius: a bigger map can afford bigger symbols, never so big that they hide the country
 * (a 360 px phone map gets 14 px, as large as a group's circle, not 16).
 */
export function maxRadius(width: number, height: number): number {
  return Math.round(Math.min(28, Math.max(10, Math.min(width, height) / 24)));
}

const MIN_RADIUS = 3;
const UNKNOWN_RADIUS = 4;

/** A round number at most `v`: 1, 2 or 5 × 10ⁿ. */
export function roundDown(v: number): number {
  if (!(v > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(v));
  return ([5, 2, 1].map((m) => m * power).find((d) => d <= v) ?? power);
}

export interface FootprintInput {
  feed: Feed;
  frame: Frame;
  day: Day;
  lang: string;
  t: MapMessages;
  /** Pixels within which symbols are grouped (0 turns clustering off). */
  clusterRadius?: number;
  /** How precisely the date was given ("2002" reads "2002", not "Jan 1, 2002"). */
  precision?: 'year' | 'month' | 'day';
  /** Every site the mission ever held, at its peak, rather than those of `day` (see model/life-footprint.ts). */
  life?: boolean;
  /**
   * The clusterer (geo/cluster.ts, over supercluster), which a mission view loads with its base map
   * rather than the kit carrying it for every page; without it, sites are not grouped.
   */
  cluster?: typeof clusterSites;
}

export function footprintLayout({ feed, frame, day, lang, t, clusterRadius = 16, precision = 'day', life = false, cluster }: FootprintInput): Footprint {
  const number = numberFormat(lang);
  const dateLabel = formatDay(day, lang, precision);
  const rMax = maxRadius(frame.width, frame.height);
  // Symbol area proportional to personnel, rMax at the largest site: a square-root scale from zero,
  // written out rather than taken from d3-scale, whose interpolators and number formats would cost
  // the bundle about 3 KB gzip (DESIGN.md's budget) for this one line.
  const size = (n: number) => rMax * Math.sqrt(n / frame.sizeMax);
  const radius = (n: number | null) => (n === null || n <= 0 ? UNKNOWN_RADIUS : Math.max(MIN_RADIUS, size(n)));
  const project = (at: [number, number]) => frame.projection(at) ?? [NaN, NaN];
  const warnings: GeoWarning[] = [];
  const marks: PointMark[] = [];
  const hosts = new Set<string>();
  const missions = feed.missions ?? [];
  // Dates repeat across thousands of sites: each range is formatted once (Intl formatters are costly).
  const ranges = new Map<string, string>();
  const asOfs = new Map<string, string>();
  const asOfText = (date: string) => {
    let text = asOfs.get(date);
    if (text === undefined) asOfs.set(date, (text = t.asOf(formatDay(startOf(date), lang, precisionOf(date)))));
    return text;
  };
  const range = (r: { start?: string; end?: string }) => {
    const key = `${r.start}/${r.end}`;
    let text = ranges.get(key);
    if (text === undefined) ranges.set(key, (text = formatRange(r, lang, '…')));
    return text;
  };

  if (frame.mode === 'mission' && frame.mission) {
    const m = frame.mission;
    const mi = missions.indexOf(m);
    (m.countries ?? []).forEach((c) => hosts.add(c));
    // Over the mission's life (an ended mission, no date asked for): every site it held, at its peak.
    const footprint = life
      ? lifeFootprint(m).map(({ site, peak, peakDate, closedEarly, estimate }) => ({ site, personnel: peak, personnelDate: peakDate, closedEarly, estimate }))
      : footprintAt(m, day).map((s) => ({ ...s, closedEarly: false }));
    const indexOf = new Map((m.sites ?? []).map((s, i) => [s, i]));
    footprint.forEach(({ site, personnel, personnelDate, closedEarly, estimate }) => {
      const si = indexOf.get(site);
      if (!validLonLat(site.at)) {
        warnings.push({ path: `missions[${mi}].sites[${si}].at`, message: t.badCoordinates(textOf(site.name, lang, feed.lang), JSON.stringify(site.at)) });
        return;
      }
      const [x0, y0] = project(site.at as [number, number]);
      const type = site.type ?? 'base';
      const typeLabel = t.siteTypes[type] ?? type;
      const name = textOf(site.name, lang, feed.lang);
      const people = personnel?.total ?? null;
      const row = once(() => [name, typeLabel, people === null ? '—' : number.format(people) + (estimate ? ` (${t.estimate})` : ''), range(site)]);
      marks.push({
        kind: 'site', id: site.id, mission: m.id, name, type, typeLabel, x0, y0, at: site.at as [number, number],
        r: radius(people), unknownSize: !people, labelled: type === 'mission-hq' || type === 'sector-hq', dated: closedEarly,
        tip: lazyTip(() => ({
          title: name,
          lines: [
            typeLabel,
            `${life ? t.peakPersonnel : t.personnel}: ${personnelText(personnel, personnelDate, estimate === true, number, lang, t, asOfText)}`,
            `${t.open}: ${range(site)}`,
            ...(site.units?.length ? [`${t.units}: ${listText(site.units, lang)}`] : []),
            ...(site.contributors?.length ? [`${t.contributors}: ${countryList(site.contributors, lang, frame.countryOf)}`] : []),
          ],
        })),
        get row() { return row(); },
      });
    });
  } else {
    missions.forEach((m, mi) => {
      if (!inForce(m, day)) return;
      (m.countries ?? []).forEach((c) => hosts.add(c));
      const at = m.hq?.at ?? m.sites?.find((s) => s.type === 'mission-hq')?.at;
      if (!validLonLat(at)) {
        if (at) warnings.push({ path: `missions[${mi}].hq.at`, message: t.badCoordinates(m.acronym, JSON.stringify(at)) });
        return;
      }
      const [x0, y0] = project(at);
      const strength = strengthAt(m, day);
      // The authorized ceiling and the deployed strength, each with its date, and "estimate" where it is one.
      const figures = (['deployed', 'authorized'] as const).map((kind) => strengthAt(m, day, kind)).filter((f) => f !== null);
      // Bubbles compare strengths of different dates: a deployed figure more than a year older than the
      // map's date says so in its tooltip and is drawn with a dashed outline (the legend says what that
      // means). An authorized ceiling does not age: it is in force until the Council changes it.
      const age = (f: NonNullable<typeof strength>) => (f.kind === 'deployed' ? Math.floor((day - startOf(f.date)) / YEAR) : 0);
      const years = strength ? age(strength) : 0;
      const figureText = (f: NonNullable<typeof strength>) => {
        const notes = [t.asOf(formatDay(startOf(f.date), lang, precisionOf(f.date))), ...(f.estimate ? [t.estimate] : [])];
        return `${number.format(f.total)} (${listText(notes, lang)}${age(f) >= 1 ? `; ${t.oldFigure(age(f))}` : ''})`;
      };
      // A feed that gives no type (Geo-PKO has none) is drawn and named as such, not as multidimensional.
      const type = m.type ?? 'unknown';
      const typeLabel = type === 'unknown' ? t.missionTypeUnknown : t.missionTypes[type] ?? type;
      const name = textOf(m.name, lang, feed.lang) || m.acronym;
      marks.push({
        kind: 'mission', id: m.id, mission: m.id, name: m.acronym, type, typeLabel, x0, y0, at,
        r: radius(strength?.total ?? null), unknownSize: !strength, labelled: true, dated: years >= 1,
        tip: lazyTip(() => ({
          title: `${m.acronym}: ${name}`,
          lines: [
            typeLabel,
            ...(figures.length ? figures.map((f) => `${t.strengthKind(f.kind)}: ${figureText(f)}`) : [`${t.strength}: ${t.strengthUnknown}`]),
            `${t.dates}: ${range(m)}`, `${t.countries}: ${countryList(m.countries ?? [], lang, frame.countryOf)}`,
          ],
        })),
        row: [m.acronym, typeLabel, figures.length ? figures.map((f) => `${t.strengthKind(f.kind)}: ${figureText(f)}`).join('; ') : '—', range(m)],
      });
    });
  }
  marks.sort(drawOrder);
  const byId = new Map(marks.map((m) => [m.id, m]));
  // The mission HQ is never folded into a group: it is what a reader looks for first.
  const clusterable: PointMark[] = [];
  const hq: PointMark[] = [];
  for (const m of marks) (m.type === 'mission-hq' ? hq : clusterable).push(m);
  const clusterer = frame.mode === 'mission' && cluster && clusterRadius > 0 && clusterable.length > 1
    // Grouped only at the scales the view can show: its frame to MAX_ZOOM times it.
    ? cluster(clusterable.map((m) => ({ id: m.id, at: m.at })), clusterRadius, [frame.projection.scale(), frame.projection.scale() * MAX_ZOOM])
    : null;
  const held = clusterer ? clusterable : [];
  const alone = clusterer ? hq : marks;

  const present = [...new Set(marks.map((m) => m.type))];
  const legend: Legend = frame.mode === 'mission'
    ? {
        symbolsTitle: t.legendTypes,
        symbols: SITE_TYPES.filter((s) => present.includes(s.id)).map((s): LegendSymbol => ({ type: s.id, label: t.siteTypes[s.id] ?? s.label, d: unitSymbol(s.id), kind: 'site' }))
          .concat(present.filter((p) => !SITE_TYPES.some((s) => s.id === p)).map((p): LegendSymbol => ({ type: p, label: p, d: unitSymbol(p), kind: 'site' }))),
        sizesTitle: t.legendSizes,
        sizes: [],
      }
    : {
        symbolsTitle: t.legendMissionTypes,
        symbols: [...MISSION_TYPES, { id: 'unknown', label: t.missionTypeUnknown }].filter((s) => present.includes(s.id))
          .map((s): LegendSymbol => ({ type: s.id, label: t.missionTypes[s.id] ?? s.label, d: unitSymbol('base'), kind: 'mission' })),
        sizesTitle: t.legendStrength,
        sizes: [],
      };
  if (marks.some((m) => m.dated)) {
    legend.symbols.push({ type: 'dated', label: frame.mode === 'mission' ? t.legendClosedEarly : t.legendOldFigure, d: unitSymbol('base'), kind: frame.mode === 'mission' ? 'site' : 'mission', dated: true });
  }
  const top = roundDown(frame.sizeMax);
  legend.sizes = [top, roundDown(top / 4), roundDown(top / 20)]
    .filter((v, i, a) => v > 0 && a.indexOf(v) === i)
    .map((value) => ({ value, r: size(value), label: number.format(value) }));

  const acronym = frame.mission?.acronym ?? '';
  const lifeRange = life && frame.mission ? range(frame.mission) : '';
  let empty: string | undefined;
  if (frame.mode === 'mission' && !(frame.mission?.sites?.length)) empty = t.noSites(acronym);
  else if (frame.mode === 'mission' && !marks.length) empty = t.noSitesOn(acronym, dateLabel);
  else if (frame.mode === 'world' && !missions.length) empty = t.noMissions;
  else if (frame.mode === 'world' && !marks.length) empty = t.noMissionsOn(dateLabel);

  // The table's rows, written when it is first shown (10,000 sites: a sort by name and their figures).
  let rows: string[][] | undefined;
  const byName = collator(lang);
  return {
    marks, byId, legend, clusterer, held, alone, dateLabel: life ? lifeRange : dateLabel, life, hosts, empty, warnings,
    table: {
      caption: frame.mode !== 'mission' ? t.worldCaption(dateLabel) : life ? t.lifeCaption(acronym, lifeRange, marks.length) : t.caption(acronym, dateLabel),
      head: frame.mode === 'mission' ? [t.site, t.type, t.personnel, t.dates] : [t.mission, t.type, t.strength, t.dates],
      get rows() { return (rows ??= [...marks].sort((a, b) => byName.compare(a.name, b.name)).map((m) => m.row)); },
    },
  };
}

const YEAR = 365.25 * 864e5;

/** The precision a date is given at ("2005": year), as the model parses it. */
export const precisionOf = (date: string) => parsePartialDate(date)?.precision ?? 'day';

/** A value worked out when first asked for, then kept. */
function once<T>(write: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= write());
}

/**
 * A tooltip written when first read (a mark hovered, focused or described), not for every mark drawn:
 * at 10,000 sites the lists and dates of every tooltip cost more than drawing the marks.
 */
function lazyTip(write: () => Tip): Tip {
  const tip = once(write);
  return {
    get title() {
      return tip().title;
    },
    get lines() {
      return tip().lines;
    },
  };
}

function personnelText(p: Headcount | null, date: string | undefined, estimate: boolean, number: Intl.NumberFormat, lang: string, t: MapMessages, asOf: (date: string) => string): string {
  if (!p || p.total === 0) return t.personnelUnknown;
  const parts = (['troops', 'police', 'observers', 'civilians'] as const).filter((k) => p[k] > 0).map((k) => `${number.format(p[k])} ${t[k]}`);
  const notes = [date ? asOf(date) : '', estimate ? t.estimate : ''].filter(Boolean);
  return `${listText(parts, lang)}${notes.length ? ` (${listText(notes, lang)})` : ''}`;
}

export interface ViewInput {
  frame: Frame;
  footprint: Footprint;
  transform: Transform;
  t: MapMessages;
  lang: string;
  fontSize?: number;
}

/** What is on screen at a zoom: clusters where symbols overlap, marks inside the frame, labels that fit. */
export function viewLayout({ frame, footprint, transform, t, lang, fontSize = 12 }: ViewInput): View {
  const { k, x: tx, y: ty } = transform;
  const margin = 30;
  const inside = (x: number, y: number) => x >= -margin && y >= -margin && x <= frame.width + margin && y <= frame.height + margin;
  const marks: ViewMark[] = [];
  const { clusterer } = footprint;
  let c: ReturnType<NonNullable<Footprint['clusterer']>['at']> | null = null;
  if (clusterer) {
    // Only the groups and sites of the view (with room to spare around `inside`'s margin) are asked for.
    const [w, n] = frame.projection.invert!([(-40 - tx) / k, (-40 - ty) / k])!;
    const [e, s] = frame.projection.invert!([(frame.width + 40 - tx) / k, (frame.height + 40 - ty) / k])!;
    c = clusterer.at(frame.projection.scale() * k, [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)]);
  }
  // The footprint's marks at the zoom, in its order, those in view only: with a clusterer, those it
  // leaves single here (found in its index, within the view) and those it never holds. Nothing is made,
  // or even looked at, for the thousands a group stands for.
  const candidates = c ? [...footprint.alone, ...c.singles.map((i) => footprint.held[i])].sort(drawOrder) : footprint.marks;
  const inView: ViewMark[] = [];
  for (const m of candidates) {
    const x = m.x0 * k + tx;
    const y = m.y0 * k + ty;
    if (inside(x, y)) inView.push({ kind: m.kind, key: m.id, x, y, r: m.r, mark: m });
  }
  if (c) {
    const groups: ViewMark[] = [];
    for (const cluster of c.clusters) {
      const [bx, by] = frame.projection(cluster.at) ?? [NaN, NaN];
      const x = bx * k + tx;
      const y = by * k + ty;
      if (inside(x, y)) groups.push({ kind: 'cluster', key: `c${cluster.first}-${cluster.count}`, x, y, r: clusterRadius(cluster.count), cluster });
    }
    const alone = new Set(footprint.alone);
    const merged = clusterer!.mergeTouching(groups, inView.filter((m) => !alone.has(m.mark!)));
    marks.push(...merged.groups);
    // A single site is drawn unless taken into a touching group.
    for (const m of inView) if (!merged.absorbed.has(m.key)) marks.push(m);
  } else marks.push(...inView);
  const spread = spreadPiles(marks, rank, frame.width, frame.height);
  marks.splice(0, marks.length, ...spread);
  const labels = placeSiteLabels(
    marks.filter((m) => m.mark?.labelled).sort((a, b) => (rank(a) - rank(b)) || b.r - a.r)
      .map((m) => ({ key: m.key, text: m.mark!.name, x: m.x, y: m.y, r: m.r, leader: m.mark!.type === 'mission-hq' })),
    marks, frame.width, frame.height, fontSize,
  );
  let scale: View['scale'] = null;
  if (frame.mode === 'mission') {
    const bar = scaleBar(kmPerPixel(frame.projection, (frame.width / 2 - tx) / k, (frame.height / 2 - ty) / k, k), Math.min(120, frame.width / 4));
    if (bar) scale = { ...bar, label: t.kilometres(numberFormat(lang).format(bar.km)) };
  }
  return { marks, labels, scale };
}

/**
 * What sits over the map in its corners, for the context names to keep clear of: the zoom buttons (three
 * of 32 px, 8 px from the top and the inline end) and the scale bar (26 px high, 8 px from the bottom and
 * the inline start), mirrored in a right-to-left page. Sizes follow the element's styles (styles.ts).
 */
export function overlays(frame: Pick<Frame, 'width' | 'height'>, view: Pick<View, 'scale'>, rtl: boolean, fontSize: number): { x0: number; y0: number; x1: number; y1: number }[] {
  const { width, height } = frame;
  const boxes = [{ x0: width - 46, y0: 0, x1: width, y1: 122 }];
  if (view.scale) {
    const w = Math.max(view.scale.width, labelWidth(view.scale.label, fontSize)) + 14;
    boxes.push({ x0: 0, y0: height - 38, x1: w, y1: height });
  }
  return rtl ? boxes.map((b) => ({ ...b, x0: width - b.x1, x1: width - b.x0 })) : boxes;
}

const rank = (m: ViewMark) => (m.mark?.type === 'mission-hq' ? 0 : 1);

/** The order marks are drawn in: largest first, so that small symbols stay on top and reachable by the pointer. */
function drawOrder(a: PointMark, b: PointMark): number {
  return b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A group's circle: room for its count in 12 px type, growing slowly with the count. */
export const clusterRadius = (count: number) => 9 + 2 * Math.log2(count);

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** Whether a symbol (a circle of radius r, with a pixel of halo) reaches into a box. */
const covers = (b: Box, s: { x: number; y: number; r: number }) =>
  Math.hypot(s.x - Math.max(b.x0, Math.min(s.x, b.x1)), s.y - Math.max(b.y0, Math.min(s.y, b.y1))) < s.r + 1;

/**
 * Greedy label placement, most important first: each label tries right, left, above and below its symbol,
 * then the four corners, and takes the first place that stays inside the map and clear of placed labels
 * and of every other symbol; else it is left out, never drawn over anything (the tooltip and the table
 * still name the site). A label that must show (`leader`: the mission HQ, as on UN deployment maps) then
 * tries places further out, up to four lines away, joined to its symbol by a leader line. Text width is
 * text-width.ts's `labelWidth`.
 */
export function placeSiteLabels(
  candidates: { key: string; text: string; x: number; y: number; r: number; leader?: boolean }[],
  symbols: { x: number; y: number; r: number; key: string }[],
  width: number, height: number, fontSize = 12,
): Label[] {
  const placed: Box[] = [];
  const out: Label[] = [];
  const h = fontSize * 1.2;
  for (const c of candidates) {
    const w = labelWidth(c.text, fontSize);
    const gap = c.r + 3;
    const options: [Label['anchor'], number, number, Box][] = [
      ['start', c.x + gap, c.y + fontSize * 0.35, { x0: c.x + gap, x1: c.x + gap + w, y0: c.y - h / 2, y1: c.y + h / 2 }],
      ['end', c.x - gap, c.y + fontSize * 0.35, { x0: c.x - gap - w, x1: c.x - gap, y0: c.y - h / 2, y1: c.y + h / 2 }],
      ['middle', c.x, c.y - gap - 3, { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y - gap - h, y1: c.y - gap }],
      ['middle', c.x, c.y + gap + fontSize, { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y + gap, y1: c.y + gap + h }],
      ...corners(c.x, c.y, c.r * Math.SQRT1_2 + 2, w, h, fontSize),
    ];
    const fits = (box: Box) =>
      box.x0 >= 2 && box.y0 >= 2 && box.x1 <= width - 2 && box.y1 <= height - 2 && !placed.some((p) => overlaps(p, box)) &&
      !symbols.some((s) => s.key !== c.key && covers(box, s));
    const choice = options.find((o) => fits(o[3]));
    if (choice) {
      const [anchor, x, y, box] = choice;
      placed.push(box);
      out.push({ key: c.key, text: c.text, x, y, anchor });
      continue;
    }
    if (!c.leader) continue;
    for (let step = 1; step <= 4; step++) {
      const far = farOptions(c.x, c.y, gap + step * h, w, h, fontSize).find((o) => fits(o[3]));
      if (!far) continue;
      const [anchor, x, y, box, [ex, ey]] = far;
      const angle = Math.atan2(ey - c.y, ex - c.x);
      placed.push(box);
      out.push({ key: c.key, text: c.text, x, y, anchor, leader: [c.x + Math.cos(angle) * (c.r + 1), c.y + Math.sin(angle) * (c.r + 1), ex, ey] });
      break;
    }
  }
  return out;
}

/** Label places `d` away in eight directions, with the point of the box the leader line reaches. */
function farOptions(x: number, y: number, d: number, w: number, h: number, fontSize: number): [Label['anchor'], number, number, Box, [number, number]][] {
  return [0, 45, 90, 135, 180, 225, 270, 315].map((deg) => {
    const dx = Math.round(Math.cos((deg * Math.PI) / 180) * 1e6) / 1e6;
    const dy = Math.round(Math.sin((deg * Math.PI) / 180) * 1e6) / 1e6;
    const px = x + dx * d;
    const py = y + dy * d;
    const anchor: Label['anchor'] = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
    const x0 = anchor === 'start' ? px : anchor === 'end' ? px - w : px - w / 2;
    const y0 = dy > 0 ? py : dy < 0 ? py - h : py - h / 2;
    const box = { x0, x1: x0 + w, y0, y1: y0 + h };
    return [anchor, px, y0 + h / 2 + fontSize * 0.35, box, [px, dy > 0 ? y0 : dy < 0 ? y0 + h : py]];
  });
}

/** Label places at the corners of a symbol, `d` out along each axis: above right, below right, above left, below left. */
function corners(x: number, y: number, d: number, w: number, h: number, fontSize: number): [Label['anchor'], number, number, Box][] {
  return ([[1, -1], [1, 1], [-1, -1], [-1, 1]] as const).map(([sx, sy]) => {
    const x0 = sx > 0 ? x + d : x - d - w;
    const y0 = sy > 0 ? y + d : y - d - h;
    return [sx > 0 ? 'start' : 'end', sx > 0 ? x + d : x - d, y0 + h / 2 + fontSize * 0.35, { x0, x1: x0 + w, y0, y1: y0 + h }];
  });
}

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The mark an arrow key moves to: the nearest one ahead in that direction, counting sideways distance
 * twice (so "right" prefers a mark level with the current one). `from` -1 starts at the top-left mark.
 * Returns `from` when nothing lies ahead.
 */
export function nextMark(points: readonly { x: number; y: number }[], from: number, direction: Direction): number {
  if (!points.length) return -1;
  if (from < 0 || from >= points.length) {
    let best = 0;
    points.forEach((p, i) => { if (p.y + p.x < points[best].y + points[best].x) best = i; });
    return best;
  }
  const [dx, dy] = VECTORS[direction];
  const o = points[from];
  let best = from;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const along = (p.x - o.x) * dx + (p.y - o.y) * dy;
    const side = Math.abs((p.x - o.x) * dy - (p.y - o.y) * dx);
    if (along <= 0) return;
    const score = along + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** The day a map shows: its `date`, else the feed's as-of day; a mission that ended before it is shown as it last stood. */
export function dayShown(mission: Mission | undefined, date: string | undefined, asOf: Day): Day {
  const day = date ? startOf(date) : NaN;
  if (Number.isFinite(day)) return day;
  if (mission?.end && endOf(mission.end) < asOf) return endOf(mission.end);
  return asOf;
}
