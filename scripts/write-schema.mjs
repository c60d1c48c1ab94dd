// Writes peacekit.schema.json from the same valibot schema that parseFeed uses, so portal teams
// can validate feeds in their own pipelines. Cross-reference checks (ids resolve) are parseFeed's.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { importTs } from './load-ts.mjs';

const { Feed, FORMAT_VERSION, TASK_KINDS } = await importTs('src/model/schema.ts');
const schema = toJsonSchema(Feed, { errorMode: 'ignore' });

// valibot's custom checks do not translate: say in JSON Schema what Amount's check says, that an
// amount gives what came ("value"), what was required ("required"), or both.
(function amounts(node) {
  if (!node || typeof node !== 'object') return;
  const p = node.properties;
  if (p && p.value && p.required && p.currency) {
    delete node.required;
    node.anyOf = [{ required: ['value'] }, { required: ['required'] }];
  }
  for (const child of Object.values(node)) amounts(child);
})(schema);
// A task's kind is checked by parseFeed (checks.ts), which names the task's path; the JSON Schema lists the kinds.
(function taskKinds(node) {
  if (!node || typeof node !== 'object') return;
  const p = node.properties;
  if (p && p.sector && p.paragraph && p.kind) p.kind = { type: 'string', enum: [...TASK_KINDS] };
  for (const child of Object.values(node)) taskKinds(child);
})(schema);
const out = {
  title: `peacekit feed, format version ${FORMAT_VERSION}`,
  description: 'One JSON document for every peacekit widget (see docs/feed.md). Generated from src/model/schema.ts by scripts/write-schema.mjs; do not edit.',
  ...schema,
};
writeFileSync(new URL('../peacekit.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote peacekit.schema.json');
