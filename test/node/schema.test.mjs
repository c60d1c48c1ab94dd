// The published JSON Schema (peacekit.schema.json) as a portal team uses it: Ajv's draft 2020-12
// validator in strict mode. It compiles without a warning, documents every property with an example
// that passes, is what the source gives, and agrees with parseFeed (test/node/agreement.mjs says
// what agreeing means) on the hostile corpus and on generated cases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Ajv2020 from 'ajv/dist/2020.js';
import { CALENDAR_DATE } from '../../scripts/feed-schema.mjs';
import { importTs } from '../../scripts/load-ts.mjs';
import { compare } from './agreement.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const DEMO_FEEDS = ['sierra-leone', 'liberia', 'world'];
const PER_FEED = 400;
const schema = JSON.parse(readFileSync('peacekit.schema.json', 'utf8'));
const demo = (name) => JSON.parse(readFileSync(`demo/feeds/${name}.json`, 'utf8'));

let model;
let ajv;
let validate;
const warnings = [];
before(async () => {
  model = await importTs('src/model/index.ts');
  const log = (...args) => warnings.push(args.join(' '));
  ajv = new Ajv2020({ strict: true, allErrors: true, logger: { log, warn: log, error: log } });
  validate = ajv.compile(schema);
});

/** Compares every feed of a set; reports the figures and the first disagreements. */
function agreeOn(label, texts) {
  const disagreements = [];
  let rejected = 0;
  texts.forEach((text, i) => {
    const r = compare(JSON.parse(text), model, validate);
    if (r.ajvErrors.length) rejected++;
    if (!r.agree) disagreements.push(`${label}[${i}]: ${r.why}\n  parseFeed: ${r.shapeErrors.map((p) => `${p.path}: ${p.message}`).join(' | ')}\n  Ajv: ${r.ajvErrors.map((a) => `${a.path}: ${a.message}`).join(' | ')}`);
  });
  console.log(`${label}: ${texts.length} feeds (${rejected} with errors the schema can see), ${texts.length - disagreements.length} agree`);
  assert.deepEqual(disagreements.slice(0, 5), [], `${disagreements.length} of ${texts.length} disagree`);
}

