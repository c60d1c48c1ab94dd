/**
 * The timeline's content, independent of size and zoom: the mission lane (its predecessors, the
 * mission, its successors, phases, mandates, strength), the events, and the tracks and funding
 * streams grouped as drawn, each item packed into rows so that overlapping items never share one.
 * Pure: no DOM. Days are ms at 00:00 UTC (src/model/dates.ts).
 */
import {
  continuesAfter, dayRange, DAY_MS, endOf, relatedTo, RELIABILITIES, startOf, strengthSeries, textOf, TRACK_GROUPS,
  type Day, type Feed, type Mission, type Presence, type Selection, type StrengthKind,
} from '../model/index.js';

export type TimelineMarkKind = 'presence' | 'mission' | 'phase' | 'mandate' | 'item' | 'amount' | 'event';

/** One thing drawn on the timeline: a bar, a point or a tick. */
export interface TimelineMark {
  /** Unique within the timeline: focus, tooltips and the list refer to marks by it. */
  key: string;
  /** The feed id sent with `pk-select` (the item's id where the feed has one). */
  id: string;
  kind: TimelineMarkKind;
  label: string;
  /** A short label for narrow bars ("UNIOSIL" from "UN Integrated Office in Sierra Leone (UNIOSIL)"). */
  short: string;
  start: Day;
  /** Last day (inclusive). For an ongoing mark: the as-of day. */
  end: Day;
  ongoing: boolean;
  /** The feed's own dates, kept for display at their precision ("Oct 2006"). */
  startText?: string;
  endText?: string;
  lane: string;
  row: number;
  /** Phase kind, presence kind, item kind or event kind. */
  type?: string;
  status?: string;
  reliability?: string;
  /** A funding amount: what came (received, or apportioned for an assessed budget). */
  value?: number;
  /** A funding amount: what was asked for; drawn as an outline around the received bar. */
  required?: number;
  currency?: string;
  note?: string;
}

export interface Lane {
  id: string;
  label: string;
  group: string;
  rows: number;
  /** In date order (start, then end). */
  marks: TimelineMark[];
}

export interface Group {
  id: string;
  lanes: Lane[];
}

/** One strength entry, its categories completed from the entries before it (src/model/footprint.ts). */
export interface StrengthStep {
  day: Day;
  total: number;
  /** The entry's date as the feed gives it, for display at its precision. */
  date: string;
  /** The figure is (or carries) an estimate, not a UN headcount. */
  estimate: boolean;
}

/** The authorized ceiling and the deployed strength, each a series of steps; `max` is the highest of either. */
export interface StrengthModel {
  authorized: StrengthStep[];
  deployed: StrengthStep[];
  max: number;
  /** Which series holds the highest figure (labelled at its step). */
  peakKind: StrengthKind | null;
}

/** Where one presence of the mission chain hands over to the next (drawn as a knot on the chain). */
export interface HandoverBridge {
  day: Day;
  from: string;
  to: string;
}

export interface TimelineModel {
  mission: Mission;
  asOf: Day;
  /** The mission's last day, or null while it is deployed. */
  departure: Day | null;
  /** All days the timeline can show, padded: the zoom's outer limits. */
  extent: [Day, Day];
  /** Row 0: predecessors, the mission and its successors in sequence; row 1: the mission's phases. */
  missionLane: Lane;
  mandates: TimelineMark[];
  strength: StrengthModel;
  handovers: HandoverBridge[];
  events: TimelineMark[];
  groups: Group[];
  /** What the feed says continues after the departure (src/model/continuity.ts). */
  continuing: { items: number; tracks: number; successors: number; funding: number };
  /** Whether any funding amount says what was required: the legend then explains the outline. */
  fundingRequired: boolean;
}

/** The zoom's outer padding: 2 % of the span on each side, at least 60 days. */
export const EXTENT_PAD_DAYS = 60;

/**
 * An acronym standing for the label where it gives one: "UN Integrated Office in Sierra Leone
 * (UNIOSIL)" and "UNIOSIL (UN Integrated Office ...)" both give "UNIOSIL"; otherwise the label itself.
 */
