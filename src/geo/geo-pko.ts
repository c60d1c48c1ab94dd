/**
 * Reads the Geocoded Peacekeeping Operations dataset (Geo-PKO, Uppsala University; front-map
 * extract, one row per mission, year, location and source map) into a peacekit feed, as its authors
 * mean the data (docs/map.md, "Geo-PKO"):
 * - a site's troops in a year are Geo-PKO's yearly mean `ave.no.troops` (or, without that column, the
 *   mean of the year's maps), not the last map of the year; a site's unit flags are the union over the
 *   year's maps, and unit sizes and counts are kept as numbers (`units` on each personnel entry);
 * - every figure is an estimate (unit sizes read off UN deployment maps, not headcounts) and says so:
 *   `estimate: true` on sites, personnel entries and the mission's yearly strength;
 * - the host countries are the mission HQ's country and the country of most of its locations; every site
 *   keeps its own `country`, so a liaison office abroad is a site there, not a host;
 * - the source map and month are kept (`maps`) where the file has `source` and `month` columns.
 * No DOM.
 *
 * Cil, Fjelde, Hultman and Nilsson (2020), "Mapping blue helmets: Introducing the Geocoded
 * Peacekeeping Operations (Geo-PKO) dataset", Journal of Peace Research 57(2).
 */

/** Geo-PKO's country names (as spelled in the file) to ISO 3166-1 alpha-3. */
const COUNTRIES: Record<string, string[]> = {
  Afghanistan: ['AFG'], Algeria: ['DZA'], Angola: ['AGO'], 'Bosnia and Herzegovina': ['BIH'], Burundi: ['BDI'],
  'Central African Republic': ['CAF'], Chad: ['TCD'], Croatia: ['HRV'], Cyprus: ['CYP'], DRC: ['COD'], Egypt: ['EGY'],
  Eritrea: ['ERI'], Ethiopia: ['ETH'], 'Ethiopia/Eritrea': ['ETH', 'ERI'], Georgia: ['GEO'], Guatemala: ['GTM'], Guinea: ['GIN'], Haiti: ['HTI'],
  India: ['IND'], Iraq: ['IRQ'], Israel: ['ISR'], 'Ivory Coast': ['CIV'], Kenya: ['KEN'], Kosovo: ['XKX'], Kuwait: ['KWT'],
  Lebanon: ['LBN'], Liberia: ['LBR'], Mali: ['MLI'], Mauritania: ['MRT'], Montenegro: ['MNE'], Mozambique: ['MOZ'],
  Namibia: ['NAM'], 'North Macedonia': ['MKD'], Pakistan: ['PAK'], Rwanda: ['RWA'], 'Sierra Leone': ['SLE'], Somalia: ['SOM'],
  'South Sudan': ['SSD'], Sudan: ['SDN'], Syria: ['SYR'], Tajikistan: ['TJK'], 'Timor-Leste': ['TLS'], Uganda: ['UGA'],
  'Western Sahara': ['ESH'], Zambia: ['ZMB'], Zimbabwe: ['ZWE'],
};

const COLUMNS = ['mission', 'year', 'country', 'location', 'latitude', 'longitude', 'NoTroops', 'hq', 'UNPOL', 'UNMO'] as const;
/** Unit columns: [column, unit kind, what the number is]. Sizes are troops in such units; counts are numbers of units. */
const UNIT_COLUMNS: [string, string, 'size' | 'count'][] = [
  ['Infantry', 'infantry', 'size'], ['Reserve', 'reserve', 'size'], ['Med', 'medical', 'count'], ['Av', 'aviation', 'count'],
  ['UNMO', 'observers', 'count'], ['UNPOL', 'police', 'count'],
];

export interface GeoPKOResult {
  /** A feed (peacekit 1) to hand to an element's `data`. */
  feed: GeoPKOFeed;
  /** Rows that could not be read, with their line number and why. */
  skipped: { line: number; reason: string }[];
  /** Country names without an ISO code in this reader. */
  unknownCountries: string[];
  years: number[];
}

export interface GeoPKOFeed {
  peacekit: 1;
  title: string;
  asOf: string;
  lang: 'en';
  sources: { id: string; label: string; url: string }[];
  missions: GeoPKOMission[];
}

export interface GeoPKOMission {
  id: string;
  acronym: string;
  /** The HQ's country and the country of most locations: not every country a site lies in. */
  countries: string[];
  start: string;
  end: string;
  hq?: { name: string; at: [number, number] };
  /** Sum of the sites' yearly mean troop estimates, by year (years where no site has a figure are left out). */
  strength: { date: string; troops: number; kind: 'deployed'; estimate: true }[];
  sites: GeoPKOSite[];
  sources: string[];
}

export interface GeoPKOPersonnel {
  date: string;
  /** Geo-PKO's yearly mean troop estimate at the location, rounded. */
  troops: number;
  estimate: true;
  /** Troops in infantry and reserve units (yearly means); numbers of medical, aviation, observer and police units (most on one map). */
  units?: Record<string, number>;
  /** The maps the year's figures were read from, where the file names them. */
  maps?: { source?: string; month?: string }[];
}

