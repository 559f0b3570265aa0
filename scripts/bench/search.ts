// Search benchmark: builds the site from 1,000 and 3,000 synthetic offers (× en/ru/kk) into
// temporary folders, indexes them with Pagefind, then times a cold first search on the catalog page
// in headless Chromium, unthrottled and on a throttled network and CPU.
// Usage: npm run bench:search [-- 1000 3000]   → prints a table and writes reports/bench-search.json
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../quality/chromium.ts';
import { serve } from '../serve.mjs';
import { generateSyntheticContent } from './generateSyntheticContent.ts';
import { ASTRO_BIN, BUILD_ENV, INDEX_SEARCH } from '../build.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const COUNTS = sizes.length ? sizes : [1000, 3000];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const QUERIES = { en: 'glamping', ru: 'кемпинг', kk: 'демалыс' } as const;
/** Lighthouse's "slow 4G" with a 4× slower CPU. */
const THROTTLED = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };
/** Files a static host would gzip; Pagefind's own chunks and wasm are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.json', '.html', '.css', '.pf_meta']);

function run(command: string, args: string[], env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

function dirBytes(dir: string, keep: (file: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (keep(path)) total += statSync(path).size;
  }
  return total;
}

/** Bytes a file would travel as: gzipped when a host would compress it. */
function wireBytes(path: string): number {
  const body = readFileSync(path);
  return COMPRESSIBLE.has(extname(path)) ? gzipSync(body, { level: 6 }).length : body.length;
}

interface SearchRun {
  lang: string;
  query: string;
  throttled: boolean;
  results: number;
  /** Input committed → result cards shown and `catalog:results` dispatched. */
  msToFirstResult: number;
  msAllTries?: number[];
  requests: number;
  /** As served here (no compression), from Chromium's own count. */
  bytesTransferred: number;
  /** The same files as a gzip-serving host would send them. */
  bytesGzipped: number;
  files: string[];
}

async function coldSearch(
  browser: Browser,
  siteUrl: string,
  dist: string,
  lang: keyof typeof QUERIES,
  throttled: boolean,
): Promise<SearchRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  const page = await context.newPage();
  await page.goto(`${siteUrl}/${lang}/offers/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('catalog-search')?.hasAttribute('data-result-count'), undefined, {
    timeout: 120_000,
  });

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLED.latency,
      downloadThroughput: THROTTLED.downloadThroughput,
      uploadThroughput: THROTTLED.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpu });
  }
  // Only what the search loads: the favicon and the like are not part of it.
  const urls = new Map<string, string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname.startsWith('/pagefind/')) urls.set(e.requestId, e.request.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (urls.has(e.requestId)) bytes += e.encodedDataLength;
  });

  const timing = await page.evaluate(
    (q) =>
      new Promise<{ ms: number; results: number }>((resolve) => {
        const started = performance.now();
        document.addEventListener('catalog:results', function done(e) {
          if (document.querySelector('catalog-search')?.hasAttribute('aria-busy')) return;
          document.removeEventListener('catalog:results', done);
          resolve({ ms: performance.now() - started, results: (e as CustomEvent<{ ids: string[] }>).detail.ids.length });
        });
        const input = document.querySelector<HTMLInputElement>('#catalog-q')!;
        input.value = q;
        input.form!.requestSubmit();
      }),
    QUERIES[lang],
  );
  await page.waitForTimeout(200);
  const files = [...urls.values()].map((u) => new URL(u).pathname);
  const bytesGzipped = files.reduce((sum, path) => sum + wireBytes(join(dist, decodeURIComponent(path))), 0);
  await context.close();
  return {
    lang,
    query: QUERIES[lang],
    throttled,
    results: timing.results,
    msToFirstResult: Math.round(timing.ms),
    requests: files.length,
    bytesTransferred: bytes,
    bytesGzipped,
    files,
  };
}

const report: Record<string, unknown> = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg() },
  throttling: THROTTLED,
  queries: QUERIES,
  runs: [] as unknown[],
};
const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const count of COUNTS) {
    const content = generateSyntheticContent(count, join(work, `content-${count}`));
    const dist = join(work, `dist-${count}`);
    console.log(`\n== ${count} offers × 3 languages`);
    const buildSeconds = run(process.execPath, [ASTRO_BIN, 'build', '--outDir', dist], {
      ...BUILD_ENV,
      CATALOG_CONTENT_DIR: content,
      CATALOG_TODAY: '2026-11-29',
    });
    const indexSeconds = run(process.execPath, [INDEX_SEARCH, dist], {});
    const pagefindDir = join(dist, 'pagefind');
    const perLanguage = Object.fromEntries(
      (['en', 'ru', 'kk'] as const).map((lang) => [
        lang,
        {
          indexBytes: dirBytes(join(pagefindDir, 'index'), (p) => p.includes(`/${lang}_`)),
          filterBytes: dirBytes(join(pagefindDir, 'filter'), (p) => p.includes(`/${lang}_`)),
          fragmentBytes: dirBytes(join(pagefindDir, 'fragment'), (p) => p.includes(`/${lang}_`)),
        },
      ]),
    );
    const searchData = join(dist, 'search', 'offers.json');
    const sizes = {
      pagefindTotalBytes: dirBytes(pagefindDir),
      pagefindSearchFilesBytes: dirBytes(pagefindDir, (p) => !/pagefind-(?:component-|modular-)?ui|pagefind-highlight/.test(p)),
      perLanguage,
      searchDataBytes: statSync(searchData).size,
      searchDataGzipBytes: wireBytes(searchData),
      catalogPageHtmlGzipBytes: wireBytes(join(dist, 'en', 'offers', 'index.html')),
    };
    console.log(`build ${buildSeconds.toFixed(1)} s, index ${indexSeconds.toFixed(1)} s`);
    console.log(
      `Pagefind folder ${(sizes.pagefindTotalBytes / 1024).toFixed(0)} KB (search files without the UI bundles ${(sizes.pagefindSearchFilesBytes / 1024).toFixed(0)} KB)`,
    );
    console.log(
      `/search/offers.json ${(sizes.searchDataBytes / 1024).toFixed(1)} KB, gzipped ${(sizes.searchDataGzipBytes / 1024).toFixed(1)} KB`,
    );

    const { server, url } = await serve({ dir: dist, host: '127.0.0.1', port: 0 });
    const runs: SearchRun[] = [];
    try {
      for (const throttled of [false, true]) {
        for (const lang of ['en', 'ru', 'kk'] as const) {
          // Each search runs cold REPEAT times; the median damps a busy machine.
          const tries: SearchRun[] = [];
          for (let i = 0; i < REPEAT; i++) tries.push(await coldSearch(browser, url, dist, lang, throttled));
          const ms = tries.map((t) => t.msToFirstResult).sort((a, b) => a - b);
          const r = { ...tries[0]!, msToFirstResult: ms[Math.floor(ms.length / 2)]!, msAllTries: ms };
          runs.push(r);
          console.log(
            `${throttled ? 'throttled  ' : 'unthrottled'} ${lang} “${r.query}”: ${r.results} results, first result in ${r.msToFirstResult} ms (median of ${ms.join(', ')}), ` +
              `${r.requests} requests, ${(r.bytesTransferred / 1024).toFixed(1)} KB as served, ${(r.bytesGzipped / 1024).toFixed(1)} KB gzipped`,
          );
        }
      }
    } finally {
      server.close();
    }
    (report.runs as unknown[]).push({ offers: count, pages: count * 3, buildSeconds, indexSeconds, sizes, searches: runs });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-search.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote reports/bench-search.json');
