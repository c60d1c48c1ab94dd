import { expect, fixture, html } from '@open-wc/testing';
import '../../src/matrix/sector-matrix.js';
import type { PkSectorMatrix } from '../../src/matrix/sector-matrix.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

const relatedHeaders = (el: PkSectorMatrix) =>
  [...el.shadowRoot!.querySelectorAll('tr.actors th.related')].map((th) => th.textContent!.trim());
const relatedRows = (el: PkSectorMatrix) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr.related th[scope="row"]')].map((th) => th.textContent!.trim());

describe('<pk-sector-matrix> and a selection in another view', () => {
  it('marks the mission\'s column when a site or the mission is selected elsewhere', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix .data=${sierraLeone} date="2002-06-30"></pk-sector-matrix>`);
    expect(relatedHeaders(el)).to.deep.equal([]);
    el.selection = { kind: 'site', mission: 'unamsil', id: 'bo' };
    await el.updateComplete;
    expect(relatedHeaders(el)).to.deep.equal(['UNAMSIL']);
    expect(relatedRows(el)).to.deep.equal([]);
  });

  it('marks a cell\'s row and column, and clears them when the selection goes', async () => {
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix .data=${sierraLeone} date="2002-06-30"></pk-sector-matrix>`);
    el.selection = { kind: 'cell', sector: 'elections', actor: 'nec' };
    await el.updateComplete;
    expect(relatedHeaders(el)).to.deep.equal(['NEC']);
    expect(relatedRows(el)).to.deep.equal(['Elections']);
    el.selection = undefined;
    await el.updateComplete;
    expect(relatedHeaders(el)).to.deep.equal([]);
  });
});
