import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PkBriefing } from '../../src/briefing/briefing.js';
import { parseBriefing, stepAfterKey } from '../../src/briefing/steps.js';
import { arrange, containIn } from '../../src/briefing/arrange.js';
import { slideLayout, wrapText } from '../../src/briefing/slide-layout.js';
import { formatElapsed } from '../../src/briefing/presenter.js';
import type { PkStepChangeEvent } from '../../src/shared/events.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import steps from '../../demo/briefing/sierra-leone.json';

const text = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** The demo page's briefing: each view in its own cell (a view that is its own cell would be sized by the stage, not measured). */
async function briefing(): Promise<PkBriefing> {
  const el = await fixture<PkBriefing>(html`<pk-briefing .briefing=${steps}>
    <pk-dossier .data=${sierraLeone} mission="unamsil">
      <div><pk-peacebuilding-timeline></pk-peacebuilding-timeline></div>
      <div style="width: 700px"><pk-mission-map></pk-mission-map></div>
      <div><pk-sector-matrix no-controls></pk-sector-matrix></div>
    </pk-dossier>
  </pk-briefing>`);
  const map = el.querySelector('pk-mission-map')!;
  await waitUntil(() => text(map).includes('deployment as of Oct 22, 1999'), 'the first step reaches the map', { timeout: 5000 });
  return el;
}

