/**
 * `parseFeed(input)`: unknown JSON in, `{ feed, problems }` out. Every problem is reported at once;
 * errors remove only the part they concern (a bad site drops that site), so widgets draw the valid rest.
 */
import * as v from 'valibot';
import { checkFeed } from './checks.js';
import { formatPath, type PathSegment, type Problem } from './problems.js';
import { dropTarget, prune } from './prune.js';
import { Feed, FORMAT_VERSION } from './schema.js';
import { findUnknownKeys } from './unknown-keys.js';

export interface ParseResult {
  /** The valid part of the feed, or null when nothing can be drawn from it. */
  feed: Feed | null;
  problems: Problem[];
}

export function parseFeed(input: unknown): ParseResult {
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (e) {
      const html = /^\s*</.test(input as string) ? ' (it looks like an HTML page: a sign-in or error page where the feed was expected?)' : '';
      return fatal(`this is not JSON${html}: ${(e as Error).message}`);
    }
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fatal(`expected a feed object like { "peacekit": 1, "missions": [...] }; got ${describe(input)}`);
  }
  const version = (input as Record<string, unknown>).peacekit;
  if (version === undefined) {
    return fatal(`this feed does not say its format version; add "peacekit": ${FORMAT_VERSION} at the top`, 'peacekit');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fatal(`expected the format version as a whole number, e.g. "peacekit": ${FORMAT_VERSION}; got ${describe(version)}`, 'peacekit');
  }
  if (version > FORMAT_VERSION) {
    return fatal(`this feed is written in peacekit format version ${version}; this build of peacekit reads version ${FORMAT_VERSION}. Update peacekit, or ask for a version ${FORMAT_VERSION} feed.`, 'peacekit');
  }

  const problems: Problem[] = [];
  const drops: PathSegment[][] = [];
  const shape = v.safeParse(Feed, input, { abortEarly: false, abortPipeEarly: true });
  for (const issue of shape.issues ?? []) {
    const segments = (issue.path ?? []).map((p) => p.key as PathSegment);
    const drop = dropTarget(segments);
    problems.push({ path: formatPath(segments), severity: 'error', message: issueMessage(issue), entry: formatPath(drop) });
    drops.push(drop);
  }
  // A top-level list given as something else ("missions": {...}) is not a part left out but a feed
  // built wrongly: drawing the rest would show an empty view as if it were the whole picture.
  const structural = problems.filter((p) => TOP_LEVEL_LISTS.has(p.path));
  if (structural.length) return { feed: null, problems: structural };
  for (const { segments, key } of findUnknownKeys(Feed, input)) {
    problems.push({ path: formatPath([...segments, key]), severity: 'warning', message: `unknown key ${JSON.stringify(key)} is ignored` });
  }
  // Checks run on the shape-valid part, with holes where entries were dropped, so that every path
  // they report still points into the feed as written.
  const findings = checkFeed(prune(input as Feed, drops, true));
  const checkDrops: PathSegment[][] = [];
  for (const f of findings) {
    const drop = f.severity === 'error' ? f.drop ?? dropTarget(f.segments) : undefined;
    problems.push({ path: formatPath(f.segments), severity: f.severity, message: f.message, ...(drop ? { entry: formatPath(drop) } : {}) });
    if (drop) checkDrops.push(drop);
  }
  return { feed: prune(input as Feed, [...drops, ...checkDrops]), problems };
}

/** The feed's top-level lists: one of them given as anything but a list makes the feed unreadable. */
const TOP_LEVEL_LISTS = new Set(['sources', 'missions', 'actors', 'sectors', 'roles', 'responsibilities', 'tracks', 'events', 'funding']);

function fatal(message: string, path = ''): ParseResult {
  return { feed: null, problems: [{ path, severity: 'error', message }] };
}

type Issue = v.BaseIssue<unknown>;

/** valibot's own messages start "Invalid type: ..."; ours are sentences, completed with what was found. */
function issueMessage(issue: Issue): string {
  let message = issue.message;
  if (message.startsWith('Invalid type: Expected ')) {
    message = `expected ${issue.expected === 'Object' ? 'an object' : issue.expected === 'Array' ? 'a list' : issue.expected}`;
  } else if (message.startsWith('Invalid key: Expected ') && issue.expected) {
    message = `is required (expected ${issue.expected})`;
  }
  if (issue.input === undefined && issue.kind === 'schema') return `is missing: ${message}`;
  if (!/got /.test(message) && issue.kind === 'schema') message += `; got ${describe(issue.input)}`;
  return message;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length > 3 ? `a list of ${value.length} entries` : truncate(JSON.stringify(value));
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return truncate(JSON.stringify(value.slice(0, 80)));
  return String(value);
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
