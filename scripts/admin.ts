// The editor's local mode: `npm run admin` builds the site (with the editor at /admin/) and serves it with
// the local proxy, which reads and writes the content files of this working tree (no git host, no sign-in).
// Open http://localhost:4321/admin/ and edit; the changes land in content/ as ordinary file changes.
//   npm run admin                       build, then serve on port 4321
//   npm run admin -- --no-build         serve the existing dist/
//   npm run admin -- --root DIR --port N   edit DIR/content instead (the browser tests use a copy)
import { execFileSync } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { handleProxyAction, ProxyError } from '../src/lib/cms/localProxy.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_CONFIG_FILES, LOCAL_PROXY_PATH, LOCAL_PROXY_URL } from '../src/lib/cms/decapConfig.ts';
import { serve } from './serve.mjs';

/** Largest request the proxy reads: a photo upload arrives base64-encoded in one request. */
const MAX_BODY = 30 * 1024 * 1024;

/** Each editor language's configuration, by its URL (/admin/config.yml, /admin/kk/config.yml), as a path in dist/. */
const EDITOR_CONFIG_PATHS = new Map<string, string>(
  Object.values(CMS_CONFIG_FILES).map((file) => {
    const inSite = file.replace(/^public\//, '');
    return [`/${inSite}`, inSite] as const;
  }),
);

/** A request handler for serve(): answers POST /api/v1 from `root`, passes everything else on. */
export function proxyHandler(root: string, dir: string) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0];
    const configFile = EDITOR_CONFIG_PATHS.get(path ?? '');
    if (configFile) {
      // The editor must find this server's proxy, whatever port it runs on: same host and port as the page.
      const config = readFileSync(join(dir, configFile), 'utf8');
      res.writeHead(200, { 'Content-Type': 'text/yaml; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(config.replace(LOCAL_PROXY_URL, `http://${req.headers.host ?? 'localhost'}${LOCAL_PROXY_PATH}`));
      return true;
    }
    if (path !== LOCAL_PROXY_PATH) return false;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') {
      reply(405, { error: 'POST only' });
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let body: { action?: string; params?: Record<string, unknown> };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        reply(400, { error: 'the request is not JSON' });
        return;
      }
      handleProxyAction(root, String(body.action), body.params).then(
        (result) => reply(200, result),
        (error: unknown) => {
          const status = error instanceof ProxyError ? error.status : 500;
          if (status === 500) console.error(error);
          reply(status, { error: error instanceof Error ? error.message : 'Unknown error' });
        },
      );
    });
    return true;
  };
}

/** Serves `dir` with the editor's proxy writing into `root`; resolves with the server and its address. */
export function serveAdmin({ dir = 'dist', root = '.', port = 4321 }: { dir?: string; root?: string; port?: number } = {}) {
  // The editor switches to local mode only on localhost (config.yml's local_backend.allowed_hosts).
  return serve({ dir, host: '127.0.0.1', port, handle: proxyHandler(resolve(root), resolve(dir)) }) as Promise<{
    server: import('node:http').Server;
    url: string;
  }>;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean' }, root: { type: 'string' }, dir: { type: 'string' }, port: { type: 'string' } },
  });
  if (!values['no-build']) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const { url } = await serveAdmin({ dir: values.dir ?? 'dist', root: values.root ?? '.', port: Number(values.port ?? 4321) });
  const local = url.replace('127.0.0.1', 'localhost');
  console.log(
    `Editor at ${local}/admin/ (Kazakh: ${local}/admin/kk/, English: ${local}/admin/en/) — saves go to ${resolve(values.root ?? '.', 'content')}. Ctrl+C stops it.`,
  );
}
