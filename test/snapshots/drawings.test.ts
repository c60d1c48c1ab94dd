/**
 * Pictures in tests: each element's standard states as text (test/fixtures/drawing-snapshot.ts), kept in
 * __snapshots__/ beside this file, as Observable Plot keeps its test pictures. A change to a drawing fails
 * here until someone looks at the diff and accepts it: `npx web-test-runner test/snapshots/drawings.test.ts
 * --update-snapshots` in Chromium (and in Firefox for the drawings listed in DRAWN_OTHERWISE_IN_FIREFOX),
 * then review `git diff test/snapshots`. A snapshot missing from the file would be written rather than
 * compared: test/node/snapshots.test.mjs fails then.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import '../../src/map/mission-map.js';
import '../../src/matrix/sector-matrix.js';
import '../../src/timeline/peacebuilding-timeline.js';
import '../../src/mandates/mandate-trends.js';
import type { PkFeedElement } from '../../src/shared/feed-element.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';
import { drawingSnapshot } from '../fixtures/drawing-snapshot.js';
import { mandatesFeed } from '../fixtures/mandates.js';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The element drawn at a fixed width, once its size is known and its files are in. */
async function drawn<T extends PkFeedElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el;
}

// Kept once, as Chromium draws it; a drawing Firefox draws otherwise is kept apart, named so. Where marks
// are spread apart, the engines' trigonometry differs in its last digits and can tip a tie the other way
// (the world map's UNDOF beside UNIFIL and UNTSO): those are listed, and only those.
const gecko = navigator.userAgent.includes('Firefox/');
export const DRAWN_OTHERWISE_IN_FIREFOX = ['map-world'];

async function expectSnapshot(name: string, el: Element, selector: string) {
  const content = drawingSnapshot(el.shadowRoot!, selector);
  expect(content.split('\n').length, `${name}: something is drawn`).to.be.greaterThan(10);
  if (gecko && DRAWN_OTHERWISE_IN_FIREFOX.includes(name)) await compareSnapshot({ name: `${name} (gecko)`, content });
  else await compareSnapshot({ name, content });
}

describe('drawings, as pictures kept beside the tests', () => {
  it('the Sierra Leone mission map at 2003-06-30, 800 px wide', async () => {
    const el = await drawn(html`<pk-mission-map style="width: 800px" .data=${structuredClone(sierraLeone)} mission="unamsil" date="2003-06-30" lang="en"></pk-mission-map>`);
    await expectSnapshot('map-unamsil-2003', el, 'svg.map, svg.legend');
  });

  it('the world map of the demo feed, 800 px wide', async () => {
    const el = await drawn(html`<pk-mission-map style="width: 800px" .data=${structuredClone(world)} layers="" lang="en"></pk-mission-map>`);
    await expectSnapshot('map-world', el, 'svg.map, svg.legend');
  });

  it('the Sierra Leone timeline, 900 px wide', async () => {
    const el = await drawn(html`<pk-peacebuilding-timeline style="width: 900px" .data=${structuredClone(sierraLeone)} date="2003-06-30" lang="en"></pk-peacebuilding-timeline>`);
    await expectSnapshot('timeline-sierra-leone', el, 'svg');
  });

  it('the Sierra Leone matrix at 2003-06-30 compared with 2001-06-30, 1000 px wide', async () => {
    const el = await drawn(html`<pk-sector-matrix style="width: 1000px" .data=${structuredClone(sierraLeone)} date="2003-06-30" compare="2001-06-30" lang="en"></pk-sector-matrix>`);
    await expectSnapshot('matrix-sierra-leone', el, '[role="grid"]');
  });

  it("a mission's mandate trends, 1100 px wide", async () => {
    const el = await drawn(html`<pk-mandate-trends style="width: 1100px" .data=${mandatesFeed()} mission="untl" date="2004-07-01" lang="en"></pk-mandate-trends>`);
    await expectSnapshot('mandates-untl', el, '[role="grid"]');
  });
});
