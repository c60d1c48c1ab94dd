// npm run bench: builds, then measures in headless Chromium each element's first render and one
// interaction frame on the standard and large fixture feeds, side by side with a plain-d3 baseline
// drawing the same marks in the same run. Prints medians and ratios, the bundle's gzip size with and
// without the base map, and writes bench-results/bench.json. Timings are not asserted in tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const chrome = requireChromium();
const out = 'node_modules/.cache/bench';
mkdirSync(out, { recursive: true });

console.log('building the bundle and measuring its size…');
execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { stdio: 'inherit' });
const sizeLine = execFileSync('node', ['scripts/check-size.mjs'], { encoding: 'utf8' }).split('\n').find((l) => l.includes('gzip in all')) ?? '';
const [, full, code, , basemap] = /(\d+) B gzip in all; (\d+) B without the base map \(budget (\d+) B\); base map (\d+) B/.exec(sizeLine) ?? [];

await build({
  entryPoints: ['bench/run.ts'], bundle: true, format: 'esm', outfile: `${out}/bench.js`, minify: true,
  tsconfig: 'tsconfig.json', loader: { '.json': 'json' }, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
});
writeFileSync(`${out}/index.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>peacekit bench</title></head><body style="margin:0"><script type="module" src="bench.js"></script></body></html>');

const server = await serve({ '/': out });
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: [...chromiumArgs(), '--js-flags=--expose-gc'] });
let results;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e}`));
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && console.error(`console: ${m.text()}`));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction('window.__bench && window.__bench.done', { timeout: 600000, polling: 500 });
  results = await page.evaluate('window.__bench.results');
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
const size = { gzipAll: Number(full), gzipWithoutBasemap: Number(code), gzipBasemap: Number(basemap), budgetWithoutBasemap: 80 * 1024 };
console.log(`\ndist/peacekit.js gzip: ${full} B in all, ${code} B without the base map (budget 81920 B), base map ${basemap} B`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), chromium: chrome, size, results }, null, 2)}\n`);
console.log('wrote bench-results/bench.json');
