// A small static server for dist/: `npm start` and the browser tests use it. It sends the security
// headers of dist/_headers (the file Cloudflare Pages reads, kept equal to the nginx config by
// tests/built/headers.test.ts), so pages and widgets are tested under the policy they get in production.
// Usage: node scripts/serve.mjs [--dir dist] [--host 127.0.0.1] [--port 4321]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './quality/headersFile.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Resolves a URL path to a file in root, or undefined. Never leaves root. */
function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  for (const candidate of [full, join(full, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return undefined;
}

/**
 * Starts the server; resolves with { server, url } once it listens. Port 0 picks a free port. `handle`, if
 * given, sees each request first and returns true when it answered it (the editor's local proxy does).
 */
/** @param {{ dir?: string, host?: string, port?: number, handle?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} [options] */
export function serve({ dir = 'dist', host = '127.0.0.1', port = 4321, handle = undefined } = {}) {
  const root = resolve(dir);
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    if (handle?.(req, res)) return;
    const urlPath = req.url ?? '/';
    // Caching stays off here (a rebuild must show at once); every other header is production's.
    const { 'cache-control': _cache, ...security } = headersFor(rules, urlPath.split('?')[0]);
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    // Directory URLs without a trailing slash redirect, as static hosts do.
    if (!urlPath.split('?')[0].endsWith('/') && !extname(urlPath.split('?')[0])) {
      const dirIndex = resolveFile(root, `${urlPath.split('?')[0]}/`);
      if (dirIndex) {
        res.writeHead(301, { Location: `${urlPath.split('?')[0]}/${urlPath.includes('?') ? urlPath.slice(urlPath.indexOf('?')) : ''}` });
        return res.end();
      }
    }
    const file = resolveFile(root, urlPath);
    if (!file) {
      const notFound = resolveFile(root, '/404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      return notFound ? createReadStream(notFound).pipe(res) : res.end('Not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } } });
  const { url } = await serve({
    dir: values.dir ?? 'dist',
    host: values.host ?? 'localhost',
    port: Number(values.port ?? process.env.PORT ?? 4321),
  });
  console.log(`Serving dist/ at ${url.replace('localhost', 'localhost')}/ — press Ctrl+C to stop.`);
}
