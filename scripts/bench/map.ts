// Benchmark (not a test): renders the catalog map with 1,000 and 5,000 synthetic offers in headless
// Chromium and prints the time to first render and the bytes the map costs. Writes reports/bench-map.json.
// Usage: npm run build && npm run bench:map [-- --runs 3 --sizes 31,1000,5000] (31 ≈ today's catalog, as a baseline)
//
// Harness: the built /en/offers/ page, served from the real dist/ (same scripts, CSS, base layer), with the
// map's offers file (/maps/points/en.json) answered with N synthetic offers. Building 5,000 offers × 3
// languages would take minutes and measure the build, not the map. Tiles are answered locally with the
// fixture tile. The catalog map starts when the reader asks for it, so "first render" is the time from
// the click event on "Open the interactive map" to the last marker placed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../quality/chromium.ts';
import { serve } from '../serve.mjs';
import { AREAS, randomLandPoint, rng } from './generateSyntheticContent.ts';
import type { MapData, MapOffer } from '../../src/lib/map/mapData.ts';
import { packMapPoints } from '../../src/lib/map/mapPoints.ts';
import { OFFER_KINDS, OFFER_STATUSES } from '../../src/schemas/offer.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' }, sizes: { type: 'string' } } });
const RUNS = Number(values.runs ?? 3);
const SIZES = (values.sizes ?? '31,1000,5000').split(',').map(Number);
const THROTTLES = [1, 4];

