import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mandates/mandate-trends.js';
import '../../src/dossier/dossier.js';
import '../../src/matrix/sector-matrix.js';
import type { PkMandateTrends } from '../../src/mandates/mandate-trends.js';
import type { PkSectorMatrix } from '../../src/matrix/sector-matrix.js';
import { loadLanguage } from '../../src/shared/i18n.js';
import { mandatesFeed } from '../fixtures/mandates.js';
import { largeMandateFeed, LARGE_MANDATE_DATE, manyMissionsFeed } from '../fixtures/large-mandates.js';

async function trends(attrs: { mission?: string; date?: string; missions?: string; lang?: string } = {}, data: unknown = mandatesFeed()) {
  const el = await fixture<PkMandateTrends>(html`<pk-mandate-trends style="width: 1100px" .data=${data} mission=${attrs.mission ?? ''}
    date=${attrs.date ?? '2004-07-01'} missions=${attrs.missions ?? ''} lang=${attrs.lang ?? 'en'}></pk-mandate-trends>`);
  await el.updateComplete;
  return el;
}
const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement;
const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a cell's mark shows (drawn by CSS from data-m). */
const mark = (td: Element) => td.querySelector('.mark')?.getAttribute('data-m') ?? '';

describe('<pk-mandate-trends> for one mission', () => {
  it('draws the resolutions as columns, in order, with dates, periods, flags and links to undocs.org', async () => {
    const el = await trends({ mission: 'untl' });
    expect($(el, 'table').getAttribute('role')).to.equal('grid');
    const heads = $$(el, 'thead th.res');
    expect(heads.map((th) => th.querySelector('a')!.textContent)).to.deep.equal(['10', '11', '12', '13', '14']);
    expect(heads.map((th) => th.querySelector('a')!.getAttribute('href'))).to.deep.equal([
      'https://undocs.org/S/RES/10(2001)', 'https://undocs.org/S/RES/11(2002)', 'https://undocs.org/S/RES/12(2003)',
      'https://undocs.org/S/RES/13(2004)', 'https://undocs.org/S/RES/14(2005)']);
    expect(text(heads[0].querySelector('.period'))).to.equal('12 months · until Dec 31, 2001');
    expect(text(heads[2].querySelector('.period'))).to.equal('tasks carried over');
    expect(heads[0].querySelector('abbr')!.getAttribute('title')).to.equal('Chapter VII');
    // The date (1 Jul 2004) falls under resolution 13.
    expect(heads.map((th) => th.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'date', null]);
  });

  it('groups the tasks by priority area and marks each cell by its state, not by colour alone', async () => {
    const el = await trends({ mission: 'untl' });
    expect($$(el, 'tr.area th').map(text)).to.deep.equal(['Basic safety and security (3)', 'Inclusive political processes (2)', 'Core government functions (1)']);
    const police = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === 'Police')!;
    const cells = [...police.querySelectorAll('td')];
    expect(cells.map((td) => td.className)).to.deep.equal(['s-none', 's-added', 's-continued', 's-changed', 's-continued']);
    expect(cells.map(mark)).to.deep.equal(['', '+I', '●I', '~M', '●']);
    expect(cells[3].getAttribute('aria-label')).to.equal('Police, resolution 13: changed, Monitor (from Implement to Monitor)');
    const hr = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === 'Human rights')!;
    expect([...hr.querySelectorAll('td')].map(mark)).to.deep.equal(['●', '−', '', '+', '−']);
    expect(text($(el, '.summary'))).to.equal('From resolution 10 to 14: 3 tasks added, 5 dropped, 2 changed; most tasks in basic safety and security in 2002.');
  });

  it('moves with the arrow keys from one tab stop, and a resolution chosen moves the date, said aloud', async () => {
    const el = await trends({ mission: 'untl' });
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
    $(el, '[tabindex="0"]').focus();
    expect(focused(el).getAttribute('data-r')).to.equal('0');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el).querySelector('a')!.textContent).to.equal('11');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const change = await oneEvent(el, 'pk-date-change');
    expect(change.detail).to.deep.equal({ date: '2002-01-10' });
    await el.updateComplete;
    expect(el.date).to.equal('2002-01-10');
    expect(text($(el, '[role="status"][aria-live]'))).to.equal('Resolution 11 chosen: the date is now Jan 10, 2002.');
    expect($$(el, 'thead th.res').map((th) => th.getAttribute('aria-current'))).to.deep.equal([null, 'date', null, null, null]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Security sector reform, resolution 11: added');
    expect(text($(el, '.details h3'))).to.equal('Security sector reform · Resolution 11');
    await sendKeys({ press: 'End' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Security sector reform, resolution 14: continued');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Civil administration, resolution 14: not in this mandate');
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const select = await oneEvent(el, 'pk-select');
    expect(select.detail).to.deep.equal({ kind: 'cell', sector: 'civil-administration', actor: 'untl' });
  });

  it('shows the wording, paragraph and source of a task, and the table alternative lists every task', async () => {
    const el = await trends({ mission: 'untl' });
    $(el, '[tabindex="0"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text($(el, '.details h3'))).to.equal('Police · Resolution 11');
    expect(text($(el, '.details'))).to.contain('operative paragraph 4 (b)');
    expect(text($(el, '.details a[part="source-link"]'))).to.equal('S/RES/11');
    const details = $(el, 'details.table') as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).to.equal('All 19 tasks, resolution by resolution, as a table');
    details.open = true;
    await waitUntil(() => details.querySelector('table'));
    const rows = [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows[0][0]).to.equal('Resolution 10 · Jan 15, 2001 · 12 months · until Dec 31, 2001');
    expect(rows).to.deep.include(['Inclusive political processes', 'Elections', 'changed (wording changed)', 'Enable', 'to support the elections', '']);
  });

  it('says so when the mission has no mandates, or is not in the feed', async () => {
    const data = mandatesFeed() as any;
    data.missions[1].mandates = [];
    expect(text($(await trends({ mission: 'unob' }, data), '[part="status"]'))).to.equal('This feed gives no mandates for UNOB.');
    expect(text($(await trends({ mission: 'nowhere' }), '[part="status"]'))).to.equal('This feed has no mission “nowhere”.');
  });

  it('exports what it shows as SVG, escaped', async () => {
    const data = mandatesFeed() as any;
    data.missions[0].acronym = 'UN<TL>';
    const el = await trends({ mission: 'untl' }, data);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('UN&lt;TL&gt;');
    expect(svg).to.contain('>Police<');
    expect((svg.match(/<rect[^>]*fill="#E69F00"/g) ?? []).length).to.equal(3); // two changed cells and the legend
  });

  it('passes axe', async () => {
    await expect(await trends({ mission: 'untl' })).to.be.accessible();
    await expect(await trends({})).to.be.accessible();
  });
});

