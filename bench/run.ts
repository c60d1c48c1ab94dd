/**
 * The bench page: for each element, first render on the standard and large fixture feeds, beside a
 * plain-d3 baseline drawing the same marks in the same run, and one interaction frame. Results go to
 * `window.__bench` for scripts/bench.mjs. Medians of several runs; parse time is measured apart and
 * taken out of the element's first render (the budgets are for drawing a parsed feed).
 */
import type { LitElement } from 'lit';
import '../src/index.js';
import basemapJson from '../src/geo/maps/world.json';
import type { Topology } from 'topojson-specification';
const basemap = basemapJson as unknown as Topology;
import { asOfDay, dayOf, parseFeed, type Feed } from '../src/model/index.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';
import world from '../demo/feeds/world.json';
import { largeMapFeed } from '../test/fixtures/large-map.js';
import { largeMatrixFeed, LARGE_DATE } from '../test/fixtures/large-matrix.js';
import { largeTimelineFeed } from '../test/fixtures/large-timeline.js';
import { largeMandateFeed, LARGE_MANDATE_DATE, manyMissionsFeed } from '../test/fixtures/large-mandates.js';
import { drawMandateYearsBaseline, drawMandatesBaseline } from './baselines/mandates-d3.js';
import { drawMapBaseline } from './baselines/map-d3.js';
import { drawDetailBaseline } from './baselines/map-detail-d3.js';
import { detailMap, worldBaseMap } from '../src/geo/map-files.js';
import { frameLayout, mapHeight, missionAspect } from '../src/map/layout.js';
import { messagesFor } from '../src/shared/i18n.js';
import { drawMatrixBaseline } from './baselines/matrix-d3.js';
import { drawTimelineBaseline } from './baselines/timeline-d3.js';
import { baseline, drawnUntilPainted, median, stage, untilPainted, work } from './measure.js';
import { plotMap, plotMatrix, plotTimeline } from './baselines/plot.js';

interface Result { name: string; element: number; baseline: number | null; budget?: string; runs: number }
const results: Result[] = [];
/** As the user waits: each side's wall time to the painted frame, every run, round-robin in one page. */
interface Waited { name: string; runs: number; parse: number[]; element: number[]; plot: number[]; d3: number[]; budget: string }
const waited: Waited[] = [];
(window as unknown as { __bench: unknown }).__bench = { done: false, results, waited };

// `npm run bench -- map` runs only the cases whose name contains "map" (scripts/bench.mjs passes it on).
const only = new URLSearchParams(location.search).get('only')?.toLowerCase();
const want = (name: string) => !only || name.toLowerCase().includes(only);


const W = 1200;
const WARMUP = 3;
/**
 * Rounds as the user waits: a painted frame comes on the display's beat (16.7 ms), so one round lands a
 * frame early or late, and a collection can fall in any round; 41 rounds (9 for the large cases) keep a
 * median from moving with either (with 21, a standard case's median moved by a frame's third between runs).
 */
const ROUNDS = 41;
const LARGE_ROUNDS = 9;
const H = 700;

function parseTime(feed: unknown, runs: number): number {
  return median(Array.from({ length: runs }, () => {
    const t = performance.now();
    parseFeed(structuredClone(feed));
    return performance.now() - t;
  }));
}

/** A new element on a new stage, attached and updated once, waiting for its feed. */
async function placed(tag: string, attrs: Record<string, string>) {
  const host = stage(W, H);
  const el = document.createElement(tag) as LitElement & { data?: unknown };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await el.updateComplete;
  return { host, el };
}

/** First render of `tag` with `attrs`, minus parsing; the element is created and attached first. */
async function firstRender(tag: string, attrs: Record<string, string>, feed: unknown, runs: number): Promise<number> {
  const parse = parseTime(feed, runs);
  const times: number[] = [];
  // The first WARMUP runs are not counted, for the element and the baseline alike: both are then
  // measured with their code compiled, so the ratio compares drawing, not the JIT.
  for (let i = -WARMUP; i < runs; i++) {
    const { host, el } = await placed(tag, attrs);
    const copy = structuredClone(feed);
    const t = await work(el, () => (el.data = copy));
    if (i >= 0) times.push(t);
    host.remove();
  }
  return Math.max(0, median(times) - parse);
}

