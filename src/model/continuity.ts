/**
 * What continues after a mission leaves: the seed paper's "peacebuilding always continues beyond
 * its departure", as data. Something continues when it is in force on any day after the departure.
 */
import { dayRange, endOf, type Day } from './dates.js';
import type { Feed, FundingStream, Mission, Presence, Responsibility, Track, TrackItem } from './schema.js';

export interface Continuing<T> {
  value: T;
  /** Begun before or at the departure and still running after it (rather than begun after). */
  carriedOver: boolean;
}

export interface AfterDeparture {
  mission: Mission;
  /** The mission's last day; null while it is still deployed. */
  departure: Day | null;
  items: Continuing<{ track: Track; item: TrackItem }>[];
  /** Tracks with at least one item that continues. */
  tracks: Track[];
  responsibilities: Continuing<Responsibility>[];
  successors: Continuing<Presence>[];
  funding: Continuing<FundingStream>[];
}

export function continuesAfter(feed: Feed, missionId: string, asOf: Day): AfterDeparture | null {
  const mission = feed.missions?.find((m) => m.id === missionId);
  if (!mission) return null;
  const departure = mission.end ? endOf(mission.end) : null;
  const after = <T extends { start?: string; end?: string }>(value: T): Continuing<T> | null => {
    if (departure === null) return null;
    const r = dayRange(value, Math.max(asOf, departure + 1));
    return r.end > departure ? { value, carriedOver: r.start <= departure } : null;
  };
  const items: AfterDeparture['items'] = [];
  for (const track of feed.tracks ?? []) {
    if (track.mission !== undefined && track.mission !== missionId) continue;
    for (const item of track.items) {
      const c = after(item);
      if (c) items.push({ value: { track, item }, carriedOver: c.carriedOver });
    }
  }
  const keep = <T extends { start?: string; end?: string }>(list: readonly T[] | undefined) =>
    (list ?? []).map(after).filter((c): c is Continuing<T> => c !== null);
  const funding = (feed.funding ?? [])
    .filter((f) => f.mission === undefined || f.mission === missionId)
    .map((f) => {
      const spans = f.amounts.map((a) => after(a)).filter((c) => c !== null);
      return spans.length ? { value: f, carriedOver: spans.some((c) => c!.carriedOver) } : null;
    })
    .filter((c): c is Continuing<FundingStream> => c !== null);
  return {
    mission,
    departure,
    items,
    tracks: [...new Set(items.map((c) => c.value.track))],
    responsibilities: keep((feed.responsibilities ?? []).filter((r) => r.mission === undefined || r.mission === missionId)),
    successors: keep(mission.successors),
    funding,
  };
}
