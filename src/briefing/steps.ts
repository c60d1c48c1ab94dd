/**
 * A briefing: steps a presenter walks a room through, each setting the mission, the date, which views
 * it shows and how they share the screen, what each view looks at, a caption and speaker notes.
 * Defined in JSON; parsed here with the feed's own problem format.
 */
import * as v from 'valibot';
import { formatPath, LocalizedText, PartialDateText, type Problem } from '../model/index.js';

/** The views a step can show, by the element that draws them. */
export const VIEW_KINDS = ['map', 'timeline', 'matrix', 'mandates'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/** How the views of a step share the screen: side by side, one above the other, or the first large. */
export const ARRANGEMENTS = ['row', 'column', 'main'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

const LonLat = v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))], 'expected [longitude, latitude]');

const Step = v.looseObject({
  mission: v.optional(v.string()),
  date: v.optional(PartialDateText),
  /** Matrix: a second date, to show the handover between it and `date`. */
  compare: v.optional(PartialDateText),
  /** The views shown, in reading order (one to three); all the briefing holds when absent. */
  views: v.optional(v.pipe(
    v.array(v.picklist(VIEW_KINDS, `expected one of ${VIEW_KINDS.join(', ')}`), 'expected a list of views'),
    v.minLength(1, 'a step shows at least one view'),
    v.maxLength(3, 'a step shows at most three views'),
    v.check((list) => new Set(list).size === list.length, 'a view is listed twice'),
  )),
  /** How they share the space: `row`, `column` or `main` (the first large, the others beside it). */
  layout: v.optional(v.picklist(ARRANGEMENTS, `expected one of ${ARRANGEMENTS.join(', ')}`)),
  /** The share of each view, in the order of `views` (e.g. [2, 1]: the first takes two thirds). */
  share: v.optional(v.array(v.pipe(v.number(), v.minValue(0.2, 'a share is at least 0.2'), v.maxValue(5, 'a share is at most 5')), 'expected a list of numbers')),
  /** Map: centre [longitude, latitude] or a site of the mission (by id), and zoom (1 = the whole mission or the world). */
  map: v.optional(v.looseObject({
    center: v.optional(LonLat),
    site: v.optional(v.string()),
    zoom: v.optional(v.pipe(v.number(), v.minValue(1, 'zoom starts at 1'), v.maxValue(64))),
  })),
  /** Timeline: the window shown (`from` and `to`; the whole extent when absent), and the groups shown open (the others collapsed to one line). */
  timeline: v.optional(v.looseObject({
    from: v.optional(PartialDateText),
    to: v.optional(PartialDateText),
    groups: v.optional(v.array(v.string(), 'expected a list of group ids')),
  })),
  /** Matrix: the priority areas shown (ids); the others are left out. All when absent. */
  matrix: v.optional(v.looseObject({ areas: v.array(v.string(), 'expected a list of priority area ids') })),
  title: v.optional(LocalizedText),
  caption: v.optional(LocalizedText),
  /** Speaker notes: shown in the presenter view and written as the notes of the exported slide. */
  notes: v.optional(LocalizedText),
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
  if (!result.success) {
    return {
      briefing: null,
      problems: result.issues.map((i) => ({
        path: formatPath((i.path ?? []).map((p) => p.key as string | number)),
        severity: 'error' as const,
        message: i.message,
      })),
    };
  }
  const problems: Problem[] = [];
  result.output.steps.forEach((s, i) => {
    if (s.share && s.share.length !== (s.views?.length ?? s.share.length)) {
      problems.push({ path: formatPath(['steps', i, 'share']), severity: 'error', message: `expected ${s.views?.length} shares, one for each view` });
    }
    const { from, to } = s.timeline ?? {};
    if ((from === undefined) !== (to === undefined)) {
      problems.push({ path: formatPath(['steps', i, 'timeline']), severity: 'error', message: 'a window needs both "from" and "to"' });
    } else if (from && to && to.slice(0, from.length) < from.slice(0, to.length)) {
      problems.push({ path: formatPath(['steps', i, 'timeline']), severity: 'error', message: '"to" is before "from"' });
    }
  });
  return problems.length ? { briefing: null, problems } : { briefing: result.output, problems: [] };
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
