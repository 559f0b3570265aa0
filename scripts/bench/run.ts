// Benchmarks (not tests: they print numbers and never fail on them). For 31, 300 and 3,000 synthetic
// offers (three languages each) it builds the site into its own folder and measures wall time, pages/s,
// peak memory, dist and Pagefind sizes, gzipped bytes per page type, the first search in Chromium and the
// catalog map's first render; then it runs Lighthouse (mobile) on the home, catalog and an offer page of
// the real content, served by nginx with deploy/nginx/. Writes reports/bench.json and reports/lighthouse/.
// Usage: npm run bench [-- --sizes 100,1000 --no-lighthouse --keep]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../quality/chromium.ts';
import { formatTable, measureTypes, type TypeRow } from '../quality/budgets.ts';
import { listFiles } from '../quality/distSite.ts';
import { findNginx, startNginx } from '../quality/nginx.ts';
import { serve } from '../serve.mjs';
import { ASTRO_BIN, BUILD_ENV, INDEX_SEARCH } from '../build.ts';
import { generateSyntheticContent } from './generateSyntheticContent.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '31,300,3000' },
    'no-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = values
  .sizes!.split(',')
  .map(Number)
  .filter((n) => n > 0);
const ROOT = resolve(import.meta.dirname, '../..');
const REPORTS = join(ROOT, 'reports');
const CHROME = chromiumPath() ?? '/usr/bin/chromium';
const CHROME_FLAGS = [...CHROMIUM_FLAGS];
const work = mkdtempSync(join(tmpdir(), 'catalog-bench-'));

// ---------- running a command and watching its memory ----------

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  peakRss: number;
  output: string;
}

/** Runs a command with Node 24 (this process's node), polling its memory every 100 ms. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((res, rej) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on('error', rej);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) rej(new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
      else res({ seconds, peakRss, output });
    });
  });
}

/** astro build into outDir, then the Pagefind index, as `npm run build` does (scripts/build.ts), timed apart. */
async function build(outDir: string, env: Record<string, string>) {
  const astro = await run([ASTRO_BIN, 'build', '--outDir', outDir], { ...BUILD_ENV, ...env });
  const index = await run([INDEX_SEARCH, outDir], env);
  return { astro, index, seconds: astro.seconds + index.seconds, peakRss: Math.max(astro.peakRss, index.peakRss) };
}

const dirSize = (dir: string) => (existsSync(dir) ? listFiles(dir).reduce((n, f) => n + statSync(f).size, 0) : 0);
const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const KB = (n: number) => Math.round((n / 1024) * 10) / 10;

// ---------- in the browser ----------

interface SearchResult {
  query: string;
  firstResultMs: number;
  requests: number;
  bytes: number;
  results: number;
}

/** Time to the first search result and the bytes that first search fetched, on the English catalog. */
async function firstSearch(browser: Browser, baseUrl: string, query: string): Promise<SearchResult> {
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  const page = await context.newPage();
  await page.goto(`${baseUrl}/en/offers/`, { waitUntil: 'load' });
  const sizes: Array<Promise<number>> = [];
  page.on('requestfinished', (req) => {
    if (req.url().includes('/pagefind/')) sizes.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  // Loaded as the site loads it (a module from 'self'), so the page's CSP applies; an injected inline script would be blocked.
  await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.pf = pf; })");
  await page.waitForFunction(() => 'pf' in window);
  const timing = await page.evaluate(async (q) => {
    const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> } }).pf;
    const t0 = performance.now();
    const search = await pf.search(q);
    if (search.results[0]) await search.results[0].data();
    return { ms: performance.now() - t0, results: search.results.length };
  }, query);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { query, firstResultMs: Math.round(timing.ms), requests: sizes.length, bytes, results: timing.results };
}

/**
 * Time from asking for the catalog's interactive map (its overview's button; before the overview, from
 * scrolling to it) to the first Leaflet marker or cluster, or null when the catalog has no map.
 */
