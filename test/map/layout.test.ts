import { expect } from '@open-wc/testing';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape';
import { dayShown, footprintLayout, frameLayout, mapHeight, nextMark, placeSiteLabels, roundDown, unitSymbol, viewLayout, IDENTITY, SYMBOL_PATHS, UNIT_RADIUS } from '../../src/map/layout.js';
import { legendLayout } from '../../src/map/legend.js';
import { worldBaseMap } from '../../src/geo/map-files.js';
import { clusterSites } from '../../src/map/clusters.js';
import { parseFeed, startOf, endOf } from '../../src/model/index.js';
import { messagesFor } from '../../src/shared/i18n.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

const t = messagesFor('en').map;
const feed = parseFeed(sierraLeone).feed!;

/** 10,000 sites spread over the DR Congo, from a seeded linear congruential generator (deterministic). */
function manySites(n: number) {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const types = ['base', 'team-site', 'sector-hq', 'police', 'observer', 'logistics'];
  return {
    peacekit: 1, asOf: '2020-12-31',
    missions: [{
      id: 'large', acronym: 'LARGE', countries: ['COD'], type: 'multidimensional', start: '2000',
      sites: Array.from({ length: n }, (_, i) => ({
        id: `s${i}`, name: `Site ${i}`, at: [14 + random() * 16, -12 + random() * 16],
        type: i === 0 ? 'mission-hq' : types[Math.floor(random() * types.length)], start: String(2000 + Math.floor(random() * 10)),
        personnel: { troops: Math.floor(random() * 1500) },
      })),
    }],
  };
}

describe('map tooltip and table: authorized and deployed strength', () => {
  const world = parseFeed({
    peacekit: 1, asOf: '2012-12-31',
    missions: [{
      id: 'unmil', acronym: 'UNMIL', name: 'UN Mission in Liberia', countries: ['LBR'], type: 'multidimensional', start: '2003-09-19', end: '2018-03-30',
      hq: { name: 'Monrovia', at: [-10.804722, 6.310556] },
      strength: [
        { date: '2003-09-19', kind: 'authorized', troops: 15000, police: 1115 },
        { date: '2012-09-17', kind: 'authorized', police: 1795 },
        { date: '2011', kind: 'deployed', troops: 10876, estimate: true },
      ],
    }, {
      id: 'plain', acronym: 'PLAIN', countries: ['SLE'], start: '2000', hq: { name: 'Freetown', at: [-13.234, 8.49] },
    }],
  }).feed!;
  let frame: ReturnType<typeof frameLayout>;
  before(async () => {
    frame = frameLayout({ feed: world, width: 800, height: 416, baseMap: await worldBaseMap(), t });
  });

  it('says which figure is which, with its date, and labels an estimate', () => {
    const f = footprintLayout({ feed: world, frame, day: startOf('2012-12-01'), lang: 'en', t });
    const unmil = f.byId.get('unmil')!;
    expect(unmil.tip.lines.slice(1, 3)).to.deep.equal([
      // A deployed figure more than a year old says so; a ceiling in force does not age.
      'Deployed strength: 10,876 (as of 2011, estimate; 1 year before the map’s date)',
      // The 2012 resolution changed police only: the ceiling keeps its 15,000 troops.
      'Authorized strength: 16,795 (as of Sep 17, 2012)',
    ]);
    expect(unmil.row[2]).to.equal('Deployed strength: 10,876 (as of 2011, estimate; 1 year before the map’s date); Authorized strength: 16,795 (as of Sep 17, 2012)');
    expect(unmil.dated).to.equal(true);
    expect(f.byId.get('plain')!.tip.lines[1]).to.equal('Strength: strength not given');
    expect(f.byId.get('plain')!.row[2]).to.equal('—');
  });

  it('shows the ceiling alone before any deployed figure', () => {
    const f = footprintLayout({ feed: world, frame, day: startOf('2005-01-01'), lang: 'en', t });
    expect(f.byId.get('unmil')!.tip.lines[1]).to.equal('Authorized strength: 16,115 (as of Sep 19, 2003)');
  });
});

