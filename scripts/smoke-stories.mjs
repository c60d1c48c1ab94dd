// Opens every story of the built Storybook in Chromium and fails on any console error or page error.
// It waits for each story's peacekit elements to be drawn (marks, a table, an error or a notice in
// their shadow roots, no loading status left), not for the network to go quiet, so a busy machine
// slows it down without failing it. Each story gets a fresh tab. PK_CPU_THROTTLE=4 (or 6) runs it with
// Chromium's CPU throttled (CDP Emulation.setCPUThrottlingRate) and prints each story's time; the
// time-out to draw grows with the rate (60 s, 120 s at 4×, 180 s at 6×).
// Measured on 2026-11-28 on the project's 2-core machine while other jobs kept it busy (load average
// 8 to 17), 44 stories and 5 docs pages, all passing: unthrottled 100 s; 4× 258 s (slowest story, the
// large timeline, 42 s); 6× 379 s (slowest, the large matrix, 77 s).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs' && e.title.startsWith('Elements/'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
/** The element a docs page is about: the `component` of its stories file. */
const tagOf = (entry) => /component:\s*'(pk-[a-z-]+)'/.exec(readFileSync(entry.importPath, 'utf8'))?.[1];
const server = await serve({ '/': 'storybook-static' });
const throttle = Number(process.env.PK_CPU_THROTTLE ?? 1);
const DRAW_TIMEOUT = 60000 * Math.max(1, throttle / 2);
const started = performance.now();
const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });
let passed = 0;
let failed = 0;

/**
 * A fresh tab for each story (a story still busy, say the large timeline under a throttled CPU, cannot
 * hold up the next one), at 1024 × 768, CPU-throttled when asked; it collects console and page errors.
 */
async function newPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(DRAW_TIMEOUT);
  page.setDefaultNavigationTimeout(DRAW_TIMEOUT);
  await page.setViewport({ width: 1024, height: 768 });
  if (throttle > 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    if (/favicon\.(ico|svg)$/.test(where)) return; // the browser asks for it on its own
    errors.push(`${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { page, errors };
}

/** Opens a story or docs page up to its parsed document and scripts run (not its images or network). */
async function open(url) {
  const tab = await newPage();
  await tab.page.goto(url, { waitUntil: 'domcontentloaded' }).catch((e) => tab.errors.push(String(e)));
  return tab;
}

/**
 * Drawn: each peacekit element has rendered its shadow tree and shows its final state, marks (an SVG),
 * a table or grid, an error, or a notice, with no loading status left. A story without one (a plain
 * list) is drawn when it has rendered anything. Run in the browser.
 */
function storyDrawn() {
  const root = document.querySelector('#storybook-root');
  const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('pk-'));
  if (!elements.length) return root?.childElementCount > 0;
  return elements.every((el) => {
    const shadow = el.shadowRoot;
    if (!shadow || shadow.childElementCount === 0 || shadow.querySelector('[aria-busy="true"]')) return false;
    if (el.localName === 'pk-dossier' || el.localName === 'pk-briefing') return true; // they frame the others
    return Boolean(shadow.querySelector('svg, table, [role="grid"], [role="alert"], [part~="status"]'));
  });
}

/** What is not drawn yet, for the failure message. Run in the browser. */
function notDrawn() {
  const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('pk-'));
  if (!elements.length) return 'nothing rendered';
  return elements.map((el) => `${el.localName}: ${el.shadowRoot?.querySelector('[aria-busy="true"]') ? 'loading' : `${el.shadowRoot?.childElementCount ?? 'no'} shadow children`}`).join(', ');
}

if (throttle > 1) console.log(`CPU throttled ${throttle}× (Emulation.setCPUThrottlingRate)`);
try {
  for (const story of stories) {
    const storyStart = performance.now();
    const { page, errors } = await open(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(storyDrawn, { timeout: DRAW_TIMEOUT, polling: 100 })
      .catch(async () => errors.push(`story not drawn after ${DRAW_TIMEOUT / 1000} s: ${await page.evaluate(notDrawn).catch(String)}`));
    // Then every element's pending update (a language catalogue arriving re-renders it).
    await page.evaluate(() => Promise.all([...document.querySelectorAll('#storybook-root *')]
      .filter((el) => el.localName.startsWith('pk-')).map((el) => el.updateComplete))).catch((e) => errors.push(String(e)));
    await new Promise((r) => setTimeout(r, 150));
    await page.close();
    const took = `${((performance.now() - storyStart) / 1000).toFixed(1)} s`;
    if (errors.length) {
      failed++;
      console.log(`✗ ${story.id} (${took})\n    ${errors.join('\n    ')}`);
    } else {
      passed++;
      if (throttle > 1) console.log(`✓ ${story.id} drawn in ${took}`);
    }
  }
  // Each element's docs page lists every attribute, event, part and token of the manifest.
  for (const entry of docs) {
    const declaration = declarations.get(tagOf(entry));
    const { page, errors } = await open(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`);
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: DRAW_TIMEOUT }).catch(() => errors.push('no API table'));
    const rows = new Set(await page.evaluate(() => [...document.querySelectorAll('.docblock-argstable tbody tr td:first-child')]
      .map((td) => td.textContent.trim().split(/\s/)[0])).catch(() => []));
    await page.close();
    if (!declaration) errors.push(`no manifest entry for ${entry.title}`);
    const expected = [
      ...(declaration?.attributes ?? []), ...(declaration?.events ?? []), ...(declaration?.cssParts ?? []), ...(declaration?.cssProperties ?? []),
    ].map((x) => x.name);
    const missing = expected.filter((name) => !rows.has(name));
    if (missing.length) errors.push(`docs page lacks ${missing.join(', ')}`);
    if (errors.length) {
      failed++;
      console.log(`✗ docs ${entry.id}\n    ${errors.join('\n    ')}`);
    } else {
      passed++;
      console.log(`✓ docs ${entry.id}: ${expected.length} attributes, events, parts and tokens listed`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${stories.length} stories and ${docs.length} docs pages in ${((performance.now() - started) / 1000).toFixed(1)} s${throttle > 1 ? ` with the CPU throttled ${throttle}×` : ''}`);
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
