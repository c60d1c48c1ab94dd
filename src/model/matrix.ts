/** The sector responsibility matrix: who holds which role in which sector, on a day. */
import { groupBy } from './group.js';
import { inForce, type Day } from './dates.js';
import type { Feed, Responsibility } from './schema.js';

export interface MatrixEntry {
  responsibility: Responsibility;
  /** Index of the responsibility in the feed's list: a stable identity for tests and links. */
  index: number;
}

export interface Matrix {
  day: Day;
  /** Entries per cell, keyed `sector|actor`. */
  cells: Map<string, MatrixEntry[]>;
  entries: MatrixEntry[];
}

export const cellKey = (sector: string, actor: string) => `${sector}|${actor}`;

/**
 * Responsibilities that concern a mission: those that name it, and those that name no mission
 * (a feed about one country states them once for every presence there).
 */
export function concernsMission(r: Responsibility, mission?: string): boolean {
  return !mission || r.mission === undefined || r.mission === mission;
}

export function matrixAt(feed: Feed, day: Day, options: { mission?: string } = {}): Matrix {
  const entries = (feed.responsibilities ?? []).map((responsibility, index) => ({ responsibility, index }))
    .filter(({ responsibility }) => inForce(responsibility, day) && concernsMission(responsibility, options.mission));
  return { day, cells: groupBy(entries, (e) => cellKey(e.responsibility.sector, e.responsibility.actor)), entries };
}
