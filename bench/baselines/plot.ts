/**
 * Observable Plot, the fastest peer (DESIGN.md), drawing the same marks as each element and as the
 * plain-d3 baselines beside it: the map's detailed base, divisions, boundaries, towns and sites; the
 * timeline's bars with their labels; the matrix's cells with their role letters. Written as a Plot
 * user writes a first chart: marks and options, no tuning. Plot draws no legend, table or accessible
 * tree here, as Plot's own charts do not; the elements do, and are measured with them.
 */
import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ACTOR_TYPES, PRIORITY_AREAS, asOfDay, cellKey, dayRange, matrixAt, resolveVocabulary, type Feed } from '../../src/model/index.js';

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

/** The timeline's track bars, packed into rows, with a label on each. */
export function plotTimeline(container: HTMLElement, feed: Feed, width: number): void {
  const asOf = asOfDay(feed);
  const bars: { start: Date; end: Date; row: string; label: string; ongoing: boolean }[] = [];
  for (const track of feed.tracks ?? []) {
    const items = track.items.map((item) => ({ label: String(item.label), ...dayRange(item, asOf) })).sort((a, b) => a.start - b.start);
    const rowEnds: number[] = [];
    for (const bar of items) {
      let row = rowEnds.findIndex((end) => end < bar.start);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = bar.end;
      bars.push({ start: new Date(bar.start), end: new Date(bar.end), row: `${track.id} ${row}`, label: bar.label, ongoing: !!bar.ongoing });
    }
  }
  const chart = Plot.plot({
    width, height: new Set(bars.map((b) => b.row)).size * 22 + 40, marginLeft: 0, y: { axis: null },
    marks: [
      Plot.barX(bars, { x1: 'start', x2: 'end', y: 'row', fill: (d) => (d.ongoing ? '#00795a' : '#0072b2') }),
      Plot.text(bars, { x: 'start', y: 'row', text: 'label', textAnchor: 'start', dx: 4, fill: '#fff', fontSize: 12 }),
    ],
  });
  container.append(chart);
}

/** The matrix's cells: sectors by actors, one coloured cell with its letter per role in force on the day. */
export function plotMatrix(container: HTMLElement, feed: Feed, day: number): void {
  const vocabulary = resolveVocabulary(feed);
  const matrix = matrixAt(feed, day);
  const typeRank = new Map<string, number>(ACTOR_TYPES.map((t, i) => [t.id, i]));
  const areaRank = new Map<string, number>(PRIORITY_AREAS.map((a, i) => [a.id, i]));
  const responsibilities = feed.responsibilities ?? [];
  const actors = (feed.actors ?? []).filter((a) => responsibilities.some((r) => r.actor === a.id))
    .sort((a, b) => (typeRank.get(a.type ?? 'other') ?? 9) - (typeRank.get(b.type ?? 'other') ?? 9));
  const sectors = [...new Set(responsibilities.map((r) => r.sector))]
    .map((id) => vocabulary.sectorById.get(id) ?? { id, label: id, area: 'safety-security' })
    .sort((a, b) => (areaRank.get(a.area) ?? 9) - (areaRank.get(b.area) ?? 9));
  const cells = sectors.flatMap((s) => actors.flatMap((a) => (matrix.cells.get(cellKey(s.id, a.id)) ?? []).map((e) => ({
    sector: s.label, actor: String(a.short ?? a.label),
    color: vocabulary.roleById.get(e.responsibility.role)?.color ?? '#999', glyph: vocabulary.roleById.get(e.responsibility.role)?.glyph ?? '?',
  }))));
  const chart = Plot.plot({
    width: actors.length * 24 + 200, height: sectors.length * 24 + 80, marginLeft: 200, padding: 0.1,
    x: { domain: actors.map((a) => String(a.short ?? a.label)), axis: 'top', tickRotate: -90 }, y: { domain: sectors.map((s) => s.label) },
    marks: [
      Plot.cell(cells, { x: 'actor', y: 'sector', fill: 'color' }),
      Plot.text(cells, { x: 'actor', y: 'sector', text: 'glyph', fill: '#fff', fontSize: 12 }),
    ],
  });
  container.append(chart);
}