function baselineRuns(runs: number, draw: (container: HTMLElement) => void): number {
  const times: number[] = [];
  for (let i = -WARMUP; i < runs; i++) {
    const host = stage(W, H);
    const t = baseline(() => draw(host));
    if (i >= 0) times.push(t);
    host.remove();
  }
  return median(times);
}


/**
 * As the user waits (issue 19): the element (given the raw feed: it parses), Plot and plain d3 (given
 * the parsed feed) draw the same marks in turn, round after round, each timed to its painted frame.
 * Parse time is measured on its own and reported beside, not taken out.
 */
async function asUserWaits(name: string, tag: string, attrs: Record<string, string>, feed: unknown, runs: number, budget: string,
  plot: (c: HTMLElement) => void, d3: (c: HTMLElement) => void) {
  if (!want(name) && !want('as the user waits')) return;
  const w: Waited = { name, runs, parse: [], element: [], plot: [], d3: [], budget };
  for (let i = -WARMUP; i < runs; i++) {
    const keep = i >= 0;
    const t = performance.now();
    parseFeed(structuredClone(feed));
    if (keep) w.parse.push(performance.now() - t);
    const { host, el } = await placed(tag, attrs);
    const copy = structuredClone(feed);
    const te = await untilPainted(el, () => (el.data = copy));
    host.remove();
    const hp = stage(W, H);
    const tp = await drawnUntilPainted(() => plot(hp));
    hp.remove();
    const hd = stage(W, H);
    const td = await drawnUntilPainted(() => d3(hd));
    hd.remove();
    if (keep) (w.element.push(te), w.plot.push(tp), w.d3.push(td));
  }
  waited.push(w);
}

/** One interaction on a drawn element: the handler, every update it causes, and the layout after. */
async function interaction(tag: string, attrs: Record<string, string>, feed: unknown, runs: number, act: (el: LitElement) => void, reset?: (el: LitElement) => void): Promise<number> {
  const host = stage(W, H);
  const el = document.createElement(tag) as LitElement & { data?: unknown };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await work(el, () => (el.data = structuredClone(feed)));
  const times: number[] = [];
  for (let i = -WARMUP; i < runs; i++) {
    if (reset) await work(el, () => reset(el)); // back to the same start, not timed
    const t = await work(el, () => act(el));
    if (i >= 0) times.push(t);
  }
  host.remove();
  return median(times);
}

/** A drag step as a mouse makes it: d3-zoom listens to mousedown on the element, mousemove on the window. */
function dragStart(target: Element, x: number, y: number) {
  target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, clientX: x, clientY: y, view: window, button: 0 }));
}
const dragMove = (x: number, y: number) => window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y, view: window, buttons: 1 }));
const dragEnd = (x: number, y: number) => window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: y, view: window }));

/** One frame of a pan gesture (between mousedown and mouseup): what the user feels while dragging. */
async function panFrame(tag: string, attrs: Record<string, string>, feed: unknown, runs: number, surface: (el: LitElement) => Element | null | undefined): Promise<number> {
  const host = stage(W, H);
  const el = document.createElement(tag) as LitElement & { data?: unknown };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await work(el, () => (el.data = structuredClone(feed)));
  const target = surface(el)!;
  const box = target.getBoundingClientRect();
  const x0 = box.x + box.width / 2;
  const y0 = box.y + Math.min(box.height / 2, 200);
  dragStart(target, x0, y0);
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) times.push(await work(el, () => dragMove(x0 + i * 7, y0 + i * 3)));
  dragEnd(x0 + runs * 7, y0 + runs * 3);
  await work(el, () => undefined);
  host.remove();
  return median(times);
}

const key = (target: Element | null | undefined, k: string, extra: KeyboardEventInit = {}) =>
  target?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...extra }));

async function record(name: string, element: Promise<number> | number, base: number | null, runs: number, budget?: string) {
  results.push({ name, element: await element, baseline: base, runs, budget });
}

