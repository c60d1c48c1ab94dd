/**
 * The plain-d3 baseline for the timeline: the same track bars (every item of every track, packed
 * into rows where they overlap, ongoing items running to the as-of day) on a UTC time scale, drawn
 * with d3-selection into one SVG with a label per bar. No axis, mission lane, zoom or interaction.
 */
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { asOfDay, dayRange, DAY_MS, type Feed } from '../../src/model/index.js';

export function drawTimelineBaseline(container: HTMLElement, feed: Feed, width: number): void {
  const asOf = asOfDay(feed);
  const lanes = (feed.tracks ?? []).map((track) => {
    const bars = track.items
      .map((item) => ({ label: String(item.label), ...dayRange(item, asOf) }))
      .sort((a, b) => a.start - b.start);
    const rowEnds: number[] = [];
    const rows = bars.map((bar) => {
      let row = rowEnds.findIndex((end) => end < bar.start);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = bar.end;
      return row;
    });
    return { bars, rows, rowCount: Math.max(1, rowEnds.length) };
  });
  const all = lanes.flatMap((l) => l.bars);
  const x = scaleUtc()
    .domain([Math.min(...all.map((b) => b.start)), Math.max(asOf, ...all.map((b) => b.end)) + DAY_MS])
    .range([0, width]);
  let y = 0;
  const placed = lanes.flatMap((lane) => {
    const top = y;
    y += lane.rowCount * 22 + 10;
    return lane.bars.map((bar, i) => ({ ...bar, y: top + lane.rows[i] * 22 }));
  });
  const svg = select(container).append('svg').attr('width', width).attr('height', y).style('font', '12px system-ui');
  const g = svg.selectAll('g').data(placed).join('g');
  g.append('rect')
    .attr('x', (d) => x(d.start))
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(2, x(d.end + DAY_MS) - x(d.start)))
    .attr('height', 18)
    .attr('fill', (d) => (d.ongoing ? '#00795a' : '#0072b2'));
  g.append('text')
    .attr('x', (d) => x(d.start) + 4)
    .attr('y', (d) => d.y + 13)
    .attr('fill', '#fff')
    .text((d) => d.label);
}
