// Do the JSON Schema (through Ajv) and parseFeed agree about a feed? They agree when:
// - Ajv accepts the feed exactly when parseFeed finds no error a schema can express (every error but
//   those PARSE_ONLY lists: unique ids, references, end before start, distances);
// - each such error of parseFeed has an Ajv error at its path, inside it or around it;
// - each Ajv error lies at, inside or around such an error of parseFeed, or inside the part that error
//   leaves out (parseFeed checks coordinates only in what it keeps). Where parseFeed gives up on the
//   whole feed (no version, a top-level list that is not a list), only the first two hold: it does
//   not look further, Ajv does.
import { PARSE_ONLY } from '../../scripts/feed-schema.mjs';

const unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** An Ajv error's place in parseFeed's path notation (`missions[0].sites[3].at`). */
function ajvPath(error, data, formatPath) {
  const segments = [];
  let node = data;
  const raw = error.instancePath ? error.instancePath.split('/').slice(1).map(unescape) : [];
  if (error.keyword === 'required') raw.push(error.params.missingProperty);
  for (const seg of raw) {
    const key = Array.isArray(node) ? Number(seg) : seg;
    segments.push(key);
    node = node?.[key];
  }
  return formatPath(segments);
}

const within = (inner, outer) => outer === '' || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
const related = (a, b) => within(a, b) || within(b, a);

export function isParseOnly(problem) {
  return PARSE_ONLY.some((p) => p.message.test(problem.message));
}

/**
 * Compares the two on one feed (a JSON value). Returns { agree, why, shapeErrors, ajvErrors }.
 * `model` is src/model/index.ts (parseFeed, formatPath); `validate` a compiled Ajv validator.
 */
export function compare(feed, model, validate) {
  const result = model.parseFeed(feed);
  const shapeErrors = result.problems.filter((p) => p.severity === 'error' && !isParseOnly(p));
  const valid = validate(feed);
  const ajvErrors = valid ? [] : validate.errors.map((e) => ({ path: ajvPath(e, feed, model.formatPath), message: `${e.keyword}: ${e.message}` }));
  const out = { shapeErrors, ajvErrors };
  if (valid !== (shapeErrors.length === 0)) {
    return { ...out, agree: false, why: valid ? 'Ajv accepts a feed parseFeed rejects' : 'Ajv rejects a feed parseFeed accepts' };
  }
  const missed = shapeErrors.filter((p) => !ajvErrors.some((a) => related(a.path, p.path)));
  if (missed.length) return { ...out, agree: false, why: `Ajv says nothing at ${missed.map((p) => p.path || '(root)').join(', ')}` };
  if (result.feed !== null) {
    const extra = ajvErrors.filter((a) => !shapeErrors.some((p) => related(a.path, p.path) || within(a.path, p.entry ?? p.path)));
    if (extra.length) return { ...out, agree: false, why: `only Ajv finds errors at ${[...new Set(extra.map((a) => a.path || '(root)'))].join(', ')}` };
  }
  return { ...out, agree: true, why: '' };
}
