// Opens every story of the built Storybook in Chromium and fails on any console error or page error.
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
const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  let errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    if (/favicon\.(ico|svg)$/.test(where)) return; // the browser asks for it on its own
    errors.push(`${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  for (const story of stories) {
    errors = [];
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 10000 }).catch(() => errors.push('story rendered nothing'));
    await new Promise((r) => setTimeout(r, 150));
    if (errors.length) {
      failed++;
      console.log(`✗ ${story.id}\n    ${errors.join('\n    ')}`);
    } else {
      passed++;
    }
  }
  // Each element's docs page lists every attribute, event, part and token of the manifest.
  for (const entry of docs) {
    errors = [];
    const declaration = declarations.get(tagOf(entry));
    await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 10000 }).catch(() => errors.push('no API table'));
    const rows = new Set(await page.evaluate(() => [...document.querySelectorAll('.docblock-argstable tbody tr td:first-child')]
      .map((td) => td.textContent.trim().split(/\s/)[0])));
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
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
