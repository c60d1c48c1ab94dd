// npm run release: the script-tag release archive, peacekit-<version>-dist.tar.gz, for portals that
// copy files rather than install a package. It holds one folder, peacekit-<version>/, with what
// dist/ serves to a page (peacekit.js, the peacekit-*.js files it fetches on demand, geo-pko.js,
// maps/) and the licences (LICENSE, THIRD-PARTY-NOTICES.md, maps/LICENSES.md), plus README.md and
// CHANGELOG.md; not the library build (dist/lib/, for bundlers: use the npm package).
// Builds first (scripts/build.mjs, with the size budget) unless --no-build; --out <dir> says where.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : '.');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!args.includes('--no-build')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/check-size.mjs'], { stdio: 'inherit' });
}
if (!existsSync('dist/peacekit.js') || !existsSync('dist/THIRD-PARTY-NOTICES.md')) {
  console.error('release: dist/ is not built (run npm run build, or npm run release without --no-build)');
  process.exit(1);
}
const stage = mkdtempSync(join(tmpdir(), 'peacekit-release-'));
const folder = join(stage, `peacekit-${version}`);
mkdirSync(folder);
cpSync('dist', folder, { recursive: true, filter: (f) => !/^dist[\\/]lib([\\/]|$)/.test(f) });
for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE']) cpSync(f, join(folder, f));
mkdirSync(out, { recursive: true });
const archive = join(out, `peacekit-${version}-dist.tar.gz`);
// tar is on Linux, macOS and Windows 10 and later.
execFileSync('tar', ['-czf', archive, '-C', stage, `peacekit-${version}`]);
rmSync(stage, { recursive: true, force: true });
console.log(`release: ${archive}`);
