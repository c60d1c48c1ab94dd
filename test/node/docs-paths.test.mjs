// README and docs name only files that exist: every repository path they mention (src/…, scripts/…,
// test/…, docs/…, demo/…, bench/…, stories/…, examples/…, bin/…) is checked against the checkout.
// Paths under dist/ are built, not kept, and are left out; so are globs and placeholders (`*`, `<…>`, `…`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pages = ['README.md', 'CHANGELOG.md', ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const PATH = /(?<![\w./-])((?:src|scripts|test|docs|demo|bench|stories|examples|bin)\/[\w./-]*[\w/])/g;

test('README and docs name only files that exist', () => {
  const missing = [];
  for (const page of pages) {
    const text = readFileSync(new URL(page, root), 'utf8');
    for (const m of text.matchAll(PATH)) {
      const path = m[1];
      const next = text[m.index + m[0].length] ?? '';
      if (/[*<>…]|\.\.\./.test(path) || /[*<…{]/.test(next)) continue;
      // A path written from the docs folder's point of view (e.g. a link "feed.md") is not matched here.
      const clean = path.replace(/[.,:;)]+$/, '');
      if (!existsSync(new URL(clean, root))) missing.push(`${page}: ${clean}`);
    }
  }
  assert.deepEqual([...new Set(missing)], []);
});
