// Embedding tests: each page in test/embedding/pages is opened in Chromium on its own, loading only
// the built bundle dist/peacekit.js and JSON feeds, as a portal would. Run after `npm run build`.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { checks } from './checks.mjs';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
// The React 19 example (examples/react) is built as a portal team would build their app.
const reactOut = 'node_modules/.cache/react-example';
await build({
  entryPoints: { app: 'examples/react/main.tsx' }, bundle: true, format: 'esm', outdir: reactOut, jsx: 'automatic',
  minify: true, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' }, target: 'es2022',
});
const server = await serve(
  { '/': 'test/embedding/pages', '/dist/': 'dist', '/feeds/': 'demo/feeds', '/react/': reactOut },
  { headers: (path, search) => (search.includes('csp=strict') ? { 'content-security-policy': CSP } : {}) },
);
const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: [...chromiumArgs(), '--js-flags=--expose-gc'] });
const checked = checks();
const { check } = checked;

async function open(path, settle = 1500) {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' || /favicon\.ico$/.test(m.location()?.url ?? '')) return;
    if (!consoleErrors.includes(m.text())) consoleErrors.push(m.text().slice(0, 240));
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.setViewport({ width: 1280, height: 900 });
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, settle));
  const state = await page.evaluate(() => ({
    report: window.__pk.report(), violations: window.__pk.violations, errors: window.__pk.errors,
    pageFontSize: getComputedStyle(document.body).fontSize, dir: document.documentElement.dir,
  }));
  return { page, state: { ...state, consoleErrors, csp: response.headers()['content-security-policy'] } };
}


const drawnAll = (state, expected) => {
  const problems = [];
  if (state.report.length !== expected) problems.push(`expected ${expected} peacekit elements, found ${state.report.length}`);
  for (const r of state.report) if (r.status !== 'drawn' || r.marks === 0) problems.push(`${r.tag}#${r.id}: ${r.status}, ${r.marks} marks`);
  if (state.errors.length) problems.push(`errors: ${state.errors.join('; ')}`);
  if (state.consoleErrors.length) problems.push(`console errors: ${state.consoleErrors.join('; ')}`);
  return problems;
};

let plain;
await check('plain page: every element draws from one dossier', async () => {
  const { page, state } = await open('/widgets.html');
  plain = state;
  await page.close();
  return drawnAll(state, 3);
});

await check(`strict CSP (${CSP}): every element draws, zero securitypolicyviolation events`, async () => {
  const { page, state } = await open('/widgets.html?csp=strict');
  await page.close();
  if (state.csp !== CSP) return [`the page was served without the policy (${state.csp})`];
  return [...drawnAll(state, 3), ...[...new Set(state.violations)].map((v) => `CSP violation: ${v} (${state.violations.filter((x) => x === v).length}×)`)];
});

await check('hostile portal CSS (* 30px !important, content-box, svg hidden, reset): layout unchanged', async () => {
  const { page, state } = await open('/widgets.html?css=hostile');
  await page.close();
  const problems = drawnAll(state, 3);
  if (state.pageFontSize !== '30px') problems.push(`the hostile stylesheet did not apply to the page (${state.pageFontSize})`);
  state.report.forEach((r, i) => {
    const p = plain?.report[i];
    if (!r.svgVisible && r.tag !== 'pk-sector-matrix') problems.push(`${r.tag}: its SVG is hidden by the page's CSS`);
    if (r.fontSize === '30px') problems.push(`${r.tag}: the page's font size reached inside`);
    if (p && Math.abs(r.height - p.height) > Math.max(8, p.height * 0.05)) problems.push(`${r.tag}: height ${r.height} px vs ${p.height} px on a plain page`);
    if (p && r.marks !== p.marks) problems.push(`${r.tag}: ${r.marks} marks vs ${p.marks} on a plain page`);
  });
  return problems;
});

await check('right-to-left page: every element draws', async () => {
  const { page, state } = await open('/widgets.html?dir=rtl');
  await page.close();
  return state.dir === 'rtl' ? drawnAll(state, 3) : ['the page is not right to left'];
});

