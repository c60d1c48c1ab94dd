import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../fixtures/probe-element.js';
import type { PkProbe } from '../fixtures/probe-element.js';
import { DEFAULT_LIMITS, FeedFetchError, fetchJSON } from '../../src/shared/fetch-feed.js';
import type { PkFeedErrorEvent } from '../../src/shared/events.js';

const alertText = (el: PkProbe) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function loadFailing(src: string): Promise<{ el: PkProbe; event: PkFeedErrorEvent }> {
  const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
  const failed = oneEvent(el, 'pk-feed-error');
  el.src = src;
  const event = (await failed) as PkFeedErrorEvent;
  await el.updateComplete;
  return { el, event };
}

describe('hostile servers', () => {
  it('HTTP 500: a clear message and a retry', async () => {
    const { el, event } = await loadFailing('/__pk/500');
    expect(event.detail.network?.status).to.equal(500);
    expect(alertText(el)).to.contain('The server answered 500 Internal Server Error for');
    expect(el.shadowRoot!.querySelector('button')?.textContent).to.equal('Try again');
  });

  it('an answer that never comes: a time-out message and a retry', async () => {
    const saved = DEFAULT_LIMITS.timeoutMs;
    DEFAULT_LIMITS.timeoutMs = 300;
    try {
      const { el } = await loadFailing('/__pk/never');
      expect(alertText(el)).to.contain('did not answer within');
      expect(el.shadowRoot!.querySelector('button')).to.exist;
    } finally {
      DEFAULT_LIMITS.timeoutMs = saved;
    }
  });

  it('HTML where JSON was expected: says the server answered a web page (a sign-in page?), with a retry', async () => {
    const { el, event } = await loadFailing('/__pk/html');
    expect(alertText(el)).to.contain('The server answered a web page instead of the feed — perhaps a sign-in page');
    expect(event.detail.network?.message).to.contain('/__pk/html');
    expect(el.shadowRoot!.querySelector('button')?.textContent).to.equal('Try again');
  });

  it('a 100 MB answer: stops reading at the size limit, and the page stays responsive while it reads', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    let failedYet = false;
    const failed = oneEvent(el, 'pk-feed-error').then((e) => {
      failedYet = true;
      return e;
    });
    el.src = '/__pk/huge';
    // A task queued now runs while the answer streams in: reading never holds the main thread.
    const ranDuringRead = await new Promise<boolean>((resolve) => setTimeout(() => resolve(!failedYet), 0));
    await failed;
    await el.updateComplete;
    expect(ranDuringRead).to.equal(true);
    expect(alertText(el)).to.contain('is larger than 20 MB; a feed should be far smaller.');
  });
});

/** The hardened fetch the kit's other JSON fetches reuse (base maps, briefings): the same limits and sentences. */
describe('fetchJSON', () => {
  const failure = async (url: string) => {
    try {
      await fetchJSON(new URL(url, location.href).href);
    } catch (e) {
      return e as Error;
    }
    throw new Error(`${url} did not fail`);
  };

  it('reads JSON', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify({ peacekit: 1, missions: [] })], { type: 'application/json' }));
    expect(await fetchJSON(url)).to.deep.equal({ peacekit: 1, missions: [] });
  });

  it('names an HTML page where JSON was expected (a sign-in page served with 200)', async () => {
    const e = await failure('/__pk/html');
    expect(e).to.be.instanceOf(FeedFetchError);
    expect(e.message).to.match(/^The server answered a web page instead of the feed .*\/__pk\/html/);
  });

  it('gives the HTTP status, the time-out and the size cap in sentences', async () => {
    expect((await failure('/__pk/500')).message).to.contain('The server answered 500');
    const saved = DEFAULT_LIMITS.timeoutMs;
    DEFAULT_LIMITS.timeoutMs = 300;
    try {
      expect((await failure('/__pk/never')).message).to.contain('did not answer within');
    } finally {
      DEFAULT_LIMITS.timeoutMs = saved;
    }
    expect((await failure('/__pk/huge')).message).to.contain('is larger than 20 MB');
  });
});
