#!/usr/bin/env node
// peacekit's command line: check feeds, make a feed from Geo-PKO's CSV, print the JSON Schema.
// Plain Node (20 or later) over the library build (dist/lib/): the same parseFeed the widgets run.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const root = new URL('../', import.meta.url);
const USAGE = `Usage:
  peacekit validate <feed.json>... [--json]   check feeds: each problem with its place in the feed;
                                              exit status 1 when a feed has errors ("-" reads stdin)
  peacekit import geo-pko <file.csv> [--mission <id or acronym>]... [-o <out.json>]
                                              a feed from Geo-PKO's CSV (to stdout without -o)
  peacekit schema                             print the feed's JSON Schema (draft 2020-12)
  peacekit --version | --help`;

class UsageError extends Error {}
/** A file that cannot be read: said without the usage. */
class InputError extends Error {}

/** The library build's modules; a clear word when the kit was not built (a git checkout). */
async function library(path) {
  try {
    return await import(new URL(`dist/lib/${path}`, root).href);
  } catch (e) {
    if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new Error(`peacekit's build is missing (dist/lib/${path}): run "npm run build" in the peacekit folder first`);
  }
}

function readText(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function validate(args) {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (!positionals.length) throw new UsageError('validate: name a feed file, e.g. peacekit validate feed.json');
  const { parseFeed } = await library('model/index.js');
  const files = positionals.map((file) => {
    const { problems } = parseFeed(readText(file));
    const errors = problems.filter((p) => p.severity === 'error').length;
    return { file, ok: errors === 0, errors, warnings: problems.length - errors, problems };
  });
  const ok = files.every((f) => f.ok);
  if (values.json) {
    console.log(JSON.stringify({ ok, files }, null, 2));
  } else {
    for (const f of files) {
      const counts = f.problems.length ? `${plural(f.errors, 'error')}, ${plural(f.warnings, 'warning')}` : 'no problems';
      console.log(`${f.file}: ${counts}`);
      for (const p of f.problems) console.log(`  ${p.severity.padEnd(7)}  ${p.path ? `${p.path}: ` : ''}${p.message}`);
    }
  }
  return ok ? 0 : 1;
}

async function importGeoPKO(args) {
  const { values, positionals } = parseArgs({
    args,
    options: { mission: { type: 'string', multiple: true }, output: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  const [format, csv] = positionals;
  if (format !== 'geo-pko' || !csv || positionals.length > 2) throw new UsageError('import: peacekit import geo-pko <file.csv> [--mission <id>] [-o <out.json>]');
  const { fromGeoPKO } = await library('geo/geo-pko.js');
  const { parseFeed } = await library('model/index.js');
  const { feed, skipped, unknownCountries } = fromGeoPKO(readText(csv));
  if (values.mission) {
    const wanted = values.mission.map((m) => m.toLowerCase());
    const missing = wanted.filter((w) => !feed.missions.some((m) => m.id === w || m.acronym.toLowerCase() === w));
    if (missing.length) {
      const have = feed.missions.map((m) => m.acronym).join(', ') || 'none';
      throw new UsageError(`no mission ${missing.map((m) => `"${m}"`).join(', ')} in ${csv}; it has: ${have}`);
    }
    feed.missions = feed.missions.filter((m) => wanted.includes(m.id) || wanted.includes(m.acronym.toLowerCase()));
  }
  for (const s of skipped) console.error(`${csv}:${s.line}: row skipped: ${s.reason}`);
  if (unknownCountries.length) console.error(`countries without an ISO code here (sites kept, no country): ${unknownCountries.join(', ')}`);
  const errors = parseFeed(feed).problems.filter((p) => p.severity === 'error');
  for (const p of errors) console.error(`error in the feed made: ${p.path}: ${p.message}`);
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  const sites = feed.missions.reduce((n, m) => n + m.sites.length, 0);
  const summary = `${plural(feed.missions.length, 'mission')} (${feed.missions.map((m) => m.acronym).join(', ')}), ${plural(sites, 'site')}, ${plural(skipped.length, 'row')} skipped`;
  if (values.output) {
    writeFileSync(values.output, text);
    console.error(`wrote ${values.output}: ${summary}`);
  } else {
    process.stdout.write(text);
    console.error(summary);
  }
  return errors.length ? 1 : 0;
}

async function main(argv) {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate': return validate(args);
    case 'import': return importGeoPKO(args);
    case 'schema':
      process.stdout.write(readFileSync(new URL('peacekit.schema.json', root), 'utf8'));
      return 0;
    case '--version': case '-v':
      console.log(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version);
      return 0;
    case '--help': case '-h': case 'help':
      console.log(USAGE);
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'name a command');
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const usage = e instanceof UsageError || e.code?.startsWith?.('ERR_PARSE_ARGS');
  console.error(`peacekit: ${e.message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exitCode = 2;
}
