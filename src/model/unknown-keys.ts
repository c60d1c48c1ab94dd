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

/** What a schema node asks of a value, once worked out per node (the walk meets each node thousands of times). */
interface Plan {
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  /** A union: the option an array takes, the option an object takes. */
  union?: { array?: SchemaNode; object?: SchemaNode };
}
const LEAF: Plan = {};
const plans = new WeakMap<SchemaNode, Plan>();

function planOf(node: SchemaNode): Plan {
  let plan = plans.get(node);
  if (plan) return plan;
  if (node.pipe?.some((p) => p.type === 'metadata' && p.metadata?.opaque)) plan = LEAF;
  else if (node.type === 'optional' || node.type === 'nullable') plan = planOf(node.wrapped!);
  else {
    // A guard before an object (schema.ts, notList): the object's keys are in the pipe.
    const piped = node.entries ? undefined : node.pipe?.find((p) => p.entries);
    if (piped) plan = planOf(piped as SchemaNode);
    else if (node.type === 'union' && node.options) {
      plan = { union: {
        array: node.options.find((o) => o.type === 'array'),
        object: node.options.find((o) => o.entries || o.pipe?.some((p) => p.entries)),
      } };
    } else if (node.type === 'array') plan = { item: node.item };
    else if (node.entries) plan = { entries: node.entries };
    else plan = LEAF;
  }
  plans.set(node, plan);
  return plan;
}

export function findUnknownKeys(schema: GenericSchema, value: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  // One path, pushed and popped as the walk goes; copied only for a key it reports.
  const path: PathSegment[] = [];
  const walk = (node: SchemaNode, v: unknown): void => {
    if (v === null || typeof v !== 'object') return; // no keys below a string, number or boolean
    const plan = planOf(node);
    if (plan.union) {
      const option = Array.isArray(v) ? plan.union.array : plan.union.object;
      if (option) walk(option, v);
      return;
    }
    if (plan.item) {
      if (!Array.isArray(v)) return;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(plan.item, v[i]);
        path.pop();
      }
      return;
    }
    if (plan.entries && !Array.isArray(v)) {
      for (const k of Object.keys(v)) {
        const entry = plan.entries[k];
        if (!entry) {
          out.push({ segments: [...path], key: k });
          continue;
        }
        path.push(k);
        walk(entry, (v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(schema as unknown as SchemaNode, value);
  return out;
}
