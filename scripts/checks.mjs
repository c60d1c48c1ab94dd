// Named checks for the scripts that test in a browser (embedding.mjs, packaging.mjs): each check
// returns the problems it found, none for a pass; `summary()` is the "N passed, N failed" line that
// scripts/test.mjs and CI count.
export function checks() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, fn) {
      try {
        const problems = await fn();
        if (problems.length) throw new Error(problems.join('\n      '));
        passed++;
        console.log(`✓ ${name}`);
      } catch (e) {
        failed++;
        console.log(`✗ ${name}\n      ${String(e.message ?? e).replace(/\n/g, '\n      ')}`);
      }
    },
    get failed() {
      return failed;
    },
    summary: (label) => `${label}: ${passed} passed, ${failed} failed`,
  };
}
