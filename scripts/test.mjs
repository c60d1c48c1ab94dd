// npm test: typecheck, every test in Chromium, the builds (with the bundle-size budget), the
// Storybook build and its smoke test. Ends with the plain totals line CI reads.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.mjs';

requireChromium();
let passed = 0;
let failed = 0;

function step(name, cmd, args, count) {
  console.log(`\n── ${name}`);
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0' } });
  const out = `${r.stdout}${r.stderr}`;
  process.stdout.write(out);
  const counted = count?.(out);
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
    if (r.status !== 0 && counted.failed === 0) failed += 1; // it broke after counting
  } else if (r.status === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
  return r.status === 0;
}

// The test runner and the smoke test print "N passed, N failed"; take the last such line.
const totals = (out) => {
  const all = [...out.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all[all.length - 1];
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
};

// The manifest is generated from the source; Storybook's preview (typechecked too) imports it.
step('custom-elements manifest', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('typecheck the React example', 'npx', ['tsc', '--noEmit', '-p', 'examples/react/tsconfig.json']);
step('translations: what each language leaves to English', 'node', ['scripts/check-translations.mjs']);
step('tests in Chromium', 'npx', ['web-test-runner'], totals);
if (step('build', 'node', ['scripts/build.mjs'])) {
  step('bundle size budget', 'node', ['scripts/check-size.mjs']);
  step('embedding pages (CSP, hostile CSS, RTL, upgrade, iframe, shadow root, leaks)', 'node', ['scripts/embedding.mjs'], totals);
}
if (step('storybook build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static', '--disable-telemetry'])) {
  step('storybook smoke test', 'node', ['scripts/smoke-stories.mjs'], totals);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
