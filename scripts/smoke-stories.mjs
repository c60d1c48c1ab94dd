// Opens every story of the built Storybook in Chromium and fails on any console error or page error.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
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
} finally {
  await browser.close();
  await server.close();
}
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
