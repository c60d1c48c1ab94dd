// Prints one mission's sites and yearly strength estimates from the Geo-PKO file, read by peacekit's own
// importer (src/geo/geo-pko.ts), for pasting into a hand-written demo feed (demo/feeds/liberia.json).
//   node scripts/geo-pko-sites.mjs ../shared/data/geo-pko/FrontMap_v.2.3.csv UNMIL 2003-10-01 2018-03-30
// The optional dates clip the first and last year to the mission's own start and end, so that no site
// is drawn before the mission existed (Geo-PKO dates by year). Geo-PKO is GPL-2.0 data: the output is
// for the demo feeds, which are not part of the npm package.
import { readFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const [file, acronym, start, end] = process.argv.slice(2);
if (!file || !acronym) {
  console.error('usage: node scripts/geo-pko-sites.mjs <FrontMap.csv> <ACRONYM> [start YYYY-MM-DD] [end YYYY-MM-DD]');
  process.exit(1);
}
const { fromGeoPKO } = await importTs('src/geo/geo-pko.ts');
const mission = fromGeoPKO(readFileSync(file, 'utf8')).feed.missions.find((m) => m.acronym === acronym);
if (!mission) {
  console.error(`${acronym} is not in ${file}`);
  process.exit(1);
}
const clip = (date, bound, cmp) => (bound && date.slice(0, 4) === bound.slice(0, 4) && cmp(date, bound) ? bound : date);
const before = (a, b) => a < b;
const first = (d) => clip(d, start, before);
const last = (d) => (end && d === end.slice(0, 4) ? end : d);
const sites = mission.sites.map((s) => ({
  ...s,
  start: first(s.start),
  end: last(s.end),
  personnel: s.personnel.map((p) => ({ ...p, date: first(p.date) })),
}));
const strength = mission.strength.map((s) => ({ ...s, date: first(s.date), sources: ['geo-pko'] }));
console.log(JSON.stringify({ countries: mission.countries, hq: mission.hq, sites, strength }, null, 1));
