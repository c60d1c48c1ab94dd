/**
 * The handover between two days: which responsibilities ended, moved to another actor, or began.
 * A responsibility "moves" when the same role in the same sector passes from one actor to another;
 * pairs are matched in the order of the feed, so the result is deterministic.
 */
import type { Matrix, MatrixEntry } from './matrix.js';

export interface Move {
  from: MatrixEntry;
  to: MatrixEntry;
}

export interface Handover {
  ended: MatrixEntry[];
  moved: Move[];
  begun: MatrixEntry[];
  continued: MatrixEntry[];
}

const holder = (e: MatrixEntry) => `${e.responsibility.sector}|${e.responsibility.role}|${e.responsibility.actor}`;
const post = (e: MatrixEntry) => `${e.responsibility.sector}|${e.responsibility.role}`;

export function handover(before: Matrix, after: Matrix): Handover {
  const afterHolders = new Set(after.entries.map(holder));
  const beforeHolders = new Set(before.entries.map(holder));
  const continued = after.entries.filter((e) => beforeHolders.has(holder(e)));
  const leaving = before.entries.filter((e) => !afterHolders.has(holder(e)));
  const arriving = after.entries.filter((e) => !beforeHolders.has(holder(e)));

  const arrivingByPost = new Map<string, MatrixEntry[]>();
  for (const e of arriving) {
    const list = arrivingByPost.get(post(e));
    if (list) list.push(e);
    else arrivingByPost.set(post(e), [e]);
  }
  const ended: MatrixEntry[] = [];
  const moved: Move[] = [];
  const taken = new Set<MatrixEntry>();
  for (const from of leaving) {
    const to = arrivingByPost.get(post(from))?.find((e) => !taken.has(e));
    if (to) {
      taken.add(to);
      moved.push({ from, to });
    } else {
      ended.push(from);
    }
  }
  const begun = arriving.filter((e) => !taken.has(e));
  return { ended, moved, begun, continued };
}
