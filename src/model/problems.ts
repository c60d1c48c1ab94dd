/** A problem found in a feed: where it is, how bad, and a sentence a portal editor understands. */
export interface Problem {
  /** JSON path into the feed, e.g. `missions[0].sites[3].at`; empty for the feed as a whole. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
  /**
   * For an error: the part of the feed left out because of it (a list entry such as
   * `missions[0].sites[3]`, or an optional field such as `missions[0].end`), as a JSON path.
   */
  entry?: string;
}

export type PathSegment = string | number;

/** `["missions", 0, "sites", 3, "at"]` -> `missions[0].sites[3].at` */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

/** One line per problem: `missions[0].at: expected [longitude, latitude]`. */
export function describeProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/**
 * How many parts of the feed its errors left out: each left-out entry (or field) counts once, however
 * many errors it had, and not again for a field inside it. What the elements' "N entries of the feed
 * could not be shown" counts.
 */
export function entriesLeftOut(problems: readonly Problem[]): number {
  const entries = [...new Set(errorsOf(problems).map((p) => p.entry ?? p.path))];
  // A field of an entry that is itself left out is not a second part left out.
  const inside = (inner: string, outer: string) => outer === '' || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return entries.filter((e) => !entries.some((other) => other !== e && inside(e, other))).length;
}
