/** A selection in one view marks what relates to it in the others. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PkDossier } from '../../src/dossier/dossier.js';
import { PkSelectEvent } from '../../src/shared/events.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

const related = (el: Element) => [...el.shadowRoot!.querySelectorAll('.related[data-key]')].map((n) => n.getAttribute('data-key'));

describe('selection across linked views', () => {
  it('a matrix cell of the Peacebuilding Commission marks its timeline items; a site marks the mission', async function () {
    this.timeout(15000);
    const dossier = await fixture<PkDossier>(html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2002-06-30">
      <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
      <div style="width: 700px"><pk-mission-map></pk-mission-map></div>
      <pk-sector-matrix></pk-sector-matrix>
    </pk-dossier>`);
    const timeline = dossier.querySelector('pk-peacebuilding-timeline')!;
    const map = dossier.querySelector('pk-mission-map')!;
    const matrix = dossier.querySelector('pk-sector-matrix')!;
    await waitUntil(() => timeline.shadowRoot!.querySelector('[data-key="mission"]'), 'the timeline is drawn');

    matrix.dispatchEvent(new PkSelectEvent({ kind: 'cell', sector: 'political-facilitation', actor: 'pbc' }));
    await waitUntil(() => related(timeline).length > 0, 'the timeline marks the PBC items');
    expect(related(timeline).every((k) => k!.startsWith('item-pbc-'))).to.equal(true);
    expect(related(timeline)).to.have.length(3);

    map.dispatchEvent(new PkSelectEvent({ kind: 'site', mission: 'unamsil', id: 'bo' }));
    await waitUntil(() => related(timeline).includes('mission'), 'the timeline marks the mission bar');
    expect(related(timeline)).to.deep.equal(['mission']);
    await waitUntil(() => related(map).includes('bo'), `the map marks the selected site among ${[...map.shadowRoot!.querySelectorAll('[data-key]')].map((n) => n.getAttribute('data-key')).join(' ')}`);
    await waitUntil(() => matrix.shadowRoot!.querySelector('tr.actors th.related')?.textContent?.trim() === 'UNAMSIL');
  });
});
