// Writes peacekit.schema.json from the same valibot schema that parseFeed uses, so portal teams
// can validate feeds in their own pipelines. Cross-reference checks (ids resolve) are parseFeed's.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { importTs } from './load-ts.mjs';

const { Feed, FORMAT_VERSION } = await importTs('src/model/schema.ts');
const schema = toJsonSchema(Feed, { errorMode: 'ignore' });
const out = {
  title: `peacekit feed, format version ${FORMAT_VERSION}`,
  description: 'One JSON document for every peacekit widget (see docs/feed.md). Generated from src/model/schema.ts by scripts/write-schema.mjs; do not edit.',
  ...schema,
};
writeFileSync(new URL('../peacekit.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote peacekit.schema.json');
