// `npm run build [-- --outDir DIR]`: `astro build`, then the Pagefind index of what it wrote.
//
// A script rather than `astro build && …` in package.json because the build must start with one allocator
// setting, and an environment variable set in an npm script line does not work in every shell (Windows).
// Rolldown (Vite's bundler, native code) allocates with mimalloc, which by default keeps freed memory for a
// while before giving it back; bundling 9,000 MDX texts (3,000 offers) then peaks at 2.9–3.0 GB. Purging at
// once (MIMALLOC_PURGE_DELAY=0) brought the same build to 2.1-2.6 GB for about 3 s more (scripts/bench/README.md).
// resvg-js, which draws the share pictures, has its own mimalloc and is 2.7 times slower with that setting, so
// src/integrations/offerAssets.ts removes it once Vite is done, before resvg-js is loaded.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');

/** Environment the Astro build runs with, on top of the caller's (also used by `npm run bench`). */
export const BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** The Astro command-line entry point, run with this process's Node (Node 24 from node_modules). */
export const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The Pagefind step of the build. */
export const INDEX_SEARCH = join(ROOT, 'scripts/index-search.mjs');

function runNode(args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...BUILD_ENV } });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
  const outDir = values.outDir!;
  runNode([ASTRO_BIN, 'build', '--outDir', outDir]);
  runNode([INDEX_SEARCH, outDir]);
}
