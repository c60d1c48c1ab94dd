// Every deployment the kit is likely to draw lies on its country's land in that country's detail file
// (src/geo/maps/detail/<ISO3>.json, made by scripts/build-maps.mjs): the demo feeds' sites and HQs,
// and every location of the Geo-PKO file when it is present beside the project. A point counts as on
// land inside the outline (d3-geo geoContains) or within 1 km of it (the coordinate precision of the
// data). Also the UN conventions the world and detail files carry.
import { expect } from '@open-wc/testing';
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import codes from 'i18n-iso-countries/codes.json';
import english from 'i18n-iso-countries/langs/en.json';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';
import { parseCSV } from '../../src/geo/geo-pko.js';

/** The demo feeds (demo/feeds/*.json). A new feed is added here. */
const FEEDS: Record<string, { missions: { id: string; countries: string[]; hq?: { name: string; at: number[] }; sites?: { name: string; at: number[] }[] }[] }> = {
  'sierra-leone': sierraLeone,
  world,
};

const TOLERANCE_KM = 1;
const EARTH_KM = 6371;

/**
 * Points whose source data is itself off any land Natural Earth 1:10m draws, with the reason. Keep
 * this short: lighter simplification comes first.
 */
const EXCEPTIONS: { mission: string; name: string; reason: string }[] = [
  { mission: 'MINUJUSTH', name: 'Cap-Haïtien', reason: 'on the harbour front, 1.3 km beyond Natural Earth 1:10m’s generalized coast of the bay' },
  { mission: 'UNCRO', name: 'Divulje', reason: 'a barracks on the shore of Kaštela bay, 1.2 km beyond Natural Earth 1:10m’s coast' },
  { mission: 'UNMOP', name: 'Prevlaka', reason: 'the tip of the Prevlaka peninsula, a sliver Natural Earth 1:10m does not draw' },
  { mission: 'UNPROFOR', name: 'Prevlaka Peninsula', reason: 'the Prevlaka peninsula, a sliver Natural Earth 1:10m does not draw' },
  { mission: 'UNMOGIP', name: 'Punch/Poonch', reason: 'the coordinates are Poonch town on the Indian side of the Line of Control (an UNMOGIP field station); the file names Pakistan' },
  { mission: 'UNPROFOR', name: 'Kostajnica', reason: 'the coordinates lie 4 km inside Bosnia and Herzegovina, south of the Una; Hrvatska Kostajnica is on the north bank' },
];

/**
 * A border post may lie across Natural Earth 1:10m's generalized land boundary: a point within this
 * distance of its country and inside a neighbour that shares a boundary with it counts as on land.
 */
const BORDER_KM = 3;
// (Only across an international boundary: a point across an undetermined line is listed above.)

/** Geo-PKO's country names that the ISO names in i18n-iso-countries do not give. */
const ALIASES: Record<string, string[]> = {
  DRC: ['COD'],
  Syria: ['SYR'],
  Kosovo: ['XKX'],
  'Ethiopia/Eritrea': ['ETH', 'ERI'],
};

/**
 * Geo-PKO names the country as it was in the row's year: "Sudan" until South Sudan's independence
 * (9 July 2011) covers both of today's states. UNISFA's Abyei Area and its border verification
 * sites straddle the undetermined Sudan–South Sudan boundary: either state counts.
 */
function countriesOf(country: string, year: number, mission: string): string[] {
  const codes = alpha3Of(country);
  if ((codes.includes('SDN') || codes.includes('SSD')) && (year <= 2011 || mission === 'UNISFA')) return ['SDN', 'SSD'];
  return codes;
}

const alpha3ByName = new Map<string, string>();
for (const [a2, names] of Object.entries(english.countries as Record<string, string | string[]>)) {
  const a3 = (codes as string[][]).find((c) => c[0] === a2)?.[1];
  if (!a3) continue;
  for (const name of Array.isArray(names) ? names : [names]) alpha3ByName.set(name, a3);
}
function alpha3Of(country: string): string[] {
  return ALIASES[country] ?? (alpha3ByName.has(country) ? [alpha3ByName.get(country)!] : []);
}

/** A map data file, fetched as the kit fetches it (the test server serves src/geo/maps/ as plain JSON). */
async function load(path: string): Promise<Topology & { meta?: Record<string, unknown> }> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as Topology & { meta?: Record<string, unknown> };
}

type Outline = Feature<Polygon | MultiPolygon>;
type Collection = GeometryCollection<Record<string, unknown>>;
type Props = Record<string, unknown>;
/** The properties of each geometry of a topology's object. */
function propertiesOf(topo: Topology, object: string): Props[] {
  return (topo.objects[object] as Collection).geometries.map((g) => (g.properties ?? {}) as Props);
}
interface Detail { outline: Outline; neighbours: string[] }
const details = new Map<string, Promise<Detail | null>>();
function detailOf(code: string): Promise<Detail | null> {
  if (!details.has(code)) {
    details.set(code, load(`/src/geo/maps/detail/${code}.json`).then((topo) => ({
      outline: feature(topo, topo.objects.country as Collection).features[0] as Outline,
      // Across an undetermined line a point is not an artefact of generalization: not a neighbour here.
      neighbours: [...new Set(propertiesOf(topo, 'boundaries').filter((p) => p.kind === 'international').map((p) => p.with as string))],
    }), () => null));
  }
  return details.get(code)!;
}

