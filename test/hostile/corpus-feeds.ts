/**
 * The hostile corpus: 200 random mutations of the Sierra Leone feed (fast-check, fixed seed) and 20
 * structural breakages. Shared by the browser test (corpus.test.ts: every element stays readable) and
 * the Node test of the JSON Schema (test/node/schema.test.mjs: Ajv and parseFeed agree on each).
 */
import fc from 'fast-check';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

export type Json = unknown;
export type Path = (string | number)[];

/** Every path in a JSON value, so mutations can land anywhere. */
export function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.slice(0, 4).forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

export function setAt(root: Json, path: Path, value: Json | typeof REMOVE): Json {
  if (path.length === 0) return value === REMOVE ? {} : value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) {
    const next = node?.[key];
    if (!next || typeof next !== 'object') return copy; // an earlier mutation removed the way there
    node = next as Record<string | number, Json>;
  }
  const last = path[path.length - 1];
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}
export const REMOVE = Symbol('remove');

const deep = (depth: number): Json => (depth === 0 ? 'bottom' : { nested: deep(depth - 1) });
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

const hostileValue: fc.Arbitrary<Json | typeof REMOVE> = fc.oneof(
  fc.constant(REMOVE),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('2003-02-30', '2003-13', '03/10/2003', '', '99999-01-01', 'yesterday'),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -1, 0.5, 1e21),
  fc.constantFrom([200, 95], [8.49, -13.23], [-13.23], [Number.NaN, 0], [], [[]]),
  fc.constantFrom([], {}, null, true),
  fc.constantFrom('unamsil', 'gosl', 'nobody', 'ssr'),
  fc.constant(deep(2000)),
);

const mutation = fc.tuple(fc.constantFrom(...paths(sierraLeone)), hostileValue);
const structural: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.constant([]),
  fc.constant({ peacekit: 2 }),
  fc.constant({ peacekit: '1' }),
  fc.constant({ ...sierraLeone, peacekit: undefined }),
  fc.constant({ ...sierraLeone, title: TEN_MB }),
  fc.constant({ peacekit: 1, missions: [] }),
  fc.constant({ peacekit: 1, missions: deep(3000) }),
  // Reversed ranges and duplicate ids on real entries.
  fc.constant(setAt(sierraLeone, ['missions', 0, 'end'], '1990')),
  fc.constant(setAt(sierraLeone, ['actors', 1, 'id'], (sierraLeone as { actors: { id: string }[] }).actors[0].id)),
);

export const corpus: Json[] = [
  ...fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce((feed, [p, v]) => setAt(feed, p, v), sierraLeone as Json)), { numRuns: 200, seed: 20261127 }),
  ...fc.sample(structural, { numRuns: 20, seed: 7 }),
];
