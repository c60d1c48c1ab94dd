/**
 * The runtime schema of the peacekit feed (FEED.md), written with valibot: no `eval`, so it
 * runs under a strict Content-Security-Policy. Types are inferred from it and the published
 * JSON Schema (`peacekit.schema.json`) is generated from it (scripts/write-schema.mjs).
 *
 * Objects are loose: unknown keys are allowed (feeds evolve); `parseFeed` reports them as warnings.
 */
import * as v from 'valibot';
import { isPartialDate } from './dates.js';

const text = (what: string) => v.pipe(v.string(`expected ${what} as text`), v.minLength(1, `${what} is empty`));

/** Human-readable text: a string or `{ "en": "...", "fr": "..." }`. */
export const LocalizedText = v.union(
  [
    v.pipe(v.string(), v.minLength(1, 'text is empty')),
    v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/)), v.string()),
      v.check((o) => Object.keys(o).length > 0, 'a text by language needs at least one language'),
    ),
  ],
  'expected text, or an object of language tags to text like { "en": "Elections" }',
);

export const PartialDateText = v.pipe(
  v.string('expected a date like "2003", "2003-10" or "2003-10-01"'),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, (issue) => `expected a date like "2003", "2003-10" or "2003-10-01"; got ${JSON.stringify(String(issue.input).slice(0, 40))}`),
  v.check(isPartialDate, (issue) => `expected a real calendar date like "2003", "2003-10" or "2003-10-01"; got ${JSON.stringify(issue.input)}`),
);

const Id = v.pipe(v.string('expected an id (text)'), v.minLength(1, 'id is empty'));
const Ref = (what: string) => v.pipe(v.string(`expected the id of ${what}`), v.minLength(1, `the id of ${what} is empty`));
const Count = v.pipe(v.number('expected a number of people'), v.finite('expected a finite number'), v.minValue(0, 'a number of people cannot be negative'), v.maxValue(10_000_000, 'this number of people is not plausible'));

/** `[longitude, latitude]` in WGS 84. Range and order are checked in `parseFeed` to give a hint. */
export const LonLat = v.pipe(
  v.array(v.number('expected numbers in [longitude, latitude]'), 'expected [longitude, latitude]'),
  v.check((a) => a.length === 2, (issue) => `expected [longitude, latitude]; got ${JSON.stringify(issue.input)} (${(issue.input as unknown[]).length} numbers)`),
);

const RangeEntries = {
  start: v.optional(PartialDateText),
  end: v.optional(PartialDateText),
};

export const Source = v.looseObject({
  id: Id,
  label: LocalizedText,
  url: v.optional(v.string('expected a URL as text')),
  date: v.optional(PartialDateText),
});

const Sources = v.optional(v.array(Ref('a source'), 'expected a list of source ids'));

const Iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code like "LBR"'));

/**
 * An object of a list that has no required key: valibot takes a list for an object (a list has keys),
 * so `[200, 95]` would pass as an empty personnel entry. It is an error, as in the JSON Schema.
 */
const notList = v.custom<unknown>((x) => !Array.isArray(x), 'expected an object; got a list');

/** The UN deployment map a figure was read from (Geo-PKO's `source`), and the month of that map. */
export const SourceMap = v.looseObject({
  source: v.optional(v.string('expected the map\'s name or number as text')),
  month: v.optional(PartialDateText),
});

/**
 * A site's personnel on a date. A category left out keeps its figure from the site's previous entry
 * (src/model/footprint.ts); `estimate: true` says the figures are estimates (Geo-PKO's unit sizes),
 * not headcounts. `units` counts units or troops by kind (Geo-PKO: troops in infantry and reserve units,
 * number of medical, aviation, police and observer units), `maps` names the maps the figures come from.
 */
export const Personnel = v.looseObject({
  date: v.optional(PartialDateText),
  troops: v.optional(Count),
  police: v.optional(Count),
  observers: v.optional(Count),
  civilians: v.optional(Count),
  estimate: v.optional(v.boolean('expected true or false')),
  units: v.optional(v.pipe(notList, v.record(v.string(), Count, 'expected an object of unit kinds to numbers, like { "infantry": 650 }'))),
  maps: v.optional(v.array(v.pipe(notList, SourceMap), 'expected a list of source maps')),
});

export const Site = v.looseObject({
  id: Id,
  name: LocalizedText,
  at: LonLat,
  type: v.optional(v.string('expected a site type such as "sector-hq"')),
  ...RangeEntries,
  area: v.optional(Ref('an area of the mission')),
  // A list is also an object to valibot: the single entry excludes lists, so a bad entry of a list is
  // reported as itself ("cannot be negative") rather than the list passing as one empty entry.
  personnel: v.optional(v.union([v.array(v.pipe(notList, Personnel)), v.pipe(notList, Personnel)], 'expected a list of personnel entries or one entry')),
  units: v.optional(v.array(v.string())),
  contributors: v.optional(v.array(v.string())),
  estimate: v.optional(v.boolean()),
  /** The country the site lies in, where it differs or may differ from the mission's hosts (a liaison office abroad). */
  country: v.optional(Iso3),
});

