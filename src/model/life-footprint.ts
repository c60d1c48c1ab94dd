/**
 * A mission's footprint over its whole life: every site it ever held, with the most personnel each
 * had at any time and whether it was still open when the mission ended. What a map shows for an
 * ended mission when no date is asked for (at its last day, most sites have closed). No DOM.
 */
import { endOf, type Day } from './dates.js';
import { completeSeries, type Headcount } from './footprint.js';
import type { Mission, Personnel, Site } from './schema.js';

export interface SiteOverLife {
  site: Site;
  /** The largest personnel entry the site ever had, or null when it gives none. */
  peak: Headcount | null;
  /** The date of that entry, when it has one. */
  peakDate?: string;
  /** The site closed before the mission ended (its own end is earlier than the mission's). */
  closedEarly: boolean;
  /** The site or its peak entry is marked as an estimate. */
  estimate: boolean;
}

/** Whether a map of this mission, with no date asked for, shows its life rather than one day. */
export function showsLife(mission: Mission | undefined, asOf: Day): boolean {
  return !!mission?.end && endOf(mission.end) < asOf && (mission.sites?.length ?? 0) > 0;
}

export function lifeFootprint(mission: Mission): SiteOverLife[] {
  const end = mission.end ? endOf(mission.end) : Infinity;
  return (mission.sites ?? []).map((site) => {
    const list: Personnel[] = site.personnel === undefined ? [] : Array.isArray(site.personnel) ? site.personnel : [site.personnel];
    let peak: Headcount | null = null;
    let peakDate: string | undefined;
    let estimate = site.estimate === true;
    // Entries completed with the categories they leave out (src/model/footprint.ts), as on any one day.
    for (const entry of completeSeries(list)) {
      if (!peak || entry.total > peak.total) {
        const { troops, police, observers, civilians, total } = entry;
        peak = { troops, police, observers, civilians, total };
        peakDate = entry.date;
        estimate = site.estimate === true || entry.estimate;
      }
    }
    const siteEnd = site.end ? endOf(site.end) : Infinity;
    return { site, peak, peakDate, closedEarly: siteEnd < end && Number.isFinite(siteEnd), estimate };
  });
}

