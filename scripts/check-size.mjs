// The DESIGN.md budget: the self-contained bundle, all elements, base map excluded, at most 80 KB gzip.
// The bundle is built a second time with the base map replaced by an empty stub to measure that exactly.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 80 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--outDir', 'node_modules/.cache/pk-nobasemap', '--logLevel', 'warn'], {
  stdio: 'inherit', env: { ...process.env, PK_NO_BASEMAP: '1' },
});
const full = gz('dist/peacekit.js');
const code = gz('node_modules/.cache/pk-nobasemap/peacekit.js');
rmSync('node_modules/.cache/pk-nobasemap', { recursive: true, force: true });
console.log(`dist/peacekit.js: ${full} B gzip in all; ${code} B without the base map (budget ${BUDGET} B); base map ${full - code} B`);
if (code > BUDGET) {
  console.error(`over budget by ${code - BUDGET} B gzip`);
  process.exit(1);
}