export const Phase = v.looseObject({
  kind: v.string('expected a phase kind such as "drawdown"'),
  label: v.optional(LocalizedText),
  start: PartialDateText,
  end: v.optional(PartialDateText),
});

/** What a mandate asks the mission to do for a sector: the seed paper's roles a mission takes. */
export const TASK_KINDS = ['articulate', 'enable', 'implement', 'monitor'] as const;

/**
 * One peacebuilding task of a mandate, in full: the sector, the kind of task, the resolution's own
 * words and where they are (a source id, an operative paragraph). A task may also be just its sector id.
 */
export const MandateTask = v.looseObject({
  sector: Ref('a sector'),
  // One of TASK_KINDS: checked in checks.ts, which names the task's path (inside a union, valibot would
  // report the whole task); scripts/write-schema.mjs writes the list into the JSON Schema.
  kind: v.optional(v.string('expected a kind of task as text')),
  wording: v.optional(LocalizedText),
  source: v.optional(Ref('a source')),
  paragraph: v.optional(text('an operative paragraph like "8 (a)"')),
});

/**
 * A Security Council resolution that set or renewed the mission's mandate. `tasks` is the whole list
 * of peacebuilding tasks in force under it (sector ids or task objects); a mandate without `tasks`
 * keeps the previous one's (an extension that restates nothing), and with `amends` it lists only what
 * changes. `until` is its expiry, `months` the
 * period it gives, `flags` what else it says (Chapter VII, protection of civilians).
 */
export const Mandate = v.looseObject({
  resolution: text('a resolution number'),
  adopted: PartialDateText,
  until: v.optional(PartialDateText),
  months: v.optional(v.pipe(v.number('expected the mandate period in months as a number'), v.integer('expected a whole number of months'), v.minValue(1, 'a mandate period is at least one month'), v.maxValue(120, 'a mandate period of more than ten years is not plausible'))),
  tasks: v.optional(v.array(v.union([Id, MandateTask], 'expected a task: a sector id like "ddr", or { "sector": "ddr", "kind": "implement" }'), 'expected a list of tasks')),
  /** `tasks` lists only what this resolution adds or changes; the other tasks carry over from the previous mandate. */
  amends: v.optional(v.boolean('expected true or false')),
  flags: v.optional(v.array(text('a flag like "chapter-vii"'), 'expected a list of flags like ["chapter-vii"]')),
  sources: Sources,
});

export const Strength = v.looseObject({
  date: PartialDateText,
  troops: v.optional(Count),
  police: v.optional(Count),
  observers: v.optional(Count),
  civilians: v.optional(Count),
  kind: v.optional(v.picklist(['deployed', 'authorized'], 'expected "deployed" or "authorized"')),
  /** The figures are estimates (e.g. the sum of Geo-PKO's unit-size estimates), not a UN headcount. */
  estimate: v.optional(v.boolean('expected true or false')),
  sources: Sources,
});

export const Presence = v.looseObject({
  label: LocalizedText,
  kind: v.optional(v.string()),
  ...RangeEntries,
});

/** Where a mission's headquarters is: a name and a point. */
export const Headquarters = v.looseObject({ name: LocalizedText, at: LonLat });

/**
 * Areas of responsibility: TopoJSON or GeoJSON, checked by topojson-client and d3-geo when drawn.
 * `opaque`: unknown-keys.ts does not look inside (the JSON Schema generator leaves metadata out).
 */
export const Areas = v.pipe(
  v.looseObject({ type: v.picklist(['Topology', 'FeatureCollection'], 'expected a TopoJSON Topology or a GeoJSON FeatureCollection') }),
  v.metadata({ opaque: true }),
);

export const Mission = v.looseObject({
  id: Id,
  acronym: text('an acronym'),
  name: v.optional(LocalizedText),
  countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code like "LBR"')))),
  type: v.optional(v.string()),
  ...RangeEntries,
  hq: v.optional(Headquarters),
  phases: v.optional(v.array(Phase)),
  mandates: v.optional(v.array(Mandate)),
  strength: v.optional(v.array(Strength)),
  sites: v.optional(v.array(Site)),
  areas: v.optional(Areas),
  predecessors: v.optional(v.array(Presence)),
  successors: v.optional(v.array(Presence)),
  sources: Sources,
});

export const Actor = v.looseObject({
  id: Id,
  label: LocalizedText,
  short: v.optional(LocalizedText),
  type: v.optional(v.string()),
});

export const Sector = v.looseObject({
  id: Id,
  label: LocalizedText,
  area: v.optional(v.string()),
});

export const Role = v.looseObject({
  id: Id,
  label: LocalizedText,
  description: v.optional(LocalizedText),
  glyph: v.optional(v.pipe(v.string(), v.length(1, 'a glyph is one character'))),
  color: v.optional(v.pipe(v.string(), v.hexColor('expected a colour like "#0072B2"'))),
});

