// Starts Debian's nginx on loopback with deploy/nginx/ (the same snippets a server uses): for the header
// test (tests/built/headers.test.ts) and for Lighthouse in the benchmarks (gzip and headers as deployed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX_CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean) as string[];
const MIME_TYPES = '/etc/nginx/mime.types';

export function findNginx(): string {
  const found = NGINX_CANDIDATES.find((p) => existsSync(p));
  if (!found || !existsSync(MIME_TYPES))
    throw new Error('nginx is not installed: run `apt-get install -y nginx` (CI does this in .ci/run).');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited with ${child.exitCode}: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on port ${port}`);
}

export interface RunningNginx {
  /** Base URL per root, in the order given. */
  urls: string[];
  stop: () => Promise<void>;
}

/** Runs one nginx with a server block (deploy/nginx/snippets/karaganda-catalog/site.conf) per root directory. */
export async function startNginx(roots: string[], fixedPorts?: number[]): Promise<RunningNginx> {
  const nginx = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const conf = join(prefix, 'conf');
  mkdirSync(join(conf, 'snippets'), { recursive: true });
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'tmp', d), { recursive: true });
  cpSync(resolve('deploy/nginx/snippets'), join(conf, 'snippets'), { recursive: true });
  const ports = fixedPorts ?? (await Promise.all(roots.map(() => freePort())));
  const servers = roots
    .map(
      (root, i) =>
        `  server {\n    listen 127.0.0.1:${ports[i]};\n    server_name localhost;\n    root ${resolve(root)};\n    include snippets/karaganda-catalog/site.conf;\n  }`,
    )
    .join('\n');
  const log = join(prefix, 'error.log');
  writeFileSync(
    join(conf, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/client_body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
${servers}
}
`,
  );
  const args = ['-p', `${prefix}/`, '-c', join(conf, 'nginx.conf')];
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected the config: ${check.stderr}`);
  const child = spawn(nginx, args, { stdio: 'ignore' });
  for (const port of ports) await waitForPort(port, child, log);
  return {
    urls: ports.map((p) => `http://127.0.0.1:${p}`),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
