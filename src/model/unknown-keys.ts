/**
 * Finds keys the schema does not know. FEED.md allows them (feeds evolve) but an editor wants to
 * hear about a misspelt "strat", so each is a warning.
 */
import type { GenericSchema } from 'valibot';
import type { PathSegment } from './problems.js';

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: SchemaNode[];
  pipe?: { type: string; metadata?: Record<string, unknown>; entries?: Record<string, SchemaNode> }[];
}

export interface UnknownKey {
  segments: PathSegment[];
  key: string;
}

export function findUnknownKeys(schema: GenericSchema, value: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  const walk = (node: SchemaNode, v: unknown, path: PathSegment[]) => {
    if (node.pipe?.some((p) => p.type === 'metadata' && p.metadata?.opaque)) return;
    if (node.type === 'optional' || node.type === 'nullable') return walk(node.wrapped!, v, path);
    // A guard before an object (schema.ts, notList): the object's keys are in the pipe.
    const piped = node.entries ? undefined : node.pipe?.find((p) => p.entries);
    if (piped) return walk(piped as SchemaNode, v, path);
    if (node.type === 'union' && node.options) {
      const option = Array.isArray(v) ? node.options.find((o) => o.type === 'array') : node.options.find((o) => o.entries || o.pipe?.some((p) => p.entries));
      if (option) walk(option, v, path);
      return;
    }
    if (node.type === 'array' && Array.isArray(v)) {
      v.forEach((item, i) => walk(node.item!, item, [...path, i]));
      return;
    }
    if (node.entries && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, item] of Object.entries(v)) {
        const entry = node.entries[k];
        if (entry) walk(entry, item, [...path, k]);
        else out.push({ segments: path, key: k });
      }
    }
  };
  walk(schema as unknown as SchemaNode, value, []);
  return out;
}
