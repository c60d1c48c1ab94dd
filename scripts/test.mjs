// npm test: typecheck, every browser test in Chromium and again in Firefox, the builds (with the
// bundle-size budget), the embedding pages, the Node tests (the command line, the JSON Schema), the
// packaging test (the packed kit installed and built in fresh projects), the Storybook build and its
// smoke test. Prints each browser's totals on a line of its own, and ends with the plain combined
// totals line CI reads.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.mjs';
import { firefoxMissing } from './firefox.mjs';

requireChromium();
let passed = 0;
let failed = 0;

/** Runs one step and adds its totals; returns { ok, passed, failed } for the step alone. */
function step(name, cmd, args, count, env = {}) {
  console.log(`\n── ${name}`);
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0', ...env } });
  const out = `${r.stdout}${r.stderr}`;
  process.stdout.write(out);
  const counted = count?.(out);
  let own;
  if (counted) {
    own = { ...counted };
    if (r.status !== 0 && counted.failed === 0) own.failed += 1; // it broke after counting
  } else {
    own = r.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  }
  passed += own.passed;
  failed += own.failed;
  return { ok: r.status === 0, ...own };
}

// The test runner and the smoke test print "N passed, N failed"; take the last such line.
const totals = (out) => {
  const all = [...out.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all[all.length - 1];
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
};

// node --test ends with "# pass N" and "# fail N" lines.
const nodeTotals = (out) => {
  const pass = /^# pass (\d+)$/m.exec(out);
  const fail = /^# fail (\d+)$/m.exec(out);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : null;
};

// The manifest is generated from the source; Storybook's preview (typechecked too) imports it.
step('custom-elements manifest', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('typecheck the React example', 'npx', ['tsc', '--noEmit', '-p', 'examples/react/tsconfig.json']);
step('translations: what each language leaves to English', 'node', ['scripts/check-translations.mjs']);
// The same browser tests in each browser, one run each, so each has its own totals.
const browserTotals = [];
const chromium = step('tests in Chromium', 'npx', ['web-test-runner'], totals, { PK_BROWSERS: 'chromium' });
browserTotals.push(`Chromium: ${chromium.passed} passed, ${chromium.failed} failed`);
const noFirefox = firefoxMissing();
if (noFirefox) {
  console.log(`\n── tests in Firefox\nFirefox run skipped. ${noFirefox}`);
  browserTotals.push(`Firefox: skipped (${noFirefox})`);
} else {
  const firefox = step('tests in Firefox', 'npx', ['web-test-runner'], totals, { PK_BROWSERS: 'firefox' });
  browserTotals.push(`Firefox: ${firefox.passed} passed, ${firefox.failed} failed`);
}
if (step('build', 'node', ['scripts/build.mjs']).ok) {
  step('bundle size budget', 'node', ['scripts/check-size.mjs']);
  step('embedding pages (CSP, hostile CSS, RTL, upgrade, iframe, shadow root, leaks)', 'node', ['scripts/embedding.mjs'], totals);
  step('briefing demo (every step at three screen sizes without scrolling, PowerPoint, PDF, strict CSP)', 'node', ['test/briefing/demo.mjs'], totals);
  // On Node, over dist/lib/: the peacekit command (also from the packed tarball) and the JSON Schema in Ajv.
  step('command line, JSON Schema, kept snapshots, paths in the docs (Node)', 'node', ['--test', 'test/node/cli.test.mjs', 'test/node/schema.test.mjs', 'test/node/snapshots.test.mjs', 'test/node/docs-paths.test.mjs'], nodeTotals);
  // Installs the packed kit in fresh projects (npm registry or cache) and builds a plain page, a
  // timeline-only Vite app (its size against a budget), the React and Vue examples; Chromium checks them.
  step('packaging (tarball, release archive, plain page, timeline-only app, React and Vue apps)', 'node', ['scripts/packaging.mjs'], totals);
}
if (step('storybook build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static', '--disable-telemetry']).ok) {
  step('storybook smoke test', 'node', ['scripts/smoke-stories.mjs'], totals);
}
console.log(`\nbrowser tests\n${browserTotals.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
