/**
 * What the timeline baselines (plain d3 and Observable Plot) draw, worked out once from the feed as a
 * chart's author would: the marks `<pk-peacebuilding-timeline>` draws from the same data. Top to
 * bottom, in pixels: the events (a symbol and its label), the mandates (a tick and the resolution's
 * number), the deployed strength (a step area), the missions' lane (predecessors, the mission,
 * successors, with their names), the mission's phases, then every track's items packed into rows of
 * 22 px, each with its label; behind them the span after the mission's departure. Days on x.
 */
import { asOfDay, dayRange, startOf, DAY_MS, type Feed } from '../../src/model/index.js';

export interface Span { start: number; end: number; y: number; label: string; fill: string }
export interface TimelineMarks {
  height: number;
  /** First and last day drawn. */
  domain: [number, number];
  events: { day: number; y: number; label: string; kind: string }[];
  mandates: { day: number; y: number; label: string }[];
  strength: { day: number; y: number }[];
  /** Bottom of the strength area. */
  strengthBase: number;
  spans: Span[];
  lanes: { y: number; label: string }[];
  /** The span after the mission's departure, behind the rest. */
  after: [number, number] | null;
}

const ROW = 22;
const text = (l: unknown) => String(typeof l === 'string' ? l : Object.values(l as Record<string, string>)[0]);

export function timelineMarks(feed: Feed): TimelineMarks {
  const asOf = asOfDay(feed);
  const mission = feed.missions?.[0];
  const spans: Span[] = [];
  const events = (feed.events ?? []).map((e, i) => ({ day: startOf(e.date), y: 12 + (i % 2) * 14, label: text(e.label), kind: e.kind ?? 'milestone' }));
  let y = 48;
  const mandates = (mission?.mandates ?? []).map((m) => ({ day: startOf(m.adopted), y, label: m.resolution }));
  y += ROW;
  const top = Math.max(1, ...(mission?.strength ?? []).map((s) => s.troops ?? 0));
  const strengthBase = y + ROW;
  const strength = (mission?.strength ?? []).map((s) => ({ day: startOf(s.date), y: strengthBase - ((s.troops ?? 0) / top) * ROW }));
  y += ROW;
  let after: [number, number] | null = null;
  if (mission) {
    const own = dayRange(mission, asOf);
    for (const p of mission.predecessors ?? []) spans.push({ ...dayRange(p, asOf), y, label: text(p.label), fill: '#59636e' });
    spans.push({ ...own, y, label: mission.acronym, fill: '#0072b2' });
    for (const s of mission.successors ?? []) spans.push({ ...dayRange(s, asOf), y, label: text(s.label), fill: '#59636e' });
    y += ROW;
    for (const p of mission.phases ?? []) spans.push({ ...dayRange(p, asOf), y, label: p.kind, fill: '#56b4e9' });
    y += ROW + 10;
    if (!own.ongoing) after = [own.end, asOf];
  }
  const lanes: TimelineMarks['lanes'] = [];
  for (const track of feed.tracks ?? []) {
    lanes.push({ y, label: text(track.label) });
    const items = track.items.map((item) => ({ label: String(item.label), ...dayRange(item, asOf) })).sort((a, b) => a.start - b.start);
    const rowEnds: number[] = [];
    for (const bar of items) {
      let row = rowEnds.findIndex((end) => end < bar.start);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = bar.end;
      spans.push({ start: bar.start, end: bar.end, y: y + row * ROW, label: bar.label, fill: bar.ongoing ? '#00795a' : '#0072b2' });
    }
    y += Math.max(1, rowEnds.length) * ROW + 10;
  }
  const days = [...spans.flatMap((s) => [s.start, s.end]), ...events.map((e) => e.day), ...mandates.map((m) => m.day)].filter(Number.isFinite);
  return { height: y, domain: [Math.min(...days), Math.max(asOf, ...days) + DAY_MS], events, mandates, strength, strengthBase, spans, lanes, after };
}