describe('map layout', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([1437, 500, 99, 0.3, 0].map(roundDown)).to.deep.equal([1000, 500, 50, 0.2, 0]);
  });

  it('sizes the map to what it frames', () => {
    expect(mapHeight(800, 'world')).to.equal(416);
    expect(mapHeight(800, 'mission', 0.9)).to.equal(720);
    expect(mapHeight(360, 'mission', 2)).to.equal(396);
    expect(mapHeight(300, 'world')).to.equal(240);
  });

  it('shows a mission that ended as it last stood, unless a date is given', () => {
    const unamsil = feed.missions![0];
    expect(dayShown(unamsil, undefined, endOf('2014'))).to.equal(endOf('2005-12-31'));
    expect(dayShown(unamsil, '2002', endOf('2014'))).to.equal(startOf('2002'));
    expect(dayShown(undefined, undefined, endOf('2014'))).to.equal(endOf('2014'));
  });

  it('draws symbols of equal area for equal personnel, whatever their shape', () => {
    expect(unitSymbol('mission-hq')).to.not.equal(unitSymbol('base'));
    expect(unitSymbol('unknown-type')).to.equal(unitSymbol('base'));
  });

  it("draws d3-shape's symbols, at the unit radius's area", () => {
    const d3Symbols = { star: symbolStar, square: symbolSquare, triangle: symbolTriangle, circle: symbolCircle, diamond: symbolDiamond, wye: symbolWye, cross: symbolCross };
    expect(Object.keys(SYMBOL_PATHS)).to.have.members(Object.keys(d3Symbols));
    for (const [name, type] of Object.entries(d3Symbols)) expect(SYMBOL_PATHS[name], name).to.equal(symbol(type, Math.PI * UNIT_RADIUS ** 2)());
  });

  it('sizes sites by area (square root of personnel), comparable across dates', async () => {
    const frame = frameLayout({ feed, mission: 'unamsil', width: 600, height: 600, baseMap: (await worldBaseMap()), t });
    expect(frame.sizeMax).to.equal(3400); // Koidu-Sefadu at its largest, the top of the scale (maxRadius(600, 600) = 25 px)
    const f = footprintLayout({ feed, frame, day: startOf('2002'), lang: 'en', t, cluster: clusterSites });
    expect(f.byId.get('daru')!.r).to.be.closeTo(25 * Math.sqrt(1437 / 3400), 1e-9);
    expect(f.byId.get('bo')!.r).to.be.closeTo(25 * Math.sqrt(650 / 3400), 1e-9);
    expect(f.legend.sizes.map((s) => s.value)).to.deep.equal([2000, 500, 100]);
    expect(f.legend.sizes[0].r).to.be.closeTo(25 * Math.sqrt(2000 / 3400), 1e-9);
    expect(f.table.head).to.deep.equal(['Site', 'Type', 'Personnel', 'Dates']);
  });

  it('keeps labels inside the map and apart', () => {
    const labels = placeSiteLabels(
      [{ key: 'a', text: 'Freetown', x: 100, y: 100, r: 5 }, { key: 'b', text: 'Wellington', x: 110, y: 100, r: 5 }, { key: 'c', text: 'Edge', x: 395, y: 50, r: 5 }],
      [], 400, 300, 12,
    );
    expect(labels).to.deep.equal([
      { key: 'a', text: 'Freetown', x: 108, y: 104.2, anchor: 'start' },
      { key: 'b', text: 'Wellington', x: 102, y: 104.2, anchor: 'end' },
      { key: 'c', text: 'Edge', x: 387, y: 54.2, anchor: 'end' },
    ]);
  });

  it('on a phone-sized map, draws no group over another and no label over a symbol', async () => {
    const frame = frameLayout({ feed, mission: 'unamsil', width: 342, height: 356, baseMap: (await worldBaseMap()), t });
    const f = footprintLayout({ feed, frame, day: startOf('2002-06-30'), lang: 'en', t, cluster: clusterSites });
    const view = viewLayout({ frame, footprint: f, transform: IDENTITY, t, lang: 'en' });
    const groups = view.marks.filter((m) => m.kind === 'cluster');
    expect(groups.length).to.be.above(0);
    groups.forEach((a, i) => groups.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(a.r + b.r)));
    // Every site is still on the map, alone or in a group.
    expect(view.marks.reduce((n, m) => n + (m.cluster ? m.cluster.count : 1), 0)).to.equal(f.marks.length);
    for (const l of view.labels) {
      const w = l.text.length * 12 * 0.6;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      const box = { x0, x1: x0 + w, y0: l.y - 12 * 0.35 - 7.2, y1: l.y - 12 * 0.35 + 7.2 };
      for (const m of view.marks.filter((m) => m.key !== l.key)) {
        const dx = m.x - Math.max(box.x0, Math.min(m.x, box.x1));
        const dy = m.y - Math.max(box.y0, Math.min(m.y, box.y1));
        expect(Math.hypot(dx, dy), `${l.text} over ${m.key}`).to.be.at.least(m.r);
      }
    }
  });

  it('moves the keyboard to the nearest mark ahead', () => {
    const pts = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 30, y: 1 }];
    expect(nextMark(pts, -1, 'right')).to.equal(0);
    expect(nextMark(pts, 0, 'right')).to.equal(1);
    expect(nextMark(pts, 1, 'right')).to.equal(3);
    expect(nextMark(pts, 1, 'down')).to.equal(2);
    expect(nextMark(pts, 0, 'left')).to.equal(0);
    expect(nextMark([], -1, 'up')).to.equal(-1);
  });

  it('lays the legend out in the width it has', () => {
    const legend = {
      symbolsTitle: 'Site types', sizesTitle: 'Personnel',
      symbols: [{ type: 'mission-hq', label: 'Mission HQ', d: '', kind: 'site' as const }, { type: 'base', label: 'Base', d: '', kind: 'site' as const }],
      sizes: [{ value: 1000, r: 20, label: '1,000' }, { value: 200, r: 9, label: '200' }],
    };
    const wide = legendLayout(legend, 600);
    expect(wide.items.map((i) => [i.x, i.y])).to.deep.equal([[0, 33], [105, 33]]);
    expect(wide.sizesTitle).to.deep.equal({ text: 'Personnel', x: 179, y: 13 });
    expect(wide.circles.map((c) => [c.cx, c.cy, c.ly])).to.deep.equal([[200, 43, 27], [200, 54, 49]]);
    const narrow = legendLayout(legend, 120);
    expect(narrow.items.map((i) => [i.x, i.y])).to.deep.equal([[0, 33], [0, 53]]);
    expect(narrow.sizesTitle!.y).to.equal(80);
  });

  it('lays the legend out for the size of its type (a briefing sets it 1.4 times larger)', () => {
    const legend = {
      symbolsTitle: 'Site types', sizesTitle: 'Personnel',
      symbols: ['Mission HQ', 'Sector HQ', 'Base'].map((label) => ({ type: label, label, d: '', kind: 'site' as const })),
      sizes: [{ value: 2000, r: 20, label: '2,000' }, { value: 500, r: 10, label: '500' }, { value: 100, r: 4, label: '100' }],
    };
    const fs = 16.8;
    const l = legendLayout(legend, 720, fs);
    // Each label ends before the next symbol starts (labels estimated at 0.6 em a character).
    l.items.slice(1).forEach((item, i) => expect(l.items[i].tx + l.items[i].label.length * fs * 0.6).to.be.below(item.cx - item.r));
    // Size labels at least a line apart, and below the title.
    l.circles.slice(1).forEach((c, i) => expect(c.ly - l.circles[i].ly).to.be.at.least(fs));
    expect(l.circles[0].ly - l.sizesTitle!.y).to.be.at.least(fs);
    expect(l.height).to.be.at.least(Math.max(...l.circles.map((c) => c.ly)));
  });

  // Speed is measured by `npm run bench`, not asserted here (timings vary from machine to machine).
  it('lays out 10,000 sites as a few hundred marks', async () => {
    const big = parseFeed(manySites(10_000)).feed!;
    const frame = frameLayout({ feed: big, mission: 'large', width: 960, height: 720, baseMap: (await worldBaseMap()), t });
    const f = footprintLayout({ feed: big, frame, day: startOf('2015'), lang: 'en', t, cluster: clusterSites });
    const view = viewLayout({ frame, footprint: f, transform: IDENTITY, t, lang: 'en' });
    expect(f.marks).to.have.length(10_000);
    expect(view.marks.length).to.be.lessThan(800);
    const shown = view.marks.reduce((n, m) => n + (m.cluster ? m.cluster.count : 1), 0);
    expect(shown).to.equal(10_000);
  });
});

