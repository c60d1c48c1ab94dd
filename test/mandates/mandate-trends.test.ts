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

async function trends(attrs: { mission?: string; date?: string; missions?: string; lang?: string; over?: string } = {}, data: unknown = mandatesFeed()) {
  const el = await fixture<PkMandateTrends>(html`<pk-mandate-trends style="width: 1100px" .data=${data} mission=${attrs.mission ?? ''}
    date=${attrs.date ?? '2004-07-01'} missions=${attrs.missions ?? ''} lang=${attrs.lang ?? 'en'} over=${attrs.over ?? ''}></pk-mandate-trends>`);
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

describe('<pk-mandate-trends over="years">: small multiples', () => {
  const years = (el: HTMLElement) => trendsYears(el);
  const trendsYears = (el: HTMLElement) => $$(el, '[data-p="0"] .axis [role="columnheader"][data-c]').map(text);
  const panel = (el: HTMLElement, p: number) => $(el, `[role="grid"] [data-p="${p}"]`);
  const missionRow = (el: HTMLElement, p: number, acronym: string) => [...panel(el, p).querySelectorAll('.mission')].find((r) => text(r.querySelector('[role="rowheader"]')) === acronym)!;
  const fills = (row: Element) => [...row.querySelectorAll('[role="gridcell"]')].map((c) => /f-(\w+)/.exec(c.className)![1]);
  const fromTo = (from: number, n: number, fill: string) => Array.from({ length: n }, () => fill).map((f, i) => [from + i, f]);

  it('draws one panel per priority area on one year scale, each mission filled in the years its mandates carry the area', async () => {
    const el = await trends({ over: 'years' });
    expect($(el, '[role="grid"]').classList.contains('years')).to.equal(true);
    expect($$(el, '.panel h3').map(text)).to.deep.equal([
      'Basic safety and security · in most mandates from 2001', 'Inclusive political processes',
      'Delivery of basic services', 'Core government functions · in most mandates from 2006', 'Economic revitalization']);
    expect(years(el)).to.deep.equal(Array.from({ length: 17 }, (_, i) => String(1990 + i)));
    // Every panel the same years: the x scale is shared.
    for (let p = 1; p < 5; p++) expect([...panel(el, p).querySelectorAll('.axis [data-c]')].map(text)).to.deep.equal(years(el));
    expect([...panel(el, 0).querySelectorAll('.mission [role="rowheader"]')].map(text)).to.deep.equal(['OLD', 'UNTL', 'UNOB']);
    const row = (p: number, m: string) => Object.fromEntries(fills(missionRow(el, p, m)).map((f, i) => [1990 + i, f]).filter(([, f]) => f !== 'none'));
    expect(row(0, 'UNTL')).to.deep.equal(Object.fromEntries(fromTo(2001, 5, 'held')));
    expect(row(0, 'OLD')).to.deep.equal({ 1990: 'without', 1991: 'without' });
    expect(row(1, 'UNOB')).to.deep.equal({ 2004: 'held', 2005: 'without', 2006: 'without' });
    expect(row(3, 'UNTL')).to.deep.equal({ 2001: 'held', 2002: 'without', 2003: 'without', 2004: 'without', 2005: 'without' });
    const untl2004 = missionRow(el, 0, 'UNTL').querySelectorAll('[role="gridcell"]')[14];
    expect(untl2004.getAttribute('aria-label')).to.equal(
      'UNTL, 2004, Basic safety and security: 3 tasks: Security sector reform; Disarmament, demobilization and reintegration; Police (under resolutions 12, 13)');
    expect(untl2004.classList.contains('now')).to.equal(true); // the date's year
    expect(missionRow(el, 0, 'OLD').querySelectorAll('[role="gridcell"]')[5].getAttribute('aria-label')).to.equal('OLD, 1995: no mandate in force');
    expect(text($(el, '.summary'))).to.equal('3 missions’ mandates from 1990 to 2006, by priority area.');
  });

  it('counts per year the missions under a mandate carrying the area, written out at chosen years, drawn as a share', async () => {
    const el = await trends({ over: 'years' });
    expect(text(panel(el, 0).querySelector('.counts'))).to.equal('1990: 0 of 1 mission · 2001: 1 of 1 mission · 2004: 2 of 2 missions · 2006: 1 of 1 mission');
    // Core government functions: most mandates carry it only in the last year; the first year with a mandate is written out too.
    expect(text(panel(el, 3).querySelector('.counts'))).to.equal('1990: 0 of 1 mission · 2004: 0 of 2 missions · 2006: 1 of 1 mission');
    const share = [...panel(el, 3).querySelectorAll('.share [role="gridcell"]')];
    expect(share[15].getAttribute('aria-label')).to.equal('Core government functions, 2005: 1 of 2 missions under a mandate with its tasks given carry a task in the area');
    // The bars' heights, in hundredths of the row: 2001 (1 of 1) to 2006 (1 of 1).
    expect(share.map((c) => c.querySelector('.bar rect')?.getAttribute('height') ?? '').slice(11)).to.deep.equal(['100', '', '', '', '50', '100']);
  });

  it('moves across years, missions and panels from one tab stop; Enter on a year moves the date, said aloud', async () => {
    const el = await trends({ over: 'years' });
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
    $(el, '[tabindex="0"]').focus();
    expect(focused(el).getAttribute('aria-label')).to.equal('OLD, 1990, Basic safety and security: 0 tasks (under resolution 5)');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    expect(focused(el).getAttribute('aria-label')).to.equal('UNTL, 2006: no mandate in force');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el).getAttribute('aria-label')).to.equal(
      'UNTL, 2005, Basic safety and security: 3 tasks: Security sector reform; Disarmament, demobilization and reintegration; Police (under resolutions 13, 14)');
    await el.updateComplete;
    expect(text($(el, '.details h3'))).to.equal('UNTL · 2005');
    expect($$(el, '.details li').map(text)).to.deep.equal(['Security sector reform', 'Disarmament, demobilization and reintegration', 'Police']);
    expect(focused(el).parentElement!.classList.contains('hl')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Basic safety and security, 2005: 2 of 2 missions under a mandate with its tasks given carry a task in the area');
    await sendKeys({ press: 'ArrowDown' }); // into the next panel
    expect(focused(el).getAttribute('aria-label')).to.equal('OLD, 2005: no mandate in force');
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const change = await oneEvent(el, 'pk-date-change');
    expect(change.detail).to.deep.equal({ date: '2005' });
    await el.updateComplete;
    expect(el.date).to.equal('2005');
    expect(text($(el, '[role="status"][aria-live]'))).to.equal('2005 chosen: the date is now 2005.');
    expect($$(el, '[aria-current="date"]').map(text)).to.deep.equal(Array(5).fill('2005'));
    // A click on a cell does the same.
    setTimeout(() => (missionRow(el, 2, 'UNOB').querySelectorAll('[role="gridcell"]')[16] as HTMLElement).click());
    expect((await oneEvent(el, 'pk-date-change')).detail).to.deep.equal({ date: '2006' });
  });

  it('draws a mandate whose tasks the feed does not give as such, not as one without the area', async () => {
    const data = mandatesFeed() as any;
    data.missions.push({ id: 'unk', acronym: 'UNK', end: '2005', mandates: [{ resolution: '30', adopted: '2003-05-01' }, { resolution: '31', adopted: '2005-02-01', tasks: ['ssr'] }] });
    const el = await trends({ over: 'years' }, data);
    const cells = [...missionRow(el, 0, 'UNK').querySelectorAll('[role="gridcell"]')].slice(13, 16);
    expect(cells.map((c) => /f-(\w+)/.exec(c.className)![1])).to.deep.equal(['unknown', 'unknown', 'held']);
    expect(cells[0].getAttribute('aria-label')).to.equal('UNK, 2003: a mandate whose tasks the feed does not give (under resolution 30)');
    expect(text($(el, '.legend.years'))).to.contain('a mandate whose tasks the feed does not give');
  });

  it('lists every area and year in the table alternative', async () => {
    const el = await trends({ over: 'years' });
    const details = $(el, 'details.table') as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).to.equal('Each priority area, year by year, as a table');
    details.open = true;
    await waitUntil(() => details.querySelector('table'));
    expect([...details.querySelectorAll('thead th')].map(text)).to.deep.equal(['Priority area', 'Year', 'Missions with a task', 'Which missions']);
    const rows = [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows.length).to.equal(5 * 8); // the eight years with a mandate in force (1990, 1991, 2001-2006), in each area
    expect(rows).to.deep.include(['Basic safety and security', '2004', '2 of 2 missions', 'UNTL, UNOB']);
    expect(rows).to.deep.include(['Core government functions', '2005', '1 of 2 missions', 'UNOB']);
    expect(rows).to.deep.include(['Delivery of basic services', '1990', '0 of 1 mission', '']);
  });

  it('is chosen in the toolbar, and exports what it shows', async () => {
    const el = await trends({});
    const [atDate, byYear] = $$(el, '.views button');
    expect([text(atDate), atDate.getAttribute('aria-pressed'), text(byYear), byYear.getAttribute('aria-pressed')]).to.deep.equal(['At a date', 'true', 'Year by year', 'false']);
    byYear.click();
    await el.updateComplete;
    expect(el.over).to.equal('years');
    expect(el.getAttribute('over')).to.equal('years');
    expect($$(el, '.panel').length).to.equal(5);
    expect($(el, '.views button[aria-pressed="true"]').textContent).to.equal('Year by year');
    const svg = el.toSVG();
    expect(svg).to.contain('>Core government functions<');
    expect(svg).to.contain('>1990: 0 of 1 mission · 2004: 0 of 2 missions · 2006: 1 of 1 mission<');
    expect((svg.match(/height="10" fill="#0072B2"/g) ?? []).length).to.equal(19); // 8 + 8 + 0 + 3 + 0 cells with a task
  });

  it('passes axe, and runs right to left in Arabic', async () => {
    await expect(await trends({ over: 'years' })).to.be.accessible();
    await loadLanguage('ar');
    const ar = await trends({ over: 'years', lang: 'ar' });
    expect(getComputedStyle(ar).direction).to.equal('rtl');
    $(ar, '[tabindex="0"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(ar).getAttribute('data-c')).to.equal('1');
    const cells = $$(ar, '[data-p="0"] .mission')[0].querySelectorAll('[role="gridcell"]');
    expect(cells[1].getBoundingClientRect().right).to.be.below(cells[0].getBoundingClientRect().left + 1); // later years to the left
  });

  it('exports right to left within the picture, the fine print too', async () => {
    await loadLanguage('ar');
    const data = mandatesFeed() as any;
    data.missions[0].mandates[1].tasks.push('nonsense'); // one entry that cannot be shown: a line of fine print
    const el = await trends({ over: 'years', lang: 'ar' }, data);
    const box = document.createElement('div');
    // The kit's own SVG output, drawn to measure where its text lands.
    box.innerHTML = el.toSVG();
    document.body.append(box);
    try {
      const svg = box.querySelector('svg')!;
      const width = Number(svg.getAttribute('width'));
      const texts = [...svg.querySelectorAll('text')] as SVGTextElement[];
      expect(texts.some((t) => t.classList.contains('fine-print'))).to.equal(true);
      const outside = texts.filter((t) => { const b = t.getBBox(); return b.x < -1 || b.x + b.width > width + 1; }).map((t) => t.textContent);
      expect(outside).to.deep.equal([]);
    } finally {
      box.remove();
    }
  });

  it('draws 20 missions × 5 areas × 31 years of the bench\'s feed, every cell named', async () => {
    const el = await trends({ over: 'years', date: '2012' }, manyMissionsFeed(20, 30));
    expect(years(el).length).to.equal(31);
    expect($$(el, '.mission [role="gridcell"]').length).to.equal(5 * 20 * 31);
    expect($$(el, '.share [role="gridcell"]').length).to.equal(5 * 31);
    expect($$(el, '.mission [role="gridcell"]').every((c) => /^UNM\d+, \d{4}(, |: no mandate)/.test(c.getAttribute('aria-label')!))).to.equal(true);
  });
});
