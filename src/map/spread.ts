/**
 * Marks at (nearly) the same place, spread so that none hides another: the mission HQ star, the
 * airport's sector HQ and a team site in one town pile into one blot at mission scale. Piles are marks
 * that cover most of each other; in each, the most important mark (the mission HQ, else the largest)
 * stays where it is and the others move to the nearest free place around it, each joined to its true
 * place by a leader line, as UN deployment maps offset co-located symbols. Marks that only touch are left alone
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

/**
 * Two marks pile up when their centres are closer than this share of their radii added: each then
 * hides more than a quarter of the other (a star's points reach past its radius).
 */
const PILE = 0.75;
/** Space between spread symbols, in px. */
const GAP = 2;

/**
 * Returns the marks with the piled ones moved (a new object for each moved mark, in the same order).
 * `rank` orders a pile: the lowest stays in place. Moved marks stay inside `width` × `height` where they can.
 */
export function spreadPiles<T extends Spreadable>(marks: readonly T[], rank: (m: T) => number, width = Infinity, height = Infinity): T[] {
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
      if (q.x - p.x >= 2 * rMax * PILE) break;
      if (Math.hypot(p.x - q.x, p.y - q.y) < (p.r + q.r) * PILE) parent[find(order[a])] = find(order[b]);
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
  const clear = (x: number, y: number, r: number) =>
    x - r >= 0 && y - r >= 0 && x + r <= width && y + r <= height && out.every((o) => Math.hypot(o.x - x, o.y - y) >= o.r + r + GAP);
  for (const members of piles.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => rank(marks[a]) - rank(marks[b]) || marks[b].r - marks[a].r || marks[a].key.localeCompare(marks[b].key));
    const [first, ...around] = members;
    const centre = marks[first];
    // Moved off the pile first, so that each moved mark is placed against the others where they end up.
    for (const i of around) out[i] = { ...marks[i], x: Infinity, y: Infinity };
    around.forEach((i) => {
      const m = marks[i];
      // The nearest free place on rings around the mark that stays: twelve directions a ring, starting
      // up and to the right (where labels go last), then a ring further out; else the first place tried.
      let at: [number, number] | undefined;
      for (let ring = centre.r + m.r + GAP; !at && ring <= centre.r + 4 * m.r + 3 * GAP; ring += m.r + GAP) {
        for (let step = 0; step < 12 && !at; step++) {
          const angle = -Math.PI / 4 + (Math.PI / 6) * step;
          const x = centre.x + ring * Math.cos(angle);
          const y = centre.y + ring * Math.sin(angle);
          if (clear(x, y, m.r)) at = [x, y];
        }
      }
      at ??= [centre.x + (centre.r + m.r + GAP) * Math.SQRT1_2, centre.y - (centre.r + m.r + GAP) * Math.SQRT1_2];
      out[i] = { ...m, x: at[0], y: at[1], from: [m.x, m.y] };
    });
  }
  return out;
}
