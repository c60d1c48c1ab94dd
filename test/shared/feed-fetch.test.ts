/**
 * How an element fetches its feed: credentials, a fetch of the portal's own (headers, tokens), the
 * page-wide setting, the time-out and size cap, a sign-in page answered instead of the feed, and the
 * progress of a large feed. Fake fetches stand in for a portal's; /__pk/* are the test server's
 * (web-test-runner.config.mjs).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../fixtures/probe-element.js';
import type { PkProbe } from '../fixtures/probe-element.js';
import { mini } from '../fixtures/mini.js';
import { setFeedOptions, type FeedFetcher } from '../../src/shared/fetch-feed.js';
import { loadLanguage } from '../../src/shared/i18n.js';
import type { PkFeedErrorEvent } from '../../src/shared/events.js';
import '../../src/dossier/dossier.js';
import { PkRetryEvent } from '../../src/shared/events.js';
import type { PkDossier } from '../../src/dossier/dossier.js';

const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const alertText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const SIGN_IN = '<!doctype html><html><head><title>Sign in</title></head><body><form>Sign in to the portal</form></body></html>';

/** A fake fetch that records its calls and answers what `answer` says at the time of the call. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher: FeedFetcher = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  return { fetcher, calls };
}
const json = (body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { headers: { 'content-type': type } });

async function loaded(el: HTMLElement, event: 'pk-feed-load' | 'pk-feed-error', start: () => void) {
  const done = oneEvent(el, event);
  start();
  const e = await done;
  await (el as PkProbe).updateComplete;
  return e;
}

afterEach(() => setFeedOptions({ fetch: undefined, credentials: undefined, timeout: undefined, maxSize: undefined }));

describe('fetching a feed behind a sign-in', () => {
  it("uses the element's fetcher: it gets the URL and the kit's init (signal, accept, credentials), and its answer is drawn", async () => {
    const fake = fakeFetch(() => json(mini()));
    const el = await fixture<PkProbe>(html`<pk-probe credentials="include"></pk-probe>`);
    el.fetcher = fake.fetcher;
    await loaded(el, 'pk-feed-load', () => (el.src = 'feeds/secret.json'));
    expect(fake.calls).to.have.length(1);
    expect(fake.calls[0].url).to.equal(new URL('feeds/secret.json', document.baseURI).href);
    expect(fake.calls[0].init.credentials).to.equal('include');
    expect(fake.calls[0].init.signal).to.be.instanceOf(AbortSignal);
    expect(new Headers(fake.calls[0].init.headers).get('accept')).to.equal('application/json');
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Testland');
  });

  it('a fetcher that adds a header: the documented recipe reaches the server', async () => {
    const seen: Headers[] = [];
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    el.fetcher = (url, init) => {
      const request = new Request(url, { ...init, headers: { ...init.headers, authorization: 'Bearer t0ken' } });
      seen.push(request.headers);
      return Promise.resolve(json(mini()));
    };
    await loaded(el, 'pk-feed-load', () => (el.src = '/feed.json'));
    expect(seen[0].get('authorization')).to.equal('Bearer t0ken');
    expect(seen[0].get('accept')).to.equal('application/json');
  });

  it("setFeedOptions: the page's fetch and credentials serve every element without its own; an element's own win", async () => {
    const page = fakeFetch(() => json({ ...mini(), title: 'from the page' }));
    const own = fakeFetch(() => json({ ...mini(), title: 'its own' }));
    setFeedOptions({ fetch: page.fetcher, credentials: 'include' });
    const a = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    await loaded(a, 'pk-feed-load', () => (a.src = '/a.json'));
    const b = await fixture<PkProbe>(html`<pk-probe credentials="omit"></pk-probe>`);
    b.fetcher = own.fetcher;
    await loaded(b, 'pk-feed-load', () => (b.src = '/b.json'));
    expect(a.shadowRoot!.querySelector('.title')!.textContent).to.equal('from the page');
    expect(page.calls.map((c) => [new URL(c.url).pathname, c.init.credentials])).to.deep.equal([['/a.json', 'include']]);
    expect(b.shadowRoot!.querySelector('.title')!.textContent).to.equal('its own');
    expect(own.calls[0].init.credentials).to.equal('omit');
  });

  it('a fetcher set after src: the feed is fetched again with it', async () => {
    const first = fakeFetch(() => new Response('{}', { status: 401, statusText: 'Unauthorized' }));
    const second = fakeFetch(() => json(mini()));
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    el.fetcher = first.fetcher;
    const failed = (await loaded(el, 'pk-feed-error', () => (el.src = '/feed.json'))) as PkFeedErrorEvent;
    expect(failed.detail.network?.status).to.equal(401);
    await loaded(el, 'pk-feed-load', () => (el.fetcher = second.fetcher));
    expect(second.calls).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Testland');
  });

  it('credentials="omit" leaves the cookies out of a real request; the default sends them on the same origin', async () => {
    document.cookie = 'pk-signed-in=1; path=/';
    try {
      const omit = await fixture<PkProbe>(html`<pk-probe credentials="omit"></pk-probe>`);
      await loaded(omit, 'pk-feed-load', () => (omit.src = '/__pk/cookie'));
      const same = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
      await loaded(same, 'pk-feed-load', () => (same.src = '/__pk/cookie'));
      expect(omit.shadowRoot!.querySelector('.title')!.textContent).to.equal('without cookies');
      expect(same.shadowRoot!.querySelector('.title')!.textContent).to.equal('with cookies');
    } finally {
      document.cookie = 'pk-signed-in=; path=/; max-age=0';
    }
  });
});

describe('a web page answered instead of the feed', () => {
  it('says so (perhaps a sign-in page), not "Unexpected token", and "Try again" fetches again', async () => {
    let signedIn = false;
    const fake = fakeFetch(() => (signedIn ? json(mini()) : new Response(SIGN_IN, { headers: { 'content-type': 'text/html; charset=utf-8' } })));
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    el.fetcher = fake.fetcher;
    const failed = (await loaded(el, 'pk-feed-error', () => (el.src = '/feed.json'))) as PkFeedErrorEvent;
    expect(alertText(el)).to.contain('The server answered a web page instead of the feed — perhaps a sign-in page');
    expect(alertText(el)).not.to.contain('Unexpected token');
    expect(failed.detail.network?.message).to.contain('a web page instead of the feed');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(retry.textContent).to.equal('Try again');
    signedIn = true;
    await loaded(el, 'pk-feed-load', () => retry.click());
    expect(fake.calls).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Testland');
  });

  it('from a real server (text/html, status 200): the same message and a retry', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    await loaded(el, 'pk-feed-error', () => (el.src = '/__pk/html'));
    expect(alertText(el)).to.contain('a web page instead of the feed');
    expect(el.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
  });

  it('a body that starts with markup (HTML, an XML "access denied") is a web page whatever its content type; JSON served as text/html is read', async () => {
    const page = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    page.fetcher = fakeFetch(() => new Response(`\n  ${SIGN_IN}`, { headers: { 'content-type': 'application/json' } })).fetcher;
    await loaded(page, 'pk-feed-error', () => (page.src = '/a.json'));
    expect(alertText(page)).to.contain('a web page instead of the feed');
    const xml = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    xml.fetcher = fakeFetch(() => new Response('<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', { headers: { 'content-type': 'application/xml' } })).fetcher;
    await loaded(xml, 'pk-feed-error', () => (xml.src = '/c.json'));
    expect(alertText(xml)).to.contain('a web page instead of the feed');
    const feed = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    feed.fetcher = fakeFetch(() => json(mini(), 'text/html')).fetcher;
    await loaded(feed, 'pk-feed-load', () => (feed.src = '/b.json'));
    expect(feed.shadowRoot!.querySelector('.title')!.textContent).to.equal('Testland');
  });

  it("in the element's language", async () => {
    await loadLanguage('fr');
    const el = await fixture<PkProbe>(html`<pk-probe lang="fr"></pk-probe>`);
    el.fetcher = fakeFetch(() => new Response(SIGN_IN, { headers: { 'content-type': 'text/html' } })).fetcher;
    await loaded(el, 'pk-feed-error', () => (el.src = '/feed.json'));
    expect(alertText(el)).to.contain('Le serveur a renvoyé une page web au lieu du flux');
    expect(el.shadowRoot!.querySelector('[role="alert"] button')!.textContent).to.equal('Réessayer');
  });
});

describe('time-out and size cap', () => {
  it('timeout="0.3": an answer that does not come in 0.3 s is said, with a retry', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe timeout="0.3"></pk-probe>`);
    const started = performance.now();
    await loaded(el, 'pk-feed-error', () => (el.src = '/__pk/never'));
    expect(performance.now() - started).to.be.below(4000);
    expect(alertText(el)).to.contain('did not answer within 0.3 s.');
    expect(el.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
  });

  it('a time-out past what a timer can hold (a year) does not fire at once', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe timeout="31536000"></pk-probe>`);
    el.fetcher = fakeFetch(() => new Promise((r) => setTimeout(() => r(json(mini())), 200))).fetcher;
    await loaded(el, 'pk-feed-load', () => (el.src = '/slow.json'));
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Testland');
  });

  it('max-size="0.01" (10 KB): a 20 KB feed is refused, naming the cap; setFeedOptions sets it for the page', async () => {
    const big = () => json({ ...mini(), title: 'x'.repeat(20_000) });
    const el = await fixture<PkProbe>(html`<pk-probe max-size="0.01"></pk-probe>`);
    el.fetcher = fakeFetch(big).fetcher;
    await loaded(el, 'pk-feed-error', () => (el.src = '/feed.json'));
    expect(alertText(el)).to.contain('is larger than 0.01 MB; a feed should be far smaller.');

    setFeedOptions({ maxSize: 0.01 });
    const paged = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    paged.fetcher = fakeFetch(big).fetcher;
    await loaded(paged, 'pk-feed-error', () => (paged.src = '/feed.json'));
    expect(alertText(paged)).to.contain('is larger than 0.01 MB');

    const allowed = await fixture<PkProbe>(html`<pk-probe max-size="1"></pk-probe>`);
    allowed.fetcher = fakeFetch(big).fetcher;
    await loaded(allowed, 'pk-feed-load', () => (allowed.src = '/feed.json'));
    expect(allowed.shadowRoot!.querySelector('.title')!.textContent).to.have.length(20_000);
  });
});

describe('progress of a large feed', () => {
  it('a 3 MB feed: a bar of the bytes read against the announced length, then the drawing', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    const done = oneEvent(el, 'pk-feed-load');
    el.src = '/__pk/large';
    const bar = () => el.shadowRoot!.querySelector('progress');
    await waitUntil(() => bar() && bar()!.value > 1024 * 1024, 'no progress bar past 1 MB', { timeout: 10000, interval: 5 });
    expect(bar()!.max).to.equal(3 * 1024 * 1024);
    expect(bar()!.value).to.be.below(3 * 1024 * 1024);
    expect(bar()!.closest('[role="status"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(el)).to.match(/Loading the feed… \d\.\d of 3\.0 MB/);
    await done;
    await el.updateComplete;
    expect(bar()).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Large');
  });

  it('half read (the stream held): a labelled bar, the text in the element language, and no axe violation', async () => {
    await loadLanguage('fr');
    let close!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(2 * 1024 * 1024).fill(32));
        close = () => {
          controller.enqueue(new TextEncoder().encode(JSON.stringify(mini())));
          controller.close();
        };
      },
    });
    const el = await fixture<PkProbe>(html`<pk-probe lang="fr"></pk-probe>`);
    el.fetcher = fakeFetch(() => new Response(body, { headers: { 'content-length': String(4 * 1024 * 1024) } })).fetcher;
    const done = oneEvent(el, 'pk-feed-load');
    el.src = '/held.json';
    await waitUntil(() => el.shadowRoot!.querySelector('progress'), 'no bar', { timeout: 5000 });
    const bar = el.shadowRoot!.querySelector('progress')!;
    expect([bar.value, bar.max]).to.deep.equal([2 * 1024 * 1024, 4 * 1024 * 1024]);
    expect(bar.getAttribute('aria-label')).to.equal('Chargement du flux…');
    expect(text(el)).to.contain('2,0 Mo sur 4,0');
    await expect(el).to.be.accessible();
    close();
    await done;
  });

  it('a small feed shows no bar', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
    let bars = 0;
    el.fetcher = fakeFetch(() => json(mini())).fetcher;
    el.addEventListener('pk-feed-load', () => (bars += el.shadowRoot!.querySelectorAll('progress').length));
    await loaded(el, 'pk-feed-load', () => (el.src = '/feed.json'));
    await el.updateComplete;
    expect(bars + el.shadowRoot!.querySelectorAll('progress').length).to.equal(0);
  });
});

describe('in a dossier', () => {
  it("one request with the dossier's fetcher and credentials; the linked views show its progress, its web-page message and retry", async () => {
    let signedIn = false;
    const fake = fakeFetch(() => (signedIn ? json(mini()) : new Response(SIGN_IN, { headers: { 'content-type': 'text/html' } })));
    const dossier = await fixture<PkDossier>(html`<pk-dossier credentials="include"><pk-probe id="a"></pk-probe><pk-probe id="b"></pk-probe></pk-dossier>`);
    const [a, b] = [...dossier.querySelectorAll<PkProbe>('pk-probe')];
    dossier.fetcher = fake.fetcher;
    await loaded(dossier, 'pk-feed-error', () => (dossier.src = '/feed.json'));
    await a.updateComplete;
    expect(fake.calls.map((c) => c.init.credentials)).to.deep.equal(['include']);
    for (const view of [a, b]) expect(alertText(view)).to.contain('a web page instead of the feed');
    signedIn = true;
    const retried = oneEvent(dossier, 'pk-retry');
    await loaded(dossier, 'pk-feed-load', () => b.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click());
    const retry = await retried;
    expect(retry).to.be.instanceOf(PkRetryEvent);
    expect(retry.detail).to.deep.equal({ from: 'pk-probe' });
    await b.updateComplete;
    expect(fake.calls).to.have.length(2);
    expect([a, b].map((v) => v.shadowRoot!.querySelector('.title')?.textContent)).to.deep.equal(['Testland', 'Testland']);

    const done = oneEvent(dossier, 'pk-feed-load');
    dossier.fetcher = undefined;
    dossier.src = '/__pk/large';
    await waitUntil(() => (b.shadowRoot!.querySelector('progress')?.value ?? 0) > 1024 * 1024, 'no progress in a linked view', { timeout: 10000, interval: 5 });
    expect(b.shadowRoot!.querySelector('progress')!.max).to.equal(3 * 1024 * 1024);
    await done;
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('.title')!.textContent).to.equal('Large');
  });
});
