import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../src/model/index.js';
import { buildTimeline, packRows, shortLabel, type TimelineMark } from '../../src/timeline/lanes.js';
import { layoutTimeline, navigationLanes } from '../../src/timeline/layout.js';
import { fitText, placePointLabels } from '../../src/timeline/labels.js';
import { timeTicks } from '../../src/timeline/axis.js';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

const feed = parseFeed({
  peacekit: 1,
  asOf: '2010-12-31',
  missions: [{
    id: 'm', acronym: 'UNM', start: '2000-01-01', end: '2004-12-31',
    phases: [{ kind: 'start-up', start: '2000-01-01', end: '2001-12-31' }, { kind: 'drawdown', start: '2002', end: '2004-12-31' }],
    mandates: [{ resolution: '1', adopted: '2000-01-01' }, { resolution: '2', adopted: '2000-01-20' }, { resolution: '3', adopted: '2003-01-01' }],
    strength: [
      { date: '2000-01-01', troops: 1000 }, { date: '2002-01-01', troops: 4000 },
      // The ceiling: the second resolution changes troops only, so the police ceiling carries forward.
      { date: '2000-01-01', kind: 'authorized', troops: 5000, police: 1000 }, { date: '2004-07-01', kind: 'authorized', troops: 2000 },
    ],
    predecessors: [{ label: 'Observer mission (PRE)', start: '1999-01-01', end: '1999-12-31' }],
    successors: [{ label: 'Follow-on office (OFF)', start: '2005-01-01' }],
  }, { id: 'x', acronym: 'X', start: '2001' }],
  tracks: [
    { id: 'pol', label: 'Political', group: 'political', items: [
      { id: 'a', label: 'A', start: '2001-01-01', end: '2002-12-31' },
      { id: 'b', label: 'B', start: '2002-01-01', end: '2003-12-31' },
      { id: 'c', label: 'C', start: '2003-01-01', end: '2004-06-30' },
      { id: 'd', label: 'D', start: '2006-01-01' },
    ] },
    { id: 'pb', label: 'Peacebuilding', group: 'peacebuilding', items: [{ id: 'e', label: 'E', start: '2007-03-01', end: '2007-03-01' }] },
    { id: 'other-mission', label: 'Elsewhere', mission: 'x', items: [{ id: 'z', label: 'Z', start: '2001' }] },
  ],
  events: [
    { date: '2000-01-01', label: 'Agreement signed', kind: 'agreement' },
    { date: '2005-01-01', label: 'Elsewhere', mission: 'x' },
    { date: '2004-12-31', label: 'UNM leaves', kind: 'departure', mission: 'm' },
  ],
  funding: [
    { id: 'f2', label: 'Pledges', reliability: 'pledged', amounts: [{ start: '2006', end: '2007', value: 5 }] },
    { id: 'f1', label: 'Assessed', reliability: 'assured', amounts: [{ start: '2005', end: '2006', value: 10 }, { start: '2006', value: 20 }] },
  ],
}).feed as Feed;

const model = buildTimeline(feed, 'm', utc(2010, 12, 31), 'en')!;
const keys = (marks: TimelineMark[]) => marks.map((m) => `${m.id}:${m.row}`);

