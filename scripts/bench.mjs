// npm run bench: builds, then measures in headless Chromium each element's first render and one
// interaction frame on the standard and large fixture feeds, side by side with a plain-d3 baseline
// drawing the same marks in the same run. Prints medians and ratios, the sizes of the bundle and the
// files beside it (scripts/check-size.mjs), and writes bench-results/bench.json. Timings are not asserted in tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const chrome = requireChromium();
const out = 'node_modules/.cache/bench';
mkdirSync(out, { recursive: true });

console.log('building the bundle and measuring its size…');
execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { stdio: 'inherit' });
let sizeReport;
try {
  sizeReport = execFileSync('node', ['scripts/check-size.mjs'], { encoding: 'utf8' });
} catch (e) {
  sizeReport = `${e.stdout ?? ''}${e.stderr ?? ''}`; // over a budget: reported, the timings still run
}

await build({
  // Split, so that the base maps stay files the page loads on demand, as in the kit's own build.
  entryPoints: { bench: 'bench/run.ts' }, bundle: true, format: 'esm', splitting: true, outdir: out, minify: true,
  tsconfig: 'tsconfig.json', loader: { '.json': 'json' }, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
});
// The base maps beside the bench page, where src/geo/map-files.ts fetches them from (./maps/).
cpSync('src/geo/maps', `${out}/maps`, { recursive: true });
writeFileSync(`${out}/index.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>peacekit bench</title></head><body style="margin:0"><script type="module" src="bench.js"></script></body></html>');

const server = await serve({ '/': out });
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: [...chromiumArgs(), '--js-flags=--expose-gc'] });
let results;
let waited = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e}`));
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && console.error(`console: ${m.text()}`));
  await page.setViewport({ width: 1280, height: 900 });
  // `npm run bench -- <words>`: only the cases whose name contains them.
  const only = process.argv.slice(2).join(' ');
  await page.goto(`${server.url}/index.html${only ? `?only=${encodeURIComponent(only)}` : ''}`);
  await page.waitForFunction('window.__bench && window.__bench.done', { timeout: 600000, polling: 500 });
  results = await page.evaluate('window.__bench.results');
  waited = await page.evaluate('window.__bench.waited');
} finally {
  await browser.close();
  await server.close();
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => (x === null || x === undefined ? '—' : x.toFixed(1));
console.log(`\n${pad('case', 62)}${pad('element ms', 12)}${pad('d3 ms', 10)}${pad('ratio', 8)}budget`);
for (const r of results) {
  const ratio = r.baseline ? (r.element / r.baseline).toFixed(2) : '—';
  r.ratio = r.baseline ? r.element / r.baseline : null;
  console.log(`${pad(r.name, 62)}${pad(num(r.element), 12)}${pad(num(r.baseline), 10)}${pad(ratio, 8)}${r.budget ?? ''}`);
}
// As the user waits (issue 19): medians and spreads (min–max) of the wall time to the painted frame.
if (waited.length) {
  const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  console.log(`\nas the user waits: feed handed in -> DOM complete -> next frame painted (ms, median and min–max; peacekit's includes parsing, shown apart)`);
  console.log(`${pad('case', 44)}${pad('parse', 8)}${pad('peacekit', 18)}${pad('Plot', 16)}${pad('d3', 16)}${pad('pk/Plot', 9)}${pad('pk/d3', 8)}budget`);
  for (const w of waited) {
    w.median = { parse: med(w.parse), element: med(w.element), plot: med(w.plot), d3: med(w.d3) };
    const cell = (xs) => `${med(xs).toFixed(1)} (${spread(xs)})`;
    console.log(`${pad(w.name, 44)}${pad(med(w.parse).toFixed(1), 8)}${pad(cell(w.element), 18)}${pad(cell(w.plot), 16)}${pad(cell(w.d3), 16)}${pad((w.median.element / w.median.plot).toFixed(2), 9)}${pad((w.median.element / w.median.d3).toFixed(2), 8)}${w.budget}`);
  }
}
const size = sizeReport.trim().split('\n');
console.log(`\n${sizeReport.trim()}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), chromium: chrome, size, results, waited }, null, 2)}\n`);
console.log('wrote bench-results/bench.json');