export const Responsibility = v.looseObject({
  sector: Ref('a sector'),
  actor: Ref('an actor'),
  role: Ref('a role'),
  mission: v.optional(Ref('a mission')),
  ...RangeEntries,
  /**
   * The actor this responsibility was handed over by (a transfer): on its `start`, the named actor's
   * responsibility in the same sector ended and this one took it up, whatever the two roles. The
   * matrix's handover view shows it as a transfer, not as one thing ending and another beginning.
   */
  transferredFrom: v.optional(Ref('the actor that handed this responsibility over')),
  level: v.optional(v.string()),
  note: v.optional(LocalizedText),
  sources: Sources,
});

export const TrackItem = v.looseObject({
  id: Id,
  label: LocalizedText,
  ...RangeEntries,
  kind: v.optional(v.string()),
  status: v.optional(v.string()),
  dependsOn: v.optional(v.array(Ref('a track item'))),
  note: v.optional(LocalizedText),
  sources: Sources,
});

export const Track = v.looseObject({
  id: Id,
  label: LocalizedText,
  group: v.optional(v.string()),
  actor: v.optional(Ref('an actor')),
  mission: v.optional(Ref('a mission')),
  items: v.array(TrackItem, 'expected a list of items'),
});

export const FeedEvent = v.looseObject({
  id: v.optional(Id),
  date: PartialDateText,
  label: LocalizedText,
  kind: v.optional(v.string()),
  mission: v.optional(Ref('a mission')),
  sources: Sources,
});

const Money = v.pipe(v.number('expected an amount as a number'), v.finite(), v.minValue(0, 'an amount cannot be negative'));

/**
 * Money over a span. `value` is what came (received, or for an assessed budget what was apportioned
 * among Member States); `required` is what was asked for (a budget proposal, an appeal, a plan's
 * costed needs). Either may be missing, not both (checks.ts: also when an error elsewhere in the
 * amount removed one of them): a gap is `required` minus `value`.
 */
export const Amount = v.looseObject({
  ...RangeEntries,
  value: v.optional(Money),
  required: v.optional(Money),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency like "USD"'))),
});

export const FundingStream = v.looseObject({
  id: Id,
  label: LocalizedText,
  source: v.optional(v.string()),
  reliability: v.optional(v.string()),
  cycle: v.optional(v.string()),
  mission: v.optional(Ref('a mission')),
  amounts: v.array(Amount, 'expected a list of amounts'),
  /** What the figures are (which proposal, which apportionment): shown with the amounts. */
  note: v.optional(LocalizedText),
  sources: Sources,
});

export const Feed = v.looseObject({
  /** The JSON Schema the feed says it follows, for editors: read by them, not by peacekit. */
  $schema: v.optional(v.string()),
  peacekit: v.pipe(v.number('expected the format version as a number, e.g. "peacekit": 1'), v.integer('the format version is a whole number')),
  title: v.optional(LocalizedText),
  /** Where the feed's facts come from and under which terms (data licences, dataset citations): text, shown as is. */
  notice: v.optional(LocalizedText),
  asOf: v.optional(PartialDateText),
  lang: v.optional(v.string()),
  sources: v.optional(v.array(Source)),
  missions: v.optional(v.array(Mission)),
  actors: v.optional(v.array(Actor)),
  sectors: v.optional(v.array(Sector)),
  roles: v.optional(v.array(Role)),
  responsibilities: v.optional(v.array(Responsibility)),
  tracks: v.optional(v.array(Track)),
  events: v.optional(v.array(FeedEvent)),
  funding: v.optional(v.array(FundingStream)),
});

export type LocalizedText = v.InferOutput<typeof LocalizedText>;
export type Feed = v.InferOutput<typeof Feed>;
export type Mission = v.InferOutput<typeof Mission>;
export type Site = v.InferOutput<typeof Site>;
export type Personnel = v.InferOutput<typeof Personnel>;
export type Phase = v.InferOutput<typeof Phase>;
export type Mandate = v.InferOutput<typeof Mandate>;
export type MandateTask = v.InferOutput<typeof MandateTask>;
export type TaskKind = (typeof TASK_KINDS)[number];
export type Strength = v.InferOutput<typeof Strength>;
export type SourceMap = v.InferOutput<typeof SourceMap>;
export type Presence = v.InferOutput<typeof Presence>;
export type Actor = v.InferOutput<typeof Actor>;
export type Sector = v.InferOutput<typeof Sector>;
export type Role = v.InferOutput<typeof Role>;
export type Responsibility = v.InferOutput<typeof Responsibility>;
export type Track = v.InferOutput<typeof Track>;
export type TrackItem = v.InferOutput<typeof TrackItem>;
export type FeedEvent = v.InferOutput<typeof FeedEvent>;
export type FundingStream = v.InferOutput<typeof FundingStream>;
export type Amount = v.InferOutput<typeof Amount>;
export type Source = v.InferOutput<typeof Source>;

/** The format version this build reads. */
export const FORMAT_VERSION = 1;
