/**
 * The mission view's context, pure: what an officer orients by on a UN deployment map. From the
 * detail files of the countries in the frame (src/geo/map-files.ts): the countries' detailed outlines,
 * their boundaries (undetermined ones apart, drawn dashed, with the footnote UN maps carry), the
 * first-level administrative divisions with their names, the capital and main towns, and the names of
 * the host and neighbouring countries. Paths are in the frame's coordinates (zoom 1, as the base map);
 * the places are label candidates that `placeContext` lays out at a zoom, after the sites' own labels
 * (sites win over towns). No DOM.
 */
import { geoClipRectangle, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import { detailGeometry } from './detail-geometry.js';
import { countryName } from '../geo/country-names.js';
import { labelWidth } from '../shared/text-width.js';
import type { Frame, Label, Transform } from './layout.js';

/** The context layers a map can show (`layers="admin1 towns countries"`, the default: all three). */
export const LAYERS = ['admin1', 'towns', 'countries'] as const;
export type Layer = (typeof LAYERS)[number];

/** `layers` attribute -> the set it names; unknown words are ignored, no attribute means every layer. */
export function layersOf(attribute: string | null | undefined): Set<Layer> {
  if (attribute == null) return new Set(LAYERS);
  return new Set(attribute.split(/[\s,]+/).filter((w): w is Layer => (LAYERS as readonly string[]).includes(w)));
}

export interface ContextPlace {
  kind: 'capital' | 'town' | 'admin1' | 'country';
  name: string;
  /** Where its label goes, in frame coordinates at zoom 1 (a town's dot; an area's visual centre). */
  x0: number;
  y0: number;
  /** An area's extent at zoom 1, in px: its name shows only once the area is wide enough for it. */
  span: number;
  /** Lower is placed first. */
  priority: number;
}

export interface Context {
  /** Detailed country shapes, drawn instead of the light base's for the same codes. */
  countries: { code: string; d: string; role: 'host' | 'neighbour'; disputed: boolean }[];
  /** Codes drawn from their detail file. */
  detailed: Set<string>;
  /** International boundaries between the detailed countries, one path. */
  boundaries: string;
  /** Boundaries UN maps show as not determined, one path, drawn dashed. */
  undetermined: string;
  /** First-level administrative boundaries (inside each country only), one path. */
  admin1: string;
  places: ContextPlace[];
  /** Footnote ids of the undetermined boundaries and disputed territories in the frame. */
  notes: string[];
  /** Where the data comes from, for the credit line. */
  sources: string[];
}

export interface ContextInput {
  frame: Frame;
  /** Detail topologies by country code (those loaded so far). */
  details: ReadonlyMap<string, Topology>;
  layers: ReadonlySet<Layer>;
  lang: string;
}

/** The frame's projection without d3's cut at the 180th meridian, for outlines that do not reach it (all but a few). */
function uncut(p: GeoProjection): GeoProjection {
  return geoMercator().precision(0).preclip((stream) => stream).scale(p.scale()).translate(p.translate()).rotate(p.rotate()).center(p.center());
}

export function contextLayout({ frame, details, layers, lang }: ContextInput): Context {
  const out: Context = { countries: [], detailed: new Set(), boundaries: '', undetermined: '', admin1: '', places: [], notes: [], sources: [] };
  if (!frame.regional) return out;
  const shown = frame.countries.flatMap((c) => {
    const topology = c.code && c.shown ? details.get(c.code) : undefined;
    return c.code && topology ? [{ c, code: c.code, detail: detailGeometry(topology) }] : [];
  });
  // Mission frames are Mercator (src/geo/projection.ts); the antimeridian cut, d3's default, costs a
  // pass over every point and is only needed where an outline crosses the 180th meridian.
  const projection = shown.some((s) => s.detail.crossesAntimeridian) ? frame.projection : uncut(frame.projection);
  // A tenth of a pixel is finer than any screen or export shows.
  const path = geoPath(projection).digits(1);
  // The visible part of the frame, for whether an undetermined line shows (and so needs its footnote).
  const clip = geoClipRectangle(0, 0, frame.width, frame.height);
  const visible = geoPath({ stream: (s) => projection.stream(clip(s)) });
  const hosts = new Set(frame.mission?.countries ?? []);
  const international: MultiLineString = { type: 'MultiLineString', coordinates: [] };
  const undetermined: MultiLineString = { type: 'MultiLineString', coordinates: [] };
  const admin1: MultiLineString = { type: 'MultiLineString', coordinates: [] };
  const notes = new Set<string>();
  const sources = new Set<string>();
  const inFrame = (x: number, y: number) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  for (const { c, code, detail } of shown) {
    const d = detail.shape ? path(detail.shape) : null;
    if (!d) continue;
    const props = detail.props;
    out.detailed.add(code);
    out.countries.push({ code, d, role: hosts.has(code) ? 'host' : 'neighbour', disputed: props.status === 'disputed' });
    if (typeof props.note === 'string') notes.add(props.note);
    for (const s of detail.sources) sources.add(s);
    // Each boundary is in both neighbours' files: drawn from the file of the first code in order only.
    for (const b of detail.boundaries) {
      if (details.has(b.with) && b.with < code && frame.countries.some((f) => f.code === b.with)) continue;
      (b.undetermined ? undetermined : international).coordinates.push(...b.lines);
      if (b.undetermined && b.note && visible({ type: 'MultiLineString', coordinates: b.lines })) notes.add(b.note);
    }
    // Areas whose status is not determined (the Abyei Area, in the Sudan and South Sudan files): their
    // outline dashed over the country that holds them, with their footnote.
    for (const a of detail.areas) {
      if (!visible({ type: 'MultiLineString', coordinates: a.rings })) continue;
      undetermined.coordinates.push(...a.rings);
      if (a.note) notes.add(a.note);
    }
    if (layers.has('admin1')) {
      admin1.coordinates.push(...detail.admin1);
      for (const division of detail.divisions) {
        // Named at its label point (computed once per file), if in the frame; its extent on screen
        // decides from which zoom the name fits.
        const at = projection(division.at);
        const [w, s, e, n] = division.box;
        const sw = projection([w, s]);
        const ne = projection([e, n]);
        if (!at || !sw || !ne || !inFrame(at[0], at[1])) continue;
        const span = Math.min(Math.min(ne[0], frame.width) - Math.max(sw[0], 0), (Math.min(sw[1], frame.height) - Math.max(ne[1], 0)) * 3);
        out.places.push({ kind: 'admin1', name: division.name, x0: at[0], y0: at[1], span, priority: 3 });
      }
    }
    if (layers.has('towns')) {
      detail.towns.forEach((f, rank) => {
        const p = projection(f.geometry.coordinates as [number, number]);
        if (!p || !inFrame(p[0], p[1])) return;
        const capital = f.properties.capital === true;
        // Capitals first, then towns by their rank in their country: a neighbour's biggest towns before the host's smallest.
        out.places.push({ kind: capital ? 'capital' : 'town', name: String(f.properties.name ?? ''), x0: p[0], y0: p[1], span: rank, priority: capital ? 1 : 2 + rank / 100 });
      });
    }
    if (layers.has('countries')) {
      // The name at the centre of the country's visible part, measured on the light base's outline:
      // the same place to the pixel that matters, for a fraction of the detailed outline's points.
      const [cx, cy] = visible.centroid(c.feature);
      const [[x0], [x1]] = visible.bounds(c.feature);
      if (Number.isFinite(cx) && Number.isFinite(cy)) out.places.push({ kind: 'country', name: countryName(code, lang, { ...frame.countryOf(code), a2: props.a2 as string | undefined, name: String(props.name ?? code) }), x0: cx, y0: cy, span: x1 - x0, priority: 0 });
    }
  }
  out.boundaries = path(international) ?? '';
  out.undetermined = path(undetermined) ?? '';
  out.admin1 = path(admin1) ?? '';
  out.places.sort((a, b) => a.priority - b.priority);
  out.notes = [...notes].sort();
  out.sources = [...sources];
  return out;
}

export interface ContextLabel extends Label {
  kind: ContextPlace['kind'];
}

export interface PlacedContext {
  /** Town and capital symbols, at their place on screen. */
  dots: { x: number; y: number; capital: boolean; name: string }[];
  labels: ContextLabel[];
}

export interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How many towns of a country are named at a zoom: the five biggest at first, more as one zooms in. */
const townsAt = (k: number) => (k < 2 ? 5 : k < 4 ? 10 : Infinity);

/**
 * A label's box as drawn at its anchor. A country's name is drawn in capitals, semi-bold, spaced by
 * 0.12 em (styles.ts, `.place.country`): its box is measured so.
 */
export function labelBox(l: Pick<Label, 'x' | 'y' | 'anchor' | 'text'>, fontSize: number, country = false): Box {
  const w = country
    ? labelWidth(l.text.toLocaleUpperCase(), fontSize * 1.05, 0.12 / 1.05)
    : labelWidth(l.text, fontSize);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - fontSize, y1: l.y + fontSize * 0.3 };
}

