// Tests run in Debian's Chromium and Firefox ESR (no browser download): see scripts/test-browsers.mjs.
import { createReadStream, existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testBrowsers } from './scripts/test-browsers.mjs';

// Misbehaving servers for the hostile-network tests: HTTP 500, an answer that never comes, a 100 MB
// answer streamed without a length, and HTML where JSON was expected; for the feed-fetch tests, a slow
// large feed and one that says whether the page's cookies came with the request.
function hostileServer(ctx, next) {
  switch (ctx.path) {
    case '/__pk/500':
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return undefined;
    case '/__pk/never':
      return new Promise((resolve) => setTimeout(() => { ctx.body = '{}'; resolve(); }, 5000));
    case '/__pk/huge': {
      const chunk = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      ctx.type = 'application/json';
      ctx.body = new ReadableStreamLike(() => (sent++ < 100 ? chunk : null));
      return undefined;
    }
    // A 3 MB feed (JSON padded with spaces) in 128 KB chunks, 30 ms apart, with its length: a progress bar.
    case '/__pk/large': {
      const head = Buffer.from('{"peacekit":1,"title":"Large"}');
      const size = 3 * 1024 * 1024;
      const body = Buffer.concat([head, Buffer.alloc(size - head.length, 32)]);
      let at = 0;
      ctx.type = 'application/json';
      ctx.length = size;
      ctx.body = new ReadableStreamLike(() => {
        const chunk = at < size ? body.subarray(at, (at += 128 * 1024)) : null;
        return new Promise((r) => setTimeout(() => r(chunk), 30));
      });
      return undefined;
    }
    // Whether the request carried the page's cookies (credentials), as a feed's title.
    case '/__pk/cookie':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ peacekit: 1, title: /pk-signed-in=1/.test(ctx.get('cookie')) ? 'with cookies' : 'without cookies' });
      return undefined;
    case '/__pk/html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><form>Sign in to the portal</form>';
      return undefined;
    default:
      return next();
  }
}

class ReadableStreamLike extends Readable {
  constructor(nextChunk) {
    super();
    this.nextChunk = nextChunk;
  }
  _read() {
    const next = this.nextChunk();
    if (next instanceof Promise) next.then((chunk) => this.push(chunk));
    else this.push(next);
  }
}

// The reference data beside the project (../shared/data, read-only, not always there) is served at
// /__shared/data/: tests that need it fetch it there and skip, saying why, on a 404. The project's own
// files are served from its root, whatever the checkout's folder is called.
const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../shared/data');
function sharedDataServer(ctx, next) {
  if (!ctx.path.startsWith('/__shared/data/')) return next();
  const file = resolve(sharedData, `.${decodeURIComponent(ctx.path.slice('/__shared/data'.length))}`);
  if (!file.startsWith(`${sharedData}/`) || !existsSync(file)) {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = extname(file) === '.csv' ? 'text/csv' : 'application/octet-stream';
  ctx.body = createReadStream(file);
  return undefined;
}

// The base map files are fetched as JSON (src/geo/map-files.ts); the esbuild plugin would answer any
// .json with a JavaScript module (tests import the demo feeds that way), so these are served as they are.
const mapsDir = resolve(dirname(fileURLToPath(import.meta.url)), 'src/geo/maps');
function mapFilesServer(ctx, next) {
  if (!ctx.path.startsWith('/src/geo/maps/') || !ctx.path.endsWith('.json')) return next();
  const file = resolve(mapsDir, `.${decodeURIComponent(ctx.path.slice('/src/geo/maps'.length))}`);
  if (!file.startsWith(`${mapsDir}/`) || !existsSync(file)) {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = 'application/json';
  ctx.body = createReadStream(file);
  return undefined;
}

export default {
  middleware: [hostileServer, sharedDataServer, mapFilesServer],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // 20 s a test: on a busy 2-core machine one Firefox test once took over 10 s (a test that hangs still fails).
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: testBrowsers(),
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
    <body><script>window.__PK_TEST__ = true;</script><script type="module" src="${testFramework}"></script></body></html>`,
};
