/**
 * A timeline mark in the reader's words for its tooltip and the accessible table: its lane, kind and
 * status. Loaded after the first drawing, with the table (text-alternatives.ts). Pure. No DOM.
 */
import type { Messages } from '../shared/messages/en.js';
import { amountFigures, reliabilityText } from './describe.js';
import { rangeText } from './format.js';
import type { TimelineMark, TimelineModel } from './lanes.js';

/** The mark's kind in the reader's words: a phase, presence, event or mission type; an item's kind as the feed has it. */
export function kindText(mark: TimelineMark, t: Messages): string {
  const names: Record<string, string> = { phase: t.timeline.phaseKinds, presence: t.timeline.presenceKinds, event: t.timeline.eventKinds, mission: t.map.missionTypes }[mark.kind as string] ?? {};
  return mark.type ? names[mark.type] ?? mark.type : '';
}

export function statusText(mark: TimelineMark, t: Messages['timeline']): string {
  return mark.status ? t.itemStatuses[mark.status] ?? mark.status : '';
}

/** The lane a mark is drawn in: "Events", the mission's acronym, or its track's label. */
export function laneLabel(mark: TimelineMark, model: TimelineModel, t: Messages['timeline']): string {
  if (mark.kind === 'event') return t.events;
  if (mark.lane === 'mission') return model.mission.acronym;
  for (const g of model.groups) for (const l of g.lanes) if (l.id === mark.lane) return l.label;
  return '';
}

/** What a mark's tooltip says: its title, dates, funding figures, note and where it belongs. */
export interface TipText {
  title: string;
  range: string;
  /** "$622,469,200 received of … · Reliability: assured" for an amount, else ''. */
  figures: string;
  note: string;
  /** Lane, kind and status: "UNAMSIL · Peacekeeping operation". */
  context: string;
}

export function tipText(mark: TimelineMark, model: TimelineModel, lang: string, t: Messages): TipText {
  const tl = t.timeline;
  return {
    title: mark.kind === 'mandate' ? tl.resolution(mark.label) : mark.label,
    range: rangeText(mark, lang, tl.ongoing),
    figures: mark.kind === 'amount' ? `${amountFigures(mark, lang, tl)} · ${tl.reliability}: ${reliabilityText(mark, tl)}` : '',
    note: mark.note ?? '',
    context: [laneLabel(mark, model, tl), kindText(mark, t), statusText(mark, tl)].filter(Boolean).join(' · '),
  };
}
