/**
 * The parts of d3, supercluster, kdbush and @shoelace-style/localize that the kit never calls, left
 * out of what ships.
 *
 * Tree-shaking keeps every method of an object or class that is used at all: d3-selection's whole
 * prototype (data joins, attr, classed, ...) comes with d3-zoom's `select(node).on(...)`, d3-geo's
 * `clipAngle` brings the small-circle clipper with every projection, and d3-time's intervals are
 * built at load without pure annotations. These rules cut such members out of the dependencies'
 * source as Rolldown reads it, or mark the calls pure: about 5.6 KB gzip of DESIGN.md's 80 KB
 * budget. The bundle, Storybook (vite.config.ts) and the browser tests (web-test-runner.config.mjs)
 * all use them, so the tests run the code that ships: a call to a member cut here fails there
 * ("... is not a function"), and the member can come back by deleting its entry. The library build
 * leaves these packages to the application, whole.
 *
 * Each rule names exact text of the pinned versions; if a package update changes that text, the
 * build fails (`narrowDependency` throws) rather than ship the whole package unnoticed.
 */

/** `\n  owner.name = function(...) {...\n  };` at d3's two-space indent. */
const assigned = (owner, name) => new RegExp(`\\n  ${owner}\\.${name} = function\\([^)]*\\) \\{[\\s\\S]*?\\n  \\};`);
/** A class method at four-space indent (supercluster, kdbush). */
const method = (head) => new RegExp(`\\n    ${head}\\([^)]*\\) \\{[\\s\\S]*?\\n    \\}(?=\\n)`);

// d3-selection methods that d3-zoom (zoom, gestures, transform), d3-drag (nodrag/yesdrag) and the
// kit's `select(el).call(zoom).on(...)` use; no-transitions.ts adds `interrupt`.
const SELECTION_METHODS = new Set(['constructor', 'selection', 'filter', 'call', 'node', 'each', 'style', 'property', 'datum', 'on']);

const RULES = [
  {
    file: /[\\/]d3-selection[\\/]src[\\/]selection[\\/]index\.js$/,
    edit: (code) => code.replace(/(Selection\.prototype = selection\.prototype = \{)([^}]*)(\};)/, (_m, open, body, close) =>
      open + body.split(',').filter((entry) => SELECTION_METHODS.has(entry.split(':')[0].trim())).join(',') + close),
  },
  {
    // The map draws paths to SVG strings and measures bounds: no canvas, area, length or centroid.
    file: /[\\/]d3-geo[\\/]src[\\/]path[\\/]index\.js$/,
    cut: [assigned('path', 'area'), assigned('path', 'measure'), assigned('path', 'centroid')],
    replace: [['import PathContext from "./context.js";', 'function PathContext() { throw new Error("peacekit: geoPath to a canvas is left out (scripts/narrow-deps.mjs)"); }']],
  },
  {
    // Equal Earth and Mercator, rotated and fitted: no small-circle clipping, reflection, angle.
    file: /[\\/]d3-geo[\\/]src[\\/]projection[\\/]index\.js$/,
    cut: ['preclip', 'postclip', 'clipAngle', 'angle', 'reflectX', 'reflectY', 'precision', 'fitSize', 'fitWidth', 'fitHeight'].map((m) => assigned('projection', m)),
  },
  {
    // Settings the kit leaves at their defaults, and the tween of an animated zoom: the kit starts
    // none (src/shared/no-transitions.ts).
    file: /[\\/]d3-zoom[\\/]src[\\/]zoom\.js$/,
    cut: ['translateTo', 'wheelDelta', 'touchable', 'constrain', 'duration', 'interpolate', 'clickDistance', 'tapDistance'].map((m) => assigned('zoom', m)),
    replace: [[/\n  function schedule\(transition, transform, point, event\) \{[\s\S]*?\n  \}\n/, '\n  function schedule() { throw new Error("peacekit: animated zoom transitions are left out (scripts/narrow-deps.mjs)"); }\n']],
  },
  {
    // src/shared/i18n.ts takes languages, directions and catalogues from the library and formats
    // its own messages: no term, date, number or relative-time lookups.
    file: /[\\/]@shoelace-style[\\/]localize[\\/]dist[\\/]index\.js$/,
    cut: ['exists', 'term', 'date', 'number', 'relativeTime'].map(method),
  },
  { file: /[\\/]supercluster[\\/]index\.js$/, cut: [method('getTile'), method('_addTileFeatures')] },
  { file: /[\\/]kdbush[\\/]index\.js$/, cut: [method('static from')] },
  {
    // d3-time builds every interval at load, local and UTC, each with a `.range` alias, without the
    // pure annotations that let a bundler drop what is unused: the kit uses UTC ticks, months, years.
    file: /[\\/]d3-time[\\/]src[\\/](year|month|week|day|hour|minute|second|millisecond|ticks)\.js$/,
    edit: (code) => code
      .replace(/\nexport const (\w+) = (\w+)\.range;/g, '\nexport const $1 = /*#__PURE__*/ (() => $2.range)();')
      .replace(/= (timeInterval|timeWeekday|utcWeekday|ticker)\(/g, '= /*#__PURE__*/ $1('),
  },
];

/** The module's code without what the kit never calls; null for any other module. */
export function narrowDependency(code, id) {
  const rule = RULES.find((r) => r.file.test(id));
  if (!rule) return null;
  let out = rule.edit ? rule.edit(code) : code;
  const fail = (what) => {
    throw new Error(`scripts/narrow-deps.mjs: ${what} not found in ${id}; the package changed, update the rule`);
  };
  if (rule.edit && out === code) fail('the text to edit');
  for (const re of rule.cut ?? []) {
    const next = out.replace(re, '');
    if (next === out) fail(re.source);
    out = next;
  }
  for (const [from, to] of rule.replace ?? []) {
    const next = out.replace(from, to);
    if (next === out) fail(String(from));
    out = next;
  }
  return out;
}
