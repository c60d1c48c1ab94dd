import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/map/mission-map.js';
import type { PkMissionMap } from '../../src/map/mission-map.js';
import type { PkSelectEvent } from '../../src/shared/events.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';
import { mini } from '../fixtures/mini.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

async function mapOf(data: unknown, attrs: { mission?: string; date?: string } = {}): Promise<PkMissionMap> {
  const el = await fixture<PkMissionMap>(html`<pk-mission-map style="width: 800px" .data=${data} mission=${attrs.mission ?? ''} date=${attrs.date ?? ''}></pk-mission-map>`);
  if (!attrs.mission) el.removeAttribute('mission');
  if (!attrs.date) el.removeAttribute('date');
  await el.updateComplete;
  // The ResizeController reports the real width after the first frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const root = (el: PkMissionMap) => el.shadowRoot!;
const tableRows = (el: PkMissionMap) => [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
const siteNames = (el: PkMissionMap) => tableRows(el).map((r) => r[0]);
/** Opens the map's table as a reader does, with its button (it is built when first asked for). */
async function openTable(el: PkMissionMap) {
  const button = root(el).querySelector<HTMLButtonElement>('.table-button')!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
}
/** What the map shows: single marks, and the sites folded into groups (by their counts). */
function drawn(el: PkMissionMap) {
  const singles = [...root(el).querySelectorAll('.marks .mark:not(.cluster):not(.leaving)')].map((g) => g.getAttribute('data-key'));
  const grouped = [...root(el).querySelectorAll('.marks .cluster .cluster-count')].reduce((n, t) => n + Number(t.textContent), 0);
  return { singles, grouped, total: singles.length + grouped };
}
const viewport = (el: PkMissionMap) => root(el).querySelector<HTMLElement>('.viewport')!;
/** The zoom the map is drawn at, as its base layer's transform says: translate(x,y) scale(k). */
function zoomOf(el: PkMissionMap): { k: number; x: number; y: number } {
  const [x, y, k] = (root(el).querySelector('.base')!.getAttribute('transform')!.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g) ?? []).map(Number);
  return { k, x, y };
}

describe('<pk-mission-map> mission view', () => {
  it('draws the footprint as of the date: 27 sites in 2001, 17 in 2005', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2001' });
    expect(drawn(el).total).to.equal(27);
    await openTable(el);
    expect(siteNames(el)).to.include('Daru');
    expect(root(el).querySelector('.caption')!.textContent).to.equal('UNAMSIL: deployment as of 2001');
    el.date = '2005';
    await el.updateComplete;
    expect(drawn(el).total).to.equal(17);
    expect(siteNames(el)).to.not.include('Daru');
    expect(siteNames(el)).to.include('Kenema');
  });

  it('draws once, at its width, when its map files are on the page: no first drawing at a guessed size', async () => {
    await mapOf(clone(sierraLeone), { mission: 'unamsil', date: '2002' }); // the map files and code are now on the page
    const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = document.createElement('pk-mission-map');
    el.setAttribute('mission', 'unamsil');
    el.setAttribute('date', '2002');
    const drawnWidths: string[] = [];
    el.addController({ hostUpdated: () => {
      const svg = el.shadowRoot?.querySelector('svg.map');
      if (svg) drawnWidths.push(svg.getAttribute('width')!);
    } });
    host.append(el);
    el.data = clone(sierraLeone);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(drawnWidths[0], 'the first drawing is at the width of its container').to.equal('700');
    expect(new Set(drawnWidths), 'never drawn at another width').to.deep.equal(new Set(['700']));
  });

  it('never folds the mission HQ into a group, and labels it', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2003' });
    expect(drawn(el).singles).to.include('freetown');
    expect(root(el).querySelector('[data-key="freetown"]')!.classList.contains('mission-hq')).to.be.true;
    const labels = [...root(el).querySelectorAll('.labels text')].map((t) => t.textContent);
    expect(labels).to.include('Freetown');
  });

  it('groups overlapping sites with a count, and opens a group on click', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002' });
    const before = drawn(el);
    expect(before.grouped).to.be.greaterThan(0);
    const cluster = root(el).querySelector<SVGGElement>('.marks .cluster')!;
    const count = Number(cluster.querySelector('.cluster-count')!.textContent);
    expect(count).to.be.at.least(2);
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(zoomOf(el).k).to.be.greaterThan(1);
    expect(drawn(el).singles.length).to.be.greaterThan(0);
  });

  it('shows a tooltip with name, type, personnel at the date, dates, units and contributors on hover', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2003' });
    const hq = root(el).querySelector<SVGGElement>('[data-key="freetown"]')!;
    const box = hq.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    const tip = root(el).querySelector('[role="tooltip"]')!;
    expect(tip.textContent).to.contain('Freetown');
    expect(tip.textContent).to.contain('Mission HQ');
    expect(tip.textContent).to.contain('950 troops (as of 2003, estimate)');
    expect(tip.textContent).to.contain('Open: Oct 22, 1999 – 2005');
    expect(tip.textContent).to.contain('Units: infantry, medical, aviation, observers');
    expect(tip.textContent).to.contain('Contributing countries: India, Jordan, Kenya, and Nigeria');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('has one tab stop; arrows move between marks with a tooltip; Enter fires pk-select with the site', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    viewport(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const active = root(el).querySelector('.mark.active')!;
    expect(active).to.exist;
    expect(root(el).querySelector('[role="tooltip"]')).to.exist;
    const first = active.getAttribute('data-key');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = root(el).querySelector('.mark.active')!.getAttribute('data-key');
    expect(second).to.not.equal(first);
    // The live region reads the active mark to screen readers.
    expect(root(el).querySelector('[aria-live]')!.textContent).to.not.equal('');
    const mark = root(el).querySelector('.mark.active')!;
    if (mark.classList.contains('cluster')) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(zoomOf(el).k).to.be.greaterThan(1);
    } else {
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'pk-select')) as PkSelectEvent;
      expect(event.detail).to.deep.equal({ kind: 'site', mission: 'unamsil', id: second });
    }
  });

  it('zooms with + and -, pans with Shift+arrows, resets with 0', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    viewport(el).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(zoomOf(el).k).to.be.closeTo(1.5, 1e-9);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(zoomOf(el).k).to.be.closeTo(1.5, 1e-9);
    const x = zoomOf(el).x;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(zoomOf(el).x).to.be.greaterThan(x);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(zoomOf(el)).to.include({ k: 1, x: 0, y: 0 });
  });

  it('does not zoom on a double click (d3-zoom would start a d3 transition, which the kit leaves out)', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    const r = viewport(el).getBoundingClientRect();
    viewport(el).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }));
    await el.updateComplete;
    expect(zoomOf(el)).to.include({ k: 1, x: 0, y: 0 });
  });

  it('lets the wheel scroll the page unless Ctrl is held or the map has focus', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    const vp = viewport(el);
    (document.activeElement as HTMLElement | null)?.blur();
    const box = vp.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    const plain = new WheelEvent('wheel', { ...at, deltaY: -200, bubbles: true, cancelable: true });
    vp.dispatchEvent(plain);
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(plain.defaultPrevented).to.be.false;
    expect(zoomOf(el).k).to.equal(1);
    expect(root(el).querySelector('.hint')!.textContent).to.contain('Ctrl');
    const withCtrl = new WheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true, bubbles: true, cancelable: true });
    vp.dispatchEvent(withCtrl);
    await new Promise((r) => setTimeout(r, 200));
    expect(withCtrl.defaultPrevented).to.be.true;
    expect(zoomOf(el).k).to.be.greaterThan(1);
    const k = zoomOf(el).k;
    vp.focus();
    vp.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -200, bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 200));
    expect(zoomOf(el).k).to.be.greaterThan(k);
  });

  it('offers the same footprint as a table, shown by a button', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    const button = root(el).querySelector<HTMLButtonElement>('.table-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Built when first asked for (10,000 rows nobody opened cost more than the map), not before.
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector<HTMLElement>('#table')!.hidden).to.be.true;
    button.click();
    await el.updateComplete;
    expect(root(el).querySelector('table caption')!.textContent).to.equal('UNAMSIL: deployment as of 2005');
    expect([...root(el).querySelectorAll('thead th')].map((t) => t.textContent)).to.deep.equal(['Site', 'Type', 'Personnel', 'Dates']);
    expect(tableRows(el)).to.have.length(17);
    expect(tableRows(el).find((r) => r[0] === 'Freetown')).to.deep.equal(['Freetown', 'Mission HQ', '830 (estimate)', 'Oct 22, 1999 – 2005']);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector<HTMLElement>('#table')!.hidden).to.be.false;
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector<HTMLElement>('#table')!.hidden).to.be.true;
  });

  it('exports SVG with legend and disclaimer, and a PNG', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    const text = el.toSVG();
    expect(text.startsWith('<svg')).to.be.true;
    expect(text).to.contain('Site types');
    expect(text).to.contain('Mission HQ');
    expect(text).to.contain('Personnel');
    expect(text).to.contain('do not imply official endorsement');
    expect(text).to.contain('UNAMSIL: deployment as of 2005');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('exports in the theme shown: a dark map on a dark page, its caption in light text', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const page = doc.querySelector('svg > rect')!.getAttribute('fill')!;
    const caption = [...doc.querySelectorAll('svg > text')].find((t) => t.textContent!.includes('UNAMSIL'))!.getAttribute('fill')!;
    expect(luminance(page), `page ${page}`).to.be.below(0.2);
    expect(luminance(caption), `caption ${caption}`).to.be.above(0.7);
  });

  it('replaces or hides the disclaimer', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2005' });
    el.disclaimer = 'Boundaries are indicative.';
    await el.updateComplete;
    expect(root(el).querySelector('.disclaimer')!.textContent).to.equal('Boundaries are indicative.');
    el.noDisclaimer = true;
    await el.updateComplete;
    expect(root(el).querySelector('.disclaimer')).to.equal(null);
    expect(el.toSVG()).to.not.contain('Boundaries are indicative.');
  });

  it('says so in words when the feed has no sites for the mission', async () => {
    const feed = clone(world) as { missions: { id: string; sites?: unknown[] }[] };
    delete feed.missions.find((m) => m.id === 'unmil')!.sites;
    const el = await mapOf(feed, { mission: 'unmil' });
    expect(root(el).querySelector('.notice')!.textContent).to.equal('This feed has no sites for UNMIL.');
    expect(root(el).querySelectorAll('.country.host').length).to.be.greaterThan(0);
  });

  it('draws the rest and says what is wrong with bad geography', async () => {
    const feed = mini() as ReturnType<typeof mini> & { missions: { countries: string[]; sites: unknown[] }[] };
    feed.missions[0].sites.push({ id: 'atlantis', name: 'Atlantis', at: [200, 95], start: '2003' });
    feed.missions[0].countries = ['SLE', 'XYZ'];
    const el = await mapOf(feed, { mission: 'untl', date: '2004-07' });
    expect(drawn(el).total).to.equal(3);
    const note = root(el).querySelector('.warnings')!.textContent!;
    expect(note).to.contain('UNTL: country code XYZ is not on the base map');
    const problems = root(el).querySelector('[part="problems"]')!;
    expect(problems.querySelector('summary')!.textContent).to.contain('1 entry of the feed could not be shown');
    expect(problems.querySelector('li')!.textContent).to.match(/^missions\[0\]\.sites\[\d+\]\.at .*\[200, ?95\]/);
    expect(el.problems.some((p) => p.severity === 'warning' && p.path === 'missions[0].countries[1]')).to.be.true;
  });

  it('draws the areas of responsibility from the feed (GeoJSON), named', async () => {
    const feed = mini() as ReturnType<typeof mini> & { missions: Record<string, unknown>[] };
    feed.missions[0].areas = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'sector-west', properties: { name: 'Sector West' },
        geometry: { type: 'Polygon', coordinates: [[[-13.3, 8.0], [-12.0, 8.0], [-12.0, 9.0], [-13.3, 9.0], [-13.3, 8.0]]] } }],
    };
    const el = await mapOf(feed, { mission: 'untl', date: '2004-07' });
    const areas = root(el).querySelectorAll('path.area');
    expect(areas).to.have.length(1);
    expect(areas[0].querySelector('title')!.textContent).to.equal('Sector West');
    // An anticlockwise GeoJSON ring is the sector, not the rest of the world: its box is smaller than the map.
    const box = (areas[0] as SVGPathElement).getBBox();
    expect(box.width).to.be.lessThan(el.shadowRoot!.querySelector('svg.map')!.clientWidth / 2);
  });

  it('has no axe violations', async () => {
    const el = await mapOf(sierraLeone, { mission: 'unamsil', date: '2002' });
    await expect(el).to.be.accessible();
  });
});

