/**
 * Checks beyond shape, on a feed whose shape is valid: unique ids, references that resolve,
 * ranges that end after they start, coordinates in range and in [longitude, latitude] order,
 * and values outside the known vocabularies (warnings: feeds evolve).
 */
import { endOf, startOf } from './dates.js';
import { formatPath, type PathSegment } from './problems.js';
import { TASK_KINDS, type Feed } from './schema.js';
import { resolveVocabulary } from './vocabulary-resolve.js';
import {
  ACTOR_TYPES, EVENT_KINDS, FUNDING_CYCLES, FUNDING_SOURCES, ITEM_STATUSES, LEVELS, MANDATE_FLAGS, MISSION_TYPES,
  PRESENCE_KINDS, PRIORITY_AREAS, RELIABILITIES, SITE_TYPES,
} from './vocabulary.js';

export interface Finding {
  segments: PathSegment[];
  severity: 'error' | 'warning';
  message: string;
  /** What to remove for this error, when it is not simply the part at `segments`. */
  drop?: PathSegment[];
}

type Obj = Record<string, unknown>;
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const SITE_TYPE_IDS = ids(SITE_TYPES);
const quote = (s: unknown) => JSON.stringify(s);

export function checkFeed(feed: Feed): Finding[] {
  const out: Finding[] = [];
  const error = (segments: PathSegment[], message: string, drop?: PathSegment[]) => out.push({ segments, severity: 'error', message, drop });
  const warn = (segments: PathSegment[], message: string) => out.push({ segments, severity: 'warning', message });

  // Where each id was first seen: its path, written out only for a duplicate (10,000 sites, few repeats).
  const unique = (list: readonly Obj[] | undefined, at: PathSegment[], what: string, seen = new Map<string, PathSegment[]>()) => {
    (list ?? []).forEach((item, i) => {
      const id = item.id as string | undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first) error([...at, i, 'id'], `${what} id ${quote(id)} is already used by ${formatPath(first)}; ids must be unique`);
      else seen.set(id, [...at, i]);
    });
    return seen;
  };
  unique(feed.sources, ['sources'], 'source');
  unique(feed.missions, ['missions'], 'mission');
  unique(feed.actors, ['actors'], 'actor');
  unique(feed.sectors, ['sectors'], 'sector');
  unique(feed.roles, ['roles'], 'role');
  unique(feed.tracks, ['tracks'], 'track');
  unique(feed.funding, ['funding'], 'funding stream');
  unique(feed.events, ['events'], 'event');
  const itemIds = new Map<string, PathSegment[]>();
  (feed.tracks ?? []).forEach((t, ti) => unique(t.items, ['tracks', ti, 'items'], 'track item', itemIds));
  (feed.missions ?? []).forEach((m, mi) => unique(m.sites, ['missions', mi, 'sites'], 'site'));

  const vocab = resolveVocabulary(feed);
  const sourceIds = new Set(ids(feed.sources ?? []));
  const missionIds = new Set(ids(feed.missions ?? []));
  const actorIds = new Set(ids(feed.actors ?? []));

  const ref = (value: string | undefined, known: Set<string> | Map<string, unknown>, at: PathSegment[], what: string, list: string) => {
    if (value === undefined || known.has(value)) return;
    error(at, `${what} ${quote(value)} is not defined in ${list}`);
  };
  const sources = (list: readonly string[] | undefined, at: PathSegment[]) =>
    (list ?? []).forEach((s, i) => ref(s, sourceIds, [...at, 'sources', i], 'source', '"sources"'));
  const range = (r: { start?: string; end?: string }, at: PathSegment[]) => {
    if (r.start && r.end && endOf(r.end) < startOf(r.start)) {
      // Dropping only `end` would draw it as ongoing: the whole entry goes.
      error([...at, 'end'], `ends (${r.end}) before it starts (${r.start})`, at);
    }
  };
  const known = (value: string | undefined, allowed: readonly string[], at: PathSegment[], what: string, fallback: string) => {
    if (value === undefined || allowed.includes(value)) return;
    warn(at, `unknown ${what} ${quote(value)}; ${fallback}. Known: ${allowed.join(', ')}`);
  };
  const lonLat = (at: readonly number[], path: PathSegment[], near?: readonly number[]) => {
    const [lon, lat] = at;
    const inRange = (x: number, y: number) => Math.abs(x) <= 180 && Math.abs(y) <= 90;
    if (inRange(lon, lat)) {
      // In range but far from the mission's HQ, while the swapped pair is close: a [lat, lon] slip.
      if (near && inRange(lat, lon) && distanceKm(at, near) > 1500 && distanceKm([lat, lon], near) < 1000) {
        error(path, `[${lon}, ${lat}] is ${Math.round(distanceKm(at, near))} km from the mission's HQ; this looks like [latitude, longitude]: write [${lat}, ${lon}]`);
      }
      return;
    }
    const hint = inRange(lat, lon) ? `; this looks like [latitude, longitude]: write [${lat}, ${lon}]` : '';
    error(path, `expected [longitude, latitude] with longitude from -180 to 180 and latitude from -90 to 90; got [${lon}, ${lat}]${hint}`);
  };

  (feed.sources ?? []).forEach((s, i) => {
    if (s.url !== undefined && !/^(https?:|mailto:)/i.test(s.url)) {
      warn(['sources', i, 'url'], `only http:, https: and mailto: addresses become links; ${quote(s.url)} is shown as text`);
    }
  });

  (feed.missions ?? []).forEach((m, mi) => {
    const at: PathSegment[] = ['missions', mi];
    range(m, at);
    known(m.type, MISSION_TYPES.map((t) => t.id), [...at, 'type'], 'mission type', 'drawn as a generic mission');
    if (m.hq) lonLat(m.hq.at, [...at, 'hq', 'at']);
    sources(m.sources, at);
    m.phases?.forEach((p, i) => range(p, [...at, 'phases', i]));
    const resolutions = new Map<string, number>();
    m.mandates?.forEach((md, i) => {
      const mat: PathSegment[] = [...at, 'mandates', i];
      sources(md.sources, mat);
      const first = resolutions.get(md.resolution);
      if (first !== undefined) warn([...mat, 'resolution'], `resolution ${quote(md.resolution)} is already listed at ${formatPath([...at, 'mandates', first])}`);
      else resolutions.set(md.resolution, i);
      if (md.until && endOf(md.until) < startOf(md.adopted)) error([...mat, 'until'], `expires (${md.until}) before it is adopted (${md.adopted})`);
      const seen = new Map<string, number>();
      md.tasks?.forEach((task, ti) => {
        const tat: PathSegment[] = [...mat, 'tasks', ti];
        const sector = typeof task === 'string' ? task : task.sector;
        const sat = typeof task === 'string' ? tat : [...tat, 'sector'];
        if (!vocab.sectorById.has(sector)) error(sat, `sector ${quote(sector)} is not defined in "sectors" or the built-in sectors`, tat);
        else if (seen.has(sector)) error(sat, `sector ${quote(sector)} is already a task of this mandate (tasks[${seen.get(sector)}]); give each sector once`, tat);
        else seen.set(sector, ti);
        if (typeof task === 'string') return;
        if (task.kind !== undefined && !(TASK_KINDS as readonly string[]).includes(task.kind)) {
          error([...tat, 'kind'], `expected a kind of task: ${TASK_KINDS.map(quote).join(', ')}; got ${quote(task.kind)}`, tat);
        }
        ref(task.source, sourceIds, [...tat, 'source'], 'source', '"sources"');
      });
      md.flags?.forEach((f, fi) => known(f, MANDATE_FLAGS, [...mat, 'flags', fi], 'mandate flag', 'shown as written'));
    });
    m.strength?.forEach((st, i) => sources(st.sources, [...at, 'strength', i]));
    m.predecessors?.forEach((p, i) => {
      range(p, [...at, 'predecessors', i]);
      known(p.kind, PRESENCE_KINDS, [...at, 'predecessors', i, 'kind'], 'presence kind', 'drawn as "other"');
    });
    m.successors?.forEach((p, i) => {
      range(p, [...at, 'successors', i]);
      known(p.kind, PRESENCE_KINDS, [...at, 'successors', i, 'kind'], 'presence kind', 'drawn as "other"');
    });
    const areaIds = areaFeatureIds(m.areas);
    m.sites?.forEach((s, si) => {
      const sat: PathSegment[] = [...at, 'sites', si];
      lonLat(s.at, [...sat, 'at'], m.hq?.at);
      range(s, sat);
      if (s.type !== undefined && !SITE_TYPE_IDS.includes(s.type)) known(s.type, SITE_TYPE_IDS, [...sat, 'type'], 'site type', 'drawn as a base');
      if (s.area !== undefined && areaIds && !areaIds.has(s.area)) {
        warn([...sat, 'area'], `area ${quote(s.area)} is not a feature of this mission's "areas"`);
      }
    });
  });

  (feed.actors ?? []).forEach((a, i) =>
    known(a.type, ACTOR_TYPES.map((t) => t.id), ['actors', i, 'type'], 'actor type', 'grouped under "Other"'));
  (feed.sectors ?? []).forEach((s, i) =>
    known(s.area, PRIORITY_AREAS.map((p) => p.id), ['sectors', i, 'area'], 'priority area', 'grouped on its own'));

  (feed.responsibilities ?? []).forEach((r, i) => {
    const at: PathSegment[] = ['responsibilities', i];
    ref(r.sector, vocab.sectorById, [...at, 'sector'], 'sector', '"sectors" or the built-in sectors');
    ref(r.actor, actorIds, [...at, 'actor'], 'actor', '"actors"');
    ref(r.role, vocab.roleById, [...at, 'role'], 'role', '"roles" or the built-in roles');
    ref(r.mission, missionIds, [...at, 'mission'], 'mission', '"missions"');
    ref(r.transferredFrom, actorIds, [...at, 'transferredFrom'], 'actor', '"actors"');
    range(r, at);
    known(r.level, LEVELS, [...at, 'level'], 'level', 'shown as written');
    sources(r.sources, at);
  });

  (feed.tracks ?? []).forEach((t, ti) => {
    const at: PathSegment[] = ['tracks', ti];
    ref(t.actor, actorIds, [...at, 'actor'], 'actor', '"actors"');
    ref(t.mission, missionIds, [...at, 'mission'], 'mission', '"missions"');
    t.items.forEach((item, ii) => {
      const iat: PathSegment[] = [...at, 'items', ii];
      range(item, iat);
      known(item.status, ITEM_STATUSES, [...iat, 'status'], 'status', 'shown as written');
      item.dependsOn?.forEach((d, di) => ref(d, itemIds, [...iat, 'dependsOn', di], 'track item', 'any track'));
      sources(item.sources, iat);
    });
  });

  (feed.events ?? []).forEach((e, i) => {
    ref(e.mission, missionIds, ['events', i, 'mission'], 'mission', '"missions"');
    known(e.kind, EVENT_KINDS, ['events', i, 'kind'], 'event kind', 'drawn as "other"');
    sources(e.sources, ['events', i]);
  });

  (feed.funding ?? []).forEach((f, i) => {
    const at: PathSegment[] = ['funding', i];
    ref(f.mission, missionIds, [...at, 'mission'], 'mission', '"missions"');
    known(f.source, FUNDING_SOURCES, [...at, 'source'], 'funding source', 'shown as "other"');
    known(f.reliability, RELIABILITIES, [...at, 'reliability'], 'reliability', 'drawn as "projected", the least firm');
    known(f.cycle, FUNDING_CYCLES, [...at, 'cycle'], 'funding cycle', 'shown as written');
    f.amounts.forEach((a, ai) => {
      if (a.value === undefined && a.required === undefined) {
        error([...at, 'amounts', ai], 'an amount needs "value" (what came), "required" (what was asked for), or both');
      } else range(a, [...at, 'amounts', ai]);
    });
    sources(f.sources, at);
  });
  return out;
}

/** Great-circle distance between two [lon, lat] points (haversine, mean Earth radius). */
function distanceKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Feature ids of a mission's areas (GeoJSON features or TopoJSON geometries); null when unknown. */
function areaFeatureIds(areas: unknown): Set<string> | null {
  if (!areas || typeof areas !== 'object') return null;
  const a = areas as Obj;
  const collect = (list: unknown) =>
    Array.isArray(list) ? list.map((f) => (f as Obj)?.id).filter((id) => id !== undefined).map(String) : [];
  if (a.type === 'FeatureCollection') return new Set(collect(a.features));
  if (a.type === 'Topology' && a.objects && typeof a.objects === 'object') {
    return new Set(Object.values(a.objects as Obj).flatMap((o) => collect((o as Obj)?.geometries)));
  }
  return null;
}
