/**
 * Observable Plot, the fastest peer (DESIGN.md), drawing the same marks as each element and as the
 * plain-d3 baselines beside it: the map's detailed base, divisions, boundaries, towns and sites; the
 * timeline's events, mandates, strength, missions' lane, phases and bars with their labels; the
 * matrix's cells with their role letters, under its area and actor-type headings. Written as a Plot
 * user writes a first chart: marks and options, no tuning. Plot draws no legend, table or accessible
 * tree here, as Plot's own charts do not; the elements do, and are measured with them.
 */
import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feed } from '../../src/model/index.js';
import { matrixMarks } from './matrix-marks.js';
import { timelineMarks } from './timeline-marks.js';

const troops = (p: unknown) => (Array.isArray(p) ? 0 : ((p as { troops?: number } | undefined)?.troops ?? 0));

/** A mission view: the detail files of the countries in its frame and the mission's sites, sized by personnel. */
export function plotMap(container: HTMLElement, feed: Feed, mission: string, details: Topology[], width: number, height: number): void {
  const m = feed.missions!.find((x) => x.id === mission)!;
  const host = details.find((t) => (t.objects.country as GeometryCollection).geometries[0].id === m.countries?.[0]) ?? details[0];
  const outline = feature(host, host.objects.country) as unknown as FeatureCollection;
  const towns = details.flatMap((t) => (feature(t, t.objects.towns) as unknown as FeatureCollection).features) as Feature<GeoJSON.Point, { name: string }>[];
  const sites = (m.sites ?? []).map((s) => ({ at: s.at as [number, number], n: troops(s.personnel) }));
  const chart = Plot.plot({
    width, height, projection: { type: 'mercator', domain: outline },
    r: { range: [2, 14] },
    marks: [
      ...details.map((t) => Plot.geo(feature(t, t.objects.country) as unknown as FeatureCollection, { fill: '#f6f8fa' })),
      ...details.map((t) => Plot.geo(mesh(t, t.objects.admin1 as GeometryCollection, (a, b) => a !== b), { stroke: '#8b949e', strokeDasharray: '2 2' })),
      ...details.map((t) => Plot.geo(mesh(t, t.objects.boundaries as GeometryCollection), { stroke: '#59636e' })),
      Plot.dot(towns, { x: (d) => d.geometry.coordinates[0], y: (d) => d.geometry.coordinates[1], r: 2.5, fill: '#424a53' }),
      Plot.text(towns, { x: (d) => d.geometry.coordinates[0], y: (d) => d.geometry.coordinates[1], text: (d) => d.properties.name, dx: 5, textAnchor: 'start', fontSize: 12 }),
      Plot.dot(sites, { x: (d) => d.at[0], y: (d) => d.at[1], r: 'n', fill: '#0072b2', fillOpacity: 0.7, stroke: '#fff' }),
    ],
  });
  container.append(chart);
}

/**
 * The timeline: the marks the element draws from the same feed (timeline-marks.ts), on Plot's time
 * axis, with y in pixels (an identity scale) as the element lays its lanes out.
 */
export function plotTimeline(container: HTMLElement, feed: Feed, width: number): void {
  const m = timelineMarks(feed);
  const day = (d: number) => new Date(d);
  const chart = Plot.plot({
    width, height: m.height + 30, marginLeft: 160, marginTop: 0, y: { type: 'identity', axis: null },
    x: { domain: m.domain.map(day), grid: true },
    symbol: { domain: ['agreement', 'election', 'resolution', 'milestone'], range: ['diamond2', 'square2', 'triangle2', 'circle'] },
    marks: [
      m.after ? Plot.rectX([m.after], { x1: (d) => day(d[0]), x2: (d) => day(d[1]), y1: 0, y2: m.height, fill: '#fbeff4' }) : null,
      Plot.dot(m.events, { x: (d) => day(d.day), y: 'y', symbol: 'kind', fill: 'currentColor' }),
      Plot.text(m.events, { x: (d) => day(d.day), y: (d) => d.y + 14, text: 'label', fontSize: 12 }),
      Plot.ruleX(m.mandates, { x: (d) => day(d.day), y1: 'y', y2: (d) => d.y + 18, stroke: '#59636e' }),
      Plot.text(m.mandates, { x: (d) => day(d.day), y: (d) => d.y + 9, text: 'label', textAnchor: 'start', dx: 3, fontSize: 12 }),
      Plot.areaY(m.strength, { x: (d) => day(d.day), y1: m.strengthBase, y2: 'y', curve: 'step-after', fill: '#56b4e9' }),
      Plot.rectX(m.spans, { x1: (d) => day(d.start), x2: (d) => day(d.end), y1: 'y', y2: (d) => d.y + 18, fill: 'fill' }),
      Plot.text(m.spans, { x: (d) => day(d.start), y: (d) => d.y + 9, text: 'label', textAnchor: 'start', dx: 4, fill: '#fff', fontSize: 12 }),
      Plot.text(m.lanes, { frameAnchor: 'left', y: (d) => d.y + 9, text: 'label', textAnchor: 'end', dx: -8, fontWeight: 600, fontSize: 12 }),
    ],
  });
  container.append(chart);
}

/**
 * The matrix: one coloured cell with its letter per role in force on the day (matrix-marks.ts), sectors
 * by area with a heading row for each area, actors under a heading for each actor type.
 */
export function plotMatrix(container: HTMLElement, feed: Feed, day: number): void {
  const m = matrixMarks(feed, day);
  const cells = m.rows.flatMap((r) => (r.kind === 'sector' ? r.cells.flatMap((glyphs, i) => glyphs.map((g) => ({ ...g, sector: r.label, actor: m.actors[i] }))) : []));
  const areas = m.rows.filter((r) => r.kind === 'area');
  const chart = Plot.plot({
    width: m.actors.length * 24 + 200, height: m.rows.length * 24 + 100, marginLeft: 200, marginTop: 100, padding: 0.1,
    x: { domain: m.actors, axis: 'top', tickRotate: -90 }, y: { domain: m.rows.map((r) => r.label) },
    marks: [
      Plot.text(m.groups, { x: 'first', frameAnchor: 'top', dy: -90, dx: -10, text: 'label', textAnchor: 'start', fontWeight: 600, fontSize: 12 }),
      Plot.ruleX(m.groups, { x: 'first', dx: -12, stroke: '#ddd' }),
      Plot.text(areas, { y: 'label', frameAnchor: 'left', text: 'label', textAnchor: 'start', fontWeight: 600, fontSize: 12 }),
      Plot.cell(cells, { x: 'actor', y: 'sector', fill: 'color' }),
      Plot.text(cells, { x: 'actor', y: 'sector', text: 'glyph', fill: '#fff', fontSize: 12 }),
    ],
  });
  container.append(chart);
}