describe('the mission HQ label', () => {
  it('moves out on a leader line when every place beside the HQ is taken, and other labels are left out', () => {
    // The HQ at (100, 100), ringed by sites 14 px away: no place beside it is clear.
    const ring = Array.from({ length: 8 }, (_, i) => ({
      key: `s${i}`, x: 100 + Math.cos((i * Math.PI) / 4) * 14, y: 100 + Math.sin((i * Math.PI) / 4) * 14, r: 6,
    }));
    const symbols = [{ key: 'hq', x: 100, y: 100, r: 6 }, ...ring];
    const labels = placeSiteLabels(
      [{ key: 'hq', text: 'Freetown', x: 100, y: 100, r: 6, leader: true }, { key: 's0', text: 'Hastings', x: 114, y: 100, r: 6 }],
      symbols, 400, 300, 12,
    );
    expect(labels.map((l) => l.key)).to.deep.equal(['hq']);
    const [hq] = labels;
    expect(hq.leader).to.deep.equal([107, 100, 123.4, 100]);
    expect([hq.x, hq.anchor]).to.deep.equal([123.4, 'start']);
  });
});

describe('the legend with no site in force', () => {
  it('leaves out the empty "Site types" title and puts the sizes at the left', () => {
    const l = legendLayout({ symbols: [], symbolsTitle: 'Site types', sizesTitle: 'Personnel', sizes: [{ value: 2000, label: '2,000', r: 14 }, { value: 500, label: '500', r: 7 }] }, 300, 12);
    expect(l.symbolsTitle).to.equal(null);
    expect(l.sizesTitle).to.deep.equal({ text: 'Personnel', x: 0, y: 13 });
  });
});