export function shortLabel(label: string): string {
  const m = /\(([^()]{2,14})\)\s*$/.exec(label) ?? /^([A-Z][\w-]*[A-Z][\w-]*)\s+\(/.exec(label);
  return m ? m[1] : label;
}

/**
 * Packs marks into rows: each goes into the first row whose last mark ends before it starts, so
 * overlapping marks never share a row and the row count is the greatest overlap. Rows depend on
 * days only, so they do not jump while zooming. Sorts `marks` in place (start, end, label).
 */
export function packRows(marks: TimelineMark[]): number {
  marks.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
  const rowEnds: Day[] = [];
  for (const mark of marks) {
    let row = rowEnds.findIndex((end) => end < mark.start);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = mark.end;
    mark.row = row;
  }
  return rowEnds.length;
}

const byStart = (a: TimelineMark, b: TimelineMark) => a.start - b.start || a.end - b.end;

/** Builds the timeline of one mission of a feed; null when the feed has no such mission. */
export function buildTimeline(
  feed: Feed, missionId: string, asOf: Day, lang: string,
  /** Names of the phase kinds in the reader's language, for phases the feed does not label. */
  phaseKinds: Record<string, string> = {},
): TimelineModel | null {
  const mission = feed.missions?.find((m) => m.id === missionId);
  if (!mission) return null;
  const text = (value: Parameters<typeof textOf>[0]) => textOf(value, lang, feed.lang);
  const span = (range: { start?: string; end?: string }) => {
    const r = dayRange(range, asOf);
    const start = Number.isFinite(r.start) ? r.start : r.end;
    return { start, end: Math.max(start, r.end), ongoing: r.ongoing, startText: range.start, endText: range.end };
  };
  const mark = (m: Omit<TimelineMark, 'short' | 'row'> & { short?: string }): TimelineMark => ({ short: shortLabel(m.label), row: 0, ...m });

  // The presence chain: predecessors -> the mission -> successors, with a handover at each join.
  const presence = (p: Presence, i: number, side: string) => {
    const label = text(p.label);
    return mark({ key: `${side}-${i}`, id: `${side}-${i}`, kind: 'presence', label, lane: 'mission', type: p.kind, ...span(p) });
  };
  const missionMark = mark({
    key: 'mission', id: mission.id, kind: 'mission', label: mission.acronym, short: mission.acronym,
    note: text(mission.name), lane: 'mission', type: mission.type, ...span(mission),
  });
  const chain = [
    ...(mission.predecessors ?? []).map((p, i) => presence(p, i, 'predecessor')).sort(byStart),
    missionMark,
    ...(mission.successors ?? []).map((p, i) => presence(p, i, 'successor')).sort(byStart),
  ];
  const handovers = chain.slice(1).map((to, i) => ({ day: to.start, from: chain[i].short, to: to.short }));
  const phases = (mission.phases ?? []).map((p, i) =>
    mark({ key: `phase-${i}`, id: `phase-${i}`, kind: 'phase', label: text(p.label) || phaseKinds[p.kind] || p.kind, lane: 'mission', type: p.kind, ...span(p) }));
  phases.sort(byStart).forEach((p) => (p.row = 1));
  const missionLane: Lane = { id: 'mission', label: mission.acronym, group: 'mission', rows: phases.length ? 2 : 1, marks: [...chain, ...phases] };

  const mandates = (mission.mandates ?? []).map((m, i) => {
    const day = startOf(m.adopted);
    const until = m.until ? endOf(m.until) : day;
    return mark({
      key: `mandate-${i}`, id: `mandate-${i}`, kind: 'mandate', label: m.resolution, short: m.resolution, lane: 'mission',
      start: day, end: Math.max(day, until), ongoing: false, startText: m.adopted, endText: m.until, type: 'resolution',
      note: m.tasks?.map((t) => (typeof t === 'string' ? t : t.sector)).join(', '),
    });
  }).sort(byStart);

  const strength = strengthSteps(mission);

  // An event's key keeps its index in the feed: `pk-select` reports it ({ kind: 'event', index }).
  const events = (feed.events ?? [])
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.mission === undefined || e.mission === missionId)
    .map(({ e, i }) => mark({
      key: `event-${i}`, id: e.id ?? `event-${i}`, kind: 'event', label: text(e.label), lane: 'events', type: e.kind ?? 'other',
      start: startOf(e.date), end: startOf(e.date), ongoing: false, startText: e.date,
    }))
    .sort(byStart);

  // Tracks by group: the vocabulary's groups first, in its order, then the feed's own groups.
  const groups = new Map<string, Group>();
  const groupOf = (id: string) => {
    if (!groups.has(id)) groups.set(id, { id, lanes: [] });
    return groups.get(id)!;
  };
  for (const id of TRACK_GROUPS) groupOf(id);
  for (const track of feed.tracks ?? []) {
    if (track.mission !== undefined && track.mission !== missionId) continue;
    const marks = track.items.map((item) => mark({
      key: `item-${track.id}-${item.id}`, id: item.id, kind: 'item', label: text(item.label), lane: track.id,
      type: item.kind, status: item.status, note: text(item.note), ...span(item),
    }));
    const rows = packRows(marks);
    groupOf(track.group ?? 'other').lanes.push({ id: track.id, label: text(track.label), group: track.group ?? 'other', rows, marks });
  }
  const rank = (r?: string) => { const i = RELIABILITIES.indexOf(r as never); return i < 0 ? RELIABILITIES.length : i; };
  const streams = (feed.funding ?? []).filter((f) => f.mission === undefined || f.mission === missionId);
  streams.sort((a, b) => rank(a.reliability) - rank(b.reliability));
  for (const f of streams) {
    const reliability = RELIABILITIES.includes(f.reliability as never) ? f.reliability : 'projected';
    const marks = f.amounts.map((a, i) => mark({
      key: `amount-${f.id}-${i}`, id: f.id, kind: 'amount', label: text(f.label), lane: `funding-${f.id}`,
      type: f.source, reliability, value: a.value, required: a.required, currency: a.currency, note: text(f.note) || f.cycle, ...span(a),
    }));
    const rows = packRows(marks);
    groupOf('funding').lanes.push({ id: `funding-${f.id}`, label: text(f.label), group: 'funding', rows, marks });
  }

  const all = [...missionLane.marks, ...mandates, ...events, ...[...groups.values()].flatMap((g) => g.lanes.flatMap((l) => l.marks))];
  const first = Math.min(...all.map((m) => m.start).filter(Number.isFinite), asOf);
  const last = Math.max(...all.map((m) => m.end).filter(Number.isFinite), asOf);
  const pad = Math.max(EXTENT_PAD_DAYS, Math.round((last - first) / DAY_MS * 0.02)) * DAY_MS;

  const after = continuesAfter(feed, missionId, asOf);
  return {
    mission,
    asOf,
    departure: mission.end ? endOf(mission.end) : null,
    extent: [first - pad, last + DAY_MS + pad],
    missionLane,
    mandates,
    strength,
    handovers,
    events,
    groups: [...groups.values()].filter((g) => g.lanes.length),
    continuing: {
      items: after?.items.length ?? 0,
      tracks: after?.tracks.length ?? 0,
      successors: after?.successors.length ?? 0,
      funding: after?.funding.length ?? 0,
    },
    fundingRequired: streams.some((f) => f.amounts.some((a) => a.required !== undefined)),
  };
}

