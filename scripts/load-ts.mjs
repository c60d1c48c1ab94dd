// Imports a TypeScript module from a Node script (Node 20 cannot strip types): esbuild bundles it
// to a temporary ES module first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  // Inside the project, so that the bundle's bare imports resolve from node_modules.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(join('node_modules/.cache', 'pk-ts-'));
  const outfile = join(dir, 'module.mjs');
  try {
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning', packages: 'external' });
    return await import(pathToFileURL(join(process.cwd(), outfile)).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
