/** Where a mission is on a day: its sites in force and the personnel in force at each. */
import { inForce, startOf, type Day } from './dates.js';
import type { Mission, Personnel, Site, Strength } from './schema.js';

export interface Headcount {
  troops: number;
  police: number;
  observers: number;
  civilians: number;
  total: number;
}

export interface SiteAtDate {
  site: Site;
  /** The personnel entry in force (the latest not after the day), or null when the site gives none. */
  personnel: Headcount | null;
  /** The date of that entry, when it has one. */
  personnelDate?: string;
}

export function headcount(p: Partial<Omit<Headcount, 'total'>>): Headcount {
  const troops = p.troops ?? 0;
  const police = p.police ?? 0;
  const observers = p.observers ?? 0;
  const civilians = p.civilians ?? 0;
  return { troops, police, observers, civilians, total: troops + police + observers + civilians };
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

export function personnelAt(site: Site, day: Day): { headcount: Headcount; date?: string } | null {
  const list: Personnel[] = site.personnel === undefined ? [] : Array.isArray(site.personnel) ? site.personnel : [site.personnel];
  const entry = entryInForce(list, day);
  return entry ? { headcount: headcount(entry), date: entry.date } : null;
}

/** The footprint at a day: the sites whose range contains it, each with its personnel in force. */
export function footprintAt(mission: Mission, day: Day): SiteAtDate[] {
  const out: SiteAtDate[] = [];
  for (const site of mission.sites ?? []) {
    if (!inForce(site, day)) continue;
    const p = personnelAt(site, day);
    out.push({ site, personnel: p?.headcount ?? null, personnelDate: p?.date });
  }
  return out;
}

export interface StrengthAtDate extends Headcount {
  date: string;
  kind: 'deployed' | 'authorized';
}

/**
 * The mission's strength at a day: the latest snapshot not after it, while the mission is in force.
 * Deployed strength is preferred; where no deployed figure is in force yet, the authorized one is used
 * (and says so in `kind`).
 */
export function strengthAt(mission: Mission, day: Day, kind?: 'deployed' | 'authorized'): StrengthAtDate | null {
  if (!inForce(mission, day)) return null;
  const all = mission.strength ?? [];
  const of = (k: 'deployed' | 'authorized') => all.filter((s: Strength) => (s.kind ?? 'deployed') === k);
  const entry = kind ? entryInForce(of(kind), day) : entryInForce(of('deployed'), day) ?? entryInForce(of('authorized'), day);
  if (!entry) return null;
  return { ...headcount(entry), date: entry.date, kind: entry.kind ?? 'deployed' };
}