/** Distance in km from a point to the nearest edge of an outline (great-circle, per segment). */
function distanceToOutlineKm(outline: Outline, point: Position): number {
  const polygons = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  const [lon0, lat0] = point;
  const k = Math.cos((lat0 * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length - 1; i++) {
        // Nearest point on the segment in a local equirectangular plane, then its true distance.
        const ax = (ring[i][0] - lon0) * k;
        const ay = ring[i][1] - lat0;
        const bx = (ring[i + 1][0] - lon0) * k;
        const by = ring[i + 1][1] - lat0;
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
        const near: [number, number] = [lon0 + (ax + t * dx) / k, lat0 + ay + t * dy];
        best = Math.min(best, geoDistance([lon0, lat0], near) * EARTH_KM);
      }
    }
  }
  return best;
}

interface Place { mission: string; name: string; at: [number, number]; countries: string[] }

/** The exceptions that a place needed (an exception no place needs any more is removed). */
const usedExceptions = new Set<(typeof EXCEPTIONS)[number]>();

/** The places that are on none of their countries' land, each with its distance from the nearest. */
async function offLand(places: Place[]): Promise<string[]> {
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const place of places) {
    const key = `${place.countries.join('/')}|${place.at.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let nearest = Infinity;
    let missing = '';
    let across = false;
    for (const code of place.countries) {
      const detail = await detailOf(code);
      if (!detail) {
        missing = `no detail file for ${code}`;
        continue;
      }
      if (geoContains(detail.outline, place.at)) {
        nearest = 0;
        break;
      }
      const distance = distanceToOutlineKm(detail.outline, place.at);
      nearest = Math.min(nearest, distance);
      if (nearest <= TOLERANCE_KM) break;
      if (distance <= BORDER_KM) {
        for (const other of detail.neighbours) {
          const neighbour = await detailOf(other);
          if (neighbour && geoContains(neighbour.outline, place.at)) across = true;
        }
      }
    }
    if (nearest > TOLERANCE_KM && !across) {
      const exception = EXCEPTIONS.find((e) => e.mission === place.mission && e.name === place.name);
      if (exception) {
        usedExceptions.add(exception);
        continue;
      }
      failures.push(`${place.name} (${place.mission}, ${place.countries.join('/')}, ${place.at.join(', ')}): ${Number.isFinite(nearest) ? `${nearest.toFixed(1)} km off land` : missing}`);
    }
  }
  return failures;
}

describe('every deployment lies on its country’s land in the detail files', () => {
  it('puts every site and HQ of every demo feed on land of one of its mission’s countries', async () => {
    const places: Place[] = [];
    for (const [name, feed] of Object.entries(FEEDS)) {
      for (const m of feed.missions) {
        if (m.hq) places.push({ mission: `${name}/${m.id}`, name: m.hq.name, at: m.hq.at as [number, number], countries: m.countries });
        for (const s of m.sites ?? []) places.push({ mission: `${name}/${m.id}`, name: s.name, at: s.at as [number, number], countries: m.countries });
      }
    }
    expect(places.length).to.be.greaterThan(60);
    const failures = await offLand(places);
    expect(failures, `${failures.length} of ${places.length} demo places off land:\n${failures.join('\n')}`).to.deep.equal([]);
  });

  it('puts every Geo-PKO location on land of its country', async function () {
    this.timeout(120000);
    const response = await fetch('/__shared/data/geo-pko/FrontMap_v.2.3.csv');
    if (!response.ok) {
      console.log(`Geo-PKO check skipped: /__shared/data/geo-pko/FrontMap_v.2.3.csv answered ${response.status} (the data beside the project is absent)`);
      this.skip();
    }
    const [header, ...rows] = parseCSV(await response.text()).filter((r) => r.length > 1);
    const col = (name: string) => header.indexOf(name);
    const [mission, year, country, location, lat, lon] = ['mission', 'year', 'country', 'location', 'latitude', 'longitude'].map(col);
    expect(rows.length).to.equal(8783);
    const unknown = new Set<string>();
    const places: Place[] = [];
    for (const r of rows) {
      const at: [number, number] = [Number(r[lon]), Number(r[lat])];
      if (!r[lon] || !r[lat] || !at.every(Number.isFinite)) continue;
      const countries = countriesOf(r[country], Number(r[year]), r[mission]);
      if (!countries.length) unknown.add(r[country]);
      places.push({ mission: r[mission], name: r[location], at, countries });
    }
    expect([...unknown], 'Geo-PKO country names without an ISO code').to.deep.equal([]);
    const failures = await offLand(places);
    expect(failures, `${failures.length} Geo-PKO locations off land:\n${failures.join('\n')}`).to.deep.equal([]);
    expect(EXCEPTIONS.filter((e) => !usedExceptions.has(e)).map((e) => `${e.mission}/${e.name}`), 'exceptions no longer needed').to.deep.equal([]);
  });
});

describe('the UN conventions in the map files', () => {

  it('draws Western Sahara as one territory: Laayoune is in ESH, not in Morocco, on the world base', async () => {
    const topo = await load('/src/geo/maps/world.json');
    const countries = feature(topo, topo.objects.countries as Collection).features;
    const laayoune: [number, number] = [-13.2, 27.15];
    const esh = countries.find((f) => f.id === 'ESH')!;
    const mar = countries.find((f) => f.id === 'MAR')!;
    expect(geoContains(esh, laayoune)).to.equal(true);
    expect(geoContains(mar, laayoune)).to.equal(false);
    expect(esh.properties).to.include({ status: 'disputed', a2: 'EH' });
    // Nothing drawn inside out (a ring wound the wrong way fills the globe): Laayoune is in one country.
    expect(countries.filter((f) => geoContains(f, laayoune)).map((f) => f.id)).to.deep.equal(['ESH']);
  });

  it('marks the Morocco–Western Sahara, Sudan–South Sudan and Jammu and Kashmir lines undetermined, with their notes, and draws the Abyei Area', async () => {
    const notes = (await load('/src/geo/maps/notes.json')) as unknown as Record<string, { en: string }>;
    for (const [code, other, note] of [['MAR', 'ESH', 'western-sahara'], ['ESH', 'MAR', 'western-sahara'], ['SDN', 'SSD', 'sudan-south-sudan'], ['SSD', 'SDN', 'sudan-south-sudan'], ['IND', 'PAK', 'jammu-kashmir']]) {
      const topo = await load(`/src/geo/maps/detail/${code}.json`);
      const lines = propertiesOf(topo, 'boundaries').filter((p) => p.with === other);
      expect(lines.map((p) => p.kind), `${code}–${other}`).to.include('undetermined');
      expect(lines.find((p) => p.kind === 'undetermined')!.note).to.equal(note);
      expect(notes[note].en).to.be.a('string').and.not.equal('');
    }
    // The Abyei Area is drawn in both files as an area of undetermined status, around UNISFA's HQ.
    for (const code of ['SDN', 'SSD']) {
      const topo = await load(`/src/geo/maps/detail/${code}.json`);
      const areas = feature(topo, topo.objects.areas as Collection).features;
      expect(areas.map((f) => f.properties), code).to.deep.equal([{ name: 'Abyei Area', status: 'undetermined', note: 'sudan-south-sudan' }]);
      expect(geoContains(areas[0], [28.449491, 9.585974]), code).to.equal(true);
      expect(geoContains(areas[0], [29.5, 9.5]), code).to.equal(false);
    }
    // India–Pakistan south of Jammu and Kashmir stays an international boundary.
    const ind = await load('/src/geo/maps/detail/IND.json');
    const kinds = propertiesOf(ind, 'boundaries').filter((p) => p.with === 'PAK').map((p) => p.kind);
    expect(kinds).to.have.members(['international', 'undetermined']);
  });

  it('gives neighbours the very same border: Sierra Leone’s line with Liberia is Liberia’s line with Sierra Leone', async () => {
    const line = async (code: string, other: string) => {
      const topo = await load(`/src/geo/maps/detail/${code}.json`);
      const collection = feature(topo, topo.objects.boundaries as Collection);
      const g = collection.features.find((f) => f.properties?.with === other)!.geometry as { coordinates: Position[][] };
      return g.coordinates.flat().map((p) => p.map((v) => v.toFixed(6)).join(',')).sort();
    };
    const [sle, lbr] = [await line('SLE', 'LBR'), await line('LBR', 'SLE')];
    expect(sle.length).to.be.greaterThan(20);
    expect(sle).to.deep.equal(lbr);
  });

  it('names the capital and a dozen towns, and the admin-1 units, with their sources', async () => {
    for (const [code, capital, unit] of [['SLE', 'Freetown', 'Western Area'], ['LBR', 'Monrovia', 'Nimba'], ['MLI', 'Bamako', 'Gao'], ['SSD', 'Juba', 'Central Equatoria'], ['COD', 'Kinshasa', 'Nord-Kivu']]) {
      const topo = await load(`/src/geo/maps/detail/${code}.json`);
      const towns = propertiesOf(topo, 'towns');
      expect(towns.filter((t) => t.capital).map((t) => t.name), code).to.deep.equal([capital]);
      expect(towns.length, code).to.be.within(12, 15);
      const units = propertiesOf(topo, 'admin1').map((p) => p.name);
      expect(units, code).to.include(unit);
      expect(JSON.stringify(topo.meta), code).to.contain('GeoNames').and.contain('Natural Earth');
    }
    // Morocco's regions stop at 27°40′N; Western Sahara has no admin-1 units (none the UN recognizes).
    const esh = await load('/src/geo/maps/detail/ESH.json');
    expect((esh.objects.admin1 as Collection).geometries).to.deep.equal([]);
    const mar = await load('/src/geo/maps/detail/MAR.json');
    const regions = feature(mar, mar.objects.admin1 as Collection).features;
    expect(regions.filter((f) => geoContains(f, [-13.2, 27.15]))).to.deep.equal([]);
  });
});
