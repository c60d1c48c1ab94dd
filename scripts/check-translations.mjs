// Checks the translated catalogues against English (src/shared/messages/en.ts): for each language,
// the keys it leaves out (they fall back to English, key by key) are listed, and do not fail. It
// fails (exit 1) only on what would break or be silently ignored at run time: a key English does not
// have (stale or misspelt), a function whose parameter count differs from English's (or a value of
// another kind than English's), and a missing `$code`, `$name` or `$dir`.
import { importTs } from './load-ts.mjs';

const DIR = 'src/shared/messages';
const LANGUAGES = ['fr', 'es', 'ar', 'ru', 'zh'];
const META = ['$code', '$name', '$dir'];

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v) => (typeof v === 'function' ? 'function' : isRecord(v) ? 'object' : v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const join = (path, key) => (path ? `${path}.${key}` : key);

/** Every leaf path (strings and functions) under a value of English's. */
function leaves(value, path, out = []) {
  if (isRecord(value)) for (const [key, v] of Object.entries(value)) leaves(v, join(path, key), out);
  else out.push(path);
  return out;
}

/** Walks English and a catalogue side by side; collects what falls back and what is wrong. */
function compare(base, over, path, result) {
  for (const [key, expected] of Object.entries(base)) {
    if (!path && META.includes(key)) continue;
    const at = join(path, key);
    const actual = over[key];
    // The run-time overlay skips undefined: such a key falls back to English like an absent one.
    if (!Object.hasOwn(over, key) || actual === undefined) {
      result.missing.push(...leaves(expected, at));
    } else if (kindOf(expected) !== kindOf(actual)) {
      result.problems.push(`${at}: is ${kindOf(actual) === 'function' ? `a function (${actual.length} parameters)` : `a ${kindOf(actual)}`}, English's is ${kindOf(expected) === 'function' ? `a function (${expected.length} parameters)` : `a ${kindOf(expected)}`}`);
    } else if (typeof expected === 'function') {
      if (expected.length !== actual.length) result.problems.push(`${at}: takes ${actual.length} parameters, English's takes ${expected.length}`);
    } else if (isRecord(expected)) {
      compare(expected, actual, at, result);
    }
  }
  for (const key of Object.keys(over)) {
    if (!path && META.includes(key)) continue;
    if (!Object.hasOwn(base, key)) result.problems.push(`${join(path, key)}: not a key of English's (stale or misspelt)`);
  }
}

// English's `mandates` section comes with <pk-mandate-trends> (en-mandates.ts), not with en.ts.
const { en: core } = await importTs(`${DIR}/en.ts`);
const { enMandates } = await importTs(`${DIR}/en-mandates.ts`);
// Likewise English's `briefing` section comes with <pk-briefing> (en-briefing.ts).
const { enBriefing } = await importTs(`${DIR}/en-briefing.ts`);
const en = { ...core, mandates: enMandates, briefing: enBriefing };
const total = leaves(Object.fromEntries(Object.entries(en).filter(([key]) => !META.includes(key))), '').length;
let failed = false;

for (const lang of LANGUAGES) {
  let catalogue;
  try {
    catalogue = (await importTs(`${DIR}/${lang}.ts`))[lang];
  } catch (error) {
    console.log(`${lang}: could not be loaded: ${error.message}`);
    failed = true;
    continue;
  }
  if (!isRecord(catalogue)) {
    console.log(`${lang}: ${DIR}/${lang}.ts exports no catalogue named ${lang}`);
    failed = true;
    continue;
  }
  const result = { missing: [], problems: [] };
  for (const key of META) {
    const value = catalogue[key];
    if (typeof value !== 'string' || value === '') result.problems.push(`${key}: missing`);
    else if (key === '$dir' && value !== 'ltr' && value !== 'rtl') result.problems.push(`$dir: "${value}" is neither "ltr" nor "rtl"`);
  }
  compare(en, catalogue, '', result);

  const { missing, problems } = result;
  console.log(missing.length
    ? `${lang}: ${missing.length} ${missing.length === 1 ? 'key falls' : 'keys fall'} back to English: ${missing.join(', ')}`
    : `${lang}: complete (${total} keys)`);
  for (const problem of problems) console.log(`${lang}: error: ${problem}`);
  if (problems.length) failed = true;
}

process.exit(failed ? 1 : 0);
