/**
 * Where a mission is on a day: its sites in force and the personnel in force at each; and its
 * strength, authorized and deployed.
 *
 * **Entries that give only some categories.** A strength entry (or a site's personnel entry) may give
 * troops and leave police out. A category an entry leaves out keeps its figure from the previous entry
 * of the same series (authorized and deployed strength are separate series; each site is its own), so
 * no category silently falls to zero when a later resolution changes only one of them. An explicit `0`
 * means zero. `completeSeries` makes the rule concrete; every query here reads through it.
 */
import { inForce, startOf, type Day } from './dates.js';
import type { Mission, Personnel, Site, Strength } from './schema.js';

export const CATEGORIES = ['troops', 'police', 'observers', 'civilians'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Headcount {
  troops: number;
  police: number;
  observers: number;
  civilians: number;
  total: number;
}

/** A headcount with where its figures come from: the entry's own date and whether any figure is an estimate. */
export interface SeriesEntry extends Headcount {
  /** The entry's date as written ("2005", "2005-03"); undefined for an undated entry. */
  date?: string;
  day: Day;
  /** True when any figure in force (given here or carried forward) comes from an entry marked `estimate`. */
  estimate: boolean;
  /** The categories this entry did not give, whose figures were carried from an earlier entry. */
  carried: Category[];
}

export interface SiteAtDate {
  site: Site;
  /** The personnel entry in force (the latest not after the day), or null when the site gives none. */
  personnel: Headcount | null;
  /** The date of that entry, when it has one. */
  personnelDate?: string;
  /** True when the site or the figures in force are marked as estimates. */
  estimate?: boolean;
}

export function headcount(p: Partial<Omit<Headcount, 'total'>>): Headcount {
  const troops = p.troops ?? 0;
  const police = p.police ?? 0;
  const observers = p.observers ?? 0;
  const civilians = p.civilians ?? 0;
  return { troops, police, observers, civilians, total: troops + police + observers + civilians };
}

type Entry = Partial<Record<Category, number>> & { date?: string; estimate?: boolean };

/**
 * One series of entries (one site's personnel, or one kind of a mission's strength) in date order,
 * each completed with the categories it leaves out, carried from the entries before it. Undated
 * entries come first (they apply at any date). A category no entry has given yet counts 0.
 */
export function completeSeries(entries: readonly Entry[]): SeriesEntry[] {
  const dated = entries.map((e, i) => ({ e, i, day: e.date ? startOf(e.date) : -Infinity }));
  dated.sort((a, b) => a.day - b.day || a.i - b.i);
  const running: Record<Category, { value: number; estimate: boolean }> = {
    troops: { value: 0, estimate: false }, police: { value: 0, estimate: false },
    observers: { value: 0, estimate: false }, civilians: { value: 0, estimate: false },
  };
  return dated.map(({ e, day }) => {
    const carried: Category[] = [];
    for (const c of CATEGORIES) {
      if (e[c] === undefined) carried.push(c);
      else running[c] = { value: e[c]!, estimate: e.estimate === true };
    }
    const h = headcount({ troops: running.troops.value, police: running.police.value, observers: running.observers.value, civilians: running.civilians.value });
    const estimate = e.estimate === true || CATEGORIES.some((c) => running[c].value > 0 && running[c].estimate);
    return { ...h, date: e.date, day, estimate, carried };
  });
}

/** The latest dated entry not after `day`; an undated entry applies at any day. */
export function entryInForce<T extends { date?: string }>(entries: readonly T[], day: Day): T | undefined {
  let best: T | undefined;
  let bestDay = -Infinity;
  for (const e of entries) {
    const d = e.date ? startOf(e.date) : -Infinity;
    if (d <= day && (best === undefined || d >= bestDay)) {
      best = e;
      bestDay = d;
    }
  }
  return best;
}

/** The site's personnel in force at a day, its categories completed from the entries before it. */
export function personnelAt(site: Site, day: Day): { headcount: Headcount; date?: string; estimate: boolean } | null {
  const list: Personnel[] = site.personnel === undefined ? [] : Array.isArray(site.personnel) ? site.personnel : [site.personnel];
  const entry = entryInForce(completeSeries(list), day);
  if (!entry) return null;
  const { date, estimate, troops, police, observers, civilians, total } = entry;
  return { headcount: { troops, police, observers, civilians, total }, date, estimate: estimate || site.estimate === true };
}

/** The footprint at a day: the sites whose range contains it, each with its personnel in force. */
export function footprintAt(mission: Mission, day: Day): SiteAtDate[] {
  const out: SiteAtDate[] = [];
  for (const site of mission.sites ?? []) {
    if (!inForce(site, day)) continue;
    const p = personnelAt(site, day);
    out.push({ site, personnel: p?.headcount ?? null, personnelDate: p?.date, estimate: p ? p.estimate : site.estimate === true });
  }
  return out;
}

export type StrengthKind = 'deployed' | 'authorized';

export interface StrengthAtDate extends Headcount {
  date: string;
  kind: StrengthKind;
  /** True when a figure in force is an estimate (a strength entry marked `estimate: true`). */
  estimate: boolean;
}

/** One kind of the mission's strength as a complete series in date order (see the module comment). */
export function strengthSeries(mission: Mission, kind: StrengthKind): (SeriesEntry & { date: string })[] {
  const of = (mission.strength ?? []).filter((s: Strength) => (s.kind ?? 'deployed') === kind);
  return completeSeries(of) as (SeriesEntry & { date: string })[];
}

/**
 * The mission's strength at a day: the latest entry not after it, completed from the entries before
 * it, while the mission is in force. Without `kind`, deployed strength is preferred; where no
 * deployed figure is in force yet, the authorized one is used (and says so in `kind`).
 */
export function strengthAt(mission: Mission, day: Day, kind?: StrengthKind): StrengthAtDate | null {
  if (!inForce(mission, day)) return null;
  const pick = (k: StrengthKind) => {
    const e = entryInForce(strengthSeries(mission, k), day);
    if (!e) return null;
    const { troops, police, observers, civilians, total, date, estimate } = e;
    return { troops, police, observers, civilians, total, date, kind: k, estimate };
  };
  return kind ? pick(kind) : pick('deployed') ?? pick('authorized');
}
