/**
 * What a step tells the views, through their public properties: the mission and the date (to their
 * dossier when there is one), the matrix's comparison date and open priority areas, and, once the
 * step is laid out, where the map looks (a centre or a site, a zoom) and the timeline's window and
 * open groups.
 */
import { TRACK_GROUPS, type Feed, type Problem } from '../model/index.js';
import type { BriefingStep } from './steps.js';

/** A peacekit element as the briefing drives it. */
export interface Linkable extends HTMLElement {
  mission?: string;
  date?: string;
  compare?: string;
  collapsed?: ReadonlySet<string>;
  areas?: string[];
  collapsedGroups?: ReadonlySet<string>;
  updateComplete?: Promise<boolean>;
  zoomTo?(a?: unknown, b?: unknown): void;
  feed?: Feed;
  problems?: Problem[];
}

/** Sets the step's mission, date, the matrix's focus and the timeline's open groups at once (one drawing each). */
export function applyStep(step: BriefingStep, dossier: Linkable | null, views: Linkable[]): void {
  for (const el of dossier ? [dossier] : views) {
    if (step.mission !== undefined) el.mission = step.mission;
    if (step.date !== undefined) el.date = step.date;
  }
  for (const el of views) {
    if (el.localName === 'pk-peacebuilding-timeline') {
      // Before the layout: the groups set the timeline's height.
      const open = step.timeline?.groups;
      el.collapsedGroups = new Set(open ? TRACK_GROUPS.filter((g) => !open.includes(g)) : []);
    }
    if (el.localName !== 'pk-sector-matrix') continue;
    el.compare = step.compare;
    // The step's priority areas alone (the others left out, not folded: their heading rows would take the room), all open.
    el.areas = [...(step.matrix?.areas ?? [])];
    el.collapsed = new Set();
  }
}

/** Frames the map and the timeline on what the step looks at; their size is known by then. */
export async function frameStep(step: BriefingStep, views: Linkable[]): Promise<void> {
  for (const el of views) {
    await el.updateComplete;
    if (el.localName === 'pk-mission-map') {
      const site = step.map?.site ? el.feed?.missions?.find((m) => m.id === (step.mission ?? el.mission))?.sites?.find((s) => s.id === step.map?.site) : undefined;
      el.zoomTo?.(step.map?.center ?? site?.at, step.map?.zoom ?? (site ? 4 : 1));
    } else if (el.localName === 'pk-peacebuilding-timeline') {
      // Without a window, the whole extent (the timeline keeps it within its own).
      el.zoomTo?.(step.timeline?.from ?? '0001', step.timeline?.to ?? '9999');
    }
  }
}
