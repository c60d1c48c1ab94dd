// npm's `prepare` (run by `npm install` in a checkout, by `npm pack` and `npm publish`, and when an
// application installs the kit from git: `npm install git+https://…/peacekit.git`): builds dist/ when
// it is missing or older than the source, so that a package made from a clone always has dist/.
// In a checkout where `npm run build` has just run, it does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['dist/peacekit.js', 'dist/lib/index.js', 'dist/lib/react/index.js', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'dist/THIRD-PARTY-NOTICES.md'];
const INPUTS = ['src', 'package.json', 'vite.config.ts', 'custom-elements-manifest.config.mjs', 'tsconfig.build.json', 'scripts/build.mjs'];

const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
};
const missing = OUTPUTS.filter((f) => !existsSync(f));
const stale = !missing.length && Math.max(...INPUTS.map(newest)) > Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
if (missing.length || stale) {
  // On standard error, as the build's own output: `npm pack --json` prints its JSON on standard output.
  console.error(`peacekit prepare: building (${missing.length ? `no ${missing.join(', ')}` : 'the source is newer than dist/'})`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 2, 2] });
} else {
  console.error('peacekit prepare: dist/ is up to date with the source');
}