/**
 * Lays the context's names out at a zoom, after the sites: each name takes the first free place (towns
 * beside their dot, areas at their centre), clear of the sites' symbols and labels and of the names
 * placed before it; a name that finds no room is left out. Places are in priority order.
 */
export function placeContext(
  context: Context, transform: Transform, width: number, height: number, fontSize: number,
  occupied: { marks: readonly { x: number; y: number; r: number }[]; labels: readonly Label[]; reserved?: readonly Box[] },
): PlacedContext {
  const { k, x: tx, y: ty } = transform;
  // The zoom buttons and the scale bar sit over the map: no name goes under them.
  const taken: Box[] = [...(occupied.reserved ?? []), ...occupied.labels.map((l) => labelBox(l, fontSize))];
  for (const m of occupied.marks) taken.push({ x0: m.x - m.r - 1, x1: m.x + m.r + 1, y0: m.y - m.r - 1, y1: m.y + m.r + 1 });
  const free = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2 && !taken.some((t) => overlaps(t, b));
  const dots: PlacedContext['dots'] = [];
  const labels: ContextLabel[] = [];
  const dotR = 3;
  // A town a site already names (the HQ in the capital; "Mopti" beside the site "Mopti/Sevare") is not named twice.
  const siteWords = new Set(occupied.labels.flatMap((l) => [l.text.toLowerCase(), ...l.text.toLowerCase().split(/[\s/,()–-]+/)]));
  const siteTexts = occupied.labels.map((l) => l.text.toLowerCase());
  const namedBySite = (name: string) => {
    const n = name.toLowerCase();
    return siteWords.has(n) || (/\s/.test(n) && siteTexts.some((t) => t.includes(n)));
  };
  for (const p of context.places) {
    const x = p.x0 * k + tx;
    const y = p.y0 * k + ty;
    if (x < 0 || y < 0 || x > width || y > height) continue;
    if (p.kind === 'capital' || p.kind === 'town') {
      if ((p.kind === 'town' && p.span >= townsAt(k)) || namedBySite(p.name)) continue;
      dots.push({ x, y, capital: p.kind === 'capital', name: p.name });
      const options: Label[] = [
        { key: p.name, text: p.name, x: x + dotR + 3, y: y + fontSize * 0.35, anchor: 'start' },
        { key: p.name, text: p.name, x: x - dotR - 3, y: y + fontSize * 0.35, anchor: 'end' },
        { key: p.name, text: p.name, x, y: y - dotR - 4, anchor: 'middle' },
        { key: p.name, text: p.name, x, y: y + dotR + fontSize + 2, anchor: 'middle' },
      ];
      const choice = options.find((o) => free(labelBox(o, fontSize)));
      if (choice) {
        taken.push(labelBox(choice, fontSize));
        labels.push({ ...choice, kind: p.kind });
      }
      taken.push({ x0: x - dotR, x1: x + dotR, y0: y - dotR, y1: y + dotR });
      continue;
    }
    // Areas: named at their visual centre once they are wide enough on screen for the name.
    const label: Label = { key: p.name, text: p.name, x, y: y + fontSize * 0.35, anchor: 'middle' };
    const box = labelBox(label, fontSize, p.kind === 'country');
    if (p.span * k < (box.x1 - box.x0) * 1.1 || !free(box)) continue;
    taken.push(box);
    labels.push({ ...label, kind: p.kind });
  }
  return { dots, labels };
}
