/**
 * Lit's html`` and svg`` templates with the whitespace of their source layout taken out, for the
 * self-contained bundle (vite.config.ts). The JS minifier leaves template text as written: line
 * breaks and indentation are most of it (about 0.35 KB gzip of DESIGN.md's budget).
 *
 * What changes, and why it draws the same:
 * - in text between tags, a run of whitespace that holds a line break becomes one space: the same
 *   text once white-space collapses (the kit's CSS never sets `pre`, `pre-wrap` or `pre-line`);
 * - inside a tag, a run of whitespace between attributes becomes one space (none before `>`);
 * - in SVG, a shape written `<path ...></path>` becomes `<path ... />` (foreign content honours `/>`).
 * What is copied as written: attribute values, comments, and everything inside elements whose text
 * is taken literally or is shown as a tooltip (RAW). Templates are found with TypeScript's parser;
 * the text of a template's pieces between `${...}` is scanned as one HTML stream.
 */
import ts from 'typescript';

/** Elements whose content is left exactly as written. */
const RAW = new Set(['pre', 'textarea', 'script', 'style', 'text', 'tspan', 'textpath', 'title', 'desc']);
/** SVG elements that never have content, written with a closing tag in the source. */
const EMPTY_SVG = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'stop', 'use', 'image']);
const SPACE = /\s/;

/**
 * The static pieces of one template (the raw source text between its `${...}`), minified.
 * @param {string[]} pieces
 * @param {boolean} svgTemplate an svg`` template (its content is SVG from the start)
 * @returns {string[]}
 */
export function minifyTemplate(pieces, svgTemplate) {
  /** @type {'text' | 'tag' | 'dq' | 'sq' | 'comment' | 'close' | 'raw'} */
  let state = 'text';
  let tagName = '';
  let svgDepth = svgTemplate ? 1 : 0;
  return pieces.map((s) => {
    let o = '';
    let i = 0;
    const skipSpace = () => {
      let j = i;
      while (j < s.length && SPACE.test(s[j])) j++;
      return j;
    };
    while (i < s.length) {
      const c = s[i];
      if (state === 'text') {
        if (SPACE.test(c)) {
          const j = skipSpace();
          const run = s.slice(i, j);
          o += run.includes('\n') ? ' ' : run;
          i = j;
        } else if (s.startsWith('<!--', i)) {
          state = 'comment';
          o += '<!--';
          i += 4;
        } else {
          const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(s.slice(i, i + 64));
          if (tag) {
            tagName = tag[2].toLowerCase();
            if (tag[1] && tagName === 'svg' && svgDepth > 0) svgDepth--;
            state = tag[1] ? 'close' : 'tag';
            o += tag[0];
            i += tag[0].length;
          } else {
            o += c;
            i++;
          }
        }
      } else if (state === 'tag') {
        if (SPACE.test(c)) {
          const j = skipSpace();
          if (s[j] !== '>') o += ' ';
          i = j;
        } else if (c === '"' || c === "'") {
          state = c === '"' ? 'dq' : 'sq';
          o += c;
          i++;
        } else if (c === '>') {
          // `<x ... />` in SVG content: an element that has ended already.
          const selfClosed = svgDepth > 0 && o.endsWith('/');
          if (tagName === 'svg' && !selfClosed) svgDepth++;
          const closing = `</${tagName}>`;
          if (selfClosed) {
            o += c;
            i++;
            state = 'text';
          } else if (svgDepth > 0 && EMPTY_SVG.has(tagName) && s.startsWith(closing, i + 1)) {
            // After a quote `/>` closes the tag; after a binding or a bare value it must stand apart,
            // or the HTML parser would read the slash as part of the value.
            o += /["']$/.test(o) ? '/>' : ' />';
            i += 1 + closing.length;
            state = 'text';
          } else {
            o += c;
            i++;
            state = RAW.has(tagName) ? 'raw' : 'text';
          }
        } else {
          o += c;
          i++;
        }
      } else if (state === 'dq' || state === 'sq') {
        if (c === (state === 'dq' ? '"' : "'")) state = 'tag';
        o += c;
        i++;
      } else if (state === 'comment') {
        if (s.startsWith('-->', i)) {
          state = 'text';
          o += '-->';
          i += 3;
        } else {
          o += c;
          i++;
        }
      } else if (state === 'close') {
        if (c === '>') state = 'text';
        o += c;
        i++;
      } else if (s.slice(i, i + tagName.length + 2).toLowerCase() === `</${tagName}`) {
        // The end of a RAW element: its closing tag.
        state = 'close';
        o += s.slice(i, i + tagName.length + 2);
        i += tagName.length + 2;
      } else {
        o += c;
        i++;
      }
    }
    return o;
  });
}

/**
 * TypeScript or JavaScript source with every html`` and svg`` template minified; null if none changed.
 * @param {string} code
 * @param {string} fileName
 * @returns {string | null}
 */
export function minifyTemplatesIn(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {[number, number, string][]} */
  const edits = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const t = node.template;
      // The text of each piece, without its delimiters: ` or } before, ${ or ` after.
      const ranges = ts.isNoSubstitutionTemplateLiteral(t)
        ? [[t.getStart(sf) + 1, t.end - 1]]
        : [[t.head.getStart(sf) + 1, t.head.end - 2], ...t.templateSpans.map((span) =>
            [span.literal.getStart(sf) + 1, span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2)])];
      const pieces = ranges.map(([a, b]) => code.slice(a, b));
      const min = minifyTemplate(pieces, node.tag.text === 'svg');
      ranges.forEach(([a, b], k) => {
        if (min[k] !== pieces[k]) edits.push([a, b, min[k]]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) return null;
  let out = code;
  for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + text + out.slice(b);
  return out;
}
