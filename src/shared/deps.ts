/**
 * The kit's one memo idiom: a derived value is computed again when any of its inputs is no longer the
 * same value (`===`) as at the last computation. Inputs are the objects the model returns, which are
 * replaced rather than mutated, so identity says whether anything changed.
 */
export class Deps {
  private last?: readonly unknown[];

  /** Whether `deps` differ from those of the last call that answered true (or this is the first call); remembers them if so. */
  changed(deps: readonly unknown[]): boolean {
    const last = this.last;
    if (last && last.length === deps.length && deps.every((d, i) => d === last[i])) return false;
    this.last = deps;
    return true;
  }

  /** Forgets the inputs, so that the next `changed` answers true. */
  reset(): void {
    this.last = undefined;
  }
}
