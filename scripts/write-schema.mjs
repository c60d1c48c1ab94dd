// Writes peacekit.schema.json and docs/feed-reference.md from the valibot schema parseFeed uses and
// its descriptions (scripts/feed-schema.mjs). `--check`: writes nothing, fails when either file is
// not what the source gives (a test runs it, so neither goes stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { feedReference } from './feed-reference.mjs';
import { feedSchema } from './feed-schema.mjs';

const { schema, docs } = await feedSchema();
const files = {
  'peacekit.schema.json': `${JSON.stringify(schema, null, 2)}\n`,
  'docs/feed-reference.md': feedReference(schema, docs),
};
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of Object.entries(files)) {
  const url = new URL(`../${file}`, import.meta.url);
  if (check) {
    let now = '';
    try { now = readFileSync(url, 'utf8'); } catch { /* missing: stale */ }
    if (now !== text) {
      stale++;
      console.error(`${file} is not what src/model/schema.ts and schema-docs.ts give: run npm run schema`);
    }
  } else {
    writeFileSync(url, text);
    console.log(`wrote ${file}`);
  }
}
if (check && !stale) console.log('peacekit.schema.json and docs/feed-reference.md are up to date');
process.exit(stale ? 1 : 0);
