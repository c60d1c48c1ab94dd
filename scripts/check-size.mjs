// Size of what a page loads, against DESIGN.md's budgets, on the bundle build in dist/:
// - dist/peacekit.js, every element: what a page loads before its first drawing, at most 80 KB gzip;
// - beside it, fetched on demand from the same place: the language catalogues (peacekit-fr.js, ...),
//   zoom and pan and the export code (once an element has drawn), the clusterer and the context layers
//   (with a mission view's base map), and the base maps (maps/world.json for any map;
//   maps/detail/<ISO3>.json for the countries a mission view shows), each at most 60 KB gzip (issue 12).
// It fails over a budget, or on any other file (a shared chunk would be loaded by every page).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 80 * 1024;
export const MAP_FILE_BUDGET = 60 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const LANGUAGES = ['fr', 'es', 'ar', 'ru', 'zh'].map((lang) => `peacekit-${lang}.js`);
// Code loaded once an element has drawn (zoom and pan, exports), or by a mission view with its base map
// (the clusterer, the context layers' layout).
// The briefing's deck writers load on the export click only: PowerPoint (pptxgenjs, JSZip) and PDF (jsPDF,
// svg2pdf.js), with the bundler's small CommonJS helpers that both use (peacekit-rolldown-runtime.js).
const DECK = ['peacekit-deck-pptx.js', 'peacekit-deck-pdf.js', 'peacekit-rolldown-runtime.js'];
const LAZY = [...LANGUAGES, 'peacekit-zoom-behavior.js', 'peacekit-export-kit.js', 'peacekit-after-drawing.js', 'peacekit-clusters.js', 'peacekit-context.js', 'peacekit-tiles.js', 'peacekit-repeat.js', ...DECK];
// Elements the bundle defines when their tag first appears on a page (src/shared/define-on-demand.ts).
const ELEMENTS = ['peacekit-briefing.js', 'peacekit-mandate-trends.js'];
// The matrix's details panel, loaded on the first cell hovered or focused (src/matrix/details.ts).
LAZY.push('peacekit-details.js');
// The notice of a feed drawn in part, fetched by the first element whose feed had errors (src/shared/problems-notice.ts).
LAZY.push('peacekit-problems-notice.js');
const files = readdirSync('dist', { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.js')).map((f) => f.name).sort();
// dist/embed.js: the script of the iframe embed page (dist/embed.html), which loads peacekit.js;
// dist/embed-resize.js: the listener a page with such iframes loads.
const expected = ['embed-resize.js', 'embed.js', 'geo-pko.js', 'peacekit.js', ...LAZY, ...ELEMENTS].sort();
let failed = false;
if (files.join(', ') !== expected.join(', ')) {
  console.error(`the bundle build wrote ${files.join(', ')}: expected exactly ${expected.join(', ')} (a shared chunk?)`);
  failed = true;
}
const code = gz('dist/peacekit.js');
console.log(`dist/peacekit.js: ${code} B gzip, every element (budget ${BUDGET} B: ${code > BUDGET ? `over by ${code - BUDGET}` : `${BUDGET - code} to spare`})`);
for (const f of ELEMENTS.filter((e) => files.includes(e))) {
  const own = gz(`dist/${f}`);
  console.log(`${f}: ${own} B gzip, fetched when its tag first appears (a page with it loads ${code + own} B before drawing)`);
}
console.log(`dist/embed.js: ${gz('dist/embed.js')} B gzip, the iframe embed page's script (with peacekit.js)`);
if (DECK.every((f) => files.includes(f))) {
  const runtime = gz('dist/peacekit-rolldown-runtime.js');
  console.log(`the briefing's export click adds: PowerPoint ${gz('dist/peacekit-deck-pptx.js') + runtime} B gzip, PDF ${gz('dist/peacekit-deck-pdf.js') + runtime} B gzip (each with the ${runtime} B of shared helpers)`);
}
console.log(`fetched on demand: ${LAZY.filter((f) => files.includes(f)).map((f) => `${f} ${gz(`dist/${f}`)} B`).join(', ')}`);
const maps = ['world.json', 'notes.json', ...readdirSync('dist/maps/detail').filter((f) => f.endsWith('.json')).map((f) => `detail/${f}`)];
const sizes = maps.map((f) => [f, gz(`dist/maps/${f}`)]).sort((a, b) => b[1] - a[1]);
const world = sizes.find(([f]) => f === 'world.json');
const details = sizes.filter(([f]) => /^detail\/[A-Z]{3}\.json$/.test(f));
const median = details[Math.floor(details.length / 2)];
console.log(`base maps: world.json ${world?.[1]} B gzip; ${details.length} detail files, largest ${details[0]?.join(' ')} B, median ${median?.[1]} B, ${details.reduce((n, [, s]) => n + s, 0)} B in all`);
for (const [f, s] of sizes) {
  if (s > MAP_FILE_BUDGET) {
    console.error(`dist/maps/${f} is ${s} B gzip, over the ${MAP_FILE_BUDGET} B a map file may weigh`);
    failed = true;
  }
}
if (code > BUDGET) {
  console.error(`dist/peacekit.js is over the DESIGN.md budget by ${code - BUDGET} B gzip`);
  failed = true;
}
process.exit(failed ? 1 : 0);
