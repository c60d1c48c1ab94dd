/**
 * Linked views, as a user drives them: the timeline's date cursor moved with the keyboard moves the
 * map's footprint and the matrix's date.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PkDossier } from '../../src/dossier/dossier.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';

const mapLabel = (dossier: PkDossier) =>
  dossier.querySelector('pk-mission-map')!.shadowRoot!.querySelector('[role="application"]')?.getAttribute('aria-label') ?? '';
const matrixSummary = (dossier: PkDossier) =>
  dossier.querySelector('pk-sector-matrix')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('linked views in a dossier', () => {
  it('moving the timeline cursor by keyboard moves the map footprint and the matrix date', async function () {
    this.timeout(20000);
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2000-06-30">
      <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
      <div style="width: 700px"><pk-mission-map></pk-mission-map></div>
      <pk-sector-matrix></pk-sector-matrix>
    </pk-dossier>`);
    await waitUntil(() => mapLabel(dossier).includes('as of Jun 30, 2000'), 'the map starts at the dossier date', { timeout: 5000 });
    const sitesIn2000 = Number(/(\d+) sites?/.exec(mapLabel(dossier))?.[1]);
    expect(matrixSummary(dossier)).to.contain('on Jun 30, 2000');

    const cursor = dossier.querySelector('pk-peacebuilding-timeline')!.shadowRoot!.querySelector<SVGGElement>('[role="slider"]')!;
    cursor.focus();
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });

    await waitUntil(() => mapLabel(dossier).includes('2005'), 'the map follows the cursor five years on', { timeout: 5000 });
    const sitesIn2005 = Number(/(\d+) sites?/.exec(mapLabel(dossier))?.[1]);
    expect(dossier.date).to.match(/^2005-06-30$/);
    expect(sitesIn2005).to.be.lessThan(sitesIn2000);
    await waitUntil(() => matrixSummary(dossier).includes('on Jun 30, 2005'), 'the matrix follows');
  });

  it('selecting a mission on the world map focuses the other views on it', async function () {
    this.timeout(20000);
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${world} date="2010-06-30">
      <div style="width: 800px"><pk-mission-map></pk-mission-map></div>
      <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
    </pk-dossier>`);
    const map = dossier.querySelector('pk-mission-map')!;
    await waitUntil(() => mapLabel(dossier).startsWith('World map'), 'the world map is drawn', { timeout: 5000 });
    const viewport = map.shadowRoot!.querySelector<HTMLElement>('[role="application"]')!;
    viewport.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dossier.mission !== undefined, 'a mission is selected');
    const timeline = dossier.querySelector('pk-peacebuilding-timeline')!;
    expect(timeline.mission).to.equal(dossier.mission);
    await waitUntil(() => mapLabel(dossier).startsWith('Map of'), 'the map focuses on the mission');
  });
});