if (!existsSync('dist/en/offers/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
const catalogHtml = readFileSync('dist/en/offers/index.html', 'utf8');
const blockRe = /(<script type="application\/json" data-map-data>)([\s\S]*?)(<\/script>)/;
const match = catalogHtml.match(blockRe);
if (!match) throw new Error('the catalog page has no map data block');
const realData = JSON.parse(match[2]!) as MapData;
const tile = readFileSync('tests/fixtures/tiles/tile.png');

function syntheticOffers(n: number): Array<MapOffer & { district: string }> {
  const random = rng(n);
  return Array.from({ length: n }, (_, i) => {
    const area = AREAS[i % 2]!;
    const { lat, lon } = randomLandPoint(area, random);
    const id = `synthetic-${String(i + 1).padStart(5, '0')}`;
    return {
      id,
      title: `Synthetic plot ${i + 1} for a recreation base`,
      lat: Math.round(lat * 1e5) / 1e5,
      lon: Math.round(lon * 1e5) / 1e5,
      kind: OFFER_KINDS[i % 3]!,
      status: OFFER_STATUSES[Math.floor(random() * OFFER_STATUSES.length)]!,
      area: `${(0.5 + random() * 30).toFixed(1)} ha`,
      price: `₸${Math.round(random() * 90 + 5)}M`,
      url: `/en/offers/${id}/`,
      district: area.district,
    };
  });
}

const gz = (s: string | Buffer) => gzipSync(s).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** JS, CSS and JSON the page fetched, with their bodies. */
async function visit(page: Page, url: string, waitForMap: boolean) {
  const assets: Array<{ url: string; body: Buffer }> = [];
  const pending: Array<Promise<void>> = [];
  const onResponse = (r: import('playwright-core').Response) => {
    if (/\/_astro\/|\/maps\/base\.json|\/maps\/points\//.test(r.url()))
      pending.push(
        r
          .body()
          .then((body) => void assets.push({ url: new URL(r.url()).pathname, body }))
          .catch(() => undefined),
      );
  };
  page.on('response', onResponse);
  await page.goto(url);
  let firstRenderMs: number | undefined;
  if (waitForMap) {
    await page.waitForLoadState('load');
    // Timed from the click event itself: Playwright's click spends 150–250 ms on its own checks first.
    await page.evaluate(() =>
      document.addEventListener('click', (e) => performance.mark('bench:pressed', { startTime: e.timeStamp }), {
        capture: true,
        once: true,
      }),
    );
    await page.click('offer-map [data-open-map]');
    await page.waitForSelector('offer-map[data-state="ready"]', { timeout: 120_000 });
    const [pressed, ready] = await page.evaluate(() =>
      ['bench:pressed', 'offer-map:ready:catalog'].map((name) => performance.getEntriesByName(name)[0]?.startTime),
    );
    firstRenderMs = ready === undefined || pressed === undefined ? undefined : ready - pressed;
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return { assets, firstRenderMs };
}

const { server, url } = await serve({ dir: 'dist', host: '127.0.0.1', port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());

const results: Array<Record<string, unknown>> = [];
let mapAssets: Array<{ path: string; raw: number; gzip: number }> = [];
try {
  // What a page without a map loads, to subtract.
  {
    const context = await browser.newContext();
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    const page = await context.newPage();
    const plain = await visit(page, `${url}/en/invest/`, false);
    const withMap = await visit(page, `${url}/en/offers/`, true);
    const plainPaths = new Set(plain.assets.map((a) => a.url));
    const seen = new Set<string>();
    mapAssets = withMap.assets
      .filter((a) => !plainPaths.has(a.url) && !seen.has(a.url) && seen.add(a.url))
      .map((a) => ({ path: a.url, raw: a.body.length, gzip: gz(a.body) }));
    await context.close();
  }

  for (const n of SIZES) {
    const block = JSON.stringify(packMapPoints('en', syntheticOffers(n)));
    // The catalog's search element would filter the map down to the real offers' ids; renaming its tag
    // keeps it from upgrading, so the map shows all N synthetic offers.
    const html = catalogHtml.replace(/<catalog-search\b/g, '<catalog-search-off').replace(/<\/catalog-search>/g, '</catalog-search-off>');
    for (const throttle of THROTTLES) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
          route.fulfill({ status: 200, contentType: 'image/png', body: tile }),
        );
        await context.route(`${url}/bench/map/`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
        );
        await context.route(`${url}${realData.points!.url}`, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: block }),
        );
        const page = await context.newPage();
        if (throttle > 1) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        }
        const { firstRenderMs } = await visit(page, `${url}/bench/map/`, true);
        const markers = await page.evaluate(() => {
          const pane = document.querySelector('offer-map .leaflet-marker-pane')!;
          return (
            pane.querySelectorAll('.map-marker').length +
            [...pane.querySelectorAll<HTMLElement>('.map-cluster')].reduce((s, c) => s + Number(c.dataset.count), 0)
          );
        });
        if (markers !== n) console.warn(`  warning: ${markers} offers on the map, expected ${n}`);
        times.push(Math.round(firstRenderMs ?? NaN));
        await context.close();
      }
      const row = {
        offers: n,
        cpuThrottle: throttle,
        runs: RUNS,
        firstRenderMs: times,
        medianFirstRenderMs: median(times),
        dataBlockBytes: { raw: Buffer.byteLength(block), gzip: gz(block) },
      };
      results.push(row);
      console.log(
        `${String(n).padStart(5)} offers, CPU ×${throttle}: first render ${row.medianFirstRenderMs} ms (median of ${times.join(', ')}); map's offers file ${(row.dataBlockBytes.raw / 1024).toFixed(0)} KB raw, ${(row.dataBlockBytes.gzip / 1024).toFixed(0)} KB gzipped (fetched on request)`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}

const js = mapAssets.filter((a) => a.path.endsWith('.js'));
const css = mapAssets.filter((a) => a.path.endsWith('.css'));
const other = mapAssets.filter((a) => !a.path.endsWith('.js') && !a.path.endsWith('.css'));
const sum = (xs: typeof mapAssets) => ({ raw: xs.reduce((s, a) => s + a.raw, 0), gzip: xs.reduce((s, a) => s + a.gzip, 0) });
const bytes = { js: sum(js), css: sum(css), base: sum(other), files: mapAssets };
console.log('\nWhat the map costs a page (beyond a page without a map):');
for (const a of mapAssets)
  console.log(`  ${a.path.padEnd(70)} ${(a.raw / 1024).toFixed(1).padStart(7)} KB raw ${(a.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
console.log(
  `  JS  ${(bytes.js.raw / 1024).toFixed(1)} KB raw, ${(bytes.js.gzip / 1024).toFixed(1)} KB gzip; CSS ${(bytes.css.raw / 1024).toFixed(1)} KB raw, ${(bytes.css.gzip / 1024).toFixed(1)} KB gzip; base layer ${(bytes.base.raw / 1024).toFixed(1)} KB raw, ${(bytes.base.gzip / 1024).toFixed(1)} KB gzip`,
);

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-map.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      harness:
        'dist /en/offers/ with /maps/points/en.json answered by N synthetic offers; first render from pressing Open the interactive map; tiles answered locally',
      results,
      bytes,
    },
    null,
    2,
  ),
);
console.log('\nWrote reports/bench-map.json');
