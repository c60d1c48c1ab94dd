import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/dossier/dossier.js';
import '../fixtures/probe-element.js';
import type { PkDossier } from '../../src/dossier/dossier.js';
import type { PkProbe } from '../fixtures/probe-element.js';
import { PkDateChangeEvent, PkSelectEvent } from '../../src/shared/events.js';
import { mini } from '../fixtures/mini.js';

describe('<pk-dossier>', () => {
  let fetches: string[] = [];
  const realFetch = window.fetch;
  beforeEach(() => {
    fetches = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push(String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('fetches the feed once for every element inside it, however deep', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(mini())], { type: 'application/json' }));
    const dossier = await fixture<PkDossier>(html`<pk-dossier src=${url} mission="untl" date="2004-06-30">
      <pk-probe></pk-probe><div><section><pk-probe></pk-probe></section></div><pk-probe></pk-probe>
    </pk-dossier>`);
    const probes = [...dossier.querySelectorAll<PkProbe>('pk-probe')];
    await waitUntil(() => probes.every((p) => p.shadowRoot!.textContent!.includes('Testland')), 'every element shows the feed');
    expect(fetches).to.deep.equal([url]);
    expect(probes.map((p) => [p.mission, p.date])).to.deep.equal([['untl', '2004-06-30'], ['untl', '2004-06-30'], ['untl', '2004-06-30']]);
  });

  it('moves every element to the date a user picks in one of them', async () => {
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${mini()} date="2004-06-30"><pk-probe></pk-probe><pk-probe></pk-probe></pk-dossier>`);
    const [a, b] = dossier.querySelectorAll<PkProbe>('pk-probe');
    a.dispatchEvent(new PkDateChangeEvent({ date: '2005-12-31' }));
    await waitUntil(() => b.date === '2005-12-31', 'the other element follows');
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('.state')!.textContent).to.equal('- 2005-12-31');
  });

  it('focuses every element on a mission selected in one, and shares the selection', async () => {
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${mini()}><pk-probe></pk-probe><pk-probe></pk-probe></pk-dossier>`);
    const [a, b] = dossier.querySelectorAll<PkProbe>('pk-probe');
    a.dispatchEvent(new PkSelectEvent({ kind: 'mission', id: 'untl' }));
    await waitUntil(() => b.mission === 'untl');
    expect(b.selection).to.deep.equal({ kind: 'mission', id: 'untl' });
    a.dispatchEvent(new PkSelectEvent({ kind: 'cell', sector: 'ddr', actor: 'untl' }));
    await waitUntil(() => b.selection?.kind === 'cell');
    expect(b.mission).to.equal('untl');
  });

  it('reaches elements inside another component\'s shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<pk-probe></pk-probe>';
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${mini()}></pk-dossier>`);
    dossier.append(host);
    const probe = root.querySelector<PkProbe>('pk-probe')!;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('Testland'));
  });
});
