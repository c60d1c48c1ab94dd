/**
 * An export the page's Content-Security-Policy blocks: a PNG is drawn through an image (a `blob:` URL,
 * else a `data:` URL), which `img-src 'none'` forbids. Each element says so in its language and fires
 * `pk-export-error`; the caller of `toPNG()` gets the rejection. This file's page gets that policy (a
 * meta tag cannot be taken back), so it holds these tests only.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PkExportErrorEvent } from '../../src/shared/events.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

type Exporter = HTMLElement & { toPNG(): Promise<Blob>; updateComplete: Promise<boolean> };

const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function mount(tag: string, lang = 'en'): Promise<Exporter> {
  const wrap = await fixture<HTMLDivElement>(tag === 'pk-briefing'
    ? html`<div lang=${lang} style="width: 900px"><pk-briefing .briefing=${{ title: 'Sierra Leone', steps: [{ mission: 'unamsil', date: '2002-06-30' }] }}>
        <pk-dossier .data=${sierraLeone} mission="unamsil"><pk-sector-matrix></pk-sector-matrix></pk-dossier></pk-briefing></div>`
    : html`<div lang=${lang} style="width: 900px">${tag === 'pk-mission-map'
      ? html`<pk-mission-map .data=${sierraLeone} mission="unamsil"></pk-mission-map>`
      : tag === 'pk-sector-matrix'
        ? html`<pk-sector-matrix .data=${sierraLeone}></pk-sector-matrix>`
        : html`<pk-peacebuilding-timeline .data=${sierraLeone} mission="unamsil"></pk-peacebuilding-timeline>`}</div>`);
  const el = wrap.firstElementChild as Exporter;
  for (const n of [el, ...el.querySelectorAll<Exporter>('*')]) await n.updateComplete;
  await settle();
  return el;
}

describe('exports the page\'s CSP blocks (issue 14)', function () {
  this.timeout(30000);

  it('work before the policy arrives (the same exports succeed without it)', async () => {
    const el = await mount('pk-sector-matrix');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  describe('under img-src \'none\'', () => {
    before(() => {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "img-src 'none'";
      document.head.append(meta);
    });

    for (const tag of ['pk-sector-matrix', 'pk-mission-map', 'pk-peacebuilding-timeline', 'pk-briefing']) {
      it(`<${tag}>: toPNG() rejects, the element says why, and pk-export-error fires`, async () => {
        const el = await mount(tag);
        const fired: PkExportErrorEvent[] = [];
        el.addEventListener('pk-export-error', (e) => fired.push(e));
        let rejected: unknown = null;
        await el.toPNG().then(() => null, (e: unknown) => { rejected = e; });
        expect(rejected, 'the promise rejects').to.be.instanceOf(Error);
        expect(fired).to.have.length(1);
        expect(fired[0].detail.format).to.equal('png');
        expect(fired[0].detail.blocked).to.equal(true);
        expect(fired[0].detail.message).to.equal('The PNG could not be made: this page’s security policy (Content-Security-Policy) blocks the images it is drawn through (blob: and data: URLs).');
        await el.updateComplete;
        const shown = el.shadowRoot!.querySelector('[part="export-error"][role="alert"]')!;
        expect(shown.textContent).to.contain(fired[0].detail.message);
        // The reader can dismiss it.
        shown.querySelector('button')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="export-error"]')).to.equal(null);
      });
    }

    it('the matrix\'s PNG button says it too, with no unhandled rejection, in the element\'s language', async () => {
      const el = await mount('pk-sector-matrix', 'fr');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Télécharger'), 'French strings', { timeout: 5000 });
      const unhandled: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const fired = new Promise<PkExportErrorEvent>((resolve) => el.addEventListener('pk-export-error', resolve, { once: true }));
        const png = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')].find((b) => b.textContent === 'PNG')!;
        png.click();
        const { detail } = await fired;
        await el.updateComplete;
        await settle();
        expect(detail.message).to.match(/^Le fichier PNG n’a pas pu être créé : la politique de sécurité/);
        expect(el.shadowRoot!.querySelector('[part="export-error"]')!.textContent).to.contain(detail.message);
        expect(unhandled).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('the SVG export, which needs no image, still works', async () => {
      const el = await mount('pk-sector-matrix');
      expect((el as unknown as { toSVG(): string }).toSVG()).to.match(/^<svg xmlns/);
    });
  });
});
