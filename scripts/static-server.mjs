// A small static file server on loopback for the demo, the Storybook smoke test and the bench.
// `headers(path, search)` lets a test page ask for a Content-Security-Policy or a content type.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.map': 'application/json', '.woff2': 'font/woff2',
};

/** Serves `mounts` ({ '/': dir, '/dist/': dir2 }) on 127.0.0.1; resolves to { url, close }. */
export function serve(mounts, { port = 0, headers = () => ({}) } = {}) {
  const table = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const mount = table.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return notFound(res);
    const root = resolve(mount[1]);
    let file = normalize(join(root, path.slice(mount[0].length)));
    if (!file.startsWith(root)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound(res);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(path, url.search) });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', (e) => fail(e.code === 'EADDRINUSE' ? new Error(`port ${port} is in use: set PORT to another one, e.g. PORT=8001 npm start`) : e));
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      done({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(r)), server });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
