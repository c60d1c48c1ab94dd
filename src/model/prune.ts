/**
 * Removes the parts of a feed that carry errors, so a widget draws the valid rest: an invalid
 * site drops that site, not its mission; an invalid optional field drops that field.
 */
import type { PathSegment } from './problems.js';

/** Keys without which the object around them means nothing: an error there drops the object. */
const REQUIRED = new Set([
  'id', 'label', 'name', 'at', 'acronym', 'sector', 'actor', 'role', 'items', 'amounts', 'value',
  'date', 'adopted', 'resolution', 'peacekit',
]);

function isRequired(path: readonly PathSegment[], i: number): boolean {
  const seg = path[i] as string;
  if (REQUIRED.has(seg)) return true;
  // A phase needs its kind and its start; elsewhere both are optional.
  return (seg === 'kind' || seg === 'start') && path[i - 2] === 'phases';
}

/** Finds the part to drop for an error at `path`: the nearest list entry or optional key. */
export function dropTarget(path: readonly PathSegment[]): PathSegment[] {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'number') {
      if (path[i - 1] === 'at') continue; // a coordinate pair is one value
      return path.slice(0, i + 1);
    }
    if (!isRequired(path, i)) return path.slice(0, i + 1);
  }
  return [];
}

/**
 * Returns a copy of `root` without the parts at `targets` (lists keep their other entries). With
 * `holes`, removed list entries leave holes, so that indices still match the input's paths.
 */
export function prune<T>(root: T, targets: readonly PathSegment[][], holes = false): T {
  if (targets.length === 0) return root;
  const removeKeys = new Map<string, Set<PathSegment>>();
  for (const t of targets) {
    if (t.length === 0) continue;
    const parent = JSON.stringify(t.slice(0, -1));
    if (!removeKeys.has(parent)) removeKeys.set(parent, new Set());
    removeKeys.get(parent)!.add(t[t.length - 1]);
  }
  const walk = (value: unknown, path: PathSegment[]): unknown => {
    const remove = removeKeys.get(JSON.stringify(path));
    if (Array.isArray(value)) {
      const out: unknown[] = holes ? new Array(value.length) : [];
      value.forEach((item, i) => {
        if (remove?.has(i)) return;
        const kept = needsWalk(path, i) ? walk(item, [...path, i]) : item;
        if (holes) out[i] = kept;
        else out.push(kept);
      });
      return out;
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(value)) {
        if (!remove?.has(k)) out[k] = needsWalk(path, k) ? walk(item, [...path, k]) : item;
      }
      return out;
    }
    return value;
  };
  // Only walk down paths that lead to something removed; the rest is shared, not copied.
  const prefixes = new Set<string>();
  for (const t of targets) for (let i = 0; i <= t.length; i++) prefixes.add(JSON.stringify(t.slice(0, i)));
  const needsWalk = (path: PathSegment[], key: PathSegment) => prefixes.has(JSON.stringify([...path, key]));
  return walk(root, []) as T;
}
