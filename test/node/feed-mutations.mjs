// Generated cases for the schema test, beside the hostile corpus: each demo feed with one to three
// values replaced, removed or added (fast-check, fixed seeds), drawn from values that sit on the edges
// of what the schema says (leap days, coordinate limits, counts at their bounds, codes, colours,
// glyphs, texts by language, the version) and plain wrong types.
import fc from 'fast-check';

export const EDGE_VALUES = [
  // wrong types
  5, 'x', '', true, null, {}, [], [1, 2],
  // dates
  '2003', '2003-10', '2003-02-30', '2004-02-29', '2100-02-29', '2000-02-29', '1900-02-29', '0000-02-29', '2003-13',
  '2003-00', '2003-1-01', '2003-04-31', '2003-12-31', '2003-10-00', '03/10/2003', '20030-01',
  // numbers
  -1, 0, 0.5, 1, 2, 1.5, 10000000, 10000001, 1e308, -1e308,
  // coordinates
  [200, 95], [8.49, -13.23], [-13.23, 8.49], [-180, 90], [180, -90], [180.0001, 0], [0, -90.5], [1, 2, 3], [1], ['1', 2],
  // codes, colours, glyphs
  'LBR', 'lbr', 'LIBR', 'USD', '#0072B2', '#12', 'red', '#abcd', 'L', 'LL', '🙂', 'é',
  // texts by language
  { en: 'Elections' }, { 'en-GB': 'x', fr: 'y' }, { english: 'x' }, { en: 5 }, { e: 'x' }, { 'zh-Hant-TW': '選舉' },
  // vocabularies, references, objects
  'unamsil', 'nobody', 'authorized', 'deployed', 'boss', 'planned',
  { type: 'Topology', objects: {} }, { type: 'Feature' }, { troops: 5 }, { troops: -5 }, { value: 5 }, { currency: 'USD' },
  { required: 10, currency: 'USD' },
];
/** Keys added where they are not: known ones in the wrong place, a typo, `$schema`. */
export const NEW_KEYS = ['$schema', 'mision', 'estimate', 'required', 'value', 'transferredFrom', 'units', 'country', 'until', 'personnel', 'glyph'];

/**
 * `count` mutated copies of `feed`. `tools` are `paths`, `setAt` and `REMOVE` of
 * test/hostile/corpus-feeds.ts, so both sets of cases walk a feed the same way.
 */
export function mutations(feed, count, seed, { paths, setAt, REMOVE }) {
  const all = paths(feed);
  const objects = all.filter((p) => {
    let node = feed;
    for (const k of p) node = node?.[k];
    return node && typeof node === 'object' && !Array.isArray(node);
  });
  const replace = fc.tuple(fc.constantFrom(...all), fc.oneof(fc.constant(REMOVE), fc.constantFrom(...EDGE_VALUES)));
  const add = fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...NEW_KEYS), fc.constantFrom(...EDGE_VALUES))
    .map(([at, key, value]) => [[...at, key], value]);
  const one = fc.oneof({ arbitrary: replace, weight: 4 }, { arbitrary: add, weight: 1 });
  return fc.sample(fc.array(one, { minLength: 1, maxLength: 3 }), { numRuns: count, seed })
    .map((ms) => ms.reduce((f, [p, v]) => setAt(f, p, v), feed));
}
