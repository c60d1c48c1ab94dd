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

await check('the built bundle keeps the space its templates write between words and a tag (the timeline reads "Date: Jun 30, 2002", not "Date:Jun")', async () => {
  const { page } = await open('/widgets.html');
  const readout = await page.evaluate(() => {
    const find = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'pk-peacebuilding-timeline') return el.shadowRoot?.querySelector('.readout')?.textContent ?? null;
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return find(document);
  });
  await page.close();
  if (readout === null) return ['no timeline readout on the page'];
  return /^Date:\s\S/.test(readout) ? [] : [`the readout reads "${readout.slice(0, 40)}"`];
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

await check(`the iframe embed page (dist/embed.html) under the strict CSP: it draws, and its height messages size the iframes`, async () => {
  const { page, state } = await open('/embed-parent.html?csp=strict', 500);
  // Until the map and the dossier's three views have drawn and every iframe is as tall as its content.
  // Held for four polls in a row (a second): a view that draws late (the map's detail) grows the content again.
  await page.waitForFunction(() => {
    const sizes = [...document.querySelectorAll('iframe')].map((f) => [f.getBoundingClientRect().height, Math.ceil(f.contentDocument?.documentElement.getBoundingClientRect().height ?? -9)]);
    const fits = window.__pk.report().filter((r) => r.status === 'drawn').length === 4 && sizes.every(([outer, inner]) => Math.abs(outer - inner) <= 1);
    const key = JSON.stringify(sizes);
    window.__pkSteady = fits && window.__pkSteady?.key === key ? { key, n: window.__pkSteady.n + 1 } : { key, n: fits ? 1 : 0 };
    return window.__pkSteady.n >= 4;
  }, { timeout: 30000, polling: 250 }).catch(() => {});
  const frames = {};
  for (const frame of page.frames()) {
    const id = new URL(frame.url()).searchParams.get('id');
    if (id) frames[id] = frame;
  }
  const inside = async (id) => frames[id].evaluate(() => ({
    csp: null,
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    dir: document.documentElement.dir,
    alert: document.querySelector('[role="alert"]')?.textContent ?? '',
    src: document.querySelector('body > [src]')?.getAttribute('src') ?? null,
    views: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pk-') && e.localName !== 'pk-dossier').map((e) => ({
      tag: e.localName, drawn: !!e.shadowRoot?.querySelector('svg, table'), text: e.shadowRoot?.textContent ?? '',
    })),
  }));
  const outside = await page.evaluate(() => ({
    heights: window.__pk.heights,
    iframes: Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, Math.round(f.getBoundingClientRect().height)])),
  }));
  const csp = await page.evaluate(async () => (await fetch('/dist/embed.html?csp=strict')).headers.get('content-security-policy'));
  const [map, dossier, bad] = [await inside('map'), await inside('dossier'), await inside('bad')];
  await page.close();
  const problems = [];
  if (csp !== CSP) problems.push(`the embed page was served without the policy (${csp})`);
  if (state.consoleErrors.some((e) => !/src must be the http or https address/.test(e))) problems.push(`console errors: ${state.consoleErrors.join('; ')}`);
  if (state.violations.length || state.errors.length) problems.push(`violations/errors: ${[...state.violations, ...state.errors].join('; ')}`);
  if (!map.views[0]?.drawn || map.views[0].tag !== 'pk-mission-map') problems.push(`the map embed shows ${JSON.stringify(map.views)}`);
  if (dossier.views.length !== 3 || dossier.views.some((v) => !v.drawn)) problems.push(`the dossier embed shows ${dossier.views.map((v) => `${v.tag} ${v.drawn}`).join(', ')}`);
  if (dossier.dir !== 'rtl' || !/[\u0600-\u06FF]/.test(dossier.views[0]?.text ?? '')) problems.push('the Arabic dossier embed is not right to left in Arabic');
  if (bad.src !== null) problems.push(`a javascript: src reached the element (${bad.src})`);
  if (!/add src=https:/.test(bad.alert)) problems.push(`the embed without a usable src says ${JSON.stringify(bad.alert)}`);
  for (const [id, inner] of Object.entries({ map, dossier, bad })) {
    const last = outside.heights.filter((m) => m.fromFrame === id).at(-1);
    if (!last) problems.push(`no height message from the ${id} embed`);
    else if (last.id !== id || last.height !== inner.height) problems.push(`the ${id} embed posted ${JSON.stringify(last)}; its content is ${inner.height} px`);
    if (Math.abs(outside.iframes[id] - inner.height) > 1) problems.push(`the ${id} iframe is ${outside.iframes[id]} px tall for ${inner.height} px of content`);
  }
  if (map.height < 400 || dossier.height < 1500) problems.push(`heights ${map.height} / ${dossier.height} px: not the drawn views`);
  console.log(`      iframe heights from the messages: map ${outside.iframes.map} px, dossier ${outside.iframes.dossier} px, no src ${outside.iframes.bad} px (${outside.heights.length} messages)`);
  return problems;
});

await check('loading without jumps: the views keep the room of their drawing while the feed loads (layout shift below 0.1; without the room, far more)', async () => {
  const measure = async (query) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/loading.html${query}`);
    // The three views in their loading state, then the feed let through, then all three drawn and still.
    await page.waitForFunction(() => window.__pk.busy() === 3, { timeout: 30000 });
    const loading = await page.evaluate(() => ({ heights: window.__pk.viewHeights(), after: window.__pk.after() }));
    await page.evaluate(() => window.__pk.release());
    await page.waitForFunction(() => window.__pk.report().every((r) => r.status === 'drawn') && window.__pk.busy() === 0, { timeout: 30000 });
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (let last = '', same = 0; same < 10; await frame()) {
        const now = window.__pk.viewHeights().join();
        same = now === last ? same + 1 : 0;
        last = now;
      }
    });
    const drawn = await page.evaluate(() => ({ heights: window.__pk.viewHeights(), after: window.__pk.after(), cls: window.__pk.shifts.reduce((a, b) => a + b, 0), report: window.__pk.report() }));
    await page.close();
    return { loading, drawn };
  };
  const kept = await measure('?csp=strict');
  const none = await measure('?reserve=none');
  const problems = drawnAll({ ...kept.drawn, errors: [], consoleErrors: [] }, 3);
  console.log(`      with the room kept: heights ${kept.loading.heights.join('/')} px loading, ${kept.drawn.heights.join('/')} px drawn; what follows moved ${kept.drawn.after - kept.loading.after} px; CLS ${kept.drawn.cls.toFixed(3)}`);
  console.log(`      without (--pk-loading-height: 1px): heights ${none.loading.heights.join('/')} px loading; what follows moved ${none.drawn.after - none.loading.after} px; CLS ${none.drawn.cls.toFixed(3)}`);
  if (!(kept.drawn.cls < 0.1)) problems.push(`CLS ${kept.drawn.cls.toFixed(3)} with the room kept`);
  if (!(none.drawn.cls > kept.drawn.cls * 2)) problems.push(`without the room CLS is ${none.drawn.cls.toFixed(3)}: the measurement does not see the jumps`);
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