async function mapFirstRender(browser: Browser, baseUrl: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  const page = await context.newPage();
  await page.goto(`${baseUrl}/en/offers/`, { waitUntil: 'load' });
  const mapHost = await page.$('.leaflet-container, [data-map], offer-map, catalog-map, [class*="map" i]');
  if (!mapHost) {
    await context.close();
    return null;
  }
  await mapHost.scrollIntoViewIfNeeded();
  const asked = await page.evaluate(() => performance.now());
  const open = await page.$('offer-map [data-open-map]');
  await open?.click();
  const ms = await page
    .waitForSelector('.leaflet-marker-icon, .marker-cluster, .leaflet-interactive', { timeout: 15_000 })
    .then(() => page.evaluate((t0) => Math.round(performance.now() - t0), open ? asked : 0))
    .catch(() => null);
  await context.close();
  return ms;
}

// ---------- Lighthouse ----------

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

async function lighthouse(url: string, name: string): Promise<Scores> {
  const out = join(REPORTS, 'lighthouse', name);
  await run(
    [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      '--output=html',
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { CHROME_PATH: CHROME },
  );
  const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as { categories: Record<string, { score: number | null }> };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

// ---------- main ----------

interface BuildRow {
  offers: number;
  pages: number;
  buildSeconds: number;
  astroSeconds: number;
  indexSeconds: number;
  pagesPerSecond: number;
  peakRssMB: number;
  distMB: number;
  pagefindMB: number;
  search: SearchResult;
  mapFirstRenderMs: number | null;
  types: Array<{ type: string; pages: number; htmlKB: number; cssKB: number; jsKB: number; totalKB: number }>;
}

/** The pages issue 17 holds to a first-view budget, largest page of each type. */
const FIRST_VIEW_TYPES = ['catalog', 'district', 'embed-list'] as const;
const firstViews = (types: BuildRow['types']) =>
  FIRST_VIEW_TYPES.map((id) => `${id} ${types.find((t) => t.type === id)?.totalKB ?? 'n/a'} KB`).join(', ');

const typeSummary = (rows: TypeRow[]) =>
  rows
    .filter((r) => r.count > 0)
    .map((r) => ({
      type: r.type.id,
      pages: r.count,
      htmlKB: KB(r.max.html),
      cssKB: KB(r.max.css),
      jsKB: KB(r.max.js),
      totalKB: KB(r.max.total),
    }));

mkdirSync(join(REPORTS, 'lighthouse'), { recursive: true });
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
const builds: BuildRow[] = [];
let lighthouseScores: Record<string, Scores> | null = null;
let realTypes: BuildRow['types'] = [];

try {
  for (const n of SIZES) {
    console.log(`\n== ${n} synthetic offers × 3 languages`);
    const content = generateSyntheticContent(n, join(work, `content-${n}`));
    const outDir = join(work, `dist-${n}`);
    const b = await build(outDir, { CATALOG_CONTENT_DIR: content });
    const pages = listFiles(outDir).filter((f) => f.endsWith('.html')).length;
    const types = await measureTypes(outDir);
    const { server, url } = await serve({ dir: outDir, host: '127.0.0.1', port: 0 });
    const search = await firstSearch(browser, url, 'camping');
    const mapMs = await mapFirstRender(browser, url);
    server.close();
    const row: BuildRow = {
      offers: n,
      pages,
      buildSeconds: Math.round(b.seconds * 10) / 10,
      astroSeconds: Math.round(b.astro.seconds * 10) / 10,
      indexSeconds: Math.round(b.index.seconds * 10) / 10,
      pagesPerSecond: Math.round(pages / b.astro.seconds),
      peakRssMB: MB(b.peakRss),
      distMB: MB(dirSize(outDir)),
      pagefindMB: MB(dirSize(join(outDir, 'pagefind'))),
      search,
      mapFirstRenderMs: mapMs,
      types: typeSummary(types),
    };
    builds.push(row);
    console.log(
      `built ${pages} pages in ${row.buildSeconds} s (astro ${row.astroSeconds} s, ${row.pagesPerSecond} pages/s; pagefind ${row.indexSeconds} s), peak ${row.peakRssMB} MB, dist ${row.distMB} MB, pagefind ${row.pagefindMB} MB`,
    );
    console.log(
      `first search "${search.query}": ${search.firstResultMs} ms, ${search.requests} requests, ${KB(search.bytes)} KB; catalog map first render: ${mapMs === null ? 'no map on the catalog' : `${mapMs} ms`}`,
    );
    console.log(formatTable(types));
    console.log(`first view (gzip, HTML + CSS + JS): ${firstViews(row.types)}`);
    if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  }

  // The real content, built for its own loopback address so canonical links match, served by nginx.
  console.log('\n== real content: byte table and Lighthouse');
  const realOut = join(work, 'dist-real');
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  let baseUrl: string;
  let stopServer: () => Promise<void>;
  try {
    findNginx();
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((r) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => r(p));
      });
    });
    await build(realOut, { SITE_URL: `http://127.0.0.1:${port}` });
    nginx = await startNginx([realOut], [port]);
    baseUrl = nginx.urls[0]!;
    stopServer = nginx.stop;
    console.log(`serving with nginx (gzip, deploy headers) at ${baseUrl}`);
  } catch (e) {
    console.log(`nginx unavailable (${(e as Error).message}); serving with scripts/serve.mjs (no gzip)`);
    await build(realOut, {});
    const s = await serve({ dir: realOut, host: '127.0.0.1', port: 0 });
    baseUrl = s.url;
    stopServer = async () => void s.server.close();
  }
  realTypes = typeSummary(await measureTypes(realOut));
  if (!values['no-lighthouse']) {
    const offer = readdirSync(join(realOut, 'en/offers'))
      .filter((d) => statSync(join(realOut, 'en/offers', d)).isDirectory())
      .sort()[0];
    lighthouseScores = {};
    for (const [name, path] of [
      ['home', '/en/'],
      ['catalog', '/en/offers/'],
      ['offer', `/en/offers/${offer}/`],
    ] as const) {
      lighthouseScores[name] = await lighthouse(`${baseUrl}${path}`, name);
      console.log(`lighthouse ${name} ${path}: ${JSON.stringify(lighthouseScores[name])}`);
    }
  }
  await stopServer();
} finally {
  await browser.close();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept builds in ${work}`);
}

// ---------- report ----------

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log('\n== Summary');
console.log(
  ['offers', 'pages', 'build s', 'astro s', 'index s', 'pages/s', 'peak MB', 'dist MB', 'pagefind MB', 'search ms', 'search KB', 'map ms']
    .map((h) => pad(h, 12))
    .join(''),
);
for (const b of builds) {
  console.log(
    [
      b.offers,
      b.pages,
      b.buildSeconds,
      b.astroSeconds,
      b.indexSeconds,
      b.pagesPerSecond,
      b.peakRssMB,
      b.distMB,
      b.pagefindMB,
      b.search.firstResultMs,
      KB(b.search.bytes),
      b.mapFirstRenderMs ?? 'n/a',
    ]
      .map((v) => pad(v, 12))
      .join(''),
  );
}
console.log('\nFirst view, gzipped KB (largest page; targets: catalog ≤ 35, district and embed list ≤ 30):');
for (const b of builds) console.log(`${String(b.offers).padStart(6)} offers: ${firstViews(b.types)}`);
console.log('\nGzipped KB per page type (largest page), real content:');
console.log(['type', 'pages', 'HTML', 'CSS', 'JS', 'total'].map((h, i) => (i ? pad(h, 8) : h.padEnd(14))).join(''));
for (const t of realTypes)
  console.log([t.type.padEnd(14), pad(t.pages, 8), pad(t.htmlKB, 8), pad(t.cssKB, 8), pad(t.jsKB, 8), pad(t.totalKB, 8)].join(''));
if (lighthouseScores) {
  console.log('\nLighthouse (mobile; targets: performance ≥95, accessibility 100, best practices ≥95, SEO 100):');
  for (const [name, s] of Object.entries(lighthouseScores))
    console.log(
      `${name.padEnd(10)} performance ${pad(s.performance, 3)}  accessibility ${pad(s.accessibility, 3)}  best practices ${pad(s.bestPractices, 3)}  SEO ${pad(s.seo, 3)}`,
    );
}

const report = {
  date: new Date().toISOString(),
  // A load average well above the core count means other work shared the machine: timings are then inflated.
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadAverageAtEnd: loadavg().map((n) => Math.round(n * 10) / 10),
  },
  builds,
  realContentTypes: realTypes,
  lighthouse: lighthouseScores,
};
writeFileSync(join(REPORTS, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote reports/bench.json${lighthouseScores ? ' and reports/lighthouse/*.report.{html,json}' : ''}`);
