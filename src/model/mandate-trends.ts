/**
 * How a mission's peacebuilding tasks change, resolution by resolution: each mandate's tasks against
 * the previous mandate's, as continued, added, changed (in wording or kind) or dropped. Pure: the
 * feed in, rows and columns out; `<pk-mandate-trends>` draws them.
 *
 * A mandate's `tasks` is the whole list in force under it; without `tasks` it keeps the previous
 * mandate's (an extension that restates nothing); with `amends: true` it lists only what it adds or
 * changes, and the rest carries over.
 */
import { endOf, startOf, type Day } from './dates.js';
import type { LocalizedText, Mandate, MandateTask, Mission } from './schema.js';
import { PRIORITY_AREAS } from './vocabulary.js';
import type { Vocabulary } from './vocabulary-resolve.js';

/** A task in full, whatever way the feed wrote it. */
export interface TaskInfo {
  sector: string;
  kind?: string;
  wording?: LocalizedText;
  source?: string;
  paragraph?: string;
}

/**
 * A cell's state. `first`: in the mission's first mandate; `continued`: as in the previous mandate;
 * `added`, `changed` (wording or kind), `dropped` (in the previous mandate, not in this one);
 * `none`: in neither.
 */
export type TaskState = 'first' | 'continued' | 'added' | 'changed' | 'dropped' | 'none';

export interface TaskCell {
  state: TaskState;
  /** The task under this mandate (undefined for `dropped` and `none`). */
  task?: TaskInfo;
  /** The task under the previous mandate, for `changed` and `dropped`. */
  previous?: TaskInfo;
  /** What changed, for `changed`. */
  changes?: ('wording' | 'kind')[];
}

export interface MandateColumn {
  resolution: string;
  /** The adoption date as the feed writes it, and its first day. */
  adopted: string;
  day: Day;
  until?: string;
  /** The last day of the mandate: its `until`, else the day before the next resolution; undefined for the last without `until`. */
  end?: Day;
  months?: number;
  flags: string[];
  sources: string[];
  /** False when the resolution restates no tasks (they carry over). */
  restates: boolean;
  /** The mandate's index in the feed's `mandates` list. */
  index: number;
}

export interface TaskRow {
  sector: string;
  area: string;
  cells: TaskCell[];
}

export interface TrendSummary {
  first: string;
  last: string;
  added: number;
  dropped: number;
  changed: number;
  /** The priority area with the most tasks over the period, and the first resolution where it has the most. */
  peak?: { area: string; resolution: string; year: number; tasks: number };
}

export interface MissionTrend {
  mission: string;
  columns: MandateColumn[];
  /** Rows grouped by priority area in the seed paper's order, sectors in the vocabulary's order. */
  rows: TaskRow[];
  summary: TrendSummary | null;
}

/** The sector of a task written either way. */
export function taskSector(task: string | MandateTask): string {
  return typeof task === 'string' ? task : task.sector;
}

function taskInfo(task: string | MandateTask): TaskInfo {
  if (typeof task === 'string') return { sector: task };
  const { sector, kind, wording, source, paragraph } = task;
  return { sector, kind, wording, source, paragraph };
}

