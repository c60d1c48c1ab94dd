// Tests run in Debian's Chromium (no browser download): see scripts/chromium.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  // Serves ../shared/data read-only so tests can use the real Geo-PKO file when it is present.
  rootDir: '..',
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
    <body><script>window.__PK_TEST__ = true;</script><script type="module" src="${testFramework}"></script></body></html>`,
};
