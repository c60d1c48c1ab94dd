// Geo-PKO explorer: reads the shared Geo-PKO CSV (served at /shared-data/, never shipped with the kit),
// turns it into a feed with peacekit's fromGeoPKO (dist/geo-pko.js, built beside the bundle), and lets
// the reader pick a mission and a year.
import { fromGeoPKO } from '/dist/geo-pko.js';

const FILE = '/shared-data/geo-pko/FrontMap_v.2.3.csv';
const status = document.getElementById('status');
const map = document.getElementById('map');
const missionSelect = document.getElementById('mission');
const year = document.getElementById('year');
const yearOut = document.getElementById('year-out');

function show() {
  const mission = missionSelect.value;
  if (mission) map.setAttribute('mission', mission);
  else map.removeAttribute('mission');
  map.date = year.value;
  yearOut.textContent = year.value;
  const url = new URL(location.href);
  url.searchParams.set('year', year.value);
  if (mission) url.searchParams.set('mission', mission);
  else url.searchParams.delete('mission');
  history.replaceState(null, '', url);
}

try {
  const response = await fetch(FILE);
  if (!response.ok) throw new Error(`${FILE} answered HTTP ${response.status}`);
  const { feed, years, skipped } = fromGeoPKO(await response.text());
  for (const m of feed.missions) missionSelect.append(new Option(`${m.acronym} (${m.start}–${m.end})`, m.id));
  year.min = String(years[0]);
  year.max = String(years[years.length - 1]);
  const params = new URLSearchParams(location.search);
  year.value = params.get('year') ?? '2005';
  missionSelect.value = params.get('mission') ?? '';
  map.data = feed;
  status.textContent = `${feed.missions.length} missions, ${feed.missions.reduce((n, m) => n + m.sites.length, 0)} sites` +
    (skipped.length ? `; ${skipped.length} rows skipped` : '') + '.';
  document.getElementById('controls').hidden = false;
  missionSelect.addEventListener('change', show);
  year.addEventListener('input', show);
  map.addEventListener('pk-select', (e) => {
    if (e.detail.kind === 'mission') {
      missionSelect.value = e.detail.id;
      show();
    }
  });
  show();
} catch (error) {
  status.textContent = `The Geo-PKO file could not be loaded (${error.message}). Place FrontMap_v.2.3.csv in ../shared/data/geo-pko/ and reload.`;
  map.hidden = true;
}
