// Draws detail files as the mission view would, to look at them: country fill, neighbours (from the
// world base), undetermined boundaries dashed, admin-1 units and names, towns, the capital starred.
// Plain d3-geo to SVG, Mercator fitted to the country, rendered to PNG in headless Chromium.
// Run: node scripts/preview-maps.mjs [out folder] [ISO3 ...]   (default /tmp/map-preview SLE LBR MLI SSD COD ESH)
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { geoMercator, geoPath, geoCentroid, geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { chromiumArgs, requireChromium } from './chromium.mjs';

// `world:SLE` draws the world base fitted to a country instead: the first paint of a mission view.
const [outDir = '/tmp/map-preview', ...codes] = process.argv.slice(2);
const list = codes.length ? codes : ['SLE', 'LBR', 'MLI', 'SSD', 'COD', 'ESH'];
mkdirSync(outDir, { recursive: true });
const read = (path) => JSON.parse(readFileSync(new URL(`../src/geo/maps/${path}`, import.meta.url), 'utf8'));
const world = read('world.json');
const worldCountries = feature(world, world.objects.countries).features;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const W = 1366;
const H = 900;

const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });
const page = await browser.newPage();
await page.setViewport({ width: W, height: H });
for (const code of list.filter((c) => c.startsWith('world:'))) {
  const id = code.slice(6);
  const country = worldCountries.find((f) => f.id === id);
  const projection = geoMercator().fitExtent([[40, 40], [W - 40, H - 40]], country);
  const path = geoPath(projection);
  const parts = worldCountries.map((f) => `<path d="${path(f)}" fill="${f.id === id ? '#dfe9f5' : '#eee'}" stroke="#456" stroke-width="0.8"/>`);
  parts.push(`<text x="10" y="20" font-size="14">world.json fitted to ${id}</text>`);
  await page.setContent(`<!doctype html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" style="background:#cde3f0;font-family:sans-serif">${parts.join('')}</svg></body>`);
  await page.screenshot({ path: `${outDir}/world-${id}.png` });
  console.log(`${outDir}/world-${id}.png`);
}
for (const code of list.filter((c) => !c.startsWith('world:'))) {
  const topo = read(`detail/${code}.json`);
  const country = feature(topo, topo.objects.country).features[0];
  const projection = geoMercator().fitExtent([[40, 40], [W - 40, H - 40]], country);
  const path = geoPath(projection);
  const parts = [];
  // Neighbours: their own detail files where they border this country, else the world base.
  const neighbours = new Set(topo.objects.boundaries.geometries.map((g) => g.properties.with));
  for (const f of worldCountries) {
    if (f.id === code) continue;
    const n = neighbours.has(f.id) ? feature(read(`detail/${f.id}.json`), read(`detail/${f.id}.json`).objects.country).features[0] : f;
    parts.push(`<path d="${path(n)}" fill="#eee" stroke="#999" stroke-width="0.5"/>`);
    if (neighbours.has(f.id)) {
      const [x, y] = projection(geoCentroid(n));
      if (x > 0 && x < W && y > 0 && y < H) parts.push(`<text x="${x}" y="${y}" font-size="14" fill="#777" text-anchor="middle">${esc(n.properties.name)}</text>`);
    }
  }
  parts.push(`<path d="${path(country)}" fill="${country.properties.status ? '#f4efe0' : '#dfe9f5'}" stroke="#456" stroke-width="0.8"/>`);
  const admin = feature(topo, topo.objects.admin1).features;
  for (const f of admin) parts.push(`<path d="${path(f)}" fill="none" stroke="#89a" stroke-width="0.6" stroke-dasharray="4 2"/>`);
  for (const f of admin) {
    if (geoArea(f) > 2 * Math.PI) continue;
    const [x, y] = projection(geoCentroid(f));
    parts.push(`<text x="${x}" y="${y}" font-size="12" fill="#567" text-anchor="middle" font-style="italic">${esc(f.properties.name)}</text>`);
  }
  for (const f of feature(topo, topo.objects.areas).features) {
    parts.push(`<path d="${path(f)}" fill="#f4efe0" stroke="#c00" stroke-width="1.5" stroke-dasharray="3 3"/>`);
    const [x, y] = projection(geoCentroid(f));
    parts.push(`<text x="${x}" y="${y}" font-size="13" fill="#900" text-anchor="middle">${esc(f.properties.name)}</text>`);
  }
  for (const f of feature(topo, topo.objects.boundaries).features) {
    const undetermined = f.properties.kind === 'undetermined';
    parts.push(`<path d="${path(f)}" fill="none" stroke="${undetermined ? '#c00' : '#222'}" stroke-width="2" ${undetermined ? 'stroke-dasharray="8 5"' : ''}/>`);
  }
  for (const f of feature(topo, topo.objects.towns).features) {
    const [x, y] = projection(f.geometry.coordinates);
    parts.push(f.properties.capital ? `<text x="${x}" y="${y + 5}" font-size="16" text-anchor="middle">★</text>` : `<circle cx="${x}" cy="${y}" r="3" fill="#333"/>`);
    parts.push(`<text x="${x + 6}" y="${y - 4}" font-size="13">${esc(f.properties.name)}</text>`);
  }
  const size = Buffer.byteLength(JSON.stringify(topo));
  parts.push(`<text x="10" y="20" font-size="14">${code} ${esc(country.properties.name)} · ${admin.length} admin-1 · ${(size / 1024).toFixed(0)} KB · ${esc(topo.meta.attribution)}</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" style="background:#cde3f0;font-family:sans-serif">${parts.join('')}</svg>`;
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  await page.screenshot({ path: `${outDir}/${code}.png` });
  console.log(`${outDir}/${code}.png`);
}
await browser.close();
