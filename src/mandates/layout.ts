/**
 * What `<pk-mandate-trends>` draws, in words and marks, from the model (src/model/mandate-trends.ts):
 * one mission's resolutions as columns and its tasks as rows under the priority areas, or several
 * missions against the priority areas on a day. Pure: no DOM; the templates and the SVG export read it.
 */
import {
  DEFAULT_ROLES, formatDay, formatPartialDate, isoDay, PRIORITY_AREAS, startOf, type Day, type Mission, type Vocabulary,
} from '../model/index.js';
import { missionsAtDate, missionTrend, type TaskCell, type TaskInfo, type TaskState } from '../model/mandate-trends.js';
import type { Messages } from '../shared/messages/en.js';

/** How a state is drawn: a symbol (never colour alone) on an Okabe-Ito colour. */
export const STATE_MARKS: Record<TaskState, { symbol: string; color: string }> = {
  first: { symbol: '●', color: '#0072B2' },
  continued: { symbol: '●', color: '#0072B2' },
  added: { symbol: '+', color: '#009E73' },
  changed: { symbol: '~', color: '#E69F00' },
  dropped: { symbol: '−', color: '#D55E00' },
  none: { symbol: '', color: 'transparent' },
};

const SYMBOLS = Object.fromEntries(Object.entries(STATE_MARKS).map(([k, v]) => [k, v.symbol])) as Record<TaskState, string>;

export interface ColumnView {
  id: string;
  /** The resolution's number, its undocs.org address and its adoption date in words. */
  title: string;
  href?: string;
  dateText: string;
  /** ISO day of adoption, what choosing the column sets as the date. */
  date: string;
  period: string;
  flags: { id: string; short: string; label: string }[];
  /** The mandate's sources (ids in the feed's `sources`). */
  sources: string[];
  /** The column in force on the element's date. */
  current: boolean;
  label: string;
}

export interface CellView {
  state: TaskState;
  symbol: string;
  /** The kind of task's letter (A, E, I, M) where the feed gives it. */
  glyph: string;
  label: string;
  /** For the details panel: the task (or the dropped one) and what changed. */
  task?: TaskInfo;
  note: string;
  /** The selection a task cell stands for: its sector, for the mission. */
  sector: string;
  /** Mission view: the resolution's ISO day; several missions: the mission's id. */
  key: string;
}

export type RowView =
  | { kind: 'area'; id: string; label: string; count: number }
  | { kind: 'task'; id: string; label: string; cells: CellView[] };

export interface TrendLayout {
  view: 'mission' | 'missions';
  caption: string;
  summary: string;
  columns: ColumnView[];
  rows: RowView[];
  /** The states and kinds the drawing uses, for the legend. */
  states: TaskState[];
  kinds: { id: string; glyph: string; label: string }[];
  flags: { id: string; short: string; label: string }[];
  /** Tasks over all columns, for the table's heading. */
  tasks: number;
  /** Each state's symbol, for the legend. */
  symbols: Record<TaskState, string>;
}

export interface LayoutOptions {
  lang: string;
  t: Messages;
  vocabulary: Vocabulary;
  day: Day;
}

const KIND_GLYPHS = new Map(DEFAULT_ROLES.map((r) => [r.id, r.glyph]));

/** `https://undocs.org/S/RES/1270(1999)`: the resolution's official address, when its number is a number. */
export function resolutionHref(resolution: string, adopted: string): string | undefined {
  return /^\d+$/.test(resolution) ? `https://undocs.org/S/RES/${resolution}(${adopted.slice(0, 4)})` : undefined;
}

const areaLabel = (t: Messages, id: string) => t.matrix.areas[id] ?? id;
const sectorLabel = (o: LayoutOptions, id: string) => o.vocabulary.sectorById.get(id)?.label ?? id;
const kindLabel = (t: Messages, kind: string) => t.matrix.roles[kind] ?? kind;

function flagViews(t: Messages, flags: readonly string[]) {
  return flags.map((id) => ({ id, short: t.mandates.flagShort[id] ?? id, label: t.mandates.flags[id] ?? id }));
}

function cellNote(t: Messages, cell: TaskCell): string {
  const parts: string[] = [];
  if (cell.changes?.includes('kind')) parts.push(t.mandates.kindChanged(kindLabel(t, cell.previous!.kind!), kindLabel(t, cell.task!.kind!)));
  if (cell.changes?.includes('wording')) parts.push(t.mandates.wordingChanged);
  return parts.join('; ');
}

