/**
 * A feed's errors in one line, "3 entries of the feed could not be shown": the fine print of an
 * element's exports, and its notice until the full one (problems-notice.ts) has loaded.
 */
import { entriesLeftOut, errorsOf, type Problem } from '../model/index.js';
import type { Messages } from './messages/en.js';

/** The line, or none when nothing was left out (warnings alone leave nothing out). */
export function problemsFinePrint(problems: readonly Problem[], t: Messages): string[] {
  const errors = errorsOf(problems);
  return errors.length ? [t.problems.summary(entriesLeftOut(errors))] : [];
}
