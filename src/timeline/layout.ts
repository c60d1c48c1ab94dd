/**
 * Where everything goes, in px, for a width and a visible date domain: lanes stacked top to bottom,
 * bars on a linear time scale, event markers with labels that do not collide, the departure line and
 * the span after it. Pure: model + size + domain -> positions. No DOM.
 */
import { DAY_MS, type Day } from '../model/index.js';
import { fitText, placePointLabels, textWidth } from './labels.js';
import type { Group, Lane, TimelineMark, StrengthStep, TimelineModel } from './lanes.js';

/** Vertical rhythm, in px. */
export const SIZE = {
  axis: 22,
  annotation: 18,
  eventMarker: 16,
  eventRow: 14,
  row: 18,
  rowGap: 4,
  laneGap: 10,
  laneLabel: 16,
  groupHeader: 26,
  mandate: 14,
  strength: 30,
  rightPad: 12,
  fontSize: 12,
} as const;

/** The vertical rhythm for text of `fontSize` px: SIZE is drawn for 12 px and grows with the type. */
export type Size = { -readonly [K in keyof typeof SIZE]: number };

export function sizeFor(fontSize: number): Size {
  const k = fontSize / SIZE.fontSize;
  const out = {} as Size;
  for (const key of Object.keys(SIZE) as (keyof typeof SIZE)[]) out[key] = key === 'rightPad' ? SIZE[key] : Math.round(SIZE[key] * k);
  out.fontSize = fontSize;
  return out;
}

/** A large timeline draws the lanes near the viewport (lane-window.ts): the height of one watched band, in px. */
export const BAND = 400;

/**
 * The part drawn before the first report of which bands are in view: what can be seen of the element
 * from its top (shared/visible-height.ts; a viewport's height when not measured). The report, after the
 * first frame, draws the bands within a viewport of it (lane-window.ts).
 */
export const firstWindow = (seen = globalThis.innerHeight || 900): [number, number] => [0, seen];

/** Below this width lane labels go above their lanes instead of in a column beside them. */
export const NARROW = 640;

/** Which event keeps its marker and label when events crowd: agreements first, then departures, ... */
const EVENT_RANK: Readonly<Record<string, number>> = { agreement: 0, departure: 1, election: 2, crisis: 3, resolution: 4, milestone: 5 };
const eventRank = (m: TimelineMark) => EVENT_RANK[m.type ?? ''] ?? 6;
/** On a narrow plot, events up to this rank (agreements, departures, elections) are labelled. */
const NARROW_EVENT_RANK = 2;

export interface LayoutOptions {
  width: number;
  /** The visible days; the whole extent by default. */
  domain?: readonly [Day, Day];
  /** Ids of collapsed groups. */
  collapsed?: ReadonlySet<string>;
  /** Size in px of the smallest text (--pk-font-size-xs); 12 by default. */
  fontSize?: number;
}

export interface Bar {
  mark: TimelineMark;
  x0: number;
  x1: number;
  y: number;
  h: number;
  /** A one-day item drawn as a diamond centred on its day. */
  point: boolean;
  /** The text shown, fitted to the room there is ('' for none). */
  label: string;
  labelX: number;
  labelInside: boolean;
}

export interface LaneBox {
  lane: Lane;
  y: number;
  height: number;
  labelY: number;
  /** The lane's label fitted to its column (or to the full width above the lane when narrow). */
  labelText: string;
}

export interface GroupBox {
  group: Group;
  y: number;
  collapsed: boolean;
  items: number;
}

