import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/matrix/sector-matrix.js';
import type { PkSectorMatrix } from '../../src/matrix/sector-matrix.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import { largeMatrixFeed, LARGE_DATE } from '../fixtures/large-matrix.js';

const feed = () => structuredClone(sierraLeone);

async function matrix(attrs: { date?: string; compare?: string; mission?: string; sort?: string; roles?: string; actorTypes?: string } = {}, data: unknown = feed()) {
  const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix style="width: 1000px" .data=${data} date=${attrs.date ?? '2003-06-30'}
    compare=${attrs.compare ?? ''} mission=${attrs.mission ?? ''} sort=${attrs.sort ?? 'area'} roles=${attrs.roles ?? ''}
    actor-types=${attrs.actorTypes ?? ''}></pk-sector-matrix>`);
  await el.updateComplete;
  return el;
}
const $ = (el: PkSectorMatrix, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: PkSectorMatrix, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const rowHeaders = (el: PkSectorMatrix) => $$(el, 'tbody th[scope="row"]').map((th) => th.textContent!.trim());
const focused = (el: PkSectorMatrix) => el.shadowRoot!.activeElement as HTMLElement;
/** The grid cell of a sector row (by its header) and an actor column (0-based). */
const cell = (el: PkSectorMatrix, sector: string, col: number) => {
  const tr = $$(el, 'tbody tr').find((r) => r.querySelector('th[scope="row"]')?.textContent?.trim() === sector)!;
  return (tr as HTMLTableRowElement).cells[col + 1] as HTMLElement;
};

describe('<pk-sector-matrix> at a date', () => {
  it('draws sectors by priority area, actors national first, and every role as a letter glyph', async () => {
    const el = await matrix();
    expect($(el, 'table').getAttribute('role')).to.equal('grid');
    expect($$(el, 'thead tr.actors th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(
      ['Sector', 'GoSL', 'SLP', 'RSLAF', 'NEC', 'UNAMSIL', 'UNIOSIL', 'UNIPSIL', 'UNCT', 'PBC', 'PBF', 'World Bank', 'ECOMOG', 'UK']);
    expect($$(el, 'thead th[scope="colgroup"]').map((th) => th.textContent)).to.deep.equal([
      'National government', 'Peace operation', 'UN entities', 'International financial institutions', 'Regional organizations', 'Bilateral partners']);
    expect($$(el, 'tr.area th').map((th) => th.textContent!.trim())).to.deep.equal([
      'Basic safety and security (9 sectors)', 'Inclusive political processes (5 sectors)', 'Delivery of basic services (1 sector)',
      'Core government functions (1 sector)', 'Economic revitalization (1 sector)']);
    expect($$(el, 'td .glyph').length).to.equal(20);
    expect([...cell(el, 'Political facilitation', 4).querySelectorAll('.glyph')].map((g) => (g as HTMLElement).dataset.g)).to.deep.equal(['E', 'S']);
    expect($(el, '.summary').textContent).to.equal('20 responsibilities held by 7 actors in 13 sectors on Jun 30, 2003.');
    expect($$(el, '.legend button').map((b) => b.textContent!.trim())).to.deep.equal(['Lead', 'Enable', 'Implement', 'Support', 'Fund', 'Monitor']);
  });

  it('announces a cell as sector, actor and roles', async () => {
    const el = await matrix();
    expect(cell(el, 'Security sector reform', 12).getAttribute('aria-label')).to.equal('Security sector reform, UK: lead at national level');
    expect(cell(el, 'Security sector reform', 4).getAttribute('aria-label')).to.equal('Security sector reform, UNAMSIL: no role');
    expect(cell(el, 'Security sector reform', 0).getAttribute('aria-label')).to.equal('Security sector reform, GoSL: no role');
  });

  it('changes the cells, not the axes, when the date moves', async () => {
    const el = await matrix();
    el.date = '2012-01-01';
    await el.updateComplete;
    expect($$(el, 'td .glyph').length).to.equal(24);
    expect(rowHeaders(el).length).to.equal(17);
  });

  it('keeps focus on the cell at the same place when the date moves under it', async () => {
    const el = await matrix();
    cell(el, 'Security sector reform', 12).focus();
    el.date = '2012-01-01';
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, 'Security sector reform', 12));
    expect(focused(el).getAttribute('tabindex')).to.equal('0');
    expect(focused(el).getAttribute('aria-label')).to.match(/^Security sector reform, UK: /);
  });

  it('keeps the sector names in view when the grid scrolls sideways, and fits the grid beside the details panel when it can', async () => {
    const narrow = await fixture<PkSectorMatrix>(html`<pk-sector-matrix style="width: 360px" .data=${feed()} date="2003-06-30"></pk-sector-matrix>`);
    await narrow.updateComplete;
    const scroller = $(narrow, '[part="scroller"]');
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    const name = $(narrow, 'tbody th[scope="row"]');
    const before = name.getBoundingClientRect().left;
    scroller.scrollLeft = 200;
    await new Promise((r) => requestAnimationFrame(r));
    expect(name.getBoundingClientRect().left).to.equal(before);
    const wide = await fixture<PkSectorMatrix>(html`<pk-sector-matrix style="width: 1400px" .data=${feed()} date="2003-06-30"></pk-sector-matrix>`);
    await wide.updateComplete;
    const fits = $(wide, '[part="scroller"]');
    expect(fits.scrollWidth).to.be.at.most(fits.clientWidth);
    expect($(wide, '[part="details"]').getBoundingClientRect().left).to.be.above(fits.getBoundingClientRect().right);
  });

  it('says in words when there is nothing at the date', async () => {
    const el = await matrix({ date: '1998-01-01', mission: 'unamsil' });
    expect($(el, '[part="status"]').textContent).to.equal('This feed has no responsibilities for UNAMSIL at Jan 1, 1998.');
    expect($(el, 'table')).to.equal(null);
  });

  it('shows a readable error for an invalid feed', async () => {
    const el = await matrix({}, { peacekit: 'one' });
    expect($(el, '[role="alert"]').textContent).to.contain('This feed cannot be shown');
  });

  it('lists the problems that removed entries, and draws the rest', async () => {
    const data = feed();
    data.responsibilities.push({ sector: 'ssr', actor: 'nobody', role: 'lead', start: '2003' } as never);
    const el = await matrix({}, data);
    expect($(el, '[part="problems"] summary').textContent).to.contain('1 entry of the feed could not be shown');
    expect($(el, '[part="problems"] li').textContent).to.match(/^responsibilities\[59\]/);
    // The notice is fetched with its styles when a feed first has errors: styled, with its warning bar.
    expect(getComputedStyle($(el, '[part="problems"]')).borderInlineStartWidth).to.equal('4px');
    expect($$(el, 'td .glyph').length).to.equal(20);
  });
});

describe('<pk-sector-matrix> handover', () => {
  it('marks what ends, passes on and begins, under a one-line summary', async () => {
    const el = await matrix({ date: '2006-06-30', compare: '2005-06-30' });
    expect($(el, '.summary').textContent).to.equal('From Jun 30, 2005 to Jun 30, 2006: 3 responsibilities pass from UNAMSIL to UNIOSIL; 11 end; 3 begin.');
    expect($$(el, 'td .glyph.m-ended').length).to.equal(11);
    expect($$(el, 'td .glyph.m-moved-out').length).to.equal(3);
    expect($$(el, 'td .glyph.m-moved-in').length).to.equal(3);
    expect($$(el, 'td .glyph.m-begun').length).to.equal(3);
    expect(cell(el, 'Elections', 4).getAttribute('aria-label')).to.equal('Elections, UNAMSIL: support passes to UNIOSIL at national level');
    expect($$(el, '.legend .item').map((i) => i.textContent!.trim())).to.include.members(['begins', 'ends', 'passes to another actor', 'taken over from another actor']);
  });

  it('shows a transfer to national authorities as a transfer, not as an end and a beginning', async () => {
    // S/2004/965: UNAMSIL transferred primary responsibility for security in the Western Area on 23 Sep 2004.
    const el = await matrix({ date: '2004-10-01', compare: '2004-09-01' });
    expect($(el, '.summary').textContent).to.equal('From Sep 1, 2004 to Oct 1, 2004: 1 responsibility transferred from UNAMSIL to national actors; 2 begin.');
    expect($$(el, 'td .glyph.m-transferred-out').length).to.equal(1);
    expect($$(el, 'td .glyph.m-transferred-in').length).to.equal(2);
    expect($$(el, 'td .glyph.m-ended').length).to.equal(0);
    const unamsil = cell(el, 'Primary responsibility for security', 4);
    expect(unamsil.getAttribute('aria-label')).to.equal('Primary responsibility for security, UNAMSIL: implement transferred to SLP and RSLAF at national level, support begins at national level');
    expect(cell(el, 'Primary responsibility for security', 2).getAttribute('aria-label')).to.equal('Primary responsibility for security, RSLAF: lead taken over from UNAMSIL by transfer at national level');
    expect($$(el, '.legend .item').map((i) => i.textContent!.trim())).to.include.members(['transferred to another actor (as the feed states)', 'taken over by transfer']);
    unamsil.focus();
    await el.updateComplete;
    expect($(el, '.details .change').textContent).to.equal('transferred to Sierra Leone Police and Republic of Sierra Leone Armed Forces');
  });

  it('says the transfer in the reader\'s language', async () => {
    const el = await matrix({ date: '2004-10-01', compare: '2004-09-01' });
    el.lang = 'fr';
    await waitUntil(() => $(el, '.summary')?.textContent!.startsWith('Du'), 'the French catalogue loads');
    // French typography puts no-break spaces before ":" and ";".
    expect($(el, '.summary').textContent!.replace(/\s/g, ' ')).to.equal('Du 1 sept. 2004 au 1 oct. 2004 : 1 responsabilité transférée de UNAMSIL à des acteurs nationaux ; 2 commencent.');
    // The feed gives this sector's label in six languages.
    expect(cell(el, 'Responsabilité première de la sécurité', 4).getAttribute('aria-label')).to.contain('transférée à SLP et RSLAF');
  });
});

describe('<pk-sector-matrix> keyboard', () => {
  it('is one tab stop; arrows, Home/End, Ctrl+Home/End move; Enter selects the cell', async () => {
    const el = await matrix({ date: '2005-06-30' });
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    expect(focused(el).textContent!.trim()).to.equal('Basic safety and security (9 sectors)');
    await sendKeys({ press: 'ArrowDown' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Security sector reform, UNAMSIL: support at national level');
    expect($$(el, '[tabindex="0"]')).to.deep.equal([focused(el)]);
    expect($(el, 'tr.hl th').textContent).to.equal('Security sector reform');
    expect($(el, 'thead th.hl').textContent).to.equal('UNAMSIL');
    expect($(el, '.details h3').textContent).to.equal('Security sector reform · UN Mission in Sierra Leone');

    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'pk-select');
    expect(event.detail).to.deep.equal({ kind: 'cell', sector: 'ssr', actor: 'unamsil' });

    await sendKeys({ press: 'End' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Security sector reform, UK: lead at national level');
    await sendKeys({ press: 'Home' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Security sector reform, GoSL: no role');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(focused(el).getAttribute('aria-label')).to.equal('Employment, UK: no role');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(focused(el).textContent!.trim()).to.equal('Basic safety and security (9 sectors)');
  });

  it('collapses and expands a priority area with Enter, keeping focus', async () => {
    const el = await matrix();
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el).getAttribute('aria-expanded')).to.equal('false');
    expect(rowHeaders(el)).not.to.include('Security sector reform');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowHeaders(el)).to.include('Security sector reform');
  });

  it('moves focus without re-rendering the cells', async () => {
    const el = await matrix();
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((m) => mutations.push(...m));
    observer.observe($(el, 'table'), { subtree: true, childList: true, attributes: true, characterData: true });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    observer.disconnect();
    expect(mutations.filter((m) => m.type === 'childList' || m.type === 'characterData')).to.deep.equal([]);
    expect(mutations.length).to.be.below(12);
  });
});

describe('<pk-sector-matrix> sorting and filters', () => {
  it('sorts A to Z and by number of roles', async () => {
    const el = await matrix({ sort: 'alpha' });
    expect(rowHeaders(el).slice(0, 3)).to.deep.equal(['Ceasefire and border monitoring', 'Civil administration', 'Civil affairs']);
    expect($$(el, 'tr.area').length).to.equal(0);
    el.sort = 'roles';
    await el.updateComplete;
    expect(rowHeaders(el).slice(0, 2)).to.deep.equal(['Disarmament, demobilization and reintegration', 'Political facilitation']);
  });

  it('sorts from the visible control', async () => {
    const el = await matrix();
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'alpha';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sort).to.equal('alpha');
    expect(el.getAttribute('sort')).to.equal('alpha');
  });

  it('filters by role (attribute and legend buttons) and by actor type', async () => {
    const el = await matrix({ roles: 'lead' });
    expect(new Set($$(el, 'td .glyph').map((g) => (g as HTMLElement).dataset.g))).to.deep.equal(new Set(['L']));
    const implement = $$(el, '.legend button').find((b) => b.textContent!.includes('Implement'))!;
    expect(implement.getAttribute('aria-pressed')).to.equal('false');
    implement.click();
    await el.updateComplete;
    expect(el.roles).to.deep.equal(['lead', 'implement']);
    expect(new Set($$(el, 'td .glyph').map((g) => (g as HTMLElement).dataset.g))).to.deep.equal(new Set(['L', 'I']));

    el.roles = [];
    el.actorTypes = ['mission'];
    await el.updateComplete;
    // UNIOSIL and UNIPSIL are Council-mandated special political missions: peace operations beside UNAMSIL.
    expect($$(el, 'thead tr.actors th:not(.corner)').map((th) => th.textContent!.trim())).to.deep.equal(['UNAMSIL', 'UNIOSIL', 'UNIPSIL']);
    const national = $$(el, '.toolbar button').find((b) => b.textContent!.includes('National government'))!;
    national.click();
    await el.updateComplete;
    expect(el.actorTypes).to.deep.equal(['national-government', 'mission']);
  });
});

describe('<pk-sector-matrix> notes and sources', () => {
  it('links only http(s) and mailto sources; anything else stays text', async () => {
    const data = feed();
    data.sources.push({ id: 'evil', label: 'Evil source', url: 'javascript:alert(1)' } as never, { id: 'mail', label: 'Desk', url: 'mailto:desk@example.org' } as never);
    data.responsibilities.find((r) => r.sector === 'ssr' && r.actor === 'unamsil')!.sources = ['evil', 'mail', 'res-1562'];
    const el = await matrix({ date: '2005-06-30' }, data);
    cell(el, 'Security sector reform', 4).focus();
    await el.updateComplete;
    const links = $$(el, '.details a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:desk@example.org', 'https://undocs.org/S/RES/1562(2004)']);
    expect($(el, '.details').textContent).to.contain('Evil source (javascript:alert(1))');
    expect($$(el, '.details a').some((a) => a.textContent === 'Evil source')).to.equal(false);
    expect($(el, '.details .note').textContent).to.equal('Supports the national security services after the transfer of security primacy; monitors the growing capacity of the security sector (res 1562)');
  });

  it('shows details on hover too', async () => {
    const el = await matrix();
    cell(el, 'Elections', 3).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '.details h3').textContent).to.equal('Elections · National Electoral Commission');
    expect($(el, 'thead th.hl').textContent).to.equal('NEC');
  });
});

describe('<pk-sector-matrix> export and accessibility', () => {
  it('exports what is shown as SVG, legend included, and as PNG', async () => {
    const el = await matrix({ date: '2006-06-30', compare: '2005-06-30' });
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('3 responsibilities pass from UNAMSIL to UNIOSIL');
    expect(svg).to.contain('>Support</text>');
    expect(svg).to.contain('passes to another actor');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(1000);
  });

  it('passes axe, at a date and with a handover', async () => {
    await expect(await matrix()).to.be.accessible();
    await expect(await matrix({ date: '2006-06-30', compare: '2005-06-30' })).to.be.accessible();
  });

  it('renders 300 sectors x 40 actors', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix style="width: 1200px" .data=${largeMatrixFeed()} date=${LARGE_DATE}></pk-sector-matrix>`);
    await el.updateComplete;
    expect($$(el, 'tbody td').length).to.equal(300 * 40);
    expect($$(el, 'td .glyph').length).to.equal(3000);
    expect($(el, 'table').classList.contains('vertical')).to.equal(true);
  });

  it('leaves a long grid\'s rows off screen to be laid out when scrolled near, while the keyboard reaches every row', async () => {
    const data = largeMatrixFeed(120, 8, 400);
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix style="width: 900px" .data=${data} date=${LARGE_DATE}></pk-sector-matrix>`);
    await el.updateComplete;
    const rows = $$(el, 'tbody tr');
    expect(rows.length).to.be.above(100);
    expect($(el, 'table').classList.contains('long')).to.equal(true);
    const last = rows[rows.length - 1];
    // Off screen: the row's cells are skipped by style and layout (content-visibility), not hidden.
    const skipped = (tr: Element) => !tr.querySelector('td')!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
    await waitUntil(() => skipped(last), 'the last row is skipped once the browser has seen where it is');
    expect(last.querySelector('td')!.checkVisibility()).to.equal(true);
    $(el, '[tabindex="0"]').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    const sector = last.querySelector('th')!.textContent!;
    expect(focused(el).getAttribute('aria-label')).to.match(new RegExp(`^${sector}, A008: `));
    expect(focused(el).parentElement).to.equal(last);
    await waitUntil(() => !skipped(last), 'the focused row is laid out');
    // Rows laid out as they come near take their real height and move it: the reveal follows them.
    const shown = () => {
      const box = last.getBoundingClientRect();
      const scroller = $(el, '[part="scroller"]').getBoundingClientRect();
      return box.bottom <= scroller.bottom + 1 && box.top >= scroller.top;
    };
    await waitUntil(shown, 'the focused row is scrolled into view', { timeout: 2000 });
  });

  it('names every cell of a long grid, off screen too', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix style="width: 900px" .data=${largeMatrixFeed(80, 4, 240)} date=${LARGE_DATE}></pk-sector-matrix>`);
    await el.updateComplete;
    const cell = $$(el, 'tbody td').filter((td) => td.querySelector('.glyph')).pop()!;
    await waitUntil(() => !cell.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions), 'the cell is skipped');
    const sector = (cell.parentElement as HTMLTableRowElement).cells[0].textContent;
    const actor = $$(el, 'thead tr.actors th')[(cell as HTMLTableCellElement).cellIndex].textContent;
    expect(cell.getAttribute('aria-label')).to.match(new RegExp(`^${sector}, ${actor}: [a-z]`));
    expect(cell.getAttribute('tabindex')).to.equal('-1');
  });
});
