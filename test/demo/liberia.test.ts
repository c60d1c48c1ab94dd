/**
 * The Liberia demo feed (demo/feeds/liberia.json): it parses without a problem, cites only the hosts a
 * UN reader trusts, and every view draws it: the map's sites, the matrix's roles, the timeline's
 * presence chain and both strengths, and the dossier linking them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PkDossier } from '../../src/dossier/dossier.js';
import type { PkMissionMap } from '../../src/map/mission-map.js';
import type { PkPeacebuildingTimeline } from '../../src/timeline/peacebuilding-timeline.js';
import type { PkSectorMatrix } from '../../src/matrix/sector-matrix.js';
import { parseFeed, strengthAt, startOf } from '../../src/model/index.js';
import liberia from '../../demo/feeds/liberia.json';

// Geo-PKO's yearly mean for Monrovia in 2011 (ave.no.troops), as the importer reads it.
const MONROVIA_2011 = '2,311';
const TRUSTED = ['undocs.org', 'press.un.org', 'peacekeeping.un.org', 'dppa.un.org', 'unpbf.org', 'news.un.org'];
const settle = async (el: HTMLElement & { updateComplete: Promise<unknown> }) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
};

describe('Liberia demo feed', () => {
  it('parses with no errors and no warnings', () => {
    const { feed, problems } = parseFeed(structuredClone(liberia));
    expect(problems).to.deep.equal([]);
    expect(feed!.missions!.map((m) => m.acronym)).to.deep.equal(['UNMIL']);
  });

  it('cites UN primary sources only, and Geo-PKO with its own citation', () => {
    for (const s of liberia.sources) {
      const host = new URL(s.url).hostname.replace(/^www\./, '');
      if (s.id === 'geo-pko') {
        expect(s.label).to.contain('Cil, D., Fjelde, H., Hultman, L., Nilsson, D. (2020)');
        continue;
      }
      expect(TRUSTED, `${s.id}: ${s.url}`).to.include(host);
    }
    const resolutions = liberia.sources.filter((s) => s.id.startsWith('res-'));
    for (const s of resolutions) expect(s.url).to.match(/^https:\/\/undocs\.org\/S\/RES\/\d+\(\d{4}\)$/);
  });

  it('gives complete authorized ceilings: nothing falls to zero when a resolution changes one category', () => {
    const unmil = parseFeed(structuredClone(liberia)).feed!.missions![0];
    const at = (d: string) => strengthAt(unmil, startOf(d), 'authorized')!;
    expect(at('2003-10-01')).to.include({ troops: 15000, police: 1115, total: 16115 });
    // Res 1626 raised the military ceiling only: police stay at 1,115.
    expect(at('2005-10-01')).to.include({ troops: 15250, police: 1115, total: 16365 });
    // Res 2066 raised the police ceiling only: the military ceiling of 7,952 stays.
    expect(at('2013-01-01')).to.include({ troops: 7952, police: 1795, total: 9747 });
    expect(at('2017-06-01')).to.include({ troops: 434, police: 310, total: 744, date: '2016-12-23' });
    // The deployed figures are Geo-PKO's estimates and say so.
    expect(strengthAt(unmil, startOf('2011-10-11'), 'deployed')).to.include({ troops: 10876, estimate: true });
  });
});

describe('Liberia in every view', () => {
  it('map: 31 sites in force on 11 October 2011, the Special Court guard in Freetown among them', async () => {
    const el = await fixture<PkMissionMap>(html`<div style="width: 700px"><pk-mission-map .data=${structuredClone(liberia)} mission="unmil" date="2011-10-11"></pk-mission-map></div>`)
      .then((d) => d.querySelector('pk-mission-map') as PkMissionMap);
    await settle(el);
    const root = el.shadowRoot!;
    const singles = root.querySelectorAll('.marks .mark:not(.cluster):not(.leaving)').length;
    const grouped = [...root.querySelectorAll('.marks .cluster .cluster-count')].reduce((n, t) => n + Number(t.textContent), 0);
    expect(singles + grouped).to.equal(31);
    root.querySelector<HTMLButtonElement>('.table-button')!.click(); // the table is built when opened
    await el.updateComplete;
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(31);
    expect(rows.find((r) => r[0] === 'Monrovia')!.slice(0, 3)).to.deep.equal(['Monrovia', 'Mission HQ', `${MONROVIA_2011} (estimate)`]);
    expect(rows.map((r) => r[0])).to.include('Freetown');
    expect(root.querySelector('.caption')!.textContent).to.equal('UNMIL: deployment as of Oct 11, 2011');
  });

  it('matrix: nationals lead, UNMIL enables the 2011 elections, the PBC articulates, the PBF funds', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix .data=${structuredClone(liberia)} date="2011-10-11"></pk-sector-matrix>`);
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('.summary')!.textContent).to.equal('21 responsibilities held by 8 actors in 12 sectors on Oct 11, 2011.');
    const label = (sector: string, actor: string) => [...root.querySelectorAll('td[aria-label]')]
      .map((td) => td.getAttribute('aria-label')!).find((l) => l.startsWith(`${sector}, ${actor}:`));
    expect(label('Elections', 'NEC')).to.equal('Elections, NEC: lead at national level');
    expect(label('Elections', 'UNMIL')).to.equal('Elections, UNMIL: enable at national level');
    expect(label('Rule of law', 'PBC')).to.equal('Rule of law, PBC: articulate at national level');
    expect(label('Employment', 'PBF')).to.equal('Employment, PBF: no role'); // the first priority plan ran 2008-2009
  });

  it('matrix: security passes from UNMIL to the Liberia National Police on 30 June 2016', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix .data=${structuredClone(liberia)} date="2017-01-01"></pk-sector-matrix>`);
    await settle(el);
    const labels = [...el.shadowRoot!.querySelectorAll('td[aria-label]')].map((td) => td.getAttribute('aria-label'));
    expect(labels).to.include('Protection of civilians, LNP: implement at national level');
    expect(labels).to.include('Protection of civilians, UNMIL: support at national level');
  });

  it('matrix handover view: security passes from UNMIL to the LNP across 30 June 2016', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix .data=${structuredClone(liberia)} compare="2016-06-30" date="2016-07-01"></pk-sector-matrix>`);
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('.summary')!.textContent).to.contain('1 responsibility passes from UNMIL to LNP');
    const labels = [...root.querySelectorAll('td[aria-label]')].map((td) => td.getAttribute('aria-label'));
    expect(labels).to.include('Protection of civilians, UNMIL: implement passes to LNP at national level, support begins at national level');
    expect(labels).to.include('Protection of civilians, LNP: implement taken over from UNMIL at national level');
  });

  it('timeline: UNOMIL, UNOL and ECOMIL before UNMIL, the country team after; ceiling and deployed estimate drawn together', async () => {
    const el = await fixture<PkPeacebuildingTimeline>(html`<pk-peacebuilding-timeline style="width: 1000px" .data=${structuredClone(liberia)} date="2011-10-11"></pk-peacebuilding-timeline>`);
    await settle(el);
    const root = el.shadowRoot!;
    const labels = [...root.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label'));
    expect(labels).to.include('UN Observer Mission in Liberia (UNOMIL), Sep 22, 1993 – Sep 1997');
    expect(labels).to.include('UN Peace-building Support Office in Liberia (UNOL), Nov 1, 1997 – Sep 2003');
    expect(labels).to.include('ECOWAS Mission in Liberia (ECOMIL), Aug 2003 – Sep 30, 2003');
    expect(labels).to.include('UNMIL, Sep 19, 2003 – Mar 30, 2018');
    expect(labels).to.include('UN Country Team (leads the UN presence), Mar 31, 2018 – ongoing');
    expect(root.querySelector('.summary')!.textContent!.trim()).to.equal("3 items in 2 tracks continue after UNMIL's departure");
    expect(root.querySelector('path.strength-ceiling')!.getAttribute('d')).to.match(/^M[\d.-]+,[\d.]+V/);
    expect(root.querySelector('path.strength-ceiling-line')).to.exist;
    expect(root.querySelector('path.strength-deployed.estimate')).to.exist;
    expect(root.querySelector('path.strength-deployed title')!.textContent).to.equal('Deployed strength (estimate)');
    expect(root.querySelector('.strength-peak')!.textContent).to.equal('16,365 authorized');
    const legend = [...root.querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
    expect(legend).to.include.members(['Authorized strength', 'Deployed strength (estimate)']);
    expect(root.querySelector('.readout')!.textContent!.replace(/\s+/g, ' ').trim())
      .to.equal('Date: Oct 11, 2011 · UNMIL 9,327 authorized · 10,876 deployed (estimate)');
  });

  it('timeline table lists every strength entry, authorized and deployed, with its date and estimates marked', async () => {
    const el = await fixture<PkPeacebuildingTimeline>(html`<pk-peacebuilding-timeline style="width: 1000px" .data=${structuredClone(liberia)}></pk-peacebuilding-timeline>`);
    await settle(el);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.table')!;
    details.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('tbody.strength-rows'), 'the table opens');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody.strength-rows tr')].slice(1)
      .map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['UNMIL', 'Authorized strength: 16,115', 'Sep 19, 2003', '', '', '']);
    expect(rows[1]).to.deep.equal(['UNMIL', 'Deployed strength: 5,500', 'Oct 1, 2003', '', 'estimate', '']);
    expect(rows.find((r) => r[2] === 'Dec 23, 2016')).to.deep.equal(['UNMIL', 'Authorized strength: 744', 'Dec 23, 2016', '', '', '']);
    expect(rows).to.have.length(9 + 16); // nine resolutions' ceilings, sixteen yearly estimates
  });

  it('dossier: the three views share one date', async function () {
    this.timeout(20000);
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${structuredClone(liberia)} mission="unmil" date="2005-10-11">
      <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
      <div style="width: 700px"><pk-mission-map></pk-mission-map></div>
      <pk-sector-matrix></pk-sector-matrix>
    </pk-dossier>`);
    const mapLabel = () => dossier.querySelector('pk-mission-map')!.shadowRoot!.querySelector('[role="application"]')?.getAttribute('aria-label') ?? '';
    await waitUntil(() => mapLabel().includes('Oct 11, 2005'), 'the map shows the dossier date', { timeout: 5000 });
    expect(Number(/(\d+) sites?/.exec(mapLabel())?.[1])).to.be.greaterThan(40);
    const matrix = dossier.querySelector('pk-sector-matrix')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(matrix).to.contain('on Oct 11, 2005');
    const timeline = dossier.querySelector('pk-peacebuilding-timeline')!;
    expect(timeline.shadowRoot!.querySelector('.readout')!.textContent).to.contain('UNMIL 16,365 authorized');
  });
});
