/**
 * Several missions' mandates year by year, one panel per priority area: for each mission and year,
 * the tasks in that area of the mandates in force at some time in that year, and per year how many of
 * the missions then under a mandate carried a task in the area. A mandate whose tasks the feed does not
 * give (no `tasks` in it nor in an earlier one) is in force but says nothing of its tasks: it is kept
 * apart, not counted as a mandate without the area's tasks. Pure: the feed's missions in, panels
 * out; `<pk-mandate-trends over="years">` draws them as small multiples on one year scale.
 *
 * A mandate is in force from its adoption to its `until`, else to the day before the next resolution;
 * the last one without `until` runs to the mission's `end`, else to the feed's as-of day (the same
 * reading as the view at a date, `mandateAt`, which the mission's `end` also closes here).
 */
import { endOf, startOf, type Day } from './dates.js';
import { tasksInForce } from './mandate-trends.js';
import type { Mission } from './schema.js';
import { PRIORITY_AREAS } from './vocabulary.js';
import type { Vocabulary } from './vocabulary-resolve.js';

/** One mission in one year, in one area. */
export interface YearCell {
  year: number;
  /** Whether a mandate of the mission was in force at some time in the year. */
  inForce: boolean;
  /** Whether the feed gives the tasks of a mandate in force that year (else the cell says nothing of them). */
  given: boolean;
  /** The area's tasks (sector ids, the vocabulary's order) of the mandates in force that year. */
  sectors: string[];
  /** The resolutions in force that year, in order of adoption. */
  resolutions: string[];
}

export interface MissionYears {
  mission: string;
  acronym: string;
  cells: YearCell[];
}

export interface AreaYears {
  area: string;
  missions: MissionYears[];
  /** Per year: missions whose mandates that year carry a task in the area. */
  counts: number[];
  /** Per year: missions under a mandate whose tasks the feed gives (what `counts` is out of). */
  given: number[];
  /**
   * The first year from which, to the last year, more than half of the missions under a mandate (with
   * its tasks given) carry a task in the area; undefined when the last year has no such majority.
   */
  mostFrom?: number;
}

export interface MandateYears {
  /** Every year from the first adoption to the last day a mandate is in force. */
  years: number[];
  /** One panel per priority area, the seed paper's five first, then any other area a task has. */
  areas: AreaYears[];
}

interface Span { resolution: string; start: Day; end: Day; sectors: string[]; given: boolean }

const yearOf = (day: Day) => new Date(day).getUTCFullYear();

/** Each mandate's days in force and its tasks; empty when the mission has no dated mandate. */
function spans(mission: Mission, asOf: Day): Span[] {
  const list = tasksInForce(mission);
  const missionEnd = mission.end ? endOf(mission.end) : asOf;
  let given = false;
  return list.map(({ mandate, tasks }, i) => {
    given ||= Boolean(mandate.tasks);
    const next = list[i + 1];
    const start = startOf(mandate.adopted);
    const end = mandate.until ? endOf(mandate.until) : next ? startOf(next.mandate.adopted) - 1 : Math.max(start, missionEnd);
    return { resolution: mandate.resolution, start, end, sectors: [...tasks.keys()], given };
  }).filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end >= s.start);
}

/**
 * The missions' mandates by priority area and year. Missions are ordered by their first mandate's
 * adoption (then as in the feed), so that the panels read as a staircase of missions over time.
 */
export function missionsOverYears(missions: readonly Mission[], vocabulary: Vocabulary, asOf: Day): MandateYears {
  const withSpans = missions.map((mission, index) => ({ mission, index, spans: spans(mission, asOf) }))
    .filter((m) => m.spans.length)
    .sort((a, b) => a.spans[0].start - b.spans[0].start || a.index - b.index);
  if (!withSpans.length) return { years: [], areas: [] };
  const first = Math.min(...withSpans.map((m) => yearOf(m.spans[0].start)));
  const last = Math.max(...withSpans.map((m) => yearOf(m.spans[m.spans.length - 1].end)));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  const areaOf = (sector: string) => vocabulary.sectorById.get(sector)?.area ?? 'other';
  const sectorOrder = new Map(vocabulary.sectors.map((s, i) => [s.id, i]));
  const areaIds: string[] = PRIORITY_AREAS.map((a) => a.id as string);
  for (const m of withSpans) for (const s of m.spans) for (const sector of s.sectors) if (!areaIds.includes(areaOf(sector))) areaIds.push(areaOf(sector));

  // Per mission and year: the resolutions in force and their tasks, once, for every area.
  const byYear = withSpans.map((m) => years.map((year) => {
    const from = Date.UTC(year, 0, 1);
    const to = Date.UTC(year, 11, 31);
    const held = m.spans.filter((s) => s.start <= to && s.end >= from);
    return { resolutions: held.map((s) => s.resolution), sectors: new Set(held.flatMap((s) => s.sectors)), given: held.some((s) => s.given) };
  }));

  const areas = areaIds.map((area): AreaYears => {
    const rows = withSpans.map((m, i): MissionYears => ({
      mission: m.mission.id, acronym: m.mission.acronym,
      cells: years.map((year, y) => {
        const { resolutions, sectors, given } = byYear[i][y];
        const inArea = [...sectors].filter((s) => areaOf(s) === area)
          .sort((a, b) => (sectorOrder.get(a) ?? Infinity) - (sectorOrder.get(b) ?? Infinity) || a.localeCompare(b));
        return { year, inForce: resolutions.length > 0, given, sectors: inArea, resolutions };
      }),
    }));
    const counts = years.map((_, y) => rows.filter((r) => r.cells[y].sectors.length).length);
    const given = years.map((_, y) => rows.filter((r) => r.cells[y].given).length);
    return { area, missions: rows, counts, given, mostFrom: mostFrom(years, counts, given) };
  });
  return { years, areas };
}

const most = (count: number, of: number) => of > 0 && count * 2 > of;

/** The first year of the last unbroken run of years (to the end) in which most missions under a mandate carry the area. */
function mostFrom(years: number[], counts: number[], given: number[]): number | undefined {
  let from: number | undefined;
  for (let y = years.length - 1; y >= 0; y--) {
    if (given[y] === 0) continue; // a year without any mandate (with its tasks given) neither breaks nor makes the run
    if (!most(counts[y], given[y])) break;
    from = years[y];
  }
  return from;
}
