/**
 * The handover between two days: which responsibilities ended, were transferred, moved to another
 * actor, or began.
 *
 * - A responsibility is **transferred** when a responsibility in force on the later day names, in
 *   `transferredFrom`, an actor whose responsibility in the same sector was in force on the earlier
 *   day and no longer is: the feed says one took over from the other (a mission handing primary
 *   responsibility for security to national forces), whatever their roles. One earlier
 *   responsibility may pass to several actors (the police and the armed forces).
 * - It **moves** when, without such a statement, the same role in the same sector passes from one
 *   actor to another.
 *
 * Pairs are matched in the order of the feed, so the result is deterministic.
 */
import { groupBy } from './group.js';
import type { Matrix, MatrixEntry } from './matrix.js';

export interface Move {
  from: MatrixEntry;
  to: MatrixEntry;
}

/** An earlier responsibility and those that took it over, as the feed states with `transferredFrom`. */
export interface Transfer {
  from: MatrixEntry;
  to: MatrixEntry[];
}

export interface Handover {
  ended: MatrixEntry[];
  transferred: Transfer[];
  moved: Move[];
  begun: MatrixEntry[];
  continued: MatrixEntry[];
}

const holder = (e: MatrixEntry) => `${e.responsibility.sector}|${e.responsibility.role}|${e.responsibility.actor}`;
const post = (e: MatrixEntry) => `${e.responsibility.sector}|${e.responsibility.role}`;
const seat = (sector: string, actor: string) => `${sector}|${actor}`;

export function handover(before: Matrix, after: Matrix): Handover {
  const afterHolders = new Set(after.entries.map(holder));
  const beforeHolders = new Set(before.entries.map(holder));
  const continued = after.entries.filter((e) => beforeHolders.has(holder(e)));
  const leaving = before.entries.filter((e) => !afterHolders.has(holder(e)));
  const arriving = after.entries.filter((e) => !beforeHolders.has(holder(e)));
  const taken = new Set<MatrixEntry>();

  // Transfers the feed states: an arriving responsibility names the actor it came from.
  const leavingBySeat = groupBy(leaving, (e) => seat(e.responsibility.sector, e.responsibility.actor));
  const stated = arriving.filter((to) => to.responsibility.transferredFrom && leavingBySeat.has(seat(to.responsibility.sector, to.responsibility.transferredFrom)));
  stated.forEach((to) => taken.add(to));
  const transfers = groupBy(stated, (to) => leavingBySeat.get(seat(to.responsibility.sector, to.responsibility.transferredFrom!))![0]);
  const transferred: Transfer[] = leaving.filter((e) => transfers.has(e)).map((from) => ({ from, to: transfers.get(from)! }));

  // Moves: the same role in the same sector passes to another actor.
  const arrivingByPost = groupBy(arriving.filter((e) => !taken.has(e)), post);
  const ended: MatrixEntry[] = [];
  const moved: Move[] = [];
  for (const from of leaving) {
    if (transfers.has(from)) continue;
    const to = arrivingByPost.get(post(from))?.find((e) => !taken.has(e));
    if (to) {
      taken.add(to);
      moved.push({ from, to });
    } else {
      ended.push(from);
    }
  }
  const begun = arriving.filter((e) => !taken.has(e));
  return { ended, transferred, moved, begun, continued };
}
