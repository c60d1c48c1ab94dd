/**
 * What a selection relates to across the views: selecting a mission, a site, a matrix cell or a
 * timeline item names missions, actors, sectors, sites and track items the other views can highlight.
 * A mission and the actor that stands for it share an id (the feed's convention: the mission's actor
 * entry, e.g. "unamsil", has `type: "mission"`).
 */
import type { Feed } from './schema.js';

export type Selection =
  | { kind: 'mission'; id: string }
  | { kind: 'site'; mission: string; id: string }
  | { kind: 'cell'; sector: string; actor: string }
  | { kind: 'item'; id: string }
  | { kind: 'event'; index: number };

export interface Related {
  missions: Set<string>;
  actors: Set<string>;
  sectors: Set<string>;
  sites: Set<string>;
  items: Set<string>;
}

export function relatedTo(feed: Feed, selection: Selection | undefined): Related {
  const out: Related = { missions: new Set(), actors: new Set(), sectors: new Set(), sites: new Set(), items: new Set() };
  if (!selection) return out;
  const actorIds = new Set((feed.actors ?? []).map((a) => a.id));
  const missionIds = new Set((feed.missions ?? []).map((m) => m.id));
  const addMission = (id: string) => {
    if (!missionIds.has(id)) return;
    out.missions.add(id);
    if (actorIds.has(id)) out.actors.add(id);
  };
  const addActor = (id: string) => {
    out.actors.add(id);
    if (missionIds.has(id)) out.missions.add(id);
    for (const track of feed.tracks ?? []) {
      if (track.actor === id) for (const item of track.items) out.items.add(item.id);
    }
  };
  switch (selection.kind) {
    case 'mission':
      addMission(selection.id);
      break;
    case 'site':
      addMission(selection.mission);
      out.sites.add(selection.id);
      break;
    case 'cell':
      out.sectors.add(selection.sector);
      addActor(selection.actor);
      break;
    case 'item':
      out.items.add(selection.id);
      for (const track of feed.tracks ?? []) {
        if (!track.items.some((i) => i.id === selection.id)) continue;
        if (track.actor) addActor(track.actor);
        if (track.mission) addMission(track.mission);
      }
      break;
    case 'event': {
      const mission = feed.events?.[selection.index]?.mission;
      if (mission) addMission(mission);
      break;
    }
  }
  return out;
}
