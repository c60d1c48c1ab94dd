// The `peacekit` command as a portal team runs it: over the built library (dist/lib/), from the
// repository and from the packed tarball installed in a fresh project.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin/peacekit.mjs');
const built = existsSync(join(repo, 'dist/lib/model/index.js'));
const skip = built ? false : 'dist/lib/ is not built (npm run build)';
const work = mkdtempSync(join(tmpdir(), 'peacekit-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const run = (args, input) => spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', input });
const demo = (name) => JSON.parse(readFileSync(join(repo, `demo/feeds/${name}.json`), 'utf8'));

/** The broken copy of the Sierra Leone feed from the adoption review, with an unknown key. */
function brokenFeed() {
  const f = demo('sierra-leone');
  f.events[1].date = '2004-02-30';
  f.missions[0].sites[3].at = [-11, 8.5, 3];
  f.responsibilities[12].actor = 'unmill';
  f.colour = 'red';
  const file = join(work, 'bad.json');
  writeFileSync(file, JSON.stringify(f, null, 2));
  return file;
}
const BROKEN = [
  'missions[0].sites[3].at: expected [longitude, latitude]; got [-11,8.5,3] (3 numbers)',
  'events[1].date: expected a real calendar date like "2003", "2003-10" or "2003-10-01"; got "2004-02-30"',
  'responsibilities[12].actor: actor "unmill" is not defined in "actors"',
];

describe('peacekit validate', { skip }, () => {
  it('says a good feed has no problems and exits 0', () => {
    const r = run(['validate', join(repo, 'demo/feeds/sierra-leone.json')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /sierra-leone\.json: no problems\n$/);
  });

  it('prints each problem of a broken feed with its path, and exits 1', () => {
    const r = run(['validate', brokenFeed()]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /bad\.json: 3 errors, 1 warning/);
    for (const line of BROKEN) assert.ok(r.stdout.includes(`  error    ${line}`), `${line} in\n${r.stdout}`);
    assert.ok(r.stdout.includes('  warning  colour: unknown key "colour" is ignored'));
  });

  it('--json: machine-readable problems for every file, ok only when none has errors', () => {
    const good = join(repo, 'demo/feeds/world.json');
    const r = run(['validate', '--json', brokenFeed(), good]);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.ok, false);
    assert.deepEqual(out.files.map((f) => [f.ok, f.errors, f.warnings]), [[false, 3, 1], [true, 0, 0]]);
    const errors = out.files[0].problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => `${p.path}: ${p.message}`), BROKEN);
    assert.equal(errors[0].entry, 'missions[0].sites[3]');
    const clean = JSON.parse(run(['validate', good, '--json']).stdout);
    assert.deepEqual(clean, { ok: true, files: [{ file: good, ok: true, errors: 0, warnings: 0, problems: [] }] });
  });

  it('reads stdin as "-", and says when it was given a web page instead of JSON', () => {
    const r = run(['validate', '-'], '<!doctype html><title>Sign in</title>');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /-: 1 error, 0 warnings\n {2}error {4}this is not JSON \(it looks like an HTML page/);
  });

  it('exits 2 with a reason for a missing file or a wrong command', () => {
    const missing = run(['validate', 'nowhere.json']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'peacekit: cannot read nowhere.json: no such file\n');
    const wrong = run(['frobnicate']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /unknown command "frobnicate"[\s\S]*peacekit validate <feed\.json>/);
    assert.equal(run(['validate']).status, 2);
  });
});

describe('peacekit import geo-pko', { skip }, () => {
  const csv = join(repo, 'test/fixtures/geo-pko-sample.csv');

  it('writes a feed that validates, and names the rows it skipped', () => {
    const out = join(work, 'geo.json');
    const r = run(['import', 'geo-pko', csv, '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /geo-pko-sample\.csv:8: row skipped: coordinates/);
    assert.match(r.stderr, /wrote .*geo\.json: 2 missions \(MINURSO, UNAMSIL\), 7 sites, 1 row skipped/);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(feed.peacekit, 1);
    assert.deepEqual(feed.missions.map((m) => m.acronym), ['MINURSO', 'UNAMSIL']);
    assert.ok(feed.missions[1].sites.some((s) => s.name === 'Freetown' && s.estimate === true));
    const check = run(['validate', out]);
    assert.equal(check.status, 0, check.stdout);
  });

  it('--mission keeps the missions asked for (id or acronym) and refuses one the file lacks', () => {
    const r = run(['import', 'geo-pko', csv, '--mission', 'UNAMSIL']);
    assert.equal(r.status, 0, r.stderr);
    const feed = JSON.parse(r.stdout);
    assert.deepEqual(feed.missions.map((m) => m.id), ['unamsil']);
    assert.equal(feed.missions[0].sites.length, 5);
    const none = run(['import', 'geo-pko', csv, '--mission', 'unmil']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no mission "unmil" in .*; it has: MINURSO, UNAMSIL/);
    assert.equal(none.stdout, '');
  });
});

describe('peacekit schema', { skip }, () => {
  it('prints the JSON Schema, which compiles in Ajv strict mode and accepts the demo feeds', () => {
    const r = run(['schema']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, readFileSync(join(repo, 'peacekit.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(r.stdout));
    assert.equal(validate(demo('liberia')), true);
    assert.equal(validate(JSON.parse(readFileSync(brokenFeed(), 'utf8'))), false);
  });

  it('--version and --help', () => {
    assert.equal(run(['--version']).stdout.trim(), JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
    assert.match(run(['--help']).stdout, /peacekit import geo-pko <file\.csv>/);
  });
});

describe('from the packed tarball', { skip }, () => {
  it('npm pack, npm install <tgz> in a new project, npx peacekit validate and schema', { timeout: 300_000 }, () => {
    const project = join(work, 'consumer');
    const npm = (args, cwd, cmd = 'npm') => spawnSync(cmd, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
    const pack = npm(['pack', '--json', '--pack-destination', work], repo);
    assert.equal(pack.status, 0, pack.stderr);
    const tgz = join(work, JSON.parse(pack.stdout)[0].filename);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
    // From npm's cache where it can: the kit's dependencies are those this repository installed.
    const install = npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], project);
    assert.equal(install.status, 0, install.stderr);
    writeFileSync(join(project, 'bad.json'), readFileSync(brokenFeed()));
    const r = npm(['--no', 'peacekit', 'validate', 'bad.json'], project, 'npx');
    assert.equal(r.status, 1, r.stderr);
    for (const line of BROKEN) assert.ok(r.stdout.includes(line), r.stdout);
    const schema = npm(['--no', 'peacekit', 'schema'], project, 'npx');
    assert.equal(JSON.parse(schema.stdout).$id, JSON.parse(readFileSync(join(repo, 'peacekit.schema.json'), 'utf8')).$id);
  });
});