describe('timeline lanes', () => {
  it('chains predecessors, the mission and successors, with a handover at each join', () => {
    expect(model.missionLane.marks.filter((m) => m.row === 0).map((m) => m.short)).to.deep.equal(['PRE', 'UNM', 'OFF']);
    expect(model.missionLane.marks.filter((m) => m.row === 1).map((m) => m.type)).to.deep.equal(['start-up', 'drawdown']);
    expect(model.handovers).to.deep.equal([
      { day: utc(2000, 1, 1), from: 'PRE', to: 'UNM' },
      { day: utc(2005, 1, 1), from: 'UNM', to: 'OFF' },
    ]);
    expect(model.departure).to.equal(utc(2004, 12, 31));
  });

  it('packs overlapping items into rows: a row holds items that do not overlap', () => {
    const pol = model.groups.find((g) => g.id === 'political')!.lanes[0];
    expect(keys(pol.marks)).to.deep.equal(['a:0', 'b:1', 'c:0', 'd:0']);
    expect(pol.rows).to.equal(2);
    // A day shared is an overlap; the next day is not.
    const touching: TimelineMark[] = [
      { start: utc(2001, 1, 1), end: utc(2001, 12, 31), label: 'x' },
      { start: utc(2001, 12, 31), end: utc(2002, 6, 1), label: 'y' },
      { start: utc(2002, 6, 2), end: utc(2003, 1, 1), label: 'z' },
    ].map((m) => ({ ...m, key: m.label, id: m.label, kind: 'item', short: m.label, ongoing: false, lane: 'l', row: 0 }));
    expect(packRows(touching)).to.equal(2);
    expect(touching.map((m) => m.row)).to.deep.equal([0, 1, 0]);
  });

  it('runs ongoing items to the as-of day and marks them ongoing', () => {
    const d = model.groups.find((g) => g.id === 'political')!.lanes[0].marks.find((m) => m.id === 'd')!;
    expect([d.start, d.end, d.ongoing]).to.deep.equal([utc(2006, 1, 1), utc(2010, 12, 31), true]);
    const office = model.missionLane.marks.find((m) => m.short === 'OFF')!;
    expect([office.end, office.ongoing]).to.deep.equal([utc(2010, 12, 31), true]);
  });

  it('groups tracks in vocabulary order, funding last and firmest first; leaves out other missions', () => {
    expect(model.groups.map((g) => [g.id, g.lanes.map((l) => l.id)])).to.deep.equal([
      ['political', ['pol']], ['peacebuilding', ['pb']], ['funding', ['funding-f1', 'funding-f2']],
    ]);
    expect(model.events.map((e) => e.label)).to.deep.equal(['Agreement signed', 'UNM leaves']);
    expect(model.continuing).to.deep.equal({ items: 2, tracks: 2, successors: 1, funding: 2 });
  });

  it('pads the extent by 2 % of the span (at least 60 days)', () => {
    // 1999-01-01 .. 2010-12-31 is 4,383 days: 2 % is 88 days.
    expect(model.extent).to.deep.equal([utc(1999, 1, 1) - 88 * DAY, utc(2011, 1, 1) + 88 * DAY]);
    expect(model.strength).to.deep.equal({
      authorized: [{ day: utc(2000, 1, 1), total: 6000, date: '2000-01-01', estimate: false }, { day: utc(2004, 7, 1), total: 3000, date: '2004-07-01', estimate: false }],
      deployed: [{ day: utc(2000, 1, 1), total: 1000, date: '2000-01-01', estimate: false }, { day: utc(2002, 1, 1), total: 4000, date: '2002-01-01', estimate: false }],
      max: 6000, peakKind: 'authorized',
    });
  });

  it('finds short labels', () => {
    expect(shortLabel('UN Integrated Office in Sierra Leone (UNIOSIL)')).to.equal('UNIOSIL');
    expect(shortLabel('UNIPSIL (UN Integrated Peacebuilding Office in Sierra Leone)')).to.equal('UNIPSIL');
    expect(shortLabel('Peacebuilding Commission')).to.equal('Peacebuilding Commission');
  });
});

