// Screenshots of a page served from the project by Vite's dev server (TypeScript compiled on the fly),
// for looking at what the kit draws: node scripts/screenshot.mjs PAGE OUT.png [--width 360] [--height 800]
// [--dark] [--full] [--firefox]. PAGE is a path under the project (e.g. demo/index.html or scratch/map.html).
// --firefox takes it in Debian's Firefox ESR (scripts/firefox.mjs) instead of Chromium.
// --static serves the project's files as they are (run `npm run build` first), as `npm start` does: for
// the demo pages, which load the built dist/peacekit.js (Vite's dev server would rewrite its
// `new URL(…, import.meta.url)`, and the base maps beside it would not be found). The reference data
// beside the project is served at /shared-data/ in both modes' demo sense.
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { serve } from './static-server.mjs';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { firefoxMissing, firefoxPath, firefoxPrefs } from './firefox.mjs';

const [page, out, ...flags] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node scripts/screenshot.mjs PAGE OUT.png [--width 360] [--height 800] [--dark] [--full] [--firefox] [--static] [--wait 800]');
  process.exit(2);
}
const flag = (name, fallback) => {
  const i = flags.indexOf(`--${name}`);
  return i >= 0 ? flags[i + 1] : fallback;
};
const width = Number(flag('width', 1280));
const height = Number(flag('height', 800));
const wait = Number(flag('wait', 800));
const dark = flags.includes('--dark');
const full = flags.includes('--full');
const firefox = flags.includes('--firefox');
if (firefox && firefoxMissing()) {
  console.error(firefoxMissing());
  process.exit(2);
}

let server;
let url;
if (flags.includes('--static')) {
  const sharedData = fileURLToPath(new URL('../../shared/data', import.meta.url));
  server = await serve({ '/': '.', '/shared-data/': sharedData });
  url = `${server.url}/${page}`;
} else {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error', optimizeDeps: { noDiscovery: true } });
  await server.listen();
  url = `http://127.0.0.1:${server.config.server.port === 0 ? server.httpServer.address().port : server.config.server.port}/${page}`;
}
const browser = firefox
  ? await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: { ...firefoxPrefs, 'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1 } })
  : await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });
try {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && problems.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  // Firefox takes the colour scheme from a preference at launch (above): no CDP there.
  if (!firefox) await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await tab.setViewport({ width, height, deviceScaleFactor: 1 });
  await tab.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((r) => setTimeout(r, wait));
  await tab.screenshot({ path: out, fullPage: full });
  console.log(`${out} (${width}x${height}${dark ? ', dark' : ''}${firefox ? ', Firefox' : ''}) from ${url}`);
  if (problems.length) console.log(problems.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