describe('<pk-briefing>', () => {
  it('reads steps and reports a broken step with its path', () => {
    expect(parseBriefing(steps).problems).to.deep.equal([]);
    const { briefing, problems } = parseBriefing({ title: 'x', steps: [{ date: '2005-13' }, { map: { center: [8.4, -200] } }] });
    expect(briefing).to.equal(null);
    expect(problems.map((p) => p.path)).to.deep.equal(['steps[0].date', 'steps[1].map.center[1]']);
    const views = parseBriefing({ title: 'x', steps: [{ views: ['map', 'globe'] }, { views: [] }, { views: ['map', 'map'] }, { layout: 'grid' }] });
    expect(views.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'steps[0].views[1]: expected one of map, timeline, matrix, mandates',
      'steps[1].views: a step shows at least one view',
      'steps[2].views: a view is listed twice',
      'steps[3].layout: expected one of row, column, main',
    ]);
    const focus = parseBriefing({ title: 'x', steps: [{ views: ['map', 'matrix'], share: [1] }, { timeline: { from: '2005' } }, { timeline: { from: '2006-05', to: '2005' } }] });
    expect(focus.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'steps[0].share: expected 2 shares, one for each view',
      'steps[1].timeline: a window needs both "from" and "to"',
      'steps[2].timeline: "to" is before "from"',
    ]);
  });

  it('shares the room between one to three views as the step says', () => {
    const box = { x: 0, y: 0, width: 1000, height: 600 };
    expect(arrange(1, 'row', box, 20)).to.deep.equal([box]);
    expect(arrange(2, 'row', box, 20, [3, 1])).to.deep.equal([{ x: 0, y: 0, width: 735, height: 600 }, { x: 755, y: 0, width: 245, height: 600 }]);
    expect(arrange(2, 'column', box, 20)).to.deep.equal([{ x: 0, y: 0, width: 1000, height: 290 }, { x: 0, y: 310, width: 1000, height: 290 }]);
    // The first against the column of the others: 2 to 1 of the 980 px left by the gap.
    const main = arrange(3, 'main', box, 20, [2, 1, 1]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)])));
    expect(main).to.deep.equal([{ x: 0, y: 0, width: 653, height: 600 }, { x: 673, y: 0, width: 327, height: 290 }, { x: 673, y: 310, width: 327, height: 290 }]);
    expect(containIn(200, 100, box)).to.deep.equal({ x: 0, y: 50, width: 1000, height: 500 });
  });

  it('lays a slide out with the caption wrapped, nothing cut, the views between the caption and the sources', () => {
    const caption = 'word '.repeat(120).trim();
    const layout = slideLayout({ title: 'A title', caption, date: 'As of Oct 22, 1999', sources: 'Sources: …', finePrint: ['3 entries of the feed could not be shown'] }, [{ width: 800, height: 600 }, { width: 1200, height: 300 }], 'row');
    expect(layout.caption.lines.join(' ')).to.equal(caption);
    expect(layout.caption.lines.length).to.be.greaterThan(1);
    for (const line of layout.caption.lines) expect(line.length * layout.caption.size * 0.56).to.be.at.most(layout.caption.width + 1);
    expect(layout.foot.lines).to.deep.equal(['Sources: …', '3 entries of the feed could not be shown']);
    for (const v of layout.views) {
      expect(v.y).to.be.at.least(layout.caption.y + layout.caption.height);
      expect(v.y + v.height).to.be.at.most(layout.foot.y + 0.5);
    }
    expect(layout.views[0].width / layout.views[0].height).to.be.closeTo(800 / 600, 0.01);
    expect(wrapText('数据来源安全理事会决议和秘书长报告', 100, 20).join('')).to.equal('数据来源安全理事会决议和秘书长报告');
  });

  it('maps presenter keys to steps, clamped at both ends', () => {
    expect(stepAfterKey('PageDown', 0, 7)).to.equal(1);
    expect(stepAfterKey('PageUp', 0, 7)).to.equal(0);
    expect(stepAfterKey('End', 2, 7)).to.equal(6);
    expect(stepAfterKey('PageDown', 6, 7)).to.equal(6);
    expect(stepAfterKey('x', 3, 7)).to.equal(null);
  });

  it('walks the steps with PageDown: the map, the matrix and the timeline follow each step', async function () {
    this.timeout(20000);
    const el = await briefing();
    const map = el.querySelector('pk-mission-map')!;
    const matrix = el.querySelector('pk-sector-matrix')!;
    const timeline = el.querySelector('pk-peacebuilding-timeline')!;
    expect(text(el)).to.contain('Step 1 of 7');
    expect(text(el)).to.contain('resolution 1270 establishes UNAMSIL');

    const changed = oneEvent(el, 'pk-step-change');
    await sendKeys({ press: 'PageDown' });
    expect(((await changed) as PkStepChangeEvent).detail).to.deep.equal({ step: 1 });
    await waitUntil(() => text(map).includes('as of Mar 30, 2001'), 'the map shows step 2', { timeout: 8000 });
    expect(text(el)).to.contain('Step 2 of 7');
    expect(timeline.date).to.equal('2001-03-30');

    for (let i = 0; i < 3; i++) await sendKeys({ press: 'PageDown' });
    await waitUntil(() => text(matrix).includes('pass from UNAMSIL to UNIOSIL'), 'the matrix shows the handover at step 5', { timeout: 8000 });
    expect(matrix.compare).to.equal('2005-06-30');
    expect(text(el)).to.contain('Step 5 of 7');
    await waitUntil(() => text(map).includes('as of Jun 30, 2006'), 'the map shows step 5', { timeout: 8000 });

    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => text(el).includes('Step 4 of 7'), 'step 4', { timeout: 8000 });
    // The caption's handover is the matrix's: a transfer to the police and the armed forces (S/2004/965).
    expect(matrix.compare).to.equal('2004-09-01');
    await waitUntil(() => text(matrix).includes('1 responsibility transferred from UNAMSIL to national actors'), 'the matrix shows the transfer at step 4', { timeout: 8000 });
    expect(text(el)).to.contain('Sierra Leone Police and the armed forces');

    await sendKeys({ press: 'Home' });
    await waitUntil(() => text(el).includes('Step 1 of 7'), 'step 1', { timeout: 8000 });
    expect(matrix.compare).to.equal(undefined);
  });

  it('exports the step as one 16:9 slide with the views it chooses', async function () {
    this.timeout(20000);
    const el = await briefing();
    await el.layoutComplete;
    const { svg, width, height } = el.toSVG();
    expect([width, height]).to.deep.equal([1920, 1080]);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll(':root > svg').length, 'the two views step 1 chooses, nested in the slide').to.equal(steps.steps[0].views.length);
    expect(svg).to.contain('resolution 1270 establishes UNAMSIL');
    expect(svg).to.contain('As of Oct 22, 1999');
    expect(svg).to.contain('Sources: Security Council resolutions');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    expect([image.width, image.height]).to.deep.equal([width, height]);
  });

  it('shows only the views a step chooses, each inside its box, and the presenter panel with notes, next step and time', async function () {
    this.timeout(20000);
    const el = await briefing();
    el.style.height = '700px';
    await el.layoutComplete;
    const shown = (tag: string) => getComputedStyle(el.querySelector(tag)!.closest('pk-dossier > *')!).display !== 'none';
    expect(['pk-mission-map', 'pk-peacebuilding-timeline', 'pk-sector-matrix'].map(shown)).to.deep.equal([true, true, false]);
    el.step = 3;
    await el.updateComplete;
    await el.layoutComplete;
    expect(['pk-mission-map', 'pk-peacebuilding-timeline', 'pk-sector-matrix'].map(shown), 'step 4: the matrix alone').to.deep.equal([false, false, true]);
    const matrix = el.querySelector('pk-sector-matrix')!;
    expect(matrix.areas, 'step 4 shows safety and security alone').to.deep.equal(['safety-security']);
    await waitUntil(() => text(matrix).includes('Police'), 'the matrix shows step 4', { timeout: 8000 });
    expect(text(matrix), 'a sector of another priority area is left out').to.not.contain('Political facilitation');
    const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    for (const tag of ['pk-sector-matrix']) {
      const r = el.querySelector(tag)!.getBoundingClientRect();
      expect(r.bottom, `${tag} within the stage`).to.be.at.most(stage.bottom + 1);
      expect(r.height).to.be.greaterThan(100);
    }
    expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);

    el.presenter = true;
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part="presenter"]')!;
    expect(panel.textContent).to.contain('Speaker notes').and.contain('23 September 2004');
    expect(panel.textContent, 'the next step').to.contain('31 December 2005: UNAMSIL completes its mandate');
    expect(panel.querySelector('[role="timer"]')!.textContent).to.match(/^00:0\d$/);
    expect(formatElapsed(61_000)).to.equal('01:01');
    expect(formatElapsed(3_725_000)).to.equal('1:02:05');
  });

  it('fits a map without shrinking it: a click selects the site under it, Ctrl+wheel zooms about the pointer, the keys select a site', async function () {
    this.timeout(30000);
    const el = await briefing();
    // A short screen: step 1's map does not fit as it is; it is simplified and drawn narrower, not scaled.
    el.style.height = '620px';
    el.style.width = '1100px';
    await el.layoutComplete;
    const map = el.querySelector('pk-mission-map')!;
    expect(el.viewFits[0], 'the map is the step\'s first view').to.be.oneOf(['simplified', 'legend-beside', 'narrowed', 'kit-type']);
    expect(map.style.transform, 'no transform: the map is drawn at its size').to.equal('');
    const root = map.shadowRoot!;
    const viewport = root.querySelector<HTMLElement>('[part="map"]')!.getBoundingClientRect();
    const centre = (g: Element) => {
      const r = g.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    };
    const sites = () => [...root.querySelectorAll('g.mark.site')].filter((g) => {
      const [x, y] = centre(g);
      return x > viewport.left + 40 && x < viewport.right - 60 && y > viewport.top + 20 && y < viewport.bottom - 40;
    });
    await waitUntil(() => sites().length > 0, 'sites in view');
    const site = sites()[0];
    const key = site.getAttribute('data-key')!;
    // Whole pixels: a mouse event's clientX and clientY are integers.
    const [x, y] = centre(site).map(Math.round);

    const picked = oneEvent(map, 'pk-select');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await picked).detail).to.deep.equal({ kind: 'site', mission: 'unamsil', id: key });

    // Ctrl+wheel over the site zooms about the pointer: the place under it stays under it (the zoom reads
    // the pointer against the map's box, which a scaled view would break). The map's transform is internal.
    const zoomOf = () => ({ ...(map as unknown as { transform: { k: number; x: number; y: number } }).transform });
    const box = root.querySelector('[part="map"]')!.getBoundingClientRect();
    const frame = root.querySelector<HTMLElement>('[part="map"]')!;
    // The pointer in the map's own pixels: through any scale the briefing might have put on the view.
    const s = box.width / frame.offsetWidth;
    const [px, py] = [(x - box.left) / s - frame.clientLeft, (y - box.top) / s - frame.clientTop];
    const before = zoomOf();
    root.querySelector('[part="map"]')!.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    // d3-zoom ends a wheel gesture 150 ms after the last event; the map takes the new transform at its end.
    await waitUntil(() => zoomOf().k > before.k * 1.5, 'the map zoomed in', { timeout: 3000 });
    const after = zoomOf();
    const world = (t: { k: number; x: number; y: number }) => [(px - t.x) / t.k, (py - t.y) / t.k];
    const [a, b] = [world(before), world(after)];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1]) * after.k, 'the point under the pointer, in px at the new zoom').to.be.below(2);

    // The keyboard: focus the map, an arrow to a site, Enter selects it.
    (root.querySelector('[part="map"]') as HTMLElement).focus();
    const chosen = oneEvent(map, 'pk-select');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    const detail = (await chosen).detail as { kind: string; mission: string; id: string };
    expect(detail.kind).to.be.oneOf(['site']);
    expect(detail.mission).to.equal('unamsil');
    expect(el.step, 'the arrow and Enter were the map\'s, not the briefing\'s').to.equal(0);
  });

  it('simplifies a timeline and a matrix in a short box before it scales them: a compact timeline keeps its keys and tooltip, the matrix its legend beside the grid', async function () {
    this.timeout(40000);
    const el = await briefing();
    // The portal page at 1024 × 768 gives a box of about this size: step 1's timeline is too tall even in the kit's type.
    el.style.width = '992px';
    el.style.height = '620px';
    await el.layoutComplete;
    const timeline = el.querySelector('pk-peacebuilding-timeline')!;
    expect(el.viewFits, 'the map, then the timeline').to.deep.equal([el.viewFits[0], 'compact']);
    expect(el.viewFits[0]).to.not.equal('scaled');
    const tl = timeline.shadowRoot!;
    expect(timeline.style.transform, 'not scaled').to.equal('');
    expect(getComputedStyle(tl.querySelector('[part="toolbar"]')!).display, 'the summary line, zoom buttons and readout are left out').to.equal('none');
    expect(parseFloat(getComputedStyle(tl.querySelector('[part="legend"]')!).fontSize), 'the legend\'s type').to.be.at.least(12);
    const cell = timeline.closest('pk-dossier > *')!.getBoundingClientRect();
    expect(timeline.getBoundingClientRect().bottom, 'the timeline inside its cell').to.be.at.most(cell.bottom + 1);
    // The keys still zoom, and a focused mark still shows its tooltip.
    const span = () => (Date.parse(timeline.visibleRange!.end) - Date.parse(timeline.visibleRange!.start)) / 86_400_000;
    const before = span();
    tl.querySelector<SVGElement>('.mark[tabindex="0"]')!.focus();
    await timeline.updateComplete;
    await waitUntil(() => tl.querySelector('[part="tooltip"]')?.textContent?.trim(), 'the focused mark\'s tooltip');
    await sendKeys({ press: '+' });
    await timeline.updateComplete;
    expect(span(), '+ zooms in').to.be.closeTo(before / 2, 1);
    await sendKeys({ press: '0' });

    // Step 4, the matrix alone in a box of about 1145 × 644 (the portal at 1366 × 768): its legend beside the grid, inside its cell.
    el.style.width = '1145px';
    el.style.height = '644px';
    el.step = 3;
    await el.updateComplete;
    await el.layoutComplete;
    const matrix = el.querySelector('pk-sector-matrix')!;
    await waitUntil(() => text(matrix).includes('Police'), 'the matrix shows step 4', { timeout: 8000 });
    await el.layoutComplete;
    expect(el.viewFits).to.deep.equal(['legend-beside']);
    expect(matrix.style.transform, 'not scaled').to.equal('');
    const legend = matrix.shadowRoot!.querySelector('[part="legend"]')!.getBoundingClientRect();
    const grid = matrix.shadowRoot!.querySelector('[part="grid"]')!.getBoundingClientRect();
    const box = matrix.closest('pk-dossier > *')!.getBoundingClientRect();
    expect(legend.left, 'beside the grid').to.be.at.least(grid.right);
    expect(legend.right, 'inside the cell').to.be.at.most(box.right + 1);
    expect(matrix.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
  });

  it('keeps an audience view in step with the presenter (same origin, another window or the same page)', async function () {
    this.timeout(20000);
    const audience = await briefing();
    const presenter = await fixture<PkBriefing>(html`<pk-briefing presenter .briefing=${steps}></pk-briefing>`);
    await presenter.updateComplete;
    const next = [...presenter.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Next')!;
    next.click();
    next.click();
    await waitUntil(() => audience.step === 2, 'the audience follows the presenter to step 3');
    expect(text(audience)).to.contain('Step 3 of 7');
    audience.shadowRoot!.querySelector<HTMLButtonElement>('nav button')!.click();
    await waitUntil(() => presenter.step === 1, 'and the presenter follows a move made in the room');
  });
});