/** One mission: resolutions as columns, tasks as rows under their priority areas. */
export function missionLayout(mission: Mission, o: LayoutOptions): TrendLayout {
  const { t, lang } = o;
  const tm = t.mandates;
  const trend = missionTrend(mission, o.vocabulary);
  const current = trend.columns.findLast((c) => c.day <= o.day && (c.end === undefined || c.end >= o.day));
  const held = (c: TaskCell) => c.state !== 'none' && c.state !== 'dropped';
  const columns: ColumnView[] = trend.columns.map((c, i) => {
    const dateText = formatPartialDate(c.adopted, lang);
    const period = [c.months ? tm.months(c.months) : '', c.until ? tm.until(formatPartialDate(c.until, lang)) : '', c.restates ? '' : tm.carriedOver].filter(Boolean).join(' · ');
    const tasks = trend.rows.filter((r) => held(r.cells[i])).length;
    return {
      id: c.resolution, title: c.resolution, href: resolutionHref(c.resolution, c.adopted), dateText, date: isoDay(startOf(c.adopted)),
      period, flags: flagViews(t, c.flags), sources: c.sources, current: c === current, label: tm.columnLabel(c.resolution, dateText, tasks),
    };
  });
  const rows: RowView[] = [];
  const kinds = new Set<string>();
  const states = new Set<TaskState>();
  let tasks = 0;
  for (const r of trend.rows) {
    const last = rows.findLast((x) => x.kind === 'area');
    if (!last || last.id !== r.area) rows.push({ kind: 'area', id: r.area, label: areaLabel(t, r.area), count: 0 });
    (rows.findLast((x) => x.kind === 'area') as { count: number }).count++;
    const label = sectorLabel(o, r.sector);
    rows.push({
      kind: 'task', id: r.sector, label,
      cells: r.cells.map((cell, i) => {
        const task = cell.task ?? cell.previous;
        if (task?.kind && cell.state !== 'none') kinds.add(task.kind);
        if (cell.state !== 'none') states.add(cell.state);
        if (held(cell)) tasks++;
        const note = cellNote(t, cell);
        const kind = cell.task?.kind ? `, ${kindLabel(t, cell.task.kind)}` : '';
        return {
          state: cell.state, symbol: STATE_MARKS[cell.state].symbol, glyph: (cell.task?.kind && KIND_GLYPHS.get(cell.task.kind)) || '',
          label: tm.cellLabel(label, trend.columns[i].resolution, `${tm.states[cell.state]}${kind}${note ? ` (${note})` : ''}`),
          task: cell.state === 'none' ? undefined : task, note, sector: r.sector, key: columns[i].date,
        };
      }),
    });
  }
  const s = trend.summary;
  const summary = !s ? '' : trend.columns.length === 1
    ? tm.summaryOne(s.first, tasks)
    : `${tm.summary(s.first, s.last, s.added, s.dropped, s.changed)}${s.peak ? tm.peak(areaLabel(t, s.peak.area).toLocaleLowerCase(lang), s.peak.year) : ''}.`;
  return {
    view: 'mission', caption: tm.caption(mission.acronym), summary, columns, rows,
    states: (['first', 'continued', 'added', 'changed', 'dropped'] as TaskState[]).filter((x) => states.has(x)),
    kinds: [...kinds].map((id) => ({ id, glyph: KIND_GLYPHS.get(id) ?? '', label: kindLabel(t, id) })),
    flags: dedupe(columns.flatMap((c) => c.flags)),
    tasks, symbols: SYMBOLS,
  };
}

/** Several missions on a day: one row per mission with a mandate in force, one column per priority area. */
export function missionsLayout(missions: readonly Mission[], o: LayoutOptions): TrendLayout {
  const { t, lang } = o;
  const tm = t.mandates;
  const date = formatDay(o.day, lang);
  const found = missionsAtDate(missions, o.vocabulary, o.day);
  const areaIds = found[0]?.areas.map((a) => a.area) ?? PRIORITY_AREAS.map((a) => a.id as string);
  const columns: ColumnView[] = areaIds.map((area) => ({
    id: area, title: areaLabel(t, area), dateText: '', date: '', period: '', flags: [], sources: [], current: false, label: areaLabel(t, area),
  }));
  const states = new Set<TaskState>();
  let tasks = 0;
  const rows: RowView[] = found.map((m) => ({
    kind: 'task', id: m.mission,
    label: m.resolution ? `${m.acronym} · ${tm.resolution(m.resolution)}` : m.acronym,
    cells: m.areas.map((a) => {
      const names = a.sectors.map((id) => (a.added.includes(id) ? `+ ${sectorLabel(o, id)}` : sectorLabel(o, id)));
      const dropped = a.dropped.map((id) => `− ${sectorLabel(o, id)}`);
      tasks += a.sectors.length;
      const state: TaskState = a.added.length ? 'added' : a.dropped.length ? 'dropped' : a.sectors.length ? 'continued' : 'none';
      if (a.added.length) states.add('added');
      if (a.dropped.length) states.add('dropped');
      if (a.sectors.length) states.add('continued');
      const counts = [a.added.length ? tm.addedN(a.added.length) : '', a.dropped.length ? tm.droppedN(a.dropped.length) : ''].filter(Boolean).join(', ');
      return {
        // The count, with + for tasks added and − for tasks dropped: the state is never told by colour alone.
        state, symbol: a.sectors.length || a.dropped.length ? `${a.sectors.length}${a.added.length ? '+' : ''}${a.dropped.length ? '−' : ''}` : '', glyph: '',
        label: `${tm.areaCell(m.acronym, areaLabel(t, a.area), a.sectors.length)}${counts ? `, ${counts}` : ''}${names.length || dropped.length ? `: ${[...names, ...dropped].join('; ')}` : ''}`,
        note: [...names, ...dropped].join('\n'), sector: '', key: m.mission,
      };
    }),
  }));
  return {
    view: 'missions', caption: tm.captionMissions(date), summary: `${tm.missionsSummary(found.length, date)}.`, columns, rows,
    states: (['continued', 'added', 'dropped'] as TaskState[]).filter((x) => states.has(x)), kinds: [], flags: [], tasks, symbols: SYMBOLS,
  };
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  return [...new Map(list.map((x) => [x.id, x])).values()];
}
