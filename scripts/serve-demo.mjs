// npm start: builds the self-contained bundle, then serves demo/ (and dist/) on http://127.0.0.1:8000.
// The demo pages load only dist/peacekit.js (the Geo-PKO page also dist/geo-pko.js) and JSON feeds,
// as a portal page would.
import { execFileSync } from 'node:child_process';
import { serve } from './static-server.mjs';

execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
const { url } = await serve({ '/': 'demo', '/dist/': 'dist', '/shared-data/': '../shared/data' }, { port }).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
console.log(`peacekit demo: ${url}/  (briefing: ${url}/briefing.html, six languages: ${url}/languages.html?lang=ar, Geo-PKO: ${url}/geo-pko.html)`);
