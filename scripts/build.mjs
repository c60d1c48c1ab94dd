// npm run build: the self-contained bundle, the library build with type declarations, the JSON
// Schema, the custom-elements manifest and the editor data made from it, the licence notices.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { writeNotices } from './notices.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['vite', 'build', '--mode', 'lib', '--logLevel', 'warn']);
// The bundle build writes beside dist/lib (emptyOutDir: false): remove the previous bundle's files
// first, so that no chunk of an older build stays behind (dist/peacekit-fr.js, ...).
for (const f of readdirSync('dist', { withFileTypes: true })) if (f.isFile() && f.name.endsWith('.js')) rmSync(`dist/${f.name}`);
run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
// The base maps, fetched on demand by both builds from dist/maps/ (src/geo/map-files.ts): copied as they are.
rmSync('dist/maps', { recursive: true, force: true });
cpSync('src/geo/maps', 'dist/maps', { recursive: true, filter: (f) => !/\.md$/.test(f) });
// LICENSE, the third-party notices (Vite's, and the base maps' sources) and maps/LICENSES.md.
writeNotices();
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/write-schema.mjs']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