/** The keys of the marks a selection in a linked view relates to: the mission's bar, track items. */
export function relatedKeys(feed: Feed, model: TimelineModel, selection: Selection | undefined): Set<string> {
  const keys = new Set<string>();
  if (!selection) return keys;
  const related = relatedTo(feed, selection);
  if (related.missions.has(model.mission.id)) keys.add('mission');
  for (const track of feed.tracks ?? []) {
    for (const item of track.items) if (related.items.has(item.id)) keys.add(`item-${track.id}-${item.id}`);
  }
  return keys;
}

/**
 * The mission's strength as two series of steps, the authorized ceiling and the deployed strength,
 * each entry completed with the categories it leaves out (carried from the previous entry of the
 * same kind). Each series is drawn to the departure.
 */
export function strengthSteps(mission: Mission): StrengthModel {
  const steps = (kind: StrengthKind) => strengthSeries(mission, kind)
    .filter((e) => Number.isFinite(e.day))
    .map((e) => ({ day: e.day, total: e.total, date: e.date, estimate: e.estimate }));
  const authorized = steps('authorized');
  const deployed = steps('deployed');
  const top = (list: StrengthStep[]) => Math.max(0, ...list.map((s) => s.total));
  const max = Math.max(top(authorized), top(deployed));
  const peakKind = max <= 0 ? null : top(authorized) >= top(deployed) ? 'authorized' : 'deployed';
  return { authorized, deployed, max, peakKind };
}