describe('peacekit.schema.json', () => {
  it('compiles in Ajv strict mode (draft 2020-12) without a warning, with an $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/.+\/peacekit\.schema\.json$/);
    assert.deepEqual(warnings, []);
    assert.equal(typeof validate, 'function');
  });

  it('is what src/model/schema.ts and schema-docs.ts give, and so is docs/feed-reference.md', () => {
    const r = spawnSync(process.execPath, ['scripts/write-schema.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('describes every property with an example the schema accepts', () => {
    const parts = [['', schema], ...Object.entries(schema.$defs).map(([name, node]) => [`/$defs/${name}`, node])];
    let properties = 0;
    for (const [pointer, node] of parts) {
      assert.ok(node.description, `${pointer || 'the feed'} has a description`);
      assert.ok(ajv.validate({ $ref: `${schema.$id}#${pointer}` }, node.examples[0]), `${pointer}'s example: ${ajv.errorsText()}`);
      for (const [key, prop] of Object.entries(node.properties ?? {})) {
        properties++;
        assert.ok(prop.description?.length > 10, `${pointer}/${key} has a description`);
        assert.equal(prop.examples?.length, 1, `${pointer}/${key} has an example`);
        assert.ok(ajv.validate({ $ref: `${schema.$id}#${pointer}/properties/${key}` }, prop.examples[0]), `${pointer}/${key}'s example: ${ajv.errorsText()}`);
      }
    }
    assert.ok(properties > 130, `${properties} properties`);
    // The feed's own example is a feed parseFeed reads without a word.
    assert.deepEqual(model.parseFeed(schema.examples[0]).problems, []);
  });

  it('names the same days as parseFeed: leap years, month lengths, year 0000', () => {
    const pattern = new RegExp(CALENDAR_DATE, 'u');
    const two = (n) => String(n).padStart(2, '0');
    let checked = 0;
    for (const year of ['0000', '0004', '0100', '0400', '1900', '1999', '2000', '2003', '2004', '2100', '2400', '9996', '9999']) {
      const texts = [year];
      for (let m = 0; m <= 13; m++) {
        texts.push(`${year}-${two(m)}`);
        for (let d = 0; d <= 32; d++) texts.push(`${year}-${two(m)}-${two(d)}`);
      }
      for (const t of texts) {
        checked++;
        assert.equal(pattern.test(t), model.isPartialDate(t), t);
      }
    }
    for (const t of ['03/10/2003', '2003-1-01', '20030', '2003-10-01T00:00', ' 2003']) assert.equal(pattern.test(t), false, t);
    assert.ok(checked > 6000);
  });

  it('accepts the demo feeds, as parseFeed does', () => {
    for (const name of DEMO_FEEDS) {
      assert.equal(validate(demo(name)), true, `${name}: ${ajv.errorsText(validate.errors)}`);
      assert.deepEqual(model.parseFeed(demo(name)).problems.filter((p) => p.severity === 'error'), []);
    }
  });

  it('lets a feed say "$schema", and parseFeed does not warn about it', () => {
    const feed = { $schema: 'https://unpkg.com/peacekit/peacekit.schema.json', ...demo('world') };
    assert.equal(validate(feed), true);
    assert.deepEqual(model.parseFeed(feed).problems, []);
    const typo = { ...feed, mision: 'x' };
    assert.equal(validate(typo), true, 'unknown keys pass the schema');
    assert.deepEqual(model.parseFeed(typo).problems.map((p) => p.severity), ['warning']);
  });

  it('catches what the adoption review found the old schema let through, and leaves references to parseFeed', () => {
    const base = demo('sierra-leone');
    const cases = [
      ['impossible date', (f) => { f.events[1].date = '2004-02-30'; }, 'events[1].date'],
      ['three coordinates', (f) => { f.missions[0].sites[3].at = [-11, 8.5, 3]; }, 'missions[0].sites[3].at'],
      ['month 13', (f) => { f.events[0].date = '2003-13'; }, 'events[0].date'],
      ['latitude 123', (f) => { f.missions[0].sites[0].at = [-11, 123]; }, 'missions[0].sites[0].at'],
      ['version 2', (f) => { f.peacekit = 2; }, 'peacekit'],
      ['no version', (f) => { delete f.peacekit; }, 'peacekit'],
      ['role given as a number', (f) => { f.responsibilities[0].role = 7; }, 'responsibilities[0].role'],
      ['negative troops', (f) => { f.missions[0].strength[0].troops = -5; }, 'missions[0].strength[0].troops'],
    ];
    for (const [label, change, path] of cases) {
      const feed = structuredClone(base);
      change(feed);
      const r = compare(feed, model, validate);
      assert.ok(r.agree, `${label}: ${r.why}`);
      assert.ok(r.ajvErrors.some((a) => a.path === path || a.path.startsWith(`${path}[`)), `${label}: Ajv reports ${path}; got ${r.ajvErrors.map((a) => a.path)}`);
    }
    const onlyParse = [
      ['dangling actor', (f) => { f.responsibilities[12].actor = 'unmill'; }],
      ['role outside the vocabularies', (f) => { f.responsibilities[0].role = 'boss'; }],
      ['start after end', (f) => { f.missions[0].end = '1990'; }],
      ['duplicate site id', (f) => { f.missions[0].sites[1].id = f.missions[0].sites[0].id; }],
    ];
    for (const [label, change] of onlyParse) {
      const feed = structuredClone(base);
      change(feed);
      assert.equal(validate(feed), true, `${label}: the schema cannot see it`);
      assert.equal(model.parseFeed(feed).problems.filter((p) => p.severity === 'error').length, 1, `${label}: parseFeed reports it`);
    }
  });

  it('agrees with parseFeed on the hostile corpus and on generated cases', { timeout: 600_000 }, async () => {
    const cases = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./cases-worker.mjs', import.meta.url), {
        workerData: { feeds: DEMO_FEEDS, perFeed: PER_FEED },
        resourceLimits: { stackSizeMb: 16 },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    assert.ok(cases.corpus.length >= 220);
    agreeOn('hostile corpus', cases.corpus);
    for (const name of DEMO_FEEDS) agreeOn(`generated from ${name}`, cases.generated[name]);
  });
});
