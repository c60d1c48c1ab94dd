/**
 * A briefing: steps a presenter walks a room through, each setting the mission, the date, the map's
 * view and an optional caption. Defined in JSON; parsed here with the feed's own problem format.
 */
import * as v from 'valibot';
import { formatPath, LocalizedText, PartialDateText, type Problem } from '../model/index.js';

const Step = v.looseObject({
  mission: v.optional(v.string()),
  date: v.optional(PartialDateText),
  /** Matrix: a second date, to show the handover between it and `date`. */
  compare: v.optional(PartialDateText),
  /** Map: centre [longitude, latitude] and zoom (1 = the whole mission or the world). */
  map: v.optional(v.looseObject({
    center: v.optional(v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))], 'expected [longitude, latitude]')),
    zoom: v.optional(v.pipe(v.number(), v.minValue(1, 'zoom starts at 1'), v.maxValue(64))),
  })),
  title: v.optional(LocalizedText),
  caption: v.optional(LocalizedText),
});

export const Briefing = v.looseObject({
  title: LocalizedText,
  /** The line under every exported slide: where the data comes from. */
  sources: v.optional(LocalizedText),
  steps: v.pipe(v.array(Step, 'expected a list of steps'), v.minLength(1, 'a briefing needs at least one step')),
});

export type Briefing = v.InferOutput<typeof Briefing>;
export type BriefingStep = Briefing['steps'][number];

export function parseBriefing(input: unknown): { briefing: Briefing | null; problems: Problem[] } {
  const result = v.safeParse(Briefing, input, { abortEarly: false, abortPipeEarly: true });
  if (result.success) return { briefing: result.output, problems: [] };
  return {
    briefing: null,
    problems: result.issues.map((i) => ({
      path: formatPath((i.path ?? []).map((p) => p.key as string | number)),
      severity: 'error' as const,
      message: i.message,
    })),
  };
}

/** The step a key press leads to; clickers send PageDown/PageUp, keyboards arrows, Home and End. */
export function stepAfterKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'PageDown': case 'ArrowRight': case 'ArrowDown': case ' ': case 'Enter':
      return Math.min(count - 1, current + 1);
    case 'PageUp': case 'ArrowLeft': case 'ArrowUp': case 'Backspace':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