describe('<pk-mission-map> world view', () => {
  it('places every mission in force at its HQ and fires pk-select with the mission', async () => {
    const el = await mapOf(world, { date: '2010' });
    const keys = drawn(el).singles;
    expect(keys).to.include.members(['unmil', 'unamid', 'minurso', 'unmik']);
    expect(keys).to.not.include('unamsil');
    expect(keys).to.not.include('minusca');
    expect(root(el).querySelector('[data-key="unamid"]')!.classList.contains('type-multidimensional')).to.be.true;
    // Host countries of missions in force are tinted; Kosovo and Western Sahara are found on the base map.
    expect(root(el).querySelectorAll('.country.tinted').length).to.be.greaterThan(10);
    expect(el.problems.filter((p) => /base map/.test(p.message))).to.deep.equal([]);
    setTimeout(() => root(el).querySelector('[data-key="unmil"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = (await oneEvent(el, 'pk-select')) as PkSelectEvent;
    expect(event.detail).to.deep.equal({ kind: 'mission', id: 'unmil' });
  });

  it('reports an unknown mission id in words', async () => {
    const el = await mapOf(world, { mission: 'nowhere' });
    expect(root(el).querySelector('.notice')!.textContent).to.equal('This feed has no mission “nowhere”.');
  });

  it('has no axe violations', async () => {
    const el = await mapOf(world, { date: '2010' });
    await expect(el).to.be.accessible();
  });
});

describe('<pk-mission-map> at scale and in its styles', () => {
  it('draws 10,000 sites grouped, and moves them with one CSS transform while zooming', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
    const sites = Array.from({ length: 10_000 }, (_, i) => ({
      id: `s${i}`, name: `Site ${i}`, at: [14 + random() * 16, -12 + random() * 16], type: i ? 'base' : 'mission-hq', start: '2000', personnel: { troops: Math.floor(random() * 1500) },
    }));
    const feed = { peacekit: 1, asOf: '2010', missions: [{ id: 'big', acronym: 'BIG', countries: ['COD'], start: '2000', sites }] };
    const el = await fixture<PkMissionMap>(html`<pk-mission-map style="width: 960px" mission="big"></pk-mission-map>`);
    el.data = feed;
    await el.updateComplete;
    expect(drawn(el).total).to.equal(10_000);
    expect(root(el).querySelectorAll('.marks .mark').length).to.be.lessThan(800);
    // A drag moves the layer by a CSS transform; the marks are laid out again once at the end.
    root(el).querySelector<HTMLButtonElement>('.controls button')!.click();
    await el.updateComplete;
    expect(zoomOf(el).k).to.equal(1.5);
    const box = viewport(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 100), Math.round(box.y + 100)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.x + 160), Math.round(box.y + 130)] });
    expect(root(el).querySelector<HTMLElement>('.pan')!.style.transform).to.match(/translate\(60px, 30px\)/);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(root(el).querySelector<HTMLElement>('.pan')!.style.transform).to.equal('');
  });

  it('defines every private token it uses, and uses every one it defines', async () => {
    const { mapStyles } = await import('../../src/map/styles.js');
    const text = mapStyles.cssText;
    const defined = new Set([...text.matchAll(/(--_[a-z-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...text.matchAll(/var\((--_[a-z-]+)\)/g)].map((m) => m[1]));
    expect([...used].filter((u) => !defined.has(u))).to.deep.equal([]);
    expect([...defined].filter((d) => !used.has(d))).to.deep.equal([]);
  });
});
