/** A problem found in a feed: where it is, how bad, and a sentence a portal editor understands. */
export interface Problem {
  /** JSON path into the feed, e.g. `missions[0].sites[3].at`; empty for the feed as a whole. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
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
