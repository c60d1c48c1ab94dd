import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PkBriefing } from '../../src/briefing/briefing.js';
import { parseBriefing, stepAfterKey } from '../../src/briefing/steps.js';
import type { PkStepChangeEvent } from '../../src/shared/events.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import steps from '../../demo/briefing/sierra-leone.json';

const text = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function briefing(): Promise<PkBriefing> {
  const el = await fixture<PkBriefing>(html`<pk-briefing .briefing=${steps}>
    <pk-dossier .data=${sierraLeone} mission="unamsil">
      <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
      <div style="width: 700px"><pk-mission-map></pk-mission-map></div>
      <pk-sector-matrix></pk-sector-matrix>
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
    await waitUntil(() => text(map).includes('as of Mar 30, 2001'), 'the map shows step 2');
    expect(text(el)).to.contain('Step 2 of 7');
    expect(timeline.date).to.equal('2001-03-30');

    for (let i = 0; i < 3; i++) await sendKeys({ press: 'PageDown' });
    await waitUntil(() => text(matrix).includes('pass from UNAMSIL to UNIOSIL'), 'the matrix shows the handover at step 5');
    expect(matrix.compare).to.equal('2005-06-30');
    expect(text(el)).to.contain('Step 5 of 7');
    await waitUntil(() => text(map).includes('as of Jun 30, 2006'));

    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => text(el).includes('Step 4 of 7'));
    // The caption's handover is the matrix's: a transfer to the police and the armed forces (S/2004/965).
    expect(matrix.compare).to.equal('2004-09-01');
    await waitUntil(() => text(matrix).includes('1 responsibility transferred from UNAMSIL to national actors'), 'the matrix shows the transfer at step 4');
    expect(text(el)).to.contain('Sierra Leone Police and the armed forces');

    await sendKeys({ press: 'Home' });
    await waitUntil(() => text(el).includes('Step 1 of 7'));
    expect(matrix.compare).to.equal(undefined);
  });

  it('exports the linked state as one PNG with every view', async function () {
    this.timeout(20000);
    const el = await briefing();
    const { svg, width, height } = el.toSVG();
    expect(width).to.equal(1920);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll(':root > svg').length, 'three views nested in the slide').to.equal(3);
    expect(svg).to.contain('resolution 1270 establishes UNAMSIL');
    expect(svg).to.contain('As of Oct 22, 1999');
    expect(svg).to.contain('Sources: Security Council resolutions');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    expect([image.width, image.height]).to.deep.equal([width, height]);
  });
});

describe('<pk-briefing> with the mandate trends', () => {
  it('drives <pk-mandate-trends> with its steps and puts it on the slide', async function () {
    this.timeout(20000);
    const el = await fixture<PkBriefing>(html`<pk-briefing .briefing=${steps}>
      <pk-dossier .data=${sierraLeone} mission="unamsil"><pk-mandate-trends></pk-mandate-trends></pk-dossier></pk-briefing>`);
    const trends = el.querySelector('pk-mandate-trends')!;
    await waitUntil(() => trends.shadowRoot?.querySelector('thead th[aria-current="date"]'), 'the first step reaches the trends', { timeout: 5000 });
    // The first step is 22 Oct 1999: resolution 1270's column is the one in force.
    expect(trends.shadowRoot!.querySelector('thead th[aria-current="date"] a')!.textContent).to.equal('1270');
    const doc = new DOMParser().parseFromString(el.toSVG().svg, 'image/svg+xml');
    expect(doc.querySelectorAll(':root > svg').length).to.equal(1);
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
