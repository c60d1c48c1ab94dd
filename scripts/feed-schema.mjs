// The published JSON Schema of the feed (draft 2020-12), built from the valibot schema parseFeed uses
// (src/model/schema.ts) through @valibot/to-json-schema's public options, with the descriptions and
// examples of src/model/schema-docs.ts. What valibot's own checks say in code (v.check), this says in
// JSON Schema where JSON Schema can: calendar dates, coordinate ranges, the version, an amount's
// value-or-required. What it cannot (ids that resolve, unique ids, end after start, distances), only
// parseFeed checks: PARSE_ONLY lists them, and docs/feed-reference.md prints the list.
import { readFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { importTs } from './load-ts.mjs';

/** A partial date that names a real day of the Gregorian calendar, as isPartialDate (src/model/dates.ts). */
export const CALENDAR_DATE = '^(?:\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\\d|2[0-8]))?|-(?:0[13-9]|1[0-2])-(?:29|30)|-(?:0[13578]|1[02])-31)?'
  + '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

/**
 * The errors of parseFeed a JSON Schema cannot express, each with the start of its message: a test
 * (test/node/schema.test.mjs) holds the schema and parseFeed to agree on every other error.
 */
export const PARSE_ONLY = [
  { check: 'ids unique within their list (site ids within a mission, track item ids across all tracks)', message: /id ".*" is already used by / },
  { check: 'references resolve: `actor`, `sector`, `role`, `mission`, `transferredFrom`, `dependsOn`, `sources` name an entry of the feed (or a built-in sector or role)', message: / ".*" is not defined in / },
  { check: '`end` is not before `start`', message: /^ends \(.*\) before it starts/ },
  { check: 'a mandate does not expire (`until`) before it is adopted', message: /^expires \(.*\) before it is adopted/ },
  { check: 'a sector is a task of a mandate once', message: / is already a task of this mandate/ },
  { check: 'a site is not more than 1,500 km from its mission\'s HQ while the swapped [latitude, longitude] pair is within 1,000 km of it', message: / km from the mission's HQ; this looks like \[latitude, longitude\]/ },
];

const DEFINITIONS = ['LocalizedText', 'PartialDateText', 'LonLat', 'Source', 'SourceMap', 'Personnel', 'Site', 'Phase', 'MandateTask', 'Mandate',
  'Strength', 'Presence', 'Headquarters', 'Areas', 'Mission', 'Actor', 'Sector', 'Role', 'Responsibility', 'TrackItem', 'Track',
  'FeedEvent', 'Amount', 'FundingStream'];

export async function feedSchema() {
  const model = await importTs('src/model/schema.ts');
  const { FEED_DOCS } = await importTs('src/model/schema-docs.ts');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const converted = toJsonSchema(model.Feed, {
    target: 'draft-2020-12',
    // valibot's v.check and v.custom have no JSON Schema form: said below instead, by hand.
    errorMode: 'ignore',
    // The only metadata is `opaque` (src/model/schema.ts, Areas), for unknown-keys.ts: not a keyword.
    ignoreActions: ['metadata'],
    definitions: Object.fromEntries(DEFINITIONS.map((name) => [name, model[name]])),
  });
  const { $schema, $defs, ...root } = converted;
  const defs = { ...$defs };

  // What the v.check actions say.
  defs.PartialDateText = { type: 'string', pattern: CALENDAR_DATE };
  defs.LonLat = {
    type: 'array',
    prefixItems: [{ type: 'number', minimum: -180, maximum: 180 }, { type: 'number', minimum: -90, maximum: 90 }],
    minItems: 2,
    maxItems: 2,
  };
  const byLanguage = defs.LocalizedText.anyOf.find((o) => o.type === 'object');
  byLanguage.minProperties = 1;
  // (each option names its property: Ajv's strictRequired wants a required property defined beside it)
  defs.Amount.anyOf = ['value', 'required'].map((key) => ({ properties: { [key]: true }, required: [key] }));
  root.properties.peacekit = { const: model.FORMAT_VERSION };
  // A task's kind: checked in checks.ts (which names the task's path); the kinds listed here.
  defs.MandateTask.properties.kind = { type: 'string', enum: [...model.TASK_KINDS] };
  // A site's personnel: a list of entries, or one entry (the union's second option is Personnel).
  defs.Site.properties.personnel = { anyOf: [{ type: 'array', items: { $ref: '#/$defs/Personnel' } }, { $ref: '#/$defs/Personnel' }] };
  // Entries guarded against lists (schema.ts, notList) lose their name in the conversion: given back.
  defs.Personnel.properties.maps.items = { $ref: '#/$defs/SourceMap' };
  // valibot's v.length counts UTF-16 units; JSON Schema's maxLength counts code points: one unit of the
  // Basic Multilingual Plane is the same either way.
  defs.Role.properties.glyph.pattern = '^[\\u0000-\\uFFFF]$';

  const parts = { Feed: root, ...defs };
  for (const [name, node] of Object.entries(parts)) document(name, node, FEED_DOCS);
  for (const name of Object.keys(FEED_DOCS)) if (!parts[name]) throw new Error(`schema-docs.ts describes "${name}", which the schema does not have`);
  for (const node of Object.values(parts)) if (Array.isArray(node.required) && node.required.length === 0) delete node.required;

  const { description, examples, ...rest } = root;
  const schema = {
    $schema,
    $id: `https://unpkg.com/peacekit@${pkg.version}/peacekit.schema.json`,
    title: `peacekit feed, format version ${model.FORMAT_VERSION}`,
    description: `${description} Generated from src/model/schema.ts and src/model/schema-docs.ts by scripts/write-schema.mjs; do not edit. `
      + 'Unknown keys are allowed (parseFeed warns about them). What only parseFeed checks: '
      + `${PARSE_ONLY.map((p) => p.check).join('; ')} (docs/feed-reference.md).`,
    examples,
    ...rest,
    $defs: Object.fromEntries(DEFINITIONS.map((name) => [name, defs[name]])),
  };
  return { schema, docs: FEED_DOCS };
}

/** Puts the part's description and example on it, and each field's on its property. */
function document(name, node, docs) {
  const doc = docs[name];
  if (!doc) throw new Error(`src/model/schema-docs.ts has no entry for "${name}"`);
  node.description = doc.about;
  node.examples = [doc.example];
  const props = node.properties ?? {};
  for (const key of Object.keys(props)) {
    const field = doc.fields?.[key];
    if (!field) throw new Error(`src/model/schema-docs.ts: ${name} has no description for "${key}"`);
    props[key] = { ...props[key], description: field[0], examples: [field[1]] };
  }
  for (const key of Object.keys(doc.fields ?? {})) {
    if (!props[key]) throw new Error(`src/model/schema-docs.ts describes ${name}.${key}, which the schema does not have`);
  }
}