await check('strict CSP, an Arabic page: the Arabic strings load from beside the bundle, every element lays out right to left', async () => {
  const { page, state } = await open('/widgets.html?csp=strict&lang=ar&dir=rtl');
  await page.close();
  const problems = [...drawnAll(state, 3), ...[...new Set(state.violations)].map((v) => `CSP violation: ${v}`)];
  for (const r of state.report) {
    if (!r.rtl) problems.push(`${r.tag}: not right to left`);
    if (!r.firstButton || !/[\u0600-\u06FF]/.test(r.firstButton)) problems.push(`${r.tag}: its first control is not in Arabic (${r.firstButton})`);
  }
  return problems;
});

await check('upgrade, properties set before upgrade, the kit loaded twice, moves, ten quick src changes: the last feed wins', async () => {
  const { page, state } = await open('/upgrade.html', 2500);
  const ready = await page.evaluate(() => window.__pk.ready === true);
  const timelineText = await page.evaluate(() => document.getElementById('timeline').shadowRoot.textContent);
  await page.close();
  const problems = drawnAll(state, 3);
  if (!ready) problems.push('the page script did not finish');
  if (!timelineText.includes('UNAMSIL')) problems.push('the timeline does not show the last feed (Sierra Leone)');
  return problems;
});

await check("inside an iframe and inside another component's shadow root", async () => {
  const { page, state } = await open('/frames.html', 2500);
  await page.close();
  return drawnAll(state, 6);
});

await check('a React 19 page: the feed reaches the elements as a property, events update React state and the map', async () => {
  const { page, state } = await open('/react.html', 2000);
  const problems = drawnAll(state, 2);
  const before = await page.evaluate(() => document.getElementById('state').textContent);
  await page.evaluate(() => {
    const cursor = document.querySelector('pk-peacebuilding-timeline').shadowRoot.querySelector('[role="slider"]');
    cursor.focus();
  });
  await page.keyboard.down('Shift');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  await new Promise((r) => setTimeout(r, 500));
  const after = await page.evaluate(() => ({
    text: document.getElementById('state').textContent,
    mapDate: document.querySelector('pk-mission-map').date,
    caption: document.querySelector('pk-mission-map').shadowRoot.querySelector('[part~="caption"]')?.textContent ?? '',
  }));
  await page.close();
  if (before !== 'Date: 2002-06-30. Selected: nothing.') problems.push(`React state starts as ${JSON.stringify(before)}`);
  if (after.text !== 'Date: 2003-06-30. Selected: nothing.') problems.push(`after Shift+ArrowRight React state is ${JSON.stringify(after.text)}`);
  if (after.mapDate !== '2003-06-30') problems.push(`the map's date is ${after.mapDate}`);
  if (!after.caption.includes('2003')) problems.push(`the map's caption says ${JSON.stringify(after.caption)}`);
  return problems;
});

await check('500 connect/disconnect cycles: no errors, heap back within 3 MB after garbage collection', async () => {
  const { page } = await open('/widgets.html');
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const dossier = document.querySelector('pk-dossier');
    const cards = [...dossier.children];
    const cycle = async (n) => {
      for (let i = 0; i < n; i++) {
        for (const c of cards) c.remove();
        for (const c of cards) dossier.append(c);
        if (i % 25 === 0) await frame();
      }
      await frame();
      window.gc();
      await frame();
      window.gc();
      return performance.memory.usedJSHeapSize;
    };
    const early = await cycle(50);
    const late = await cycle(450);
    return { early, late, errors: window.__pk.errors };
  });
  const report = await page.evaluate(() => window.__pk.report());
  await page.close();
  const growth = (result.late - result.early) / 1024 / 1024;
  console.log(`      heap after 50 cycles ${(result.early / 1048576).toFixed(1)} MB, after 500 ${(result.late / 1048576).toFixed(1)} MB`);
  const problems = [];
  if (growth > 3) problems.push(`heap grew ${growth.toFixed(1)} MB between 50 and 500 cycles`);
  if (result.errors.length) problems.push(`errors: ${result.errors.join('; ')}`);
  for (const r of report) if (r.status !== 'drawn') problems.push(`${r.tag} is ${r.status} after the cycles`);
  return problems;
});

await browser.close();
await server.close();
console.log(checked.summary('embedding'));
process.exit(checked.failed ? 1 : 0);
