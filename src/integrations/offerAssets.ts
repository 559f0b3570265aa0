import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OfferAssetCounts } from '../lib/build/offerAssets.ts';
import type { OfferAssetsJob } from './offerAssetsWorker.ts';

/**
 * Writes every offer's location thumbnails, compare records and share pictures during `astro build`, in a worker
 * thread started once Vite has written its bundles, so they are made on the second core while Astro renders pages
 * on the first (src/lib/build/offerAssets.ts says why). The worker writes into a folder of its own, because Astro
 * empties the output folder after the build starts; when Astro is done the files are moved in. A failure in the worker fails
 * the build with its message. `astro dev` serves the same files through their routes instead.
 */
export function offerAssets(): AstroIntegration {
  let job: Promise<OfferAssetCounts> | undefined;
  let start: () => void = () => undefined;
  let staging = '';
  return {
    name: 'offer-assets',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        staging = join(fileURLToPath(config.cacheDir), `offer-assets-${process.pid}`);
        start = () => {
          if (job) return;
          // scripts/build.ts starts the build with MIMALLOC_PURGE_DELAY=0 for Rolldown, which read it when it was
          // loaded. resvg-js (the share pictures, loaded later) links its own mimalloc, which reads the variable when
          // it is first loaded, and purging at once made each picture 2.7 times as costly to draw (40 -> 108 ms of
          // CPU), so from here on the process has mimalloc's default again.
          delete process.env.MIMALLOC_PURGE_DELAY;
          rmSync(staging, { recursive: true, force: true });
          const data: OfferAssetsJob = { root, contentDir: process.env.CATALOG_CONTENT_DIR ?? join(root, 'content'), outDir: staging };
          job = runWorker(new URL('./offerAssetsWorker.ts', import.meta.url), data);
          // Awaited in astro:build:done; until then a failure must not count as an unhandled rejection.
          job.catch(() => undefined);
        };
        // Started once Vite has written its bundles, not with the build: bundling the MDX texts is when the build
        // needs the most memory, and the worker's catalog on top of it took a 3,000-offer build over 3 GB.
        updateConfig({ vite: { plugins: [{ name: 'offer-assets-start', writeBundle: () => start() }] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        start();
        if (!job) return;
        const started = performance.now();
        const counts = await job;
        const waited = Math.round(performance.now() - started);
        moveTree(staging, fileURLToPath(dir));
        rmSync(staging, { recursive: true, force: true });
        logger.info(
          `${counts.thumbnails} thumbnails, ${counts.records} compare records and ${counts.pictures} share pictures written (waited ${waited} ms for them)`,
        );
      },
    },
  };
}

/** Runs the worker on a job; resolves with what it wrote, rejects with its error (exported for its test). */
export function runWorker(url: URL, data: OfferAssetsJob): Promise<OfferAssetCounts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: data });
    let result: OfferAssetCounts | undefined;
    worker.on('message', (counts: OfferAssetCounts) => (result = counts));
    worker.on('error', (error) =>
      reject(new Error(`Writing the offers' thumbnails, records and pictures failed: ${error.message}`, { cause: error })),
    );
    worker.on('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`Writing the offers' thumbnails, records and pictures stopped (exit code ${code}) before it finished.`));
    });
  });
}

/** Moves everything under `from` into `to`, keeping what `to` already holds (renames whole folders where it can). */
function moveTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (existsSync(target) && statSync(target).isDirectory() && statSync(source).isDirectory()) {
      moveTree(source, target);
      continue;
    }
    try {
      renameSync(source, target);
    } catch (error) {
      // The cache folder and the output folder may be on different disks: copy instead.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(source, target, { recursive: true });
    }
  }
}
