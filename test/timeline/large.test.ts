import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline/peacebuilding-timeline.js';
import { WINDOWED_BARS, type PkPeacebuildingTimeline } from '../../src/timeline/peacebuilding-timeline.js';
import { largeTimelineFeed } from '../fixtures/large-timeline.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
};

async function large(): Promise<PkPeacebuildingTimeline> {
  const el = await fixture<PkPeacebuildingTimeline>(html`<pk-peacebuilding-timeline style="width:900px" .data=${largeTimelineFeed(600, 24)}></pk-peacebuilding-timeline>`);
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
  return el;
}
const items = (el: PkPeacebuildingTimeline) => [...el.shadowRoot!.querySelectorAll('.mark[data-key^="item-"]')];

describe('<pk-peacebuilding-timeline> with many items', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('draws the lanes near the viewport, and the rest as they are scrolled to', async () => {
    expect(600).to.be.above(WINDOWED_BARS);
    const el = await large();
    const drawn = items(el).length;
    expect(drawn).to.be.above(0).and.below(600);
    const last = [...el.shadowRoot!.querySelectorAll('.band')].at(-1)!;
    last.scrollIntoView({ block: 'end' });
    await frames(3);
    await el.updateComplete;
    expect(items(el).length).to.be.above(drawn);
    expect(items(el).some((m) => m.getAttribute('data-key')!.startsWith('item-track-23-'))).to.equal(true);
  });

  it('draws first only what a clipping container shows, and the rest as the container scrolls', async () => {
    // A portal's card 300 px high that scrolls: lanes below it wait until scrolled to.
    const card = await fixture<HTMLDivElement>(html`<div style="height:300px;overflow:auto"><pk-peacebuilding-timeline style="width:900px" .data=${largeTimelineFeed(600, 24)}></pk-peacebuilding-timeline></div>`);
    const el = card.querySelector<PkPeacebuildingTimeline>('pk-peacebuilding-timeline')!;
    await el.updateComplete;
    const chartTop = (el.shadowRoot!.querySelector('.band') as HTMLElement).getBoundingClientRect().top;
    const below = (m: Element) => m.getBoundingClientRect().top - chartTop > 300;
    expect(items(el).length).to.be.above(0);
    expect(items(el).filter(below), 'bars drawn below the card before it scrolls').to.have.length(0);
    card.scrollTop = 2000;
    await frames(3);
    await el.updateComplete;
    expect(items(el).filter(below).length, 'bars drawn once scrolled to').to.be.above(0);
  });

  it('draws a viewport of lanes when connected while hidden, ready for when it is shown', async () => {
    // A portal tab not shown yet: nothing of it can be seen, but it should not show empty lanes once opened.
    const tab = await fixture<HTMLDivElement>(html`<div hidden><pk-peacebuilding-timeline style="width:900px" .data=${largeTimelineFeed(600, 24)}></pk-peacebuilding-timeline></div>`);
    const el = tab.querySelector<PkPeacebuildingTimeline>('pk-peacebuilding-timeline')!;
    await el.updateComplete;
    const hidden = items(el).length;
    expect(hidden).to.be.above(0).and.below(600);
    tab.hidden = false;
    await el.updateComplete;
    expect(items(el).length).to.be.at.least(hidden);
  });

  it('reaches every lane by keyboard, drawing the mark it moves to, and lists every item in its table', async () => {
    const el = await large();
    const stop = el.shadowRoot!.querySelector<SVGElement>('.mark[tabindex="0"]')!;
    stop.focus();
    // Events, the mission, then 24 tracks group by group: to the last lane, each mark drawn as it is reached.
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, `after ${i + 1} steps`).to.not.equal(null);
    }
    await el.updateComplete;
    const active = el.shadowRoot!.activeElement!;
    // The last lane on screen is "Track N: …", whose items are keyed item-track-(N-1)-….
    const last = Number(/^Track (\d+)/.exec([...el.shadowRoot!.querySelectorAll('.lane-label')].at(-1)!.textContent!)![1]);
    expect(active.getAttribute('data-key')!.startsWith(`item-track-${last - 1}-`)).to.equal(true);
    expect(active.getAttribute('aria-label')).to.match(/^Programme \d+, /);
    const summary = el.shadowRoot!.querySelector('details summary') as HTMLElement;
    const opened = oneEvent(el.shadowRoot!.querySelector('details')!, 'toggle');
    summary.click();
    await opened;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody:not(.strength-rows) tr')].filter((tr) => tr.querySelector('td'));
    expect(rows.filter((tr) => /^Programme \d+$/.test(tr.children[1].textContent!)).length).to.equal(600);
    expect(summary.textContent).to.equal(`All ${rows.length} items and events, as a table`);
  });

  it('exports every lane, also those not drawn yet', async () => {
    const el = await large();
    expect(items(el).length).to.be.below(600);
    const svg = el.toSVG();
    expect((svg.match(/aria-label="Programme \d+,/g) ?? []).length).to.equal(600);
    await el.updateComplete;
    expect(items(el).length).to.be.below(600); // back to the lanes in view
  });
});
