/**
 * Reads the Geocoded Peacekeeping Operations dataset (Geo-PKO, Uppsala University; front-map
 * extract, one row per mission, year and location) into a peacekit feed: one mission per acronym,
 * one site per location and run of consecutive years, HQ codes mapped to site types, troop numbers
 * marked as estimates (they are unit sizes read off UN deployment maps, not headcounts). No DOM.
 *
 * Cil, Fjelde, Hultman and Nilsson (2020), "Mapping blue helmets: Introducing the Geocoded
 * Peacekeeping Operations (Geo-PKO) dataset", Journal of Peace Research 57(2).
 */

/** Geo-PKO's country names (as spelled in the file) to ISO 3166-1 alpha-3. */
const COUNTRIES: Record<string, string[]> = {
  Afghanistan: ['AFG'], Algeria: ['DZA'], Angola: ['AGO'], 'Bosnia and Herzegovina': ['BIH'], Burundi: ['BDI'],
  'Central African Republic': ['CAF'], Chad: ['TCD'], Croatia: ['HRV'], Cyprus: ['CYP'], DRC: ['COD'], Egypt: ['EGY'],
  Eritrea: ['ERI'], Ethiopia: ['ETH'], 'Ethiopia/Eritrea': ['ETH', 'ERI'], Georgia: ['GEO'], Guatemala: ['GTM'], Haiti: ['HTI'],
  India: ['IND'], Iraq: ['IRQ'], Israel: ['ISR'], 'Ivory Coast': ['CIV'], Kenya: ['KEN'], Kosovo: ['XKX'], Kuwait: ['KWT'],
  Lebanon: ['LBN'], Liberia: ['LBR'], Mali: ['MLI'], Mauritania: ['MRT'], Montenegro: ['MNE'], Mozambique: ['MOZ'],
  Namibia: ['NAM'], 'North Macedonia': ['MKD'], Pakistan: ['PAK'], Rwanda: ['RWA'], 'Sierra Leone': ['SLE'], Somalia: ['SOM'],
  'South Sudan': ['SSD'], Sudan: ['SDN'], Syria: ['SYR'], Tajikistan: ['TJK'], 'Timor-Leste': ['TLS'], Uganda: ['UGA'],
  'Western Sahara': ['ESH'], Zambia: ['ZMB'], Zimbabwe: ['ZWE'],
};

const COLUMNS = ['mission', 'year', 'country', 'location', 'latitude', 'longitude', 'NoTroops', 'hq', 'UNPOL', 'UNMO'] as const;
const UNIT_COLUMNS: [string, string][] = [['Infantry', 'infantry'], ['Reserve', 'reserve'], ['Med', 'medical'], ['Av', 'aviation'], ['UNMO', 'observers'], ['UNPOL', 'police']];

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
  countries: string[];
  start: string;
  end: string;
  hq?: { name: string; at: [number, number] };
  /** Sum of the sites' troop estimates, by year. */
  strength: { date: string; troops: number; kind: 'deployed' }[];
  sites: GeoPKOSite[];
  sources: string[];
}

export interface GeoPKOSite {
  id: string;
  name: string;
  at: [number, number];
  type: string;
  start: string;
  end: string;
  personnel: { date: string; troops: number }[];
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
const count = (v: string | undefined) => {
  const n = Number(v);
  return v === undefined || v === '' || v === 'NA' || !Number.isFinite(n) || n < 0 ? 0 : n;
};

interface Row { year: number; hq: number; troops: number; police: boolean; observers: boolean; units: Set<string> }

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
  // mission -> location key -> { name, at, rows by year }
  const missions = new Map<string, { countries: Set<string>; places: Map<string, { name: string; at: [number, number]; rows: Map<number, Row> }> }>();
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
    const mission = missions.get(acronym) ?? { countries: new Set<string>(), places: new Map() };
    missions.set(acronym, mission);
    const country = get(r, 'country') ?? '';
    const codes = COUNTRIES[country];
    if (codes) codes.forEach((c) => mission.countries.add(c));
    else if (country) unknown.add(country);
    const at: [number, number] = [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
    const key = `${name}|${at[0]}|${at[1]}`;
    const place = mission.places.get(key) ?? { name: name || `${at[1]}, ${at[0]}`, at, rows: new Map() };
    mission.places.set(key, place);
    const units = new Set(UNIT_COLUMNS.filter(([c]) => count(get(r, c)) > 0).map(([, u]) => u));
    place.rows.set(year, {
      year, hq: count(get(r, 'hq')), troops: count(get(r, 'NoTroops')),
      police: count(get(r, 'UNPOL')) > 0, observers: count(get(r, 'UNMO')) > 0, units,
    });
  });

  const out: GeoPKOMission[] = [];
  for (const [acronym, m] of [...missions].sort((a, b) => a[0].localeCompare(b[0]))) {
    const id = slug(acronym);
    const sites: GeoPKOSite[] = [];
    const used = new Set<string>();
    let hq: GeoPKOMission['hq'];
    let hqYear = -Infinity;
    for (const place of m.places.values()) {
      const rows = [...place.rows.values()].sort((a, b) => a.year - b.year);
      // One site per run of consecutive years: a location left and re-opened is absent in between.
      const runs: Row[][] = [];
      for (const row of rows) {
        const run = runs[runs.length - 1];
        if (run && row.year === run[run.length - 1].year + 1) run.push(row);
        else runs.push([row]);
      }
      for (const run of runs) {
        let siteId = slug(place.name);
        for (let n = 2; used.has(siteId); n++) siteId = `${slug(place.name)}-${n}`;
        used.add(siteId);
        const last = run[run.length - 1];
        sites.push({
          id: siteId, name: place.name, at: place.at, type: siteType(last), start: String(run[0].year), end: String(last.year),
          personnel: run.map((r) => ({ date: String(r.year), troops: r.troops })),
          units: [...new Set(run.flatMap((r) => [...r.units]))], estimate: true,
        });
        const hqRow = run.filter((r) => r.hq === 3).pop();
        if (hqRow && hqRow.year > hqYear) {
          hqYear = hqRow.year;
          hq = { name: place.name, at: place.at };
        }
      }
    }
    const all = sites.flatMap((s) => [Number(s.start), Number(s.end)]);
    // Strength by year: the sum of the sites' troop estimates (so the world view can size missions).
    const byYear = new Map<number, number>();
    for (const place of m.places.values()) for (const r of place.rows.values()) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.troops);
    const strength = [...byYear].sort((a, b) => a[0] - b[0]).map(([year, troops]) => ({ date: String(year), troops, kind: 'deployed' as const }));
    out.push({
      id, acronym, countries: [...m.countries], start: String(Math.min(...all)), end: String(Math.max(...all)),
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
      sources: [{ id: 'geo-pko', label: 'Geo-PKO v2.3, Department of Peace and Conflict Research, Uppsala University', url: 'https://github.com/geopko/Geo-PKO-Shiny-Dashboard' }],
      missions: out,
    },
    skipped,
    unknownCountries: [...unknown].sort(),
    years: yearList,
  };
}

/** Geo-PKO's `hq` codes: 3 mission HQ, 2 sector HQ; otherwise what the location holds. */
function siteType(row: Row): string {
  if (row.hq === 3) return 'mission-hq';
  if (row.hq === 2) return 'sector-hq';
  if (row.troops > 0) return 'base';
  if (row.police) return 'police';
  if (row.observers) return 'observer';
  return 'team-site';
}
