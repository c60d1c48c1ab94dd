/**
 * What a simplified view leaves out, through the views' public parts: the map's table button, the
 * matrix's cell details and the timeline's table of items serve a reader who clicks, not a room. The
 * views sit in the briefing's light DOM (inside its dossier), which the briefing's own shadow styles
 * cannot reach: the sheet is adopted by the document (or the shadow root) the briefing is in.
 * A constructed sheet, so a page's strict CSP (no inline styles) allows it.
 */
import { FIT_ATTRIBUTE } from './fit.js';

const RULES = `
pk-briefing pk-mission-map[${FIT_ATTRIBUTE}]::part(table-button),
pk-briefing pk-mission-map[${FIT_ATTRIBUTE}]::part(table),
pk-briefing pk-sector-matrix[${FIT_ATTRIBUTE}]::part(details),
pk-briefing pk-peacebuilding-timeline[${FIT_ATTRIBUTE}]::part(table) { display: none; }
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
