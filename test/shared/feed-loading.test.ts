import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../fixtures/probe-element.js';
import type { PkProbe } from '../fixtures/probe-element.js';
import { mini } from '../fixtures/mini.js';
import type { PkFeedErrorEvent, PkFeedLoadEvent } from '../../src/shared/events.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const jsonUrl = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

describe('feed loading, shared by every element', () => {
  it('draws from the data property and fires pk-feed-load with the problems', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const loaded = oneEvent(el, 'pk-feed-load');
    const feed = { ...mini(), colour: 'blue' };
    el.data = feed;
    const event = (await loaded) as PkFeedLoadEvent;
    expect(event.detail.problems.map((p) => p.path)).to.deep.equal(['colour']);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Testland');
    expect(el.problems).to.have.length(1);
  });

  it('says it is loading, marked busy for assistive technology, until the feed arrives', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe src="/__pk/never"></pk-probe>`);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Loading the feed…');
    expect(status.getAttribute('aria-busy')).to.equal('true');
    el.removeAttribute('src');
    el.data = mini();
    await oneEvent(el, 'pk-feed-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    expect(shadowText(el)).to.contain('Testland');
  });

  it('reads an inline JSON script child', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe><script type="application/json">{"peacekit": 1, "title": "Inline"}</script></pk-probe>`);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Inline');
  });

  it('shows an invalid feed as an alert naming the place in the feed, and fires pk-feed-error', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const failed = oneEvent(el, 'pk-feed-error');
    el.data = { peacekit: 7 };
    const event = (await failed) as PkFeedErrorEvent;
    expect(event.detail.problems[0].path).to.equal('peacekit');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This feed cannot be shown.');
    expect(alert.textContent).to.contain('peacekit format version 7; this build of peacekit reads version 1');
    await expect(el).to.be.accessible();
  });

  it('offers a retry after an HTTP error, and loads when the server recovers', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const failed = oneEvent(el, 'pk-feed-error');
    el.src = '/test/fixtures/does-not-exist.json';
    const event = (await failed) as PkFeedErrorEvent;
    expect(event.detail.network?.status).to.equal(404);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The server answered 404');
    const retry = el.shadowRoot!.querySelector('button')!;
    expect(retry.textContent).to.equal('Try again');
    // The "server" recovers: the same element, a working URL.
    el.src = jsonUrl(mini());
    await oneEvent(el, 'pk-feed-load');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Testland');
  });

  it('lets the last src win when src changes quickly', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const urls = Array.from({ length: 10 }, (_, i) => jsonUrl({ ...mini(), title: `Feed ${i}` }));
    for (const url of urls) el.src = url;
    await waitUntil(() => shadowText(el).includes('Feed 9'), 'the last feed is drawn');
    await aTimeout(50);
    expect(shadowText(el)).to.contain('Feed 9');
  });

  it('says what is wrong when the answer is not JSON', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const failed = oneEvent(el, 'pk-feed-error');
    el.src = URL.createObjectURL(new Blob(['{"peacekit": 1, missions: []}'], { type: 'application/json' }));
    const event = (await failed) as PkFeedErrorEvent;
    expect(event.detail.problems[0].message).to.match(/^this is not JSON/);
  });

  it('an HTML page where the feed was expected is a failed load (a sign-in page?), not a feed error', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const failed = oneEvent(el, 'pk-feed-error');
    el.src = URL.createObjectURL(new Blob(['<html>Sign in</html>'], { type: 'text/html' }));
    const event = (await failed) as PkFeedErrorEvent;
    expect(event.detail.problems).to.deep.equal([]);
    expect(event.detail.network?.message).to.match(/^The server answered a web page instead of the feed/);
  });
});
