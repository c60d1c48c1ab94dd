import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/timeline/peacebuilding-timeline.js';
import type { PkPeacebuildingTimeline } from '../../src/timeline/peacebuilding-timeline.js';
import { MIN_SPAN_DAYS } from '../../src/timeline/peacebuilding-timeline.js';
import type { PkDateChangeEvent, PkSelectEvent } from '../../src/shared/events.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

const DAY = 86_400_000;

async function timeline(width = 780, extra: Partial<PkPeacebuildingTimeline> = {}): Promise<PkPeacebuildingTimeline> {
  const el = await fixture<PkPeacebuildingTimeline>(html`<pk-peacebuilding-timeline style=${`width:${width}px`} .data=${structuredClone(sierraLeone)}
    .date=${extra.date}></pk-peacebuilding-timeline>`);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}
const $ = (el: PkPeacebuildingTimeline, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const $$ = (el: PkPeacebuildingTimeline, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const center = (node: Element) => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
};
const spanDays = (el: PkPeacebuildingTimeline) => {
  const r = el.visibleRange!;
  return (Date.parse(r.end) - Date.parse(r.start)) / DAY;
};

afterEach(async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
});

describe('<pk-peacebuilding-timeline>', () => {
  it('shows UNAMSIL, its departure, the span after it and what continues', async () => {
    const el = await timeline();
    expect($(el, '.summary')!.textContent!.trim()).to.equal("12 items in 5 tracks continue after UNAMSIL's departure");
    expect($(el, '.departure-line')).to.exist;
    expect($(el, '.after-span')).to.exist;
    expect($(el, '.departure-label')!.textContent).to.equal('UNAMSIL leaves');
    const labels = $$(el, '.mark').map((m) => m.getAttribute('aria-label'));
    expect(labels).to.include('UNAMSIL, Oct 22, 1999 – Dec 31, 2005');
    expect(labels).to.include('UN Integrated Peacebuilding Office in Sierra Leone (UNIPSIL), Oct 1, 2008 – Mar 31, 2014');
    expect(labels).to.include('Sierra Leone on the PBC agenda, Jun 23, 2006 – ongoing');
    expect($$(el, '.k-item .arrow').length).to.equal(4); // the ongoing items end in an arrow, not a stop
    expect($$(el, '.lane-label').map((t) => t.textContent).some((t) => t!.startsWith('Peacebuilding Co'))).to.equal(true);
  });

  it('is accessible', async () => {
    const el = await timeline();
    await expect(el).to.be.accessible();
  });

  it('moves the cursor by keys: a month, Shift a year; fires pk-date-change only on user action', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('pk-date-change', () => fired++);
    el.date = '2005-06-15';
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect($(el, 'output')!.textContent).to.equal('Jun 15, 2005');
    const cursor = $(el, '.cursor')!;
    expect(cursor.getAttribute('aria-valuetext')).to.equal('Jun 15, 2005');
    cursor.focus();
    const dates: string[] = [];
    el.addEventListener('pk-date-change', (e: PkDateChangeEvent) => dates.push(e.detail.date));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(dates).to.deep.equal(['2005-07-15', '2006-07-15', '2006-06-15']);
    expect(el.date).to.equal('2006-06-15');
  });

  it('moves the cursor by mouse: a click on the axis and a drag', async () => {
    const el = await timeline();
    const line = $(el, 'svg.plot .departure-line')!.getBoundingClientRect();
    const axis = $(el, '.axis-hit')!.getBoundingClientRect();
    const y = Math.round(axis.top + 8);
    const seen: string[] = [];
    el.addEventListener('pk-date-change', (e: PkDateChangeEvent) => seen.push(e.detail.date));
    await sendMouse({ type: 'click', position: [Math.round(line.left + line.width / 2), y] });
    const first = Date.parse(seen[0]);
    expect(Math.abs(first - Date.parse('2006-01-01'))).to.be.below(10 * DAY); // within a pixel's days (about 8 here)
    const [hx, hy] = center($(el, '.cursor-handle')!);
    await sendMouse({ type: 'move', position: [hx, hy] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [hx + 100, hy] });
    await sendMouse({ type: 'up' });
    expect(Date.parse(el.date!)).to.be.above(first + 365 * DAY);
    expect(seen.at(-1)).to.equal(el.date);
  });

  it('zooms with buttons and keys down to four months, and back out to the whole span', async () => {
    const el = await timeline();
    const full = spanDays(el);
    expect(full).to.be.above(6000);
    const zoomIn = $$(el, 'button').find((b) => b.getAttribute('aria-label') === 'Zoom in')!;
    zoomIn.click();
    await el.updateComplete;
    expect(spanDays(el)).to.be.closeTo(full / 2, 1);
    for (let i = 0; i < 12; i++) zoomIn.click();
    await el.updateComplete;
    expect(spanDays(el)).to.be.closeTo(MIN_SPAN_DAYS, 1);
    expect($$(el, '.tick text').some((t) => /^[A-Z][a-z]{2}( \d+)?$/.test(t.textContent!))).to.equal(true); // month ticks
    $(el, '.cursor')!.focus();
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal({ start: '1998-02-13', end: '2019-05-31' });
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(spanDays(el)).to.be.closeTo(full / 2, 1);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(spanDays(el)).to.be.closeTo(full, 1); // never beyond the whole span
  });

  it('does not zoom on a double click (d3-zoom would start a d3 transition, which the kit leaves out)', async () => {
    const el = await timeline();
    const full = spanDays(el);
    const [clientX, clientY] = center($(el, '.chart')!);
    $(el, '.chart')!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX, clientY }));
    await el.updateComplete;
    expect(spanDays(el)).to.equal(full);
  });

  it('shows a tooltip on hover and on focus, and reaches every lane by keyboard', async () => {
    const el = await timeline();
    const bar = $(el, '.mark[aria-label^="Sierra Leone on the PBC agenda"] rect')!;
    await sendMouse({ type: 'move', position: center(bar) });
    await el.updateComplete;
    expect($(el, '.tip')!.textContent).to.contain('Sierra Leone on the PBC agenda');
    expect($(el, '.tip')!.textContent).to.contain('Jun 23, 2006 – ongoing');

    const focusable = $$(el, '.mark[tabindex="0"]');
    expect(focusable.length).to.equal(1); // one tab stop; arrows move within
    focusable[0].focus();
    await el.updateComplete;
    expect($(el, '.tip strong')!.textContent).to.equal('Lomé Peace Agreement');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // The next event that keeps its marker (crowded events yield to the agreement): a resolution.
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^Resolution 12\d\d/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^(UNAMSIL|Resolution 12\d\d)/);
    await sendKeys({ press: 'ArrowDown' }); // political: UNIOSIL, nearest in time
    await sendKeys({ press: 'ArrowDown' }); // peacebuilding
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^Sierra Leone on the PBC agenda/);
    expect($(el, '.tip strong')!.textContent).to.equal('Sierra Leone on the PBC agenda');
    const select = oneEvent(el, 'pk-select') as Promise<PkSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await select).detail).to.deep.equal({ kind: 'item', id: 'pbc-agenda' });
  });

  it('collapses and expands a group', async () => {
    const el = await timeline();
    const toggle = $$(el, '.toggle').find((b) => b.getAttribute('aria-label')!.startsWith('Funding'))!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '.mark[aria-label^="Peacebuilding Fund allocations"]')).to.exist;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.mark[aria-label^="Peacebuilding Fund allocations"]')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect($(el, '.mark[aria-label^="Peacebuilding Fund allocations"]')).to.exist;
  });

  it('lists every item and event in date order, grouped as on screen, with amounts', async () => {
    const el = await timeline();
    const summary = $(el, 'details summary')!;
    // 58 since the demo feed gained res 1389 (UNAMSIL's election tasks, 16 Jan 2002) among the mission's mandates.
    expect(summary.textContent).to.equal('All 58 items and events, as a table');
    const opened = oneEvent($(el, 'details')!, 'toggle');
    summary.click();
    await opened;
    await el.updateComplete;
    const groups = $$(el, 'tbody th[scope="rowgroup"]').map((th) => th.textContent);
    expect(groups).to.deep.equal(['Events', 'UNAMSIL', 'Political', 'Peacebuilding', 'Development', 'Funding', 'UNAMSIL: Strength']);
    const bodies = $$(el, 'tbody');
    const events = [...bodies[0].querySelectorAll('tr')].slice(1).map((tr) => tr.cells[1].textContent);
    expect(events.length).to.equal(23);
    expect(events[0]).to.equal('Lomé Peace Agreement');
    const funding = [...bodies[5].querySelectorAll('tr')].slice(1).map((tr) => [...tr.cells].map((c) => c.textContent));
    expect(funding).to.deep.include(['Peacebuilding Fund allocations', 'Peacebuilding Fund allocations', 'Mar 1, 2007', 'Dec 31, 2010', 'committed', '$35,000,000']);
    // What was required against what came (res 57/291; GA/AB/3544), and a need with nothing said of what came.
    expect(funding).to.deep.include(['UNAMSIL assessed budget', 'UNAMSIL assessed budget', 'Jul 1, 2002', 'Jun 30, 2003', 'assured', '$622,469,200 received of $633,269,200 required (98%)']);
    expect(funding).to.deep.include(['Multi-donor trust fund for DDR', 'Multi-donor trust fund for DDR', 'Jun 28, 2001', 'Aug 31, 2001', 'pledged', '$31,000,000 required; what came is not stated']);
  });

  it('draws what came as a solid bar inside the outline of what was required, with the figures in the tooltip', async () => {
    const el = await timeline(1200);
    const assessed = $(el, '.mark.req[aria-label^="UNAMSIL assessed budget"]')!;
    expect(assessed.getAttribute('aria-label')).to.contain('$622,469,200 received of $633,269,200 required (98%) (assured)');
    const need = assessed.querySelector('rect.need')!;
    const got = assessed.querySelector('rect.got')!;
    const [needH, gotH] = [Number(need.getAttribute('height')), Number(got.getAttribute('height'))];
    expect(gotH).to.equal(Math.round(needH * 622469200 / 633269200));
    expect(Number(got.getAttribute('y')) + gotH).to.equal(Number(need.getAttribute('y')) + needH); // standing on the outline's foot
    expect(getComputedStyle(need).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(got).fill).to.equal(getComputedStyle(need).stroke);
    const ddr = $(el, '.mark.req[aria-label^="Multi-donor trust fund for DDR"]')!;
    expect(Number(ddr.querySelector('rect.got')!.getAttribute('height'))).to.equal(0);
    // Amounts without a requirement keep their plain bar.
    expect($(el, '.mark[aria-label^="Peacebuilding Fund allocations"]')!.classList.contains('req')).to.equal(false);
    // The funding lanes sit low on a tall timeline: room below it, so the bar can come to the middle of
    // the viewport (Firefox's WebDriver BiDi refuses a pointer moved outside it; Chromium does not).
    document.body.style.paddingBlockEnd = '100vh';
    need.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: center(need) });
    await el.updateComplete;
    expect($(el, '.tip')!.textContent).to.contain('$622,469,200 received of $633,269,200 required (98%) · Reliability: assured');
    expect($(el, '.tip')!.textContent).to.contain('the Secretary-General proposed some US$100.8m');
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.include('Funding: required (outline) and received (solid bar)');
    document.body.style.paddingBlockEnd = '';
  });

  it('exports what it shows as SVG and PNG', async () => {
    const el = await timeline(1200);
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('width')).to.equal('1200');
    expect(text).to.contain('UNAMSIL leaves').and.contain('Peacebuilding Commission').and.contain('after departure');
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(5000);
  });

  it('draws in 360 px with lane labels above lanes', async () => {
    const el = await timeline(360);
    expect($(el, '.label-col')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal('360'); // a 348 px plot and 12 px for the ongoing arrows
  });

  it('says so when the feed has no such mission, and shows errors', async () => {
    const el = await fixture<PkPeacebuildingTimeline>(html`<pk-peacebuilding-timeline mission="nope" .data=${structuredClone(sierraLeone)}></pk-peacebuilding-timeline>`);
    expect($(el, '[part="status"]')!.textContent).to.equal('This feed has no mission "nope".');
    const bad = await fixture<PkPeacebuildingTimeline>(html`<pk-peacebuilding-timeline .data=${{ peacekit: 99 }}></pk-peacebuilding-timeline>`);
    expect($(bad, '[role="alert"]')).to.exist;
  });
});