export interface EventBox {
  mark: TimelineMark;
  x: number;
  y: number;
  label: string;
  /** -1: no room for the label (the marker shows it on hover and focus). */
  labelRow: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface MandateTick {
  mark: TimelineMark;
  x: number;
  y0: number;
  y1: number;
  /** The resolution number, or '' where it would collide with the previous one. */
  label: string;
  labelY: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The vertical rhythm used, for the type size laid out for. */
  size: Size;
  /** Width of the lane label column (0 when narrow: labels sit above lanes). */
  plotLeft: number;
  plotWidth: number;
  narrow: boolean;
  domain: readonly [Day, Day];
  eventsBand: { y: number; height: number };
  missionLane: LaneBox;
  /** Baselines of the mission lane's rows, for their labels in the label column. */
  missionRows: { mandates: number; strength: number; chain: number; phases: number };
  /**
   * The strength band: the authorized ceiling as a light area (`ceiling`) under a step line
   * (`ceilingLine`), the deployed strength as a solid area (`deployed`), on one scale. `peakX` is where
   * the highest figure begins (labelled there).
   */
  strength: { ceiling: string; ceilingLine: string; deployed: string; y: number; height: number; peakX: number };
  mandates: MandateTick[];
  handovers: { x: number; y: number; label: string }[];
  events: EventBox[];
  groups: GroupBox[];
  lanes: LaneBox[];
  bars: Bar[];
  departure: { x: number } | null;
  /** From the departure to the as-of day. */
  after: { x0: number; x1: number } | null;
  asOfX: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** A linear day -> px function for a domain and width: the right edge of a day is `x(day + DAY_MS)`. */
export function dayScale(domain: readonly [Day, Day], width: number): (day: Day) => number {
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  return (day) => round((day - d0) * k);
}

export function layoutTimeline(model: TimelineModel, options: LayoutOptions): TimelineLayout {
  const { width } = options;
  const domain = options.domain ?? model.extent;
  const SIZE = sizeFor(options.fontSize ?? 12);
  const fs = SIZE.fontSize;
  const k = fs / 12;
  const narrow = width < NARROW;
  const plotLeft = narrow ? 0 : Math.min(Math.round(220 * k), Math.max(140, Math.round(width * 0.16)));
  const plotWidth = Math.max(40, width - plotLeft - SIZE.rightPad);
  const x = dayScale(domain, plotWidth);
  const rowStep = SIZE.row + SIZE.rowGap;
  const line = (px: number) => Math.round(px * k);

  let y = SIZE.axis + SIZE.annotation;

  // Events: markers in a band, labels below in rows that never collide. Where markers would touch, the
  // more important event keeps its place and the other waits for a closer zoom (the table lists every
  // event); the more important events also take the label rows first, and a narrow plot labels only
  // agreements, departures and elections rather than a row of cut-off sentences.
  const eventX = model.events.map((e) => x(e.start + DAY_MS / 2));
  const byRank = model.events.map((_, i) => i).sort((a, b) => eventRank(model.events[a]) - eventRank(model.events[b]) || a - b);
  const shown: number[] = [];
  // Markers are 12 px across: wide plots let them touch, narrow ones keep them a marker apart.
  const markerGap = narrow ? 22 : 10;
  for (const i of byRank) if (shown.every((j) => Math.abs(eventX[i] - eventX[j]) >= markerGap)) shown.push(i);
  const labelled = shown.filter((i) => !narrow || eventRank(model.events[i]) <= NARROW_EVENT_RANK);
  // Cut to the wider side of the marker, so that a label never runs out of the plot.
  const eventText = labelled.map((i) => fitText(model.events[i].label, Math.min(240 * k, plotWidth * 0.6, Math.max(plotWidth - eventX[i], eventX[i]) - 4), fs));
  const placedList = placePointLabels(labelled.map((i, n) => ({ x: eventX[i], width: textWidth(eventText[n], fs) })), plotWidth, narrow ? 2 : 3);
  const placed = new Map(labelled.map((i, n) => [i, { ...placedList[n], text: placedList[n].row < 0 ? '' : eventText[n] }]));
  const rowsUsed = Math.max(0, ...placedList.map((p) => p.row + 1));
  const eventsBand = { y, height: model.events.length ? SIZE.eventMarker + rowsUsed * SIZE.eventRow + 6 : 0 };
  const events: EventBox[] = shown.sort((a, b) => a - b).map((i) => {
    const p = placed.get(i) ?? { row: -1, anchor: 'start' as const, x: eventX[i], text: '' };
    return {
      mark: model.events[i], x: eventX[i], y: y + line(8),
      label: p.text,
      labelRow: p.row,
      labelX: p.x,
      labelY: y + SIZE.eventMarker + line(10) + Math.max(0, p.row) * SIZE.eventRow,
      anchor: p.anchor,
    };
  });
  y += eventsBand.height;

  // The mission lane: mandate numbers, strength, the presence chain, the phases.
  const bars: Bar[] = [];
  const missionTop = y;
  const missionLabelY = narrow ? y + line(12) : 0;
  if (narrow) y += SIZE.laneLabel;
  const mandateLabelY = y + line(10);
  y += SIZE.mandate;
  const strengthY = y;
  y += SIZE.strength;
  const chainY = y;
  const mandateTickEnd = chainY + SIZE.row;
  const rowY = (row: number) => chainY + row * rowStep;
  barsOf(model.missionLane.marks, rowY, x, plotWidth, bars, SIZE);
  y = chainY + model.missionLane.rows * rowStep - SIZE.rowGap;
  const missionLane: LaneBox = {
    lane: model.missionLane, y: missionTop, height: y - missionTop,
    labelY: narrow ? missionLabelY : chainY + line(13),
    labelText: model.missionLane.label,
  };
  const missionRows = { mandates: mandateLabelY, strength: strengthY + line(18), chain: chainY + line(13), phases: chainY + rowStep + line(13) };
  y += SIZE.laneGap;

  const mandateX = model.mandates.map((m) => x(m.start));
  const mandatePlaced = placePointLabels(mandateX.map((mx, i) => ({ x: mx - 4, width: textWidth(model.mandates[i].label, fs) })), plotWidth, 1, 4);
  const mandates: MandateTick[] = model.mandates.map((mark, i) => ({
    mark, x: mandateX[i], y0: mandateLabelY + 2, y1: mandateTickEnd,
    label: mandatePlaced[i].row === 0 && mandatePlaced[i].anchor === 'start' ? mark.label : '',
    labelY: mandateLabelY,
  }));

  const missionEnd = model.departure ?? model.asOf;
  const { authorized, deployed, max, peakKind } = model.strength;
  const peak = (peakKind === 'authorized' ? authorized : deployed).find((s) => s.total === max);
  const bandHeight = SIZE.strength - 2;
  const strength = {
    ceiling: strengthPath(authorized, max, x, missionEnd, strengthY, bandHeight, true),
    ceilingLine: strengthPath(authorized, max, x, missionEnd, strengthY, bandHeight, false),
    deployed: strengthPath(deployed, max, x, missionEnd, strengthY, bandHeight, true),
    y: strengthY, height: bandHeight,
    peakX: peak ? x(peak.day) : 0,
  };

  const handovers = model.handovers.map((h) => ({ x: x(h.day), y: chainY + SIZE.row / 2, label: `${h.from} → ${h.to}` }));

  // Groups of tracks and funding streams.
  const groups: GroupBox[] = [];
  const lanes: LaneBox[] = [];
  for (const group of model.groups) {
    const collapsed = options.collapsed?.has(group.id) ?? false;
    groups.push({ group, y, collapsed, items: group.lanes.reduce((n, l) => n + l.marks.length, 0) });
    y += SIZE.groupHeader;
    if (collapsed) continue;
    for (const lane of group.lanes) {
      const top = y;
      if (narrow) y += SIZE.laneLabel;
      const rowsTop = y;
      barsOf(lane.marks, (row) => rowsTop + row * rowStep, x, plotWidth, bars, SIZE);
      y = rowsTop + Math.max(1, lane.rows) * rowStep - SIZE.rowGap;
      const labelText = fitText(lane.label, narrow ? width - 8 : plotLeft - 16, fs);
      lanes.push({ lane, y: top, height: y - top, labelY: narrow ? top + line(12) : rowsTop + line(13), labelText });
      y += SIZE.laneGap;
    }
  }

  const departureX = model.departure === null ? null : x(model.departure + DAY_MS);
  const asOfX = x(model.asOf + DAY_MS);
  return {
    width, height: y + 4, size: SIZE, plotLeft, plotWidth, narrow, domain,
    eventsBand, missionLane, missionRows, strength, mandates, handovers, events, groups, lanes, bars,
    departure: departureX === null ? null : { x: departureX },
    after: departureX === null || departureX >= asOfX ? null : { x0: departureX, x1: asOfX },
    asOfX,
  };
}

/** The fewest letters a cut phase label keeps before it is left out. */
const MIN_PHASE_CHARS = 8;

/** Bars of one lane, with labels fitted inside, else beside the bar up to the next one in its row. */
function barsOf(marks: readonly TimelineMark[], rowY: (row: number) => number, x: (d: Day) => number, plotWidth: number, out: Bar[], SIZE: Size): void {
  const fs = SIZE.fontSize;
  const nextInRow = new Map<TimelineMark, number>();
  const lastInRow = new Map<number, TimelineMark>();
  for (const mark of marks) {
    const prev = lastInRow.get(mark.row);
    if (prev) nextInRow.set(prev, x(mark.start));
    lastInRow.set(mark.row, mark);
  }
  for (const mark of marks) {
    const point = mark.start === mark.end && (mark.kind === 'item' || mark.kind === 'amount');
    const x0 = point ? x(mark.start + DAY_MS / 2) - SIZE.row / 2 : x(mark.start);
    const x1 = point ? x0 + SIZE.row : x(mark.end + DAY_MS);
    const visible0 = Math.max(x0, 0);
    const visible1 = Math.min(x1, plotWidth);
    const room = visible1 - visible0 - 8;
    const text = mark.kind === 'amount' ? '' : mark.label;
    let label = '';
    let labelInside = false;
    let labelX = visible0 + 4;
    if (!point && textWidth(text, fs) <= room) [label, labelInside] = [text, true];
    else if (!point && mark.short !== text && textWidth(mark.short, fs) <= room) [label, labelInside] = [mark.short, true];
    else if (!point && room >= 60) [label, labelInside] = [fitText(text, room, fs), true];
    else {
      const beside = Math.min(nextInRow.get(mark) ?? plotWidth, plotWidth) - x1 - (mark.ongoing ? 14 : 6);
      const outside = fitText(text, beside, fs);
      if (outside) [label, labelX] = [outside, x1 + (mark.ongoing ? 12 : 4)];
      else if (!point) [label, labelInside] = [fitText(mark.short, room, fs), true];
    }
    // A phase cut to a few letters ("Phas…") says nothing: its bar stays unlabelled (tooltip and table name it).
    if (mark.kind === 'phase' && label.endsWith('…') && label.length <= MIN_PHASE_CHARS) label = '';
    out.push({ mark, x0, x1, y: rowY(mark.row), h: SIZE.row, point, label, labelX, labelInside });
  }
}

/**
 * One strength series as steps from its first figure to the departure, on a scale shared with the
 * other series (`max`): a closed area, or (`closed` false) the open step line along its top.
 */
function strengthPath(steps: readonly StrengthStep[], max: number, x: (d: Day) => number, end: Day, top: number, height: number, closed: boolean): string {
  if (!steps.length || max <= 0) return '';
  const base = top + height;
  const h = (total: number) => round(base - (total / max) * height);
  let path = closed ? `M${x(steps[0].day)},${base}` : `M${x(steps[0].day)},${h(steps[0].total)}`;
  steps.forEach((s, i) => {
    const until = i + 1 < steps.length ? steps[i + 1].day : end + DAY_MS;
    path += `V${h(s.total)}H${x(until)}`;
  });
  return closed ? `${path}V${base}Z` : path;
}

/** The focusable marks lane by lane, top to bottom as on screen: what arrow keys move through. */
export function navigationLanes(layout: TimelineLayout, mandates: readonly TimelineMark[]): TimelineMark[][] {
  const mission = [...layout.missionLane.lane.marks, ...mandates].sort((a, b) => a.start - b.start || a.end - b.end);
  return [layout.events.map((e) => e.mark), mission, ...layout.lanes.map((l) => l.lane.marks)].filter((l) => l.length);
}
