// Size of the self-contained bundle, all elements, base map excluded, against DESIGN.md's budget of
// 80 KB gzip. The bundle is built a second time with the base map replaced by an empty stub to
// measure the code alone.
// It fails when the code is over budget. The language catalogues other than English are fetched on
// first use from beside the bundle; their sizes are printed, not counted.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 80 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// The language catalogues, imported dynamically by src/shared/i18n.ts: dist/peacekit-fr.js, ...
const LAZY = ['fr', 'es', 'ar', 'ru', 'zh'].map((lang) => `peacekit-${lang}.js`);

const out = 'node_modules/.cache/pk-nobasemap';
rmSync(out, { recursive: true, force: true });
execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--outDir', out, '--logLevel', 'warn'], {
  stdio: 'inherit', env: { ...process.env, PK_NO_BASEMAP: '1' },
});
const full = gz('dist/peacekit.js');
const code = gz(`${out}/peacekit.js`);
// The bundle build has two entries and no shared chunk: the kit is one file a page can load alone.
// Beside it, only what the kit imports dynamically, fetched on first use from the same place: the
// catalogue of each language other than English (src/shared/i18n.ts).
const files = readdirSync(out).sort();
const lazy = Object.fromEntries(files.filter((f) => LAZY.includes(f)).map((f) => [f, gz(`${out}/${f}`)]));
rmSync(out, { recursive: true, force: true });
const expected = ['geo-pko.js', 'peacekit.js', ...LAZY].sort();
if (files.join(', ') !== expected.join(', ')) {
  console.error(`the bundle build wrote ${files.join(', ')}: expected exactly ${expected.join(', ')} (a shared chunk?)`);
  process.exit(1);
}
console.log(`dist/peacekit.js: ${full} B gzip in all; ${code} B without the base map (budget ${BUDGET} B); base map ${full - code} B`);
console.log(`fetched on first use: ${Object.entries(lazy).map(([f, n]) => `${f} ${n} B`).join(', ')}`);
if (code > BUDGET) {
  console.error(`over the DESIGN.md budget by ${code - BUDGET} B gzip`);
  process.exit(1);
}
console.log(`within the budget, ${BUDGET - code} B to spare`);
