/**
 * The plain-d3 baseline for the timeline: the marks the element draws from the same feed
 * (timeline-marks.ts: events, mandates, strength, the missions' lane and phases, every track's items
 * packed into rows, the span after departure, lane names) on a UTC time scale with a year axis, drawn
 * with d3-selection into one SVG. No zoom, cursor, legend, table or interaction.
 */
import { scaleUtc } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { select } from 'd3-selection';
import { DAY_MS, type Feed } from '../../src/model/index.js';
import { timelineMarks } from './timeline-marks.js';

const SYMBOLS: Record<string, string> = { agreement: 'M0,-5L5,0L0,5L-5,0Z', election: 'M-4,-4H4V4H-4Z', resolution: 'M0,-5L5,4H-5Z' };

export function drawTimelineBaseline(container: HTMLElement, feed: Feed, width: number): void {
  const m = timelineMarks(feed);
  const x = scaleUtc().domain(m.domain).range([160, width]);
  const svg = select(container).append('svg').attr('width', width).attr('height', m.height + 20).style('font', '12px system-ui');
  if (m.after) svg.append('rect').attr('x', x(m.after[0])).attr('width', x(m.after[1]) - x(m.after[0])).attr('height', m.height).attr('fill', '#fbeff4');
  const axis = svg.append('g').selectAll('g').data(x.ticks(10)).join('g').attr('transform', (d) => `translate(${x(d)},0)`);
  axis.append('line').attr('y2', m.height).attr('stroke', '#ddd');
  axis.append('text').attr('y', m.height + 14).attr('text-anchor', 'middle').text((d) => d.getUTCFullYear());
  const events = svg.append('g').selectAll('g').data(m.events).join('g').attr('transform', (d) => `translate(${x(d.day)},${d.y})`);
  events.append('path').attr('d', (d) => SYMBOLS[d.kind] ?? 'M0,-4A4,4 0 1 1 0,4A4,4 0 1 1 0,-4');
  events.append('text').attr('y', 14).attr('text-anchor', 'middle').text((d) => d.label);
  const mandates = svg.append('g').selectAll('g').data(m.mandates).join('g').attr('transform', (d) => `translate(${x(d.day)},${d.y})`);
  mandates.append('line').attr('y2', 18).attr('stroke', '#59636e');
  mandates.append('text').attr('x', 3).attr('y', 12).text((d) => d.label);
  svg.append('path').datum(m.strength).attr('fill', '#56b4e9')
    .attr('d', area<(typeof m.strength)[number]>().x((d) => x(d.day)).y0(m.strengthBase).y1((d) => d.y).curve(curveStepAfter));
  const g = svg.append('g').selectAll('g').data(m.spans).join('g');
  g.append('rect')
    .attr('x', (d) => x(d.start))
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(2, x(d.end + DAY_MS) - x(d.start)))
    .attr('height', 18)
    .attr('fill', (d) => d.fill);
  g.append('text')
    .attr('x', (d) => x(d.start) + 4)
    .attr('y', (d) => d.y + 13)
    .attr('fill', '#fff')
    .text((d) => d.label);
  svg.append('g').selectAll('text').data(m.lanes).join('text').attr('y', (d) => d.y + 13).attr('font-weight', 600).text((d) => d.label);
}