describe('<pk-briefing> with the mandate trends', () => {
  it('drives <pk-mandate-trends> with its steps and puts it on the slide', async function () {
    this.timeout(20000);
    // Every step shows the mandate trends (a step's `views` may name "mandates").
    const onlyTrends = { ...steps, steps: steps.steps.map(({ map: _m, timeline: _t, matrix: _x, share: _s, layout: _l, ...st }: Record<string, unknown>) => ({ ...st, views: ['mandates'] })) };
    expect(parseBriefing(onlyTrends).problems).to.deep.equal([]);
    const el = await fixture<PkBriefing>(html`<pk-briefing .briefing=${onlyTrends}>
      <pk-dossier .data=${sierraLeone} mission="unamsil"><pk-mandate-trends></pk-mandate-trends></pk-dossier></pk-briefing>`);
    const trends = el.querySelector('pk-mandate-trends')!;
    await waitUntil(() => trends.shadowRoot?.querySelector('thead th[aria-current="date"]'), 'the first step reaches the trends', { timeout: 5000 });
    // The first step is 22 Oct 1999: resolution 1270's column is the one in force.
    expect(trends.shadowRoot!.querySelector('thead th[aria-current="date"] a')!.textContent).to.equal('1270');
    await el.layoutComplete;
    const doc = new DOMParser().parseFromString(el.toSVG().svg, 'image/svg+xml');
    expect(doc.querySelectorAll(':root > svg').length, 'the trends, nested in the slide').to.equal(1);
    expect(doc.documentElement.textContent).to.contain('From resolution 1270 to 1610');
  });
});

describe('<pk-briefing> in the six UN languages', () => {
  it('shows its controls and the step count in the briefing\'s language, and the views inside follow it', async () => {
    const { LANGUAGES, loadLanguage, messagesFor } = await import('../../src/shared/i18n.js');
    for (const lang of LANGUAGES) {
      await loadLanguage(lang);
      const t = messagesFor(lang);
      const el = await fixture<PkBriefing>(html`<pk-briefing lang=${lang} .briefing=${steps}>
        <pk-dossier .data=${sierraLeone} mission="unamsil"><pk-sector-matrix></pk-sector-matrix></pk-dossier></pk-briefing>`);
      await el.updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(buttons, lang).to.include.members([t.briefing.previous, t.briefing.next]);
      expect(el.shadowRoot!.querySelector('.count')!.textContent, lang).to.equal(t.briefing.stepOf(1, steps.steps.length));
      const matrix = el.querySelector('pk-sector-matrix')!;
      await waitUntil(() => matrix.shadowRoot?.querySelector('thead tr.actors .corner')?.textContent?.trim() === t.matrix.sectorHeader, `${lang}: the matrix inside speaks it`, { timeout: 3000 });
    }
  });
});
