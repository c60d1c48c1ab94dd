import { expect } from '@open-wc/testing';
import { cellKey, completeSeries, continuesAfter, footprintAt, handover, matrixAt, parseFeed, relatedTo, startOf, strengthAt, strengthSeries, type Feed } from '../../src/model/index.js';
import { mini } from '../fixtures/mini.js';

const feed = parseFeed(mini()).feed as Feed;
const mission = feed.missions![0];
const day = startOf;

describe('footprint and strength at a date', () => {
  it('keeps the sites in force with the personnel entry in force', () => {
    const at2004 = footprintAt(mission, day('2004-07-01'));
    expect(at2004.map((s) => [s.site.id, s.personnel?.total ?? null])).to.deep.equal([
      ['fre', 1000], ['bo', 800], ['ken', null],
    ]);
    const at2005 = footprintAt(mission, day('2005-04-01'));
    expect(at2005.map((s) => [s.site.id, s.personnel?.troops, s.personnel?.police, s.personnelDate])).to.deep.equal([
      ['fre', 400, 20, '2005-03'], ['ken', undefined, undefined, undefined],
    ]);
    expect(footprintAt(mission, day('2006-01-01')).map((s) => s.site.id)).to.deep.equal(['ken']);
  });

  it('gives the deployed strength in force, the authorized one before any deployed figure, and null outside the mission', () => {
    expect(strengthAt(mission, day('2005-07-01'))).to.deep.equal({
      troops: 4000, police: 300, observers: 50, civilians: 0, total: 4350, date: '2005-06', kind: 'deployed', estimate: false,
    });
    expect(strengthAt(mission, day('2003-11-01'))).to.deep.equal({
      troops: 12000, police: 0, observers: 0, civilians: 0, total: 12000, date: '2003-10', kind: 'authorized', estimate: false,
    });
    expect(strengthAt(mission, day('2003-11-01'), 'deployed')).to.equal(null);
    expect(strengthAt(mission, day('2006-01-01'))).to.equal(null);
  });
});

describe('strength that adds up', () => {
  // UNAMSIL's authorized ceilings as the resolutions give them (res 1270, 1289, 1299, 1346, 1537):
  // later resolutions change troops and leave the 260 observers as they were.
  const unamsil = {
    id: 'unamsil', acronym: 'UNAMSIL', start: '1999-10-22', end: '2005-12-31',
    strength: [
      { date: '1999-10-22', kind: 'authorized', troops: 5740, observers: 260 },
      { date: '2000-02-07', kind: 'authorized', troops: 10840 },
      { date: '2000-05-19', kind: 'authorized', troops: 12740 },
      { date: '2001-03-30', kind: 'authorized', troops: 17240 },
      { date: '2005-02-28', kind: 'authorized', troops: 3250, observers: 141, police: 80 },
      { date: '2004-12', kind: 'deployed', troops: 5000, estimate: true },
      { date: '2005-06', kind: 'deployed', police: 0 },
    ],
  };
  const m = parseFeed({ peacekit: 1, missions: [unamsil] }).feed!.missions![0];

  it('carries a category an entry leaves out forward from the previous entry of the same kind', () => {
    const at = (d: string) => strengthAt(m, day(d), 'authorized');
    expect(at('1999-12-01')).to.include({ troops: 5740, observers: 260, police: 0, total: 6000 });
    expect(at('2000-03-01')).to.include({ troops: 10840, observers: 260, total: 11100, date: '2000-02-07' });
    expect(at('2000-06-01')).to.include({ troops: 12740, observers: 260, total: 13000 });
    expect(at('2002-01-01')).to.include({ troops: 17240, observers: 260, total: 17500 });
    expect(at('2005-03-01')).to.include({ troops: 3250, observers: 141, police: 80, total: 3471 });
  });

  it('keeps authorized and deployed apart, and an explicit 0 means zero', () => {
    // The deployed series never borrows the authorized observers; its police are an explicit 0.
    expect(strengthAt(m, day('2005-01-10'))).to.include({ kind: 'deployed', troops: 5000, observers: 0, total: 5000, estimate: true });
    expect(strengthAt(m, day('2005-07-01'))).to.include({ kind: 'deployed', troops: 5000, police: 0, total: 5000, date: '2005-06' });
  });

  it('says a figure is an estimate while an estimated figure is in force', () => {
    expect(strengthSeries(m, 'deployed').map((e) => [e.date, e.total, e.estimate, e.carried])).to.deep.equal([
      ['2004-12', 5000, true, ['police', 'observers', 'civilians']],
      ['2005-06', 5000, true, ['troops', 'observers', 'civilians']],
    ]);
    expect(strengthSeries(m, 'authorized').every((e) => !e.estimate)).to.equal(true);
  });

  it('completes site personnel the same way', () => {
    const series = completeSeries([{ date: '2005', troops: 650, police: 20 }, { date: '2003', troops: 800, observers: 10 }, { date: '2006', police: 0 }]);
    expect(series.map((e) => [e.date, e.troops, e.police, e.observers, e.total])).to.deep.equal([
      ['2003', 800, 0, 10, 810], ['2005', 650, 20, 10, 680], ['2006', 650, 0, 10, 660],
    ]);
  });
});