describe('timeline layout', () => {
  // width 1205: a 193 px label column and a 1,000 px plot; 1,000 days from 1 Jan 2004: 1 px a day.
  const domain = [utc(2004, 1, 1), utc(2004, 1, 1) + 1000 * DAY] as const;
  const layout = layoutTimeline(model, { width: 1205, domain });
  const bar = (id: string) => layout.bars.find((b) => b.mark.id === id)!;

  it('puts x on a linear day scale and the label column beside the plot', () => {
    expect([layout.plotLeft, layout.plotWidth, layout.narrow]).to.deep.equal([193, 1000, false]);
    expect([bar('c').x0, bar('c').x1]).to.deep.equal([-365, 182]);
    expect([bar('b').y - bar('a').y]).to.deep.equal([22]);
  });

  it('draws the authorized ceiling and the deployed strength on one scale, to the departure', () => {
    const { y, height } = layout.strength;
    const base = y + height;
    // 1 Jan 2000 is 1,461 days before the domain; 1 Jan 2002 730; 1 Jul 2004 is day 182; the departure's end day 366.
    expect(layout.strength.ceiling).to.equal(`M-1461,${base}V${y}H182V${base - height / 2}H366V${base}Z`);
    expect(layout.strength.ceilingLine).to.equal(`M-1461,${y}V${y}H182V${base - height / 2}H366`);
    const r = (v: number) => Math.round(v * 100) / 100;
    expect(layout.strength.deployed).to.equal(`M-1461,${base}V${r(base - height / 6)}H-730V${r(base - (height * 2) / 3)}H366V${base}Z`);
    expect(layout.strength.peakX).to.equal(-1461);
  });

  it('draws the departure line after the last day and marks the span after it up to the as-of day', () => {
    expect(layout.departure).to.deep.equal({ x: 366 });
    expect(layout.after).to.deep.equal({ x0: 366, x1: 2557 });
    expect(layout.asOfX).to.equal(2557);
  });

  it('draws a one-day item as a diamond centred on its day', () => {
    const e = bar('e');
    expect(e.point).to.equal(true);
    expect((e.x0 + e.x1) / 2).to.equal(1155.5); // 1 Mar 2007 is day 1,155 from 1 Jan 2004
  });

  it('hides mandate numbers that would collide and stacks lanes', () => {
    expect(layout.mandates.map((m) => m.label)).to.deep.equal(['1', '2', '3']);
    const full = layoutTimeline(model, { width: 1205 });
    expect(full.mandates.map((m) => m.label)).to.deep.equal(['1', '', '3']);
    expect(layout.lanes.map((l) => [l.lane.id, l.y, l.height])).to.deep.equal([
      ['pol', 196, 40], ['pb', 272, 18], ['funding-f1', 326, 40], ['funding-f2', 376, 18],
    ]);
    // axis 22 + annotations 18 + events 36 (one label row) + mission lane 76 + gap 10 = 162: the first group header.
    expect(layout.groups.map((g) => g.y)).to.deep.equal([170, 246, 300]);
    expect(layout.height).to.equal(408);
  });

  it('collapses a group to its header', () => {
    const collapsed = layoutTimeline(model, { width: 1205, domain, collapsed: new Set(['political']) });
    expect(collapsed.lanes.map((l) => l.lane.id)).to.deep.equal(['pb', 'funding-f1', 'funding-f2']);
    expect(collapsed.bars.some((b) => b.mark.id === 'a')).to.equal(false);
    expect(collapsed.height).to.equal(layout.height - 50);
    expect(navigationLanes(collapsed, model.mandates).length).to.equal(5);
  });

  it('puts lane labels above lanes when narrow', () => {
    const narrow = layoutTimeline(model, { width: 360 });
    expect([narrow.plotLeft, narrow.plotWidth, narrow.narrow]).to.deep.equal([0, 348, true]);
    const pol = narrow.lanes[0];
    expect(bar('a').y - layout.lanes[0].y).to.equal(0);
    expect(narrow.bars.find((b) => b.mark.id === 'a')!.y - pol.y).to.equal(16);
  });

  it('when narrow, keeps event markers apart and labels only the events that matter most, inside the plot', () => {
    const crowded = parseFeed({
      peacekit: 1, asOf: '2010-12-31',
      missions: [{ id: 'm', acronym: 'UNM', start: '2000-01-01', end: '2004-12-31' }],
      events: [
        { date: '1999-07-07', label: 'Peace agreement signed in the capital', kind: 'agreement' },
        { date: '1999-10-22', label: 'Resolution establishes UNM', kind: 'resolution' },
        { date: '2000-02-07', label: 'Strength raised', kind: 'resolution' },
        { date: '2002-05-14', label: 'Elections', kind: 'election' },
        { date: '2004-12-31', label: 'UNM completes its mandate, handing over to the country team', kind: 'departure' },
      ],
    }).feed!;
    const m = buildTimeline(crowded, 'm', utc(2010, 12, 31), 'en')!;
    const narrow = layoutTimeline(m, { width: 360 });
    const xs = narrow.events.map((e) => e.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]).to.be.at.least(22));
    expect(narrow.events.map((e) => e.mark.label)).to.not.include('Resolution establishes UNM'); // 8 px from the agreement
    expect(narrow.events.filter((e) => e.label).every((e) => e.mark.type !== 'resolution')).to.equal(true);
    for (const e of narrow.events.filter((e) => e.label)) {
      const w = e.label.length * 12 * 0.56;
      expect(e.anchor === 'start' ? e.labelX + w : e.labelX).to.be.at.most(narrow.plotWidth + 1);
      expect(e.anchor === 'end' ? e.labelX - w : e.labelX).to.be.at.least(-1);
    }
    // Wide, all five keep their markers.
    expect(layoutTimeline(m, { width: 1205 }).events).to.have.length(5);
  });
});

describe('labels and ticks', () => {
  it('places labels right of markers, else left, in the first free row, else leaves them out', () => {
    const placed = placePointLabels([{ x: 0, width: 50 }, { x: 20, width: 50 }, { x: 30, width: 50 }, { x: 95, width: 20 }], 100, 2);
    expect(placed).to.deep.equal([
      { row: 0, anchor: 'start', x: 4 },
      { row: 1, anchor: 'start', x: 24 },
      { row: -1, anchor: 'start', x: 30 },
      { row: 0, anchor: 'end', x: 91 },
    ]);
  });

  it('keeps a label inside the plot when it has room on neither side of its marker', () => {
    // Too long for the right (10 + 4 + 50 > 40), and the left would start at -44: it ends at 50.
    expect(placePointLabels([{ x: 10, width: 50 }], 40, 1)).to.deep.equal([{ row: 0, anchor: 'end', x: 50 }]);
  });

  it('fits text with an ellipsis', () => {
    expect(fitText('Peacebuilding Commission', 300)).to.equal('Peacebuilding Commission');
    expect(fitText('Peacebuilding Commission', 60)).to.equal('Peacebu…');
    expect(fitText('Peacebuilding Commission', 20)).to.equal('');
  });

  it('shows years when zoomed out and months when zoomed in, in the language asked', () => {
    expect(timeTicks([utc(2000, 1, 1), utc(2010, 1, 1)], 400, 'en').map((t) => t.label)).to.deep.equal(['2000', '2002', '2004', '2006', '2008', '2010']);
    expect(timeTicks([utc(2005, 11, 1), utc(2006, 3, 1)], 400, 'en').map((t) => t.label)).to.deep.equal(['Nov', 'Dec', '2006', 'Feb', 'Mar']);
    expect(timeTicks([utc(2005, 11, 1), utc(2006, 3, 1)], 400, 'fr').map((t) => t.label)[0]).to.equal('nov.');
  });
});
