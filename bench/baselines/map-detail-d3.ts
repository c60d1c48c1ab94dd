/**
 * The plain-d3 baseline for a mission view with its detail: the same detail files (host and
 * neighbours: outline, boundaries, first-level divisions, towns with their names) and the same sites
 * as circles sized by personnel, drawn with d3-selection into an SVG. No label placement, no
 * interaction: what a d3 author writes first.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { select } from 'd3-selection';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feed } from '../../src/model/index.js';

export function drawDetailBaseline(container: HTMLElement, feed: Feed, mission: string, details: Topology[], width: number, height: number): void {
  const m = feed.missions!.find((x) => x.id === mission)!;
  const host = details.find((t) => (t.objects.country as GeometryCollection).geometries[0].id === m.countries?.[0]) ?? details[0];
  const projection = geoMercator().fitSize([width, height], feature(host, host.objects.country) as unknown as GeoJSON.FeatureCollection);
  const path = geoPath(projection);
  const r = scaleSqrt().domain([0, 1500]).range([2, 14]);
  const svg = select(container).append('svg').attr('width', width).attr('height', height);
  const base = svg.append('g');
  for (const t of details) {
    base.append('path').datum(feature(t, t.objects.country)).attr('d', path).attr('fill', '#f6f8fa');
    base.append('path').datum(mesh(t, t.objects.admin1 as GeometryCollection, (a, b) => a !== b)).attr('d', path).attr('fill', 'none').attr('stroke', '#8b949e').attr('stroke-dasharray', '2 2');
    base.append('path').datum(mesh(t, t.objects.boundaries as GeometryCollection)).attr('d', path).attr('fill', 'none').attr('stroke', '#59636e');
    const towns = (feature(t, t.objects.towns) as unknown as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string }>).features;
    const g = base.append('g').selectAll('g').data(towns).join('g').attr('transform', (d) => `translate(${projection(d.geometry.coordinates as [number, number])})`);
    g.append('circle').attr('r', 2.5).attr('fill', '#424a53');
    g.append('text').attr('x', 5).attr('y', 4).attr('font-size', 12).text((d) => d.properties.name);
  }
  const sites = (m.sites ?? []).map((s) => ({ at: s.at as [number, number], n: Array.isArray(s.personnel) ? (s.personnel[0]?.troops ?? 0) : (s.personnel?.troops ?? 0) }));
  svg.append('g').selectAll('circle').data(sites).join('circle')
    .attr('cx', (d) => projection(d.at)![0]).attr('cy', (d) => projection(d.at)![1])
    .attr('r', (d) => r(d.n)).attr('fill', '#0072b2').attr('fill-opacity', 0.7).attr('stroke', '#fff');
}
