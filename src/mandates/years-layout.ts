/**
 * What `<pk-mandate-trends over="years">` draws, in words and marks: small multiples, one panel per
 * priority area on one shared year scale; in each, a row per mission whose cells are filled in the
 * years its mandates carry a task in the area, and a share row (how many of the missions under a
 * mandate that year), with the counts written out at a few chosen years. Pure: no DOM; the templates
 * (years-templates.ts) and the SVG export (export-years-svg.ts) read it. The model is
 * `missionsOverYears` (src/model/mandate-years.ts).
 */
import type { Day, Mission, Vocabulary } from '../model/index.js';
import { missionsOverYears, type AreaYears } from '../model/mandate-years.js';
import type { Messages } from '../shared/messages/en.js';

/**
 * A cell: the mandates carry a task in the area (`held`), a mandate without one (`without`), a mandate
 * whose tasks the feed does not give (`unknown`), or no mandate (`none`).
 */
export type YearFill = 'held' | 'without' | 'unknown' | 'none';

export interface YearCellView {
  fill: YearFill;
  year: number;
  /** The cell's sentence: mission, year, area, tasks, resolutions. */
  label: string;
  /** The area's tasks that year, by name, and the resolutions in force. */
  tasks: string[];
  resolutions: string[];
}

export interface YearRowView {
  id: string;
  label: string;
  cells: YearCellView[];
}

export interface ShareView {
  year: number;
  n: number;
  of: number;
  /** n / of, 0 when no mission was under a mandate. */
  ratio: number;
  label: string;
  /** The acronyms of the missions with a task in the area that year. */
  missions: string[];
}

export interface PanelView {
  id: string;
  title: string;
  /** "in most mandates from 2004", or empty. */
  note: string;
  /** The counts at the chosen years: "2004: 12 of 20 missions". */
  counts: { year: number; text: string }[];
  rows: YearRowView[];
  share: ShareView[];
}

export interface YearsLayout {
  view: 'years';
  caption: string;
  summary: string;
  years: number[];
  /** Indices of the years labelled on the axes: round years, at most seven. */
  ticks: number[];
  /** Index of the date's year, or -1 outside the years drawn. */
  current: number;
  panels: PanelView[];
  /** Per navigable row, in order: its panel, and its mission row (-1: the panel's share row). */
  nav: { panel: number; row: number }[];
}

export interface YearsOptions {
  lang: string;
  t: Messages;
  vocabulary: Vocabulary;
  /** The element's date: its year is marked. */
  day: Day;
  /** The feed's as-of day, where an open mandate ends. */
  asOf: Day;
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/** Round years to label, at most seven, the first step that fits. */
export function yearTicks(years: readonly number[]): number[] {
  const step = STEPS.find((s) => Math.ceil(years.length / s) <= 7) ?? 100;
  const ticks = years.map((y, i) => (y % step === 0 ? i : -1)).filter((i) => i >= 0);
  return ticks.length ? ticks : [0];
}

/** The years whose counts are written out: the first and the last, the majority's start and the date's year. */
function chosenYears(a: AreaYears, years: readonly number[], current: number): number[] {
  const wanted = new Set<number>();
  const firstIn = a.given.findIndex((n) => n > 0);
  const lastIn = a.given.findLastIndex((n) => n > 0);
  if (firstIn >= 0) wanted.add(firstIn);
  if (a.mostFrom !== undefined) wanted.add(years.indexOf(a.mostFrom));
  if (current >= 0 && a.given[current] > 0) wanted.add(current);
  if (lastIn >= 0) wanted.add(lastIn);
  return [...wanted].sort((x, y) => x - y);
}

export function yearsLayout(missions: readonly Mission[], o: YearsOptions): YearsLayout {
  const { t } = o;
  const ty = t.mandates.years;
  const data = missionsOverYears(missions, o.vocabulary, o.asOf);
  const { years } = data;
  const current = years.indexOf(new Date(o.day).getUTCFullYear());
  const sectorLabel = (id: string) => o.vocabulary.sectorById.get(id)?.label ?? id;
  const panels = data.areas.map((a): PanelView => {
    const area = t.matrix.areas[a.area] ?? a.area;
    const rows = a.missions.map((m): YearRowView => ({
      id: m.mission, label: m.acronym,
      cells: m.cells.map((c) => {
        const tasks = c.sectors.map(sectorLabel);
        const fill: YearFill = tasks.length ? 'held' : !c.inForce ? 'none' : c.given ? 'without' : 'unknown';
        const under = c.resolutions.length ? ` (${ty.under(c.resolutions.join(', '))})` : '';
        const label = fill === 'none' ? `${m.acronym}, ${c.year}: ${ty.noMandate}`
          : fill === 'unknown' ? `${m.acronym}, ${c.year}: ${ty.unknown}${under}`
          : `${ty.cell(m.acronym, c.year, area, tasks.length)}${tasks.length ? `: ${tasks.join('; ')}` : ''}${under}`;
        return { fill, year: c.year, label, tasks, resolutions: c.resolutions };
      }),
    }));
    const share = years.map((year, y): ShareView => ({
      year, n: a.counts[y], of: a.given[y], ratio: a.given[y] ? a.counts[y] / a.given[y] : 0,
      label: ty.shareCell(area, year, a.counts[y], a.given[y]),
      missions: rows.filter((r) => r.cells[y].fill === 'held').map((r) => r.label),
    }));
    return {
      id: a.area, title: area, note: a.mostFrom !== undefined ? ty.mostFrom(a.mostFrom) : '',
      counts: chosenYears(a, years, current).map((y) => ({ year: years[y], text: ty.count(years[y], a.counts[y], a.given[y]) })),
      rows, share,
    };
  });
  const missionCount = panels[0]?.rows.length ?? 0;
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  return {
    view: 'years', caption: ty.caption(first, last), summary: years.length ? `${ty.summary(missionCount, first, last)}.` : '',
    years, ticks: years.length ? yearTicks(years) : [], current, panels,
    nav: panels.flatMap((p, i) => [...p.rows.map((_, r) => ({ panel: i, row: r })), { panel: i, row: -1 }]),
  };
}