const sameText = (a: LocalizedText | undefined, b: LocalizedText | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two tasks of one sector: only what both say (a wording given once is not a change). */
export function taskChanges(before: TaskInfo, after: TaskInfo): ('wording' | 'kind')[] {
  const out: ('wording' | 'kind')[] = [];
  if (before.wording !== undefined && after.wording !== undefined && !sameText(before.wording, after.wording)) out.push('wording');
  if (before.kind && after.kind && before.kind !== after.kind) out.push('kind');
  return out;
}

/** The mission's mandates in order of adoption (the feed's order among those adopted the same day). */
export function mandatesInOrder(mission: Pick<Mission, 'mandates'>): { mandate: Mandate; index: number }[] {
  return (mission.mandates ?? []).map((mandate, index) => ({ mandate, index }))
    .sort((a, b) => startOf(a.mandate.adopted) - startOf(b.mandate.adopted) || a.index - b.index);
}

/** The tasks in force under each mandate, in order of adoption, by sector. */
export function tasksInForce(mission: Pick<Mission, 'mandates'>): { mandate: Mandate; index: number; tasks: Map<string, TaskInfo> }[] {
  let previous = new Map<string, TaskInfo>();
  return mandatesInOrder(mission).map(({ mandate, index }) => {
    let tasks: Map<string, TaskInfo>;
    if (!mandate.tasks) tasks = previous;
    else {
      tasks = new Map(mandate.amends ? previous : []);
      for (const t of mandate.tasks) {
        const info = taskInfo(t);
        tasks.set(info.sector, info);
      }
    }
    previous = tasks;
    return { mandate, index, tasks };
  });
}

/** Sectors in display order: by priority area (the seed paper's five, then any other), then the vocabulary's order. */
export function orderSectors(sectors: Iterable<string>, vocabulary: Vocabulary): { sector: string; area: string }[] {
  const areaOrder = PRIORITY_AREAS.map((a) => a.id as string);
  const sectorOrder = vocabulary.sectors.map((s) => s.id);
  const rank = (list: string[], id: string) => (list.includes(id) ? list.indexOf(id) : list.length);
  return [...new Set(sectors)]
    .map((sector) => ({ sector, area: vocabulary.sectorById.get(sector)?.area ?? 'other' }))
    .sort((a, b) => rank(areaOrder, a.area) - rank(areaOrder, b.area) || rank(sectorOrder, a.sector) - rank(sectorOrder, b.sector) || a.sector.localeCompare(b.sector));
}

/** Every task of a mission over its mandates, each cell classified against the previous mandate. */
export function missionTrend(mission: Mission, vocabulary: Vocabulary): MissionTrend {
  const inForce = tasksInForce(mission);
  const columns: MandateColumn[] = inForce.map(({ mandate, index }, i) => {
    const next = inForce[i + 1];
    const end = mandate.until ? endOf(mandate.until) : next ? startOf(next.mandate.adopted) - 1 : undefined;
    return {
      resolution: mandate.resolution, adopted: mandate.adopted, day: startOf(mandate.adopted), until: mandate.until, end,
      months: mandate.months, flags: mandate.flags ?? [], sources: mandate.sources ?? [], restates: Boolean(mandate.tasks), index,
    };
  });
  const rows: TaskRow[] = orderSectors(inForce.flatMap((m) => [...m.tasks.keys()]), vocabulary).map(({ sector, area }) => ({
    sector,
    area,
    cells: inForce.map((m, i): TaskCell => {
      const task = m.tasks.get(sector);
      const previous = i > 0 ? inForce[i - 1].tasks.get(sector) : undefined;
      if (i === 0) return task ? { state: 'first', task } : { state: 'none' };
      if (!task) return previous ? { state: 'dropped', previous } : { state: 'none' };
      if (!previous) return { state: 'added', task };
      const changes = taskChanges(previous, task);
      return changes.length ? { state: 'changed', task, previous, changes } : { state: 'continued', task };
    }),
  }));
  return { mission: mission.id, columns, rows, summary: summarize(columns, rows) };
}

function summarize(columns: MandateColumn[], rows: TaskRow[]): TrendSummary | null {
  if (!columns.length) return null;
  const count = (state: TaskState) => rows.reduce((n, r) => n + r.cells.filter((c) => c.state === state).length, 0);
  const summary: TrendSummary = {
    first: columns[0].resolution, last: columns[columns.length - 1].resolution,
    added: count('added'), dropped: count('dropped'), changed: count('changed'),
  };
  // The area with the most task-mandates over the period (ties: the seed paper's order), and where it peaks.
  const held = (c: TaskCell) => c.state !== 'none' && c.state !== 'dropped';
  const byArea = new Map<string, number[]>();
  for (const r of rows) {
    const counts = byArea.get(r.area) ?? columns.map(() => 0);
    r.cells.forEach((c, i) => { if (held(c)) counts[i]++; });
    byArea.set(r.area, counts);
  }
  let best: { area: string; total: number; counts: number[] } | undefined;
  for (const [area, counts] of byArea) {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > 0 && (!best || total > best.total)) best = { area, total, counts };
  }
  if (best && columns.length > 1) {
    const most = Math.max(...best.counts);
    const at = best.counts.indexOf(most);
    summary.peak = { area: best.area, resolution: columns[at].resolution, year: Number(columns[at].adopted.slice(0, 4)), tasks: most };
  }
  return summary;
}

/** The mandate in force on a day: the last adopted on or before it, unless it had expired. */
export function mandateAt<T extends { mandate: Mandate }>(inForce: readonly T[], day: Day): T | undefined {
  let found: T | undefined;
  for (const m of inForce) if (startOf(m.mandate.adopted) <= day) found = m;
  if (found?.mandate.until && endOf(found.mandate.until) < day) return undefined;
  return found;
}

/** One mission's tasks in each priority area on a day, and what its mandate then had added or dropped there. */
export interface AreaTasks {
  area: string;
  sectors: string[];
  added: string[];
  dropped: string[];
}

export interface MissionAtDate {
  mission: string;
  acronym: string;
  resolution?: string;
  adopted?: string;
  areas: AreaTasks[];
}

/**
 * Missions against priority areas on a day: for each mission with a mandate in force, the tasks of
 * that mandate by area, and the tasks it added and dropped against the previous one.
 */
export function missionsAtDate(missions: readonly Mission[], vocabulary: Vocabulary, day: Day): MissionAtDate[] {
  const areas = [...PRIORITY_AREAS.map((a) => a.id as string)];
  const out: MissionAtDate[] = [];
  for (const mission of missions) {
    const inForce = tasksInForce(mission);
    const current = mandateAt(inForce, day);
    if (!current) continue;
    const i = inForce.indexOf(current);
    const before = i > 0 ? inForce[i - 1].tasks : undefined;
    const ordered = orderSectors(current.tasks.keys(), vocabulary);
    const dropped = before ? orderSectors([...before.keys()].filter((s) => !current.tasks.has(s)), vocabulary) : [];
    for (const a of [...ordered, ...dropped]) if (!areas.includes(a.area)) areas.push(a.area);
    out.push({
      mission: mission.id, acronym: mission.acronym, resolution: current.mandate.resolution, adopted: current.mandate.adopted,
      areas: areas.map((area) => ({
        area,
        sectors: ordered.filter((s) => s.area === area).map((s) => s.sector),
        added: before ? ordered.filter((s) => s.area === area && !before.has(s.sector)).map((s) => s.sector) : [],
        dropped: dropped.filter((s) => s.area === area).map((s) => s.sector),
      })),
    });
  }
  // Every mission lists the same areas, in the same order.
  for (const m of out) {
    for (const area of areas) if (!m.areas.some((a) => a.area === area)) m.areas.push({ area, sectors: [], added: [], dropped: [] });
    m.areas.sort((a, b) => areas.indexOf(a.area) - areas.indexOf(b.area));
  }
  return out;
}
