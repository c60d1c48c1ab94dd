// npm start: builds the self-contained bundle, then serves demo/ (and dist/) on http://127.0.0.1:8000.
// The demo pages load only dist/peacekit.js (the Geo-PKO page also dist/geo-pko.js) and JSON feeds,
// as a portal page would.
// The Geo-PKO file is read from the reference data beside the project (../shared/data) when it is
// there; without it the Geo-PKO page says where to put the file, and the other pages are unaffected.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
process.chdir(project);
execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
const sharedData = fileURLToPath(new URL('../../shared/data', import.meta.url));
if (!existsSync(`${sharedData}/geo-pko/FrontMap_v.2.3.csv`)) {
  console.log(`No ${sharedData}/geo-pko/FrontMap_v.2.3.csv beside the project: the Geo-PKO page will say where to put it.`);
}
const { url } = await serve({ '/': 'demo', '/dist/': 'dist', '/shared-data/': sharedData }, { port }).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
console.log(`peacekit demo: ${url}/  (briefing: ${url}/briefing.html, six languages: ${url}/languages.html?lang=ar, Geo-PKO: ${url}/geo-pko.html)`);
