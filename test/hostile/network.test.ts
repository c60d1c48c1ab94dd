import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../fixtures/probe-element.js';
import type { PkProbe } from '../fixtures/probe-element.js';
import { DEFAULT_LIMITS } from '../../src/shared/fetch-feed.js';
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

  it('HTML where JSON was expected: says it is not JSON', async () => {
    const { el } = await loadFailing('/__pk/html');
    expect(alertText(el)).to.contain('this is not JSON');
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