describe('<pk-mandate-trends> for several missions', () => {
  it('draws missions against priority areas at the date, with what each mandate added and dropped', async () => {
    const el = await trends({ date: '2005-03-01' });
    expect($$(el, 'thead th.area-col').map(text)).to.deep.equal([
      'Basic safety and security', 'Inclusive political processes', 'Delivery of basic services', 'Core government functions', 'Economic revitalization']);
    expect($$(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(['UNTL · Resolution 13', 'UNOB · Resolution 21']);
    const unob = [...$$(el, 'tbody tr')[1].querySelectorAll('td')];
    expect(unob.map(mark)).to.deep.equal(['1', '0−', '', '1+', '']);
    expect(unob[3].getAttribute('aria-label')).to.equal('UNOB, Core government functions: 1 task, 1 added: + Public finance');
    expect(text($(el, '.summary'))).to.equal('2 missions with a mandate in force on Mar 1, 2005.');
    expect(text($(el, 'details.table summary'))).to.equal('All 7 tasks, mission by mission, as a table');
  });

  it('keeps to the missions asked for, and a mission chosen is selected', async () => {
    const el = await trends({ date: '2005-03-01', missions: 'unob' });
    expect($$(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(['UNOB · Resolution 21']);
    $(el, '[tabindex="0"]').focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const select = await oneEvent(el, 'pk-select');
    expect(select.detail).to.deep.equal({ kind: 'mission', id: 'unob' });
  });
});

describe('<pk-mandate-trends> in a dossier and in other languages', () => {
  it('choosing a resolution moves the dossier\'s date, and a task marks its sector in the matrix', async () => {
    const data = mandatesFeed() as any;
    data.actors = [{ id: 'untl', label: 'UNTL', type: 'mission' }];
    data.responsibilities = [{ sector: 'police', actor: 'untl', role: 'implement', start: '2002' }, { sector: 'ssr', actor: 'untl', role: 'enable', start: '2002' }];
    const dossier = await fixture(html`<pk-dossier .data=${data} mission="untl" date="2004-07-01">
      <pk-mandate-trends></pk-mandate-trends><pk-sector-matrix></pk-sector-matrix></pk-dossier>`);
    const el = dossier.querySelector('pk-mandate-trends') as PkMandateTrends;
    const matrix = dossier.querySelector('pk-sector-matrix') as PkSectorMatrix;
    await waitUntil(() => el.shadowRoot!.querySelector('table'));
    (el.shadowRoot!.querySelectorAll('thead th.res')[1] as HTMLElement).click();
    await waitUntil(() => matrix.date === '2002-01-10');
    expect((dossier as any).date).to.equal('2002-01-10');
    const police = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === 'Police')!;
    (police.querySelectorAll('td')[1] as HTMLElement).click();
    await matrix.updateComplete;
    await waitUntil(() => $$(matrix, 'tbody tr.related').length > 0);
    expect($$(matrix, 'tbody tr.related').map((tr) => text(tr.querySelector('th')))).to.deep.equal(['Police']);
  });

  it('speaks French, and Arabic right to left, with arrows mirrored', async () => {
    await loadLanguage('fr');
    await loadLanguage('ar');
    const fr = await trends({ mission: 'untl', lang: 'fr' });
    expect(text($(fr, '.summary'))).to.match(/^De la résolution 10 à la résolution 14 : 3 tâches ajoutées, 5 supprimées, 2 modifiées/);
    const ar = await trends({ mission: 'untl', lang: 'ar' });
    expect(getComputedStyle(ar).direction).to.equal('rtl');
    expect(text($(ar, 'thead .corner'))).to.equal('المهمة');
    $(ar, '[tabindex="0"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(ar).querySelector('a')!.textContent).to.equal('11');
  });
});

describe('<pk-mandate-trends> on the bench\'s generated feeds', () => {
  it('draws 40 resolutions against 60 tasks, one tab stop, every cell named', async () => {
    const el = await trends({ mission: 'large', date: LARGE_MANDATE_DATE }, largeMandateFeed(40, 60));
    expect(el.problems).to.deep.equal([]);
    expect($$(el, 'thead th.res').length).to.equal(40);
    expect($$(el, 'tbody tr:not(.area)').length).to.equal(60);
    expect($$(el, 'tbody td').length).to.equal(40 * 60);
    expect($$(el, 'tbody td').every((td) => /^Task \d+, resolution 30\d\d: /.test(td.getAttribute('aria-label')!))).to.equal(true);
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
  });

  it('draws 20 missions against the five priority areas from 30 years of mandates', async () => {
    const el = await trends({ date: '2012-06-30' }, manyMissionsFeed(20, 30));
    expect(el.problems).to.deep.equal([]);
    expect($$(el, 'tbody th[scope="row"]').map(text).slice(0, 2)).to.deep.equal(['UNM1 · Resolution 5017', 'UNM2 · Resolution 5117']);
    expect($$(el, 'tbody td').length).to.equal(20 * 5);
  });
});