export interface GeoPKOSite {
  id: string;
  name: string;
  at: [number, number];
  /** The highest HQ role the location held in the run (Geo-PKO's `hq`), else what it held. */
  type: string;
  /** The country the location lies in (absent where Geo-PKO names two, as "Ethiopia/Eritrea"). */
  country?: string;
  start: string;
  end: string;
  personnel: GeoPKOPersonnel[];
  /** Unit kinds seen on any map of the run. */
  units: string[];
  estimate: true;
}

/** Splits CSV text into rows (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site';

/** One location's rows in one year, one per source map. */
interface MapRow { troops: number | null; mean: number | null; hq: number; units: Record<string, number>; source?: string; month?: number }
/** One location in one year: the year's maps taken together. */
interface Year { year: number; hq: number; troops: number | null; units: Record<string, number>; maps: { source?: string; month?: string }[] }

const number = (v: string | undefined): number | null => {
  if (v === undefined || v === '' || v === 'NA') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The year's maps of one location taken together: the yearly mean, the union of units, every map named. */
function yearOf(year: number, rows: MapRow[]): Year {
  const means = rows.map((r) => r.mean).filter((n): n is number => n !== null);
  const counts = rows.map((r) => r.troops).filter((n): n is number => n !== null);
  const troops = means.length ? means[0] : counts.length ? mean(counts) : null;
  const units: Record<string, number> = {};
  for (const [, kind, what] of UNIT_COLUMNS) {
    const values = rows.map((r) => r.units[kind]).filter((n) => n !== undefined);
    const value = !values.length ? 0 : what === 'size' ? Math.round(mean(values)) : Math.max(...values);
    if (value > 0) units[kind] = value;
  }
  const maps = rows.filter((r) => r.source || r.month).map((r) => ({
    ...(r.source ? { source: r.source } : {}),
    ...(r.month && r.month >= 1 && r.month <= 12 ? { month: `${year}-${String(r.month).padStart(2, '0')}` } : {}),
  }));
  return { year, hq: Math.max(...rows.map((r) => r.hq)), troops: troops === null ? null : Math.round(troops), units, maps };
}

/** Reads Geo-PKO CSV text into a feed. Throws only when the header lacks the columns it needs. */
export function fromGeoPKO(csvText: string): GeoPKOResult {
  const [header, ...body] = parseCSV(csvText);
  const col = new Map((header ?? []).map((h, i) => [h.trim(), i]));
  const missing = COLUMNS.filter((c) => !col.has(c));
  if (missing.length) throw new Error(`Not a Geo-PKO file: the columns ${missing.join(', ')} are missing.`);
  const get = (r: string[], c: string) => (col.has(c) ? r[col.get(c)!]?.trim() : undefined);
  const skipped: GeoPKOResult['skipped'] = [];
  const unknown = new Set<string>();
  const years = new Set<number>();
  type Place = { name: string; at: [number, number]; country: string; rows: Map<number, MapRow[]> };
  const missions = new Map<string, Map<string, Place>>();
  body.forEach((r, i) => {
    const line = i + 2;
    const acronym = get(r, 'mission');
    const year = Number(get(r, 'year'));
    const lat = Number(get(r, 'latitude'));
    const lon = Number(get(r, 'longitude'));
    const name = get(r, 'location') || '';
    if (!acronym) return skipped.push({ line, reason: 'no mission' });
    if (!Number.isInteger(year) || year < 1900 || year > 2100) return skipped.push({ line, reason: `year ${JSON.stringify(get(r, 'year'))}` });
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || get(r, 'latitude') === '') {
      return skipped.push({ line, reason: `coordinates ${get(r, 'latitude')}, ${get(r, 'longitude')}` });
    }
    years.add(year);
    const places = missions.get(acronym) ?? new Map<string, Place>();
    missions.set(acronym, places);
    const country = get(r, 'country') ?? '';
    if (country && !COUNTRIES[country]) unknown.add(country);
    const at: [number, number] = [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
    const key = `${name}|${at[0]}|${at[1]}`;
    const place = places.get(key) ?? { name: name || `${at[1]}, ${at[0]}`, at, country, rows: new Map() };
    places.set(key, place);
    const units: Record<string, number> = {};
    for (const [c, kind] of UNIT_COLUMNS) {
      const n = number(get(r, c));
      if (n !== null) units[kind] = n;
    }
    const list = place.rows.get(year) ?? [];
    place.rows.set(year, list);
    list.push({
      troops: number(get(r, 'NoTroops')), mean: number(get(r, 'ave.no.troops')), hq: number(get(r, 'hq')) ?? 0, units,
      source: get(r, 'source') || undefined, month: number(get(r, 'month')) ?? undefined,
    });
  });

  const out: GeoPKOMission[] = [];
  for (const [acronym, places] of [...missions].sort((a, b) => a[0].localeCompare(b[0]))) {
    const id = slug(acronym);
    const sites: GeoPKOSite[] = [];
    const used = new Set<string>();
    let hq: GeoPKOMission['hq'];
    let hqYear = -Infinity;
    const hqCountries = new Set<string>();
    const byYear = new Map<number, number>();
    for (const place of places.values()) {
      const yearsHere = [...place.rows].map(([year, rows]) => yearOf(year, rows)).sort((a, b) => a.year - b.year);
      for (const y of yearsHere) if (y.troops !== null) byYear.set(y.year, (byYear.get(y.year) ?? 0) + y.troops);
      // One site per run of consecutive years: a location left and re-opened is absent in between.
      const runs: Year[][] = [];
      for (const y of yearsHere) {
        const run = runs[runs.length - 1];
        if (run && y.year === run[run.length - 1].year + 1) run.push(y);
        else runs.push([y]);
      }
      const codes = COUNTRIES[place.country] ?? [];
      for (const run of runs) {
        let siteId = slug(place.name);
        for (let n = 2; used.has(siteId); n++) siteId = `${slug(place.name)}-${n}`;
        used.add(siteId);
        const last = run[run.length - 1];
        const personnel: GeoPKOPersonnel[] = run.filter((y) => y.troops !== null).map((y) => ({
          date: String(y.year), troops: y.troops!, estimate: true as const,
          ...(Object.keys(y.units).length ? { units: y.units } : {}),
          ...(y.maps.length ? { maps: y.maps } : {}),
        }));
        sites.push({
          id: siteId, name: place.name, at: place.at, type: siteType(run), ...(codes.length === 1 ? { country: codes[0] } : {}),
          start: String(run[0].year), end: String(last.year), personnel,
          units: [...new Set(run.flatMap((y) => Object.keys(y.units)))], estimate: true,
        });
        const hqRow = run.filter((y) => y.hq === 3).pop();
        if (hqRow) codes.forEach((c) => hqCountries.add(c));
        if (hqRow && hqRow.year > hqYear) {
          hqYear = hqRow.year;
          hq = { name: place.name, at: place.at };
        }
      }
    }
    const all = sites.flatMap((s) => [Number(s.start), Number(s.end)]);
    const strength = [...byYear].sort((a, b) => a[0] - b[0]).map(([year, troops]) => ({ date: String(year), troops, kind: 'deployed' as const, estimate: true as const }));
    out.push({
      id, acronym, countries: hostCountries(places.values(), hqCountries), start: String(Math.min(...all)), end: String(Math.max(...all)),
      ...(hq ? { hq } : {}), strength, sites, sources: ['geo-pko'],
    });
  }
  const yearList = [...years].sort((a, b) => a - b);
  return {
    feed: {
      peacekit: 1,
      title: 'Geo-PKO: UN peacekeeping deployments',
      asOf: String(yearList[yearList.length - 1] ?? new Date().getUTCFullYear()),
      lang: 'en',
      sources: [{ id: 'geo-pko', label: GEO_PKO_CITATION, url: 'https://github.com/geopko/Geo-PKO-Shiny-Dashboard' }],
      missions: out,
    },
    skipped,
    unknownCountries: [...unknown].sort(),
    years: yearList,
  };
}

/** How Geo-PKO's authors ask to be cited. */
export const GEO_PKO_CITATION = 'Geo-PKO v2.3 (Department of Peace and Conflict Research, Uppsala University). Cil, D., Fjelde, H., Hultman, L., Nilsson, D. (2020), "Mapping blue helmets: Introducing the Geocoded Peacekeeping Operations (Geo-PKO) dataset", Journal of Peace Research 57(2). Troop numbers are estimates.';

/**
 * The host countries: the country of the mission HQ (every country that held it) and the country
 * with the most locations (all of them on a tie), in that order. A liaison office or a guard detail
 * abroad does not make a host.
 */
function hostCountries(places: Iterable<{ country: string }>, hq: Set<string>): string[] {
  const tally = new Map<string, number>();
  for (const p of places) for (const c of COUNTRIES[p.country] ?? []) tally.set(c, (tally.get(c) ?? 0) + 1);
  const most = Math.max(0, ...tally.values());
  const out = [...hq];
  for (const [c, n] of [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) if (n === most && !out.includes(c)) out.push(c);
  return out;
}

/**
 * Geo-PKO's `hq` codes: 3 mission HQ, 2 sector HQ; the highest the location held in the run (a feed
 * site has one type for its whole range). Otherwise (code 0, or 1, which the extract does not
 * document) what the location held: troops, else police, else observers.
 */
function siteType(run: Year[]): string {
  const hq = Math.max(...run.map((y) => y.hq));
  if (hq === 3) return 'mission-hq';
  if (hq === 2) return 'sector-hq';
  if (run.some((y) => (y.troops ?? 0) > 0)) return 'base';
  if (run.some((y) => y.units.police)) return 'police';
  if (run.some((y) => y.units.observers)) return 'observer';
  return 'team-site';
}
