/**
 * The mission view a briefing room trusts (issue 12): detail and context layers loaded beside the kit,
 * names that never collide, sites that win over towns, the life footprint of an ended mission, piled
 * marks spread, UN conventions (Western Sahara, footnotes), old figures on the world map said as such.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/map/mission-map.js';
import type { PkMissionMap } from '../../src/map/mission-map.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';
import { spreadPiles, type Spreadable } from '../../src/map/spread.js';
import { screenBox } from '../fixtures/svg-box.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

async function mapOf(data: unknown, attrs: Record<string, string> = {}, width = 900): Promise<PkMissionMap> {
  const el = await fixture<PkMissionMap>(html`<pk-mission-map style=${`display:block;width:${width}px`} .data=${data}></pk-mission-map>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}
const root = (el: PkMissionMap) => el.shadowRoot!;
const texts = (el: PkMissionMap, selector: string) => [...root(el).querySelectorAll(selector)].map((t) => t.textContent!.trim());
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** A feed with one mission in Western Sahara, its HQ at Laayoune. */
const westernSahara = {
  peacekit: 1, asOf: '2024-12-31',
  missions: [{
    id: 'minurso', acronym: 'MINURSO', name: 'United Nations Mission for the Referendum in Western Sahara', type: 'traditional',
    countries: ['ESH'], start: '1991-04-29',
    sites: [
      { id: 'laayoune', name: 'Laayoune', at: [-13.1625, 27.135], type: 'mission-hq', start: '1991' },
      { id: 'smara', name: 'Smara', at: [-11.67194, 26.73841], type: 'team-site', start: '1991' },
      { id: 'awsard', name: 'Awsard', at: [-14.331643, 22.551639], type: 'team-site', start: '1991' },
    ],
  }],
};

describe('<pk-mission-map> context layers', () => {
  it('draws the countries in view from their detail files: divisions, towns, neighbours named', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002' });
    expect(root(el).querySelectorAll('.base .country.detail').length, 'detailed countries').to.be.at.least(3);
    expect(root(el).querySelector('.base .admin1')!.getAttribute('d')!.length, 'first-level boundaries').to.be.greaterThan(100);
    const countries = texts(el, '.places text.country');
    expect(countries).to.include.members(['Sierra Leone', 'Guinea', 'Liberia']);
    expect(texts(el, '.places text.admin1').length, 'division names').to.be.greaterThan(0);
    expect(texts(el, '.places text.capital')).to.include('Conakry');
    // The credit names the towns' source (GeoNames asks for it: CC BY 4.0).
    expect(root(el).querySelector('[part="notes"]')!.textContent).to.contain('GeoNames');
  });

  it('names places in the reader\u2019s language where the browser knows them', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002', lang: 'fr' });
    expect(texts(el, '.places text.country')).to.include('Guinée');
  });

  it('names countries as the UN does, not as CLDR does ("Congo - Kinshasa")', async () => {
    const en = await mapOf(world, { mission: 'monusco' }, 1366);
    expect(texts(en, '.places text.country')).to.include('Democratic Republic of the Congo');
    expect(texts(en, '.places text.country').join(' ')).to.not.contain('Kinshasa');
    const fr = await mapOf(world, { mission: 'monusco', lang: 'fr' }, 1366);
    expect(texts(fr, '.places text.country')).to.include('République démocratique du Congo');
  });

  it('never lets two names collide, and sites win over towns', async () => {
    for (const width of [360, 900, 1366]) {
      const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002' }, width);
      const labels = [...root(el).querySelectorAll<SVGTextElement>('.labels text, .places text')].map(screenBox);
      expect(labels.length).to.be.greaterThan(3);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i], labels[j]), `names ${i} and ${j} at ${width} px`).to.equal(false);
      }
      // No town or area name lies over a site's symbol.
      const symbols = [...root(el).querySelectorAll<SVGGElement>('.marks .mark')].map(screenBox);
      const places = [...root(el).querySelectorAll<SVGTextElement>('.places text')].map(screenBox);
      for (const p of places) expect(symbols.some((s) => overlaps(p, s)), `a place name over a site at ${width} px`).to.equal(false);
    }
  });

  it('is accessible with its context layers (axe), and names no town a site already names', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002' });
    await expect(el).to.be.accessible();
    const siteLabels = new Set(texts(el, '.labels text'));
    expect(texts(el, '.places text').filter((t) => siteLabels.has(t))).to.deep.equal([]);
  });

  it('puts no name under the zoom buttons or the scale bar, at a phone\u2019s width and on a desktop, left to right and right to left', async () => {
    for (const [width, lang] of [[360, 'en'], [1366, 'en'], [360, 'ar']] as const) {
      const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002', lang }, width);
      const covers = [...root(el).querySelectorAll<HTMLElement>('.controls button'), root(el).querySelector<SVGSVGElement>('svg.scalebar')!]
        .map((e) => e.getBoundingClientRect());
      expect(covers.length).to.equal(4);
      const names = [...root(el).querySelectorAll<SVGTextElement>('.places text')].map(screenBox);
      expect(names.length).to.be.greaterThan(2);
      for (const n of names) expect(covers.some((c) => overlaps(n, c)), `a name under a control at ${width} px (${lang})`).to.equal(false);
    }
  });

  it('does not name a town that a site\u2019s name already holds ("Kenema" beside the site "Kenema/Sector East")', async () => {
    const feed = clone(sierraLeone) as typeof sierraLeone;
    const unamsil = feed.missions.find((m) => m.id === 'unamsil')!;
    const kenema = unamsil.sites!.find((s) => /kenema/i.test(JSON.stringify(s.name)))!;
    expect(kenema, 'the demo feed has a site at Kenema').to.not.equal(undefined);
    const before = await mapOf(feed, { mission: 'unamsil', date: '2002' });
    expect(texts(before, '.labels text')).to.include('Kenema');
    (kenema as { name: unknown }).name = 'Kenema/Sector East';
    const el = await mapOf(feed, { mission: 'unamsil', date: '2002' });
    expect(texts(el, '.labels text')).to.include('Kenema/Sector East');
    expect(texts(el, '.places text')).to.not.include('Kenema');
  });

  it('shows the layers asked for: layers="towns" draws no divisions and no country names; "" draws none', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002', layers: 'towns' });
    expect(root(el).querySelector('.base .admin1')).to.equal(null);
    expect(texts(el, '.places text.country')).to.deep.equal([]);
    expect(root(el).querySelectorAll('.places .capital, .places .town').length).to.be.greaterThan(0);
    el.layers = '';
    await el.updateComplete;
    expect(root(el).querySelector('.places')).to.equal(null);
    // The detailed coast and boundaries stay: they are the base map, not a layer.
    expect(root(el).querySelectorAll('.base .country.detail').length).to.be.at.least(3);
  });

  it('exports the context layers and the credit with the map', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002' });
    const svg = el.toSVG();
    expect(svg).to.contain('>Conakry</text>');
    expect(svg).to.contain('>Guinea</text>');
    expect(svg).to.contain('GeoNames');
  });
});

