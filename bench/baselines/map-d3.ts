/**
 * The plain-d3 baseline for the map: the same base map countries and the same sites as circles
 * sized by personnel, drawn with d3-selection into an SVG, no interaction.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { select } from 'd3-selection';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feed } from '../../src/model/index.js';

export function drawMapBaseline(container: HTMLElement, feed: Feed, topology: Topology, width: number, height: number): void {
  const countries = feature(topology, topology.objects.countries) as unknown as GeoJSON.FeatureCollection;
  const points = (feed.missions ?? []).flatMap((m) =>
    m.sites?.length ? m.sites.map((s) => ({ at: s.at, n: Array.isArray(s.personnel) ? 0 : (s.personnel?.troops ?? 0) }))
      : m.hq ? [{ at: m.hq.at, n: m.strength?.[0]?.troops ?? 0 }] : []);
  const projection = geoMercator().fitSize([width, height], {
    type: 'MultiPoint', coordinates: points.map((p) => p.at as [number, number]),
  } as GeoJSON.MultiPoint);
  const path = geoPath(projection);
  const r = scaleSqrt().domain([0, 1500]).range([2, 14]);
  const svg = select(container).append('svg').attr('width', width).attr('height', height);
  svg.append('g').selectAll('path').data(countries.features).join('path').attr('d', path).attr('fill', '#e6e8eb').attr('stroke', '#a3acb5');
  svg.append('g').selectAll('circle').data(points).join('circle')
    .attr('cx', (d) => projection(d.at as [number, number])![0])
    .attr('cy', (d) => projection(d.at as [number, number])![1])
    .attr('r', (d) => r(d.n)).attr('fill', '#0072b2').attr('fill-opacity', 0.7).attr('stroke', '#fff');
}