/** The detail files a mission view of `mission` loads: those of the countries with a part in its frame (src/map/layout.ts). */
async function shownDetails(feed: Feed, mission: string): Promise<Topology[]> {
  const baseMap = await worldBaseMap();
  const height = mapHeight(W, 'mission', missionAspect(feed, mission, baseMap));
  const frame = frameLayout({ feed, mission, width: W, height, baseMap, t: messagesFor('en').map });
  const codes = frame.countries.filter((c) => c.shown && c.code).map((c) => c.code!);
  return (await Promise.all(codes.map((c) => detailMap(c)))).filter((t): t is Topology => !!t);
}

const parsed = (feed: unknown) => parseFeed(feed).feed as Feed;

async function main() {
  if (want('parse: Sierra Leone feed')) await record('parse: Sierra Leone feed', parseTime(sierraLeone, 9), null, 9);

  // Map: world overview, a mission with 500 sites, 10,000 sites.
  const worldFeed = parsed(world);
  if (want('map: world, 19 missions')) await record('map: world, 19 missions', firstRender('pk-mission-map', {}, world, 7),
    baselineRuns(7, (c) => drawMapBaseline(c, worldFeed, basemap, W, H)), 7, '≤ 1.5× d3');
  // A mission view with its detailed base and context layers (issue 12's budget: ≤ 1.3× plain d3
  // drawing the same geometry). The detail files are loaded before timing: both sides draw, neither fetches.
  const slFeed = parsed(sierraLeone);
  const slDetails = await shownDetails(slFeed, 'unamsil');
  if (want('map: Sierra Leone mission, detailed base and layers, 2002')) await record('map: Sierra Leone mission, detailed base and layers, 2002', firstRender('pk-mission-map', { mission: 'unamsil', date: '2002' }, sierraLeone, 7),
    baselineRuns(7, (c) => drawDetailBaseline(c, slFeed, 'unamsil', slDetails, W, H)), 7, '≤ 1.3× d3');
  const map500 = largeMapFeed(500);
  const map500Feed = parsed(map500);
  // The same geometry on both sides: the detail files of the countries the element's frame shows (the
  // Democratic Republic of the Congo and its neighbours), loaded before timing, as for Sierra Leone.
  const congo = await shownDetails(map500Feed, 'large');
  if (want('map: mission, 500 sites')) await record('map: mission, 500 sites', firstRender('pk-mission-map', { mission: 'large', date: '2015' }, map500, 7),
    baselineRuns(7, (c) => drawDetailBaseline(c, map500Feed, 'large', congo, W, H)), 7, '≤ 1.3× d3');
  const map10k = largeMapFeed(10000);
  const map10kFeed = parsed(map10k);
  if (want('map: 10,000 sites')) await record('map: 10,000 sites', firstRender('pk-mission-map', { mission: 'large', date: '2015' }, map10k, 3),
    baselineRuns(3, (c) => drawDetailBaseline(c, map10kFeed, 'large', congo, W, H)), 3, '< 1000 ms');
  const viewport = (el: LitElement) => el.shadowRoot?.querySelector('[tabindex="0"]');
  if (want('map: 10,000 sites, zoom step (+ key from the whole mission)')) await record('map: 10,000 sites, zoom step (+ key from the whole mission)', interaction('pk-mission-map', { mission: 'large', date: '2015' }, map10k, 9,
    (el) => key(viewport(el), '+'), (el) => key(viewport(el), '0')), null, 5, '< 16 ms');
  if (want('map: 10,000 sites, pan frame (drag)')) await record('map: 10,000 sites, pan frame (drag)', panFrame('pk-mission-map', { mission: 'large', date: '2015' }, map10k, 15,
    (el) => el.shadowRoot?.querySelector('[role="application"]')), null, 15, '< 16 ms');
  if (want('map: 10,000 sites, move to next site (arrow)')) await record('map: 10,000 sites, move to next site (arrow)', interaction('pk-mission-map', { mission: 'large', date: '2015' }, map10k, 5,
    (el) => key(viewport(el), 'ArrowRight')), null, 5, '< 16 ms');

  // Matrix: 20 x 12, and 300 x 40 with 3,000 responsibilities.
  const m20 = largeMatrixFeed(20, 12, 160);
  const m20Feed = parsed(m20);
  if (want('matrix: 20 sectors × 12 actors')) await record('matrix: 20 sectors × 12 actors', firstRender('pk-sector-matrix', { date: LARGE_DATE }, m20, 9),
    baselineRuns(9, (c) => drawMatrixBaseline(c, m20Feed, dayOf(LARGE_DATE))), 9, '≤ 1.5× d3');
  const m300 = largeMatrixFeed(300, 40, 3000);
  const m300Feed = parsed(m300);
  if (want('matrix: 300 × 40, 3,000 responsibilities')) await record('matrix: 300 × 40, 3,000 responsibilities', firstRender('pk-sector-matrix', { date: LARGE_DATE }, m300, 3),
    baselineRuns(3, (c) => drawMatrixBaseline(c, m300Feed, dayOf(LARGE_DATE))), 3, '< 500 ms');
  const gridCell = (el: LitElement) => el.shadowRoot?.querySelector('[role="grid"] [tabindex="0"]') as HTMLElement | null;
  if (want('matrix: 300 × 40, move focus (arrow)')) await record('matrix: 300 × 40, move focus (arrow)', interaction('pk-sector-matrix', { date: LARGE_DATE }, m300, 9, (el) => {
    const cell = gridCell(el);
    cell?.focus();
    key(cell, 'ArrowRight');
  }), null, 9, '< 16 ms');

  // Mandate trends (issue 16): one mission's 40 resolutions × 60 tasks beside plain d3 drawing the same
  // cells, a focus move, and 20 missions × 5 areas from 30 years of yearly mandates: at a date, and as
  // small multiples (over="years": 5 panels × 20 missions × 31 years) beside plain d3 drawing the same cells.
  const md40 = largeMandateFeed(40, 60);
  const md40Feed = parsed(md40);
  if (want('mandate trends: 40 resolutions × 60 tasks')) await record('mandate trends: 40 resolutions × 60 tasks', firstRender('pk-mandate-trends', { mission: 'large', date: LARGE_MANDATE_DATE }, md40, 7),
    baselineRuns(7, (c) => drawMandatesBaseline(c, md40Feed, 'large')), 7, '≤ 1.3× d3');
  if (want('mandate trends: 40 × 60, move focus (arrow)')) await record('mandate trends: 40 × 60, move focus (arrow)', interaction('pk-mandate-trends', { mission: 'large', date: LARGE_MANDATE_DATE }, md40, 9, (el) => {
    const cell = gridCell(el);
    cell?.focus();
    key(cell, 'ArrowDown');
  }), null, 9, '< 16 ms');
  const md20 = manyMissionsFeed(20, 30);
  if (want('mandate trends: 20 missions × 5 areas, 30 years of mandates')) await record('mandate trends: 20 missions × 5 areas, 30 years of mandates', firstRender('pk-mandate-trends', { date: '2012-06-30' }, md20, 7),
    null, 7, '< 300 ms');
  const md20Feed = parsed(md20);
  const smallMultiples = 'mandate trends: 20 missions × 5 areas × 30 years of mandates, small multiples';
  if (want(smallMultiples)) await record(smallMultiples, firstRender('pk-mandate-trends', { over: 'years', date: '2012-06-30' }, md20, 7),
    baselineRuns(7, (c) => drawMandateYearsBaseline(c, md20Feed, asOfDay(md20Feed))), 7, '< 300 ms');

  // Timeline: 300 items, and 5,000 items across 50 lanes.
  const t300 = largeTimelineFeed(300, 12);
  const t300Feed = parsed(t300);
  if (want('timeline: 300 items')) await record('timeline: 300 items', firstRender('pk-peacebuilding-timeline', {}, t300, 7),
    baselineRuns(7, (c) => drawTimelineBaseline(c, t300Feed, W)), 7, '≤ 1.5× d3');
  const t5k = largeTimelineFeed(5000, 50);
  const t5kFeed = parsed(t5k);
  if (want('timeline: 5,000 items, 50 lanes')) await record('timeline: 5,000 items, 50 lanes', firstRender('pk-peacebuilding-timeline', {}, t5k, 3),
    baselineRuns(3, (c) => drawTimelineBaseline(c, t5kFeed, W)), 3, '< 500 ms');
  const cursor = (el: LitElement) => el.shadowRoot?.querySelector('[part~="cursor"], [role="slider"]') as HTMLElement | null;
  if (want('timeline: 5,000 items, pan frame (drag)')) await record('timeline: 5,000 items, pan frame (drag)', panFrame('pk-peacebuilding-timeline', {}, t5k, 15,
    (el) => el.shadowRoot?.querySelector('.plot-clip, [part~="chart"]')), null, 15, '< 16 ms');
  if (want('timeline: 5,000 items, cursor step (arrow)')) await record('timeline: 5,000 items, cursor step (arrow)', interaction('pk-peacebuilding-timeline', {}, t5k, 9, (el) => {
    const c = cursor(el);
    c?.focus();
    key(c, 'ArrowRight');
  }), null, 9, '< 16 ms');

  // As the user waits: element, Observable Plot and plain d3, round-robin (issue 19's budgets).
  // `npm run bench -- matrix` runs these too for the matrix's cases: a case runs when the filter matches its name or "as the user waits".
  {
    await asUserWaits('map: Sierra Leone mission, detailed', 'pk-mission-map', { mission: 'unamsil', date: '2002' }, sierraLeone, ROUNDS, '≤ 1.0× Plot, ≤ 1.3× d3',
      (c) => plotMap(c, slFeed, 'unamsil', slDetails, W, H), (c) => drawDetailBaseline(c, slFeed, 'unamsil', slDetails, W, H));
    await asUserWaits('map: mission, 500 sites', 'pk-mission-map', { mission: 'large', date: '2015' }, map500, ROUNDS, '≤ 1.0× Plot, ≤ 1.3× d3',
      (c) => plotMap(c, map500Feed, 'large', congo, W, H), (c) => drawDetailBaseline(c, map500Feed, 'large', congo, W, H));
    await asUserWaits('timeline: 300 items, 12 tracks', 'pk-peacebuilding-timeline', {}, t300, ROUNDS, '≤ 1.0× Plot, ≤ 1.3× d3',
      (c) => plotTimeline(c, t300Feed, W), (c) => drawTimelineBaseline(c, t300Feed, W));
    await asUserWaits('matrix: 20 × 12', 'pk-sector-matrix', { date: LARGE_DATE }, m20, ROUNDS, '≤ 1.0× Plot, ≤ 1.3× d3',
      (c) => plotMatrix(c, m20Feed, dayOf(LARGE_DATE)), (c) => drawMatrixBaseline(c, m20Feed, dayOf(LARGE_DATE)));
    await asUserWaits('map: 10,000 sites', 'pk-mission-map', { mission: 'large', date: '2015' }, map10k, LARGE_ROUNDS, '≤ 1.0× Plot',
      (c) => plotMap(c, map10kFeed, 'large', congo, W, H), (c) => drawDetailBaseline(c, map10kFeed, 'large', congo, W, H));
    await asUserWaits('timeline: 5,000 items, 50 lanes', 'pk-peacebuilding-timeline', {}, t5k, LARGE_ROUNDS, '≤ 1.0× Plot',
      (c) => plotTimeline(c, t5kFeed, W), (c) => drawTimelineBaseline(c, t5kFeed, W));
    await asUserWaits('matrix: 300 × 40, 3,000 responsibilities', 'pk-sector-matrix', { date: LARGE_DATE }, m300, LARGE_ROUNDS, '≤ 1.0× Plot',
      (c) => plotMatrix(c, m300Feed, dayOf(LARGE_DATE)), (c) => drawMatrixBaseline(c, m300Feed, dayOf(LARGE_DATE)));
  }
}

main()
  .catch((e) => console.error(String(e?.stack ?? e)))
  .finally(() => ((window as unknown as { __bench: { done: boolean } }).__bench.done = true));