describe('<pk-mission-map> conventions', () => {
  it('draws Western Sahara as one territory with Laayoune in it, its boundary with Morocco dashed, and the footnote', async () => {
    const el = await mapOf(westernSahara, { mission: 'minurso' });
    expect(el.problems.filter((p) => p.severity === 'error'), 'the fixture is a valid feed').to.deep.equal([]);
    const esh = root(el).querySelector('.base .country.detail.host')!;
    expect(esh.classList.contains('disputed')).to.equal(true);
    expect(root(el).querySelector('.base .outline.undetermined')!.getAttribute('d')!.length).to.be.greaterThan(20);
    expect(root(el).querySelector('[part="notes"]')!.textContent).to.contain('Western Sahara');
    // The HQ is drawn inside the territory's shape.
    const hq = root(el).querySelector<SVGGElement>('[data-key="laayoune"]')!.getBoundingClientRect();
    const svg = root(el).querySelector<SVGSVGElement>('svg.map')!;
    const point = svg.createSVGPoint();
    const box = svg.getBoundingClientRect();
    point.x = hq.x + hq.width / 2 - box.x;
    point.y = hq.y + hq.height / 2 - box.y;
    expect((esh as SVGGeometryElement).isPointInFill(point)).to.equal(true);
  });

  it('on the world map, says when a strength figure is over a year older than the map\u2019s date', async () => {
    const feed = clone(world) as { asOf?: string; missions: { id: string; strength?: { date: string }[] }[] };
    const el = await mapOf(feed, { date: '2020-06-30' });
    const dated = [...root(el).querySelectorAll('.marks .mission.dated')];
    expect(dated.length, 'missions drawn with an old figure').to.be.greaterThan(0);
    const key = dated[0].getAttribute('data-key')!;
    dated[0].dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('[part="tooltip"]')!.textContent, `tooltip of ${key}`).to.match(/years? before the map’s date/);
    expect(root(el).querySelector('svg.legend')!.textContent).to.contain('Strength figure over a year older than the map’s date');
  });
});

describe('<pk-mission-map> an ended mission without a date', () => {
  it('shows its footprint over its whole life, closed sites apart, and says so', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil' });
    expect(root(el).querySelector('.caption')!.textContent).to.equal('UNAMSIL Oct 22, 1999 – Dec 31, 2005: 48 sites over the mission’s life');
    root(el).querySelector<HTMLButtonElement>('.table-button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(48);
    expect(root(el).querySelectorAll('.marks .site.dated').length, 'sites closed before the end, drawn pale').to.be.greaterThan(0);
    expect(root(el).querySelector('svg.legend')!.textContent).to.contain('Closed before the mission ended');
    // `date` keeps its meaning: one day's footprint.
    el.date = '2005-12-31';
    await el.updateComplete;
    expect(root(el).querySelector('.caption')!.textContent).to.equal('UNAMSIL: deployment as of Dec 31, 2005');
  });
});

