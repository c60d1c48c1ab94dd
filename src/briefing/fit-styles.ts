/**
 * How a simplified view looks, through the views' public parts (fit.ts says when): the map's table
 * button, the matrix's cell details and the timeline's table of items serve a reader who clicks, not a
 * room; a view's legend can go beside its drawing; a compact timeline leaves its toolbar out. The views sit in the briefing's light DOM (inside its
 * dossier), which the briefing's own shadow styles cannot reach: the sheet is adopted by the document
 * (or the shadow root) the briefing is in. A constructed sheet, which a strict CSP allows.
 */
import { FIT_ATTRIBUTE, SIDE_GAP } from './fit.js';

const fit = (tag: string, word: string) => `pk-briefing ${tag}[${FIT_ATTRIBUTE}~="${word}"]`;

const RULES = `
${fit('pk-mission-map', 'simplified')}::part(table-button),
${fit('pk-mission-map', 'simplified')}::part(table),
${fit('pk-sector-matrix', 'simplified')}::part(details),
${fit('pk-peacebuilding-timeline', 'simplified')}::part(table),
${fit('pk-peacebuilding-timeline', 'compact')}::part(toolbar) { display: none; }
${fit('pk-mission-map', 'legend-beside')}, ${fit('pk-peacebuilding-timeline', 'legend-beside')}, ${fit('pk-sector-matrix', 'legend-beside')} { position: relative; }
${fit('pk-mission-map', 'legend-beside')}::part(legend), ${fit('pk-peacebuilding-timeline', 'legend-beside')}::part(legend), ${fit('pk-sector-matrix', 'legend-beside')}::part(legend) {
  position: absolute; inset-block-start: 0; inset-inline-start: calc(100% + ${SIDE_GAP}px); width: var(--pk-briefing-legend-width);
  margin: 0; box-sizing: border-box;
}
${fit('pk-peacebuilding-timeline', 'legend-beside')}::part(legend), ${fit('pk-sector-matrix', 'legend-beside')}::part(legend) { flex-direction: column; flex-wrap: nowrap; align-items: start; }
`;

let sheet: CSSStyleSheet | undefined;

/** Adopts the sheet once in the root `node` is in (the document, or a shadow root). */
export function adoptFitStyles(node: Node): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
