/**
 * Loading without jumps: while its feed loads, each view keeps about the room of its drawing, so
 * what follows it on the page hardly moves when the drawing arrives; `--pk-loading-height` makes it
 * exact. The feed is held back by a fetcher until the test lets it through.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/bundle.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import type { FeedFetcher } from '../../src/shared/fetch-feed.js';
import type { PkFeedElement } from '../../src/shared/feed-element.js';

/** A fetcher that answers the demo feed once `release()` is called. */
function heldFeed() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const fetcher: FeedFetcher = async () => {
    await held;
    return new Response(JSON.stringify(sierraLeone), { headers: { 'content-type': 'application/json' } });
  };
  return { fetcher, release };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/**
 * A view of Sierra Leone in a 900 px column with a line after it: the view's height and the line's
 * position while loading and once drawn.
 */
async function loadView(tag: string, style = '') {
  const column = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
  const view = document.createElement(tag) as PkFeedElement;
  view.setAttribute('style', style);
  view.mission = 'unamsil';
  view.date = '2002-06-30';
  const held = heldFeed();
  view.fetcher = held.fetcher;
  view.src = '/sierra-leone.json';
  const after = document.createElement('p');
  after.textContent = 'What follows the view';
  column.append(view, after);
  await view.updateComplete;
  await frame();
  const busy = view.shadowRoot!.querySelector('[aria-busy="true"]');
  const loading = { height: view.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
  const loaded = oneEvent(view, 'pk-feed-load');
  held.release();
  await loaded;
  // The map draws once its base map has come too: wait until the height has held for 5 frames.
  for (let i = 0, last = -1, same = 0; i < 400 && same < 5; i++) {
    await frame();
    const h = view.getBoundingClientRect().height;
    same = h === last && view.shadowRoot!.querySelector('svg, table') ? same + 1 : 0;
    last = h;
  }
  const drawn = { height: view.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
  return { busy, loading, drawn, view };
}

describe('the loading state keeps the room of the drawing', () => {
  for (const tag of ['pk-peacebuilding-timeline', 'pk-sector-matrix', 'pk-mission-map']) {
    it(`${tag}: what follows moves by less than a fifth of the view's height when the drawing arrives (54 px before)`, async () => {
      const { busy, loading, drawn, view } = await loadView(tag);
      expect(busy, 'a busy loading state').to.exist;
      expect(view.shadowRoot!.querySelector('svg, table'), 'drawn').to.exist;
      const moved = Math.abs(drawn.after - loading.after);
      expect(moved, `loading ${loading.height} px, drawn ${drawn.height} px`).to.be.below(drawn.height / 5);
    });
  }

  it('--pk-loading-height: the room a portal knows its view takes, exactly (nothing moves)', async () => {
    const first = await loadView('pk-peacebuilding-timeline');
    const height = Math.round(first.drawn.height);
    const { loading, drawn } = await loadView('pk-peacebuilding-timeline', `--pk-loading-height: ${height}px`);
    expect(loading.height).to.equal(height);
    expect(Math.abs(drawn.after - loading.after)).to.be.below(1);
  });

  it('the loading state says so to assistive technology: a status, busy, with its text', async () => {
    const view = await fixture<PkFeedElement>(html`<pk-sector-matrix></pk-sector-matrix>`);
    view.fetcher = heldFeed().fetcher;
    view.src = '/held.json';
    await view.updateComplete;
    const status = view.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.textContent!.trim()).to.equal('Loading the feed…');
  });
});
