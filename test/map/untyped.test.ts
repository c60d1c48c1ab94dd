import { expect, fixture, html } from '@open-wc/testing';
import '../../src/map/mission-map.js';
import type { PkMissionMap } from '../../src/map/mission-map.js';

describe('<pk-mission-map> with missions whose type the feed does not give', () => {
  it('says "Type not given" in the legend instead of calling them multidimensional', async () => {
    const data = {
      peacekit: 1, asOf: '2005',
      missions: [{ id: 'a', acronym: 'ALPHA', countries: ['SLE'], start: '2000', hq: { name: 'Freetown', at: [-13.23, 8.49] } }],
    };
    const el = await fixture<PkMissionMap>(html`<div style="width: 800px"><pk-mission-map .data=${data} date="2004"></pk-mission-map></div>`);
    const map = el.querySelector('pk-mission-map')!;
    await map.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await map.updateComplete;
    const legend = map.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend.getAttribute('aria-label')).to.equal('Mission types, Type not given');
    expect(map.shadowRoot!.querySelector('.mark.type-unknown')).to.exist;
  });
});