describe('marks at the same place', () => {
  it('spreads a pile so that none hides another, keeping the HQ in place and a line to each true place', () => {
    const marks: Spreadable[] = [
      { key: 'hq', x: 100, y: 100, r: 16 },
      { key: 'airport', x: 104, y: 103, r: 10 },
      { key: 'team', x: 98, y: 96, r: 6 },
      { key: 'far', x: 300, y: 300, r: 10 },
    ];
    const out = spreadPiles(marks, (m) => (m.key === 'hq' ? 0 : 1), 400, 400);
    expect(out[0]).to.deep.equal(marks[0]);
    expect(out[3]).to.deep.equal(marks[3]);
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        expect(Math.hypot(out[i].x - out[j].x, out[i].y - out[j].y), `${out[i].key}–${out[j].key}`).to.be.at.least(out[i].r + out[j].r);
      }
    }
    expect(out[1].from).to.deep.equal([104, 103]);
    expect(out[2].from).to.deep.equal([98, 96]);
  });

  it('draws every site of Freetown visible and reachable at a phone\u2019s width', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2003' }, 360);
    const marks = [...root(el).querySelectorAll<SVGGElement>('.marks .mark')];
    const circles = marks.map((g) => {
      const b = screenBox(g);
      return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: Math.min(b.width, b.height) / 2, key: g.dataset.key };
    });
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const [a, b] = [circles[i], circles[j]];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} and ${b.key} pile up`).to.be.at.least((a.r + b.r) * 0.75 - 1);
      }
    }
  });
});

describe('<pk-mission-map> leader lines', () => {
  it('joins each spread site of Freetown to its true place by a line, and draws no line for a site left in place', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2003' }, 360);
    const centre = (g: SVGGElement) => {
      const [, x, y] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\)/.exec(g.style.transform) ?? [];
      return [Number(x), Number(y)];
    };
    const marks = [...root(el).querySelectorAll<SVGGElement>('.marks .mark')].map(centre);
    const lines = [...root(el).querySelectorAll<SVGLineElement>('.leaders line')];
    expect(lines.length, 'Freetown\u2019s sites pile up at 360 px').to.be.greaterThan(0);
    expect(lines.length).to.be.lessThan(marks.length);
    for (const l of lines) {
      const end = [Number(l.getAttribute('x2')), Number(l.getAttribute('y2'))];
      expect(marks.some(([x, y]) => Math.abs(x - end[0]) < 0.01 && Math.abs(y - end[1]) < 0.01), `a mark at the end of the line to ${end}`).to.equal(true);
      expect(Math.hypot(end[0] - Number(l.getAttribute('x1')), end[1] - Number(l.getAttribute('y1'))), 'a line from the true place').to.be.greaterThan(1);
    }
    // A dot at each true place, one per line.
    expect(root(el).querySelectorAll('.leaders circle').length).to.equal(lines.length);
  });
});

describe('<pk-mission-map> tiles', () => {
  it('lays a portal\u2019s raster tiles under a mission view, covering the frame, with their credit', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002', tiles: '/tiles/{z}/{x}/{y}.png', 'tiles-attribution': '© The portal\u2019s tile server' });
    const tiles = [...root(el).querySelectorAll<HTMLImageElement>('.tiles img')];
    expect(tiles.length).to.be.greaterThan(0);
    for (const t of tiles) expect(t.getAttribute('src')).to.match(/^\/tiles\/\d+\/\d+\/\d+\.png$/);
    // Together they cover the whole frame.
    const frame = root(el).querySelector('.viewport')!.getBoundingClientRect();
    const boxes = tiles.map((t) => t.getBoundingClientRect());
    for (const [x, y] of [[frame.left + 1, frame.top + 1], [frame.right - 1, frame.bottom - 1], [frame.left + frame.width / 2, frame.top + frame.height / 2]]) {
      expect(boxes.some((b) => b.left <= x && x <= b.right && b.top <= y && y <= b.bottom), `a tile at ${x},${y}`).to.equal(true);
    }
    expect(root(el).querySelector('[part="notes"]')!.textContent).to.contain('© The portal’s tile server');
    // A zoom asks for the next level's tiles.
    const z0 = Number(tiles[0].getAttribute('src')!.split('/')[2]);
    root(el).querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
    root(el).querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
    await el.updateComplete;
    const z1 = Number(root(el).querySelector('.tiles img')!.getAttribute('src')!.split('/')[2]);
    expect(z1).to.equal(z0 + 1);
  });

  it('takes no tiles on the world view, nor from a URL that is not http(s)', async () => {
    const worldMap = await mapOf(world, { tiles: '/tiles/{z}/{x}/{y}.png' });
    expect(root(worldMap).querySelector('.tiles')).to.equal(null);
    const el = await mapOf(sierraLeone, { mission: 'unamsil', tiles: 'javascript:alert(1)//{z}/{x}/{y}' });
    expect(root(el).querySelector('.tiles')).to.equal(null);
  });
});
