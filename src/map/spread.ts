/**
 * Marks at (nearly) the same place, spread so that none hides another: the mission HQ star, the
 * airport's sector HQ and a team site in one town pile into one blot at mission scale. Piles are marks
 * that cover most of each other; in each, the most important mark (the mission HQ, else the largest)
 * stays where it is and the others move out onto a ring around it, each joined to its true place by a
 * leader line, as UN deployment maps offset co-located symbols. Marks that only touch are left alone
 * (the clusters handle crowds). Pure: positioned marks in, positioned marks out.
 */

export interface Spreadable {
  key: string;
  x: number;
  y: number;
  r: number;
  /** Where the mark truly is, when it was moved off it. */
  from?: [number, number];
}

/** Two marks pile up when their centres are closer than this share of the larger radius. */
const PILE = 1;
/** Space between spread symbols, in px. */
const GAP = 2;

/**
 * Returns the marks with the piled ones moved (a new object for each moved mark, in the same order).
 * `rank` orders a pile: the lowest stays in place.
 */
export function spreadPiles<T extends Spreadable>(marks: readonly T[], rank: (m: T) => number): T[] {
  const n = marks.length;
  const parent = marks.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Sorted by x, pairs are only compared while their x distance can still pile (n log n + close pairs).
  const order = marks.map((_, i) => i).sort((a, b) => marks[a].x - marks[b].x);
  const rMax = Math.max(0, ...marks.map((m) => m.r));
  for (let a = 0; a < n; a++) {
    const p = marks[order[a]];
    for (let b = a + 1; b < n; b++) {
      const q = marks[order[b]];
      if (q.x - p.x >= rMax * PILE) break;
      if (Math.hypot(p.x - q.x, p.y - q.y) < Math.max(p.r, q.r) * PILE) parent[find(order[a])] = find(order[b]);
    }
  }
  const piles = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const pile = piles.get(root);
    if (pile) pile.push(i);
    else piles.set(root, [i]);
  }
  const out = marks.slice();
  for (const members of piles.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => rank(marks[a]) - rank(marks[b]) || marks[b].r - marks[a].r || marks[a].key.localeCompare(marks[b].key));
    const [centre, ...around] = members.map((i) => marks[i]);
    // The ring: far enough that each moved mark clears the centre one and its neighbours on the ring.
    const rOut = Math.max(...around.map((m) => m.r));
    const ring = Math.max(centre.r + rOut + GAP, (around.length * (2 * rOut + GAP)) / (2 * Math.PI));
    around.forEach((m, j) => {
      // Start up and to the right (where labels go last), clockwise, evenly spaced.
      const angle = -Math.PI / 4 + (2 * Math.PI * j) / around.length;
      const at: T = { ...m, x: centre.x + ring * Math.cos(angle), y: centre.y + ring * Math.sin(angle), from: [m.x, m.y] };
      out[members[j + 1]] = at;
    });
  }
  return out;
}