describe('matrix and handover', () => {
  it('holds the responsibilities in force at a date, by cell', () => {
    const m = matrixAt(feed, day('2005-06-30'));
    expect(m.entries.map((e) => e.index)).to.deep.equal([1, 3, 5, 7]);
    expect(m.cells.get(cellKey('police', 'untl'))?.map((e) => e.responsibility.role)).to.deep.equal(['implement']);
  });

  it('classifies the handover at departure: ended, moved, begun, continued', () => {
    const h = handover(matrixAt(feed, day('2005-06-30')), matrixAt(feed, day('2006-12-31')));
    expect(h.moved.map((m) => [m.from.responsibility.sector, m.from.responsibility.actor, m.to.responsibility.actor])).to.deep.equal([
      ['police', 'untl', 'gov'], ['elections', 'untl', 'office'],
    ]);
    expect(h.ended.map((e) => `${e.responsibility.sector}/${e.responsibility.role}`)).to.deep.equal(['human-rights/monitor']);
    expect(h.begun.map((e) => `${e.responsibility.sector}/${e.responsibility.actor}`)).to.deep.equal(['political-facilitation/pbc']);
    expect(h.continued.map((e) => e.responsibility.sector)).to.deep.equal(['ssr']);
  });
});

describe('what continues after departure', () => {
  it('lists track items, responsibilities, successors and funding in force after the last day', () => {
    const after = continuesAfter(feed, 'untl', day('2012-12-31'))!;
    expect(after.departure).to.equal(day('2005-12-31'));
    expect(after.items.map((c) => [c.value.item.id, c.carriedOver])).to.deep.equal([['pbc-config', false], ['bridge', true]]);
    expect(after.tracks.map((t) => t.id)).to.deep.equal(['pb']);
    expect(after.responsibilities.map((c) => c.value.sector)).to.deep.equal(['police', 'elections', 'ssr', 'political-facilitation']);
    expect(after.successors.map((c) => c.value.label)).to.deep.equal(['UNIOSIL']);
    expect(after.funding.map((c) => c.value.id)).to.deep.equal(['pbf']);
  });
});

describe('what a selection relates to', () => {
  it('links a mission to the actor that stands for it, its sites and nothing else', () => {
    const r = relatedTo(feed, { kind: 'site', mission: 'untl', id: 'bo' });
    expect([...r.missions, ...r.actors, ...r.sites]).to.deep.equal(['untl', 'untl', 'bo']);
    expect(r.sectors.size + r.items.size).to.equal(0);
  });

  it('links a matrix cell to its sector, its actor and the actor\'s timeline items', () => {
    const withTrackActor = { ...feed, tracks: [{ ...feed.tracks![0], actor: 'pbc' }] };
    const r = relatedTo(withTrackActor, { kind: 'cell', sector: 'political-facilitation', actor: 'pbc' });
    expect([...r.sectors]).to.deep.equal(['political-facilitation']);
    expect([...r.actors]).to.deep.equal(['pbc']);
    expect([...r.items]).to.deep.equal(['pbc-config', 'early', 'bridge']);
    expect(r.missions.size).to.equal(0);
  });

  it('links a timeline item to its track\'s actor, and an event to its mission', () => {
    const withTrackActor = { ...feed, tracks: [{ ...feed.tracks![0], actor: 'office' }] };
    expect([...relatedTo(withTrackActor, { kind: 'item', id: 'bridge' }).actors]).to.deep.equal(['office']);
    expect([...relatedTo(feed, { kind: 'event', index: 0 }).missions]).to.deep.equal(['untl']);
    expect(relatedTo(feed, undefined).actors.size).to.equal(0);
  });
});
