// The drawing snapshots (test/snapshots/drawings.test.ts) are compared only when kept: a snapshot missing
// from the file would be written by the browser test and pass. This checks that every picture the test
// takes is kept, for both browser engines, so that a fresh clone compares rather than writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../snapshots/', import.meta.url);
const source = readFileSync(new URL('drawings.test.ts', root), 'utf8');
const kept = readFileSync(new URL('__snapshots__/drawings.test.snap.js', root), 'utf8');

test('every drawing snapshot the browser test takes is kept, and no other', () => {
  const names = [...source.matchAll(/expectSnapshot\('([^']+)'/g)].map((m) => m[1]);
  assert.ok(names.length >= 5, `the test takes ${names.length} snapshots`);
  const otherwise = JSON.parse(/DRAWN_OTHERWISE_IN_FIREFOX = (\[[^\]]*\])/.exec(source)[1].replace(/'/g, '"'));
  const expected = [...names, ...otherwise.map((n) => `${n} (gecko)`)];
  const missing = expected.filter((n) => !kept.includes(`snapshots["${n}"]`));
  assert.deepEqual(missing, [], 'run the test with --update-snapshots (Chromium; Firefox for the drawings it draws otherwise) and commit test/snapshots/__snapshots__');
  const stale = [...kept.matchAll(/^snapshots\["([^"]+)"\]/gm)].map((m) => m[1]).filter((n) => !expected.includes(n));
  assert.deepEqual(stale, [], 'snapshots no test takes any more: remove them');
});
