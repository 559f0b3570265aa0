// /sw.js: the offline worker for saved offers (src/lib/shortlist/offlineWorker.ts), bundled at build
// time into one classic script. It must sit at the site root to control /{lang}/… pages. Each build gets
// its own version, so a rebuilt site replaces the worker and refreshes what it keeps.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ENTRY = resolve(process.cwd(), 'src/lib/shortlist/offlineWorker.ts');
/** One value per build: the time the build started, with the commit when CI provides it. */
const BUILD_VERSION = `${Date.now().toString(36)}${process.env.GITHUB_SHA ? `-${process.env.GITHUB_SHA.slice(0, 8)}` : ''}`;

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    define: { BUILD_VERSION: JSON.stringify(BUILD_VERSION) },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('sw.js: esbuild produced no output');
  return new Response(`/* Offline copies of saved offers; build ${BUILD_VERSION} */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
