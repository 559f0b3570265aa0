// Deploy headers: real nginx (Debian package) with deploy/nginx/ serves dist/ and a small fixture tree
// on loopback; each path gets the headers of its kind (site page, embed page, open data), and the
// `_headers` file that ships in dist/ gives the same security headers as nginx.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverAssets } from '../../scripts/quality/distSite.ts';
import { PAGE_TYPES } from '../../scripts/quality/pageTypes.ts';
import { headersFor, parseHeadersFile } from '../../scripts/quality/headersFile.ts';
import { startNginx, type RunningNginx } from '../../scripts/quality/nginx.ts';
import { DIST, pagesByType } from './site.ts';

const COMPARED = [
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'content-security-policy',
  'x-frame-options',
  'access-control-allow-origin',
  'cache-control',
];

/** One file per kind of path the headers distinguish; the contents do not matter. */
const FIXTURE: Record<string, string> = {
  'index.html': '<!doctype html><title>picker</title>',
  '404.html': '<!doctype html><title>Not found fixture</title>',
  'en/index.html': '<!doctype html><title>home</title>',
  'en/offers/index.html': '<!doctype html><title>catalog</title>',
  'ru/offers/some-offer/index.html': '<!doctype html><title>offer</title>',
  'kk/embed/index.html': '<!doctype html><title>embed start</title>',
  'maps/offers/some-offer.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'en/embed/offers/index.html': '<!doctype html><title>embed list</title>',
  'ru/embed/offers/some-offer/index.html': '<!doctype html><title>embed card</title>',
  'data/offers.json': '{"offers":[]}',
  'data/offers.geojson': '{"type":"FeatureCollection","features":[]}',
  'data/offers.csv': 'id\n',
  'kk/data/index.html': '<!doctype html><title>data page</title>',
  'en/feed.xml': '<?xml version="1.0"?><rss version="2.0"></rss>',
  'embed.js': 'console.log(1)',
  '_astro/app.abc123.js': 'console.log(2)',
  'pagefind/pagefind.js': 'console.log(3)',
  'offers/some-offer/docs/title.pdf': '%PDF-1.4\n%%EOF\n',
  'offers/some-offer/docs/SCAN.PDF': '%PDF-1.4\n%%EOF\n',
  _headers: readFileSync('public/_headers', 'utf8'),
};

type Kind = 'site' | 'embed' | 'open' | 'asset' | 'document';
const FIXTURE_PATHS: Array<[string, Kind]> = [
  ['/', 'site'],
  ['/en/', 'site'],
  ['/en/offers/', 'site'],
  ['/ru/offers/some-offer/', 'site'],
  ['/kk/embed/', 'site'],
  ['/en/embed/offers/', 'embed'],
  ['/ru/embed/offers/some-offer/', 'embed'],
  ['/data/offers.json', 'open'],
  ['/data/offers.geojson', 'open'],
  ['/data/offers.csv', 'open'],
  ['/kk/data/', 'open'],
  ['/en/feed.xml', 'open'],
  ['/embed.js', 'open'],
  ['/_astro/app.abc123.js', 'asset'],
  ['/maps/offers/some-offer.svg', 'asset'],
  ['/pagefind/pagefind.js', 'site'],
  ['/offers/some-offer/docs/title.pdf', 'document'],
  ['/offers/some-offer/docs/SCAN.PDF', 'document'],
];

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
let fixtureDir: string;
let server: RunningNginx;
let fixtureUrl: string;
let distUrl: string;

beforeAll(async () => {
  fixtureDir = mkdtempSync(join(tmpdir(), 'headers-fixture-'));
  for (const [file, body] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(fixtureDir, file)), { recursive: true });
    writeFileSync(join(fixtureDir, file), body);
  }
  server = await startNginx([fixtureDir, DIST]);
  [fixtureUrl, distUrl] = server.urls as [string, string];
});
afterAll(async () => {
  await server?.stop();
  if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
});

const get = (base: string, path: string) => fetch(`${base}${path}`, { redirect: 'manual' });
const pick = (h: Headers) => Object.fromEntries(COMPARED.flatMap((n) => (h.get(n) === null ? [] : [[n, h.get(n)!]])));

function expectKind(h: Headers, kind: Kind, path: string) {
  expect(h.get('strict-transport-security'), path).toMatch(/max-age=\d{8,}/);
  expect(h.get('x-content-type-options'), path).toBe('nosniff');
  expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  expect(h.get('permissions-policy'), path).toContain('camera=()');
  const csp = h.get('content-security-policy') ?? '';
  if (kind === 'document') {
    // An offer's own PDF: a sandbox (no script, no forms, an origin of its own) whatever the PDF holds.
    expect(csp, path).toMatch(/^sandbox(;|$)/);
    expect(csp, path).not.toContain('script-src');
    expect(h.get('content-type'), path).toBe('application/pdf');
  } else if (kind === 'asset') {
    // Opened on its own, a build asset (an SVG, say) runs sandboxed with no script at all.
    expect(csp, path).toMatch(/^default-src 'none';/);
    expect(csp, path).toMatch(/(^|; )sandbox(;|$)/);
    expect(csp, path).not.toContain('script-src');
  } else {
    // No script but the site's own files, wherever a file came from; no image from any other host but the tiles.
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp, path).toContain("img-src 'self' data: https://tile.openstreetmap.org;");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
  if (kind === 'embed') {
    expect(csp, path).toContain('frame-ancestors *');
    expect(h.get('x-frame-options'), path).toBeNull();
  } else {
    expect(csp, path).toContain("frame-ancestors 'self'");
    expect(h.get('x-frame-options'), path).toBe('SAMEORIGIN');
  }
  if (kind === 'open') expect(h.get('access-control-allow-origin'), path).toBe('*');
  else expect(h.get('access-control-allow-origin'), path).toBeNull();
}

describe('nginx with deploy/nginx/ on a fixture tree', () => {
  for (const [path, kind] of FIXTURE_PATHS) {
    it(`sends the ${kind} headers for ${path}`, async () => {
      const res = await get(fixtureUrl, path);
      expect(res.status).toBe(200);
      expectKind(res.headers, kind, path);
    });
  }

  it('gives the same security and cache headers as the _headers file, path by path', async () => {
    for (const [path] of FIXTURE_PATHS) {
      const res = await get(fixtureUrl, path);
      expect(pick(res.headers), path).toEqual(headersFor(rules, path));
    }
  });

  it('serves data files with their media types', async () => {
    expect((await get(fixtureUrl, '/data/offers.json')).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get(fixtureUrl, '/data/offers.geojson')).headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect((await get(fixtureUrl, '/data/offers.csv')).headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('caches hashed build assets for a year and nothing else', async () => {
    expect((await get(fixtureUrl, '/_astro/app.abc123.js')).headers.get('cache-control')).toContain('immutable');
    expect((await get(fixtureUrl, '/en/')).headers.get('cache-control')).toBeNull();
  });

  it('answers a missing page with 404, the not-found page and the site headers', async () => {
    const res = await get(fixtureUrl, '/en/offers/no-such-offer/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Not found fixture');
    expectKind(res.headers, 'site', '404');
  });

  it('redirects a directory URL without its slash, and does not serve _headers', async () => {
    const res = await get(fixtureUrl, '/en/offers');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/offers/');
    expect((await get(fixtureUrl, '/_headers')).status).toBe(404);
  });
});

describe('nginx with deploy/nginx/ serving the built dist/', () => {
  it('ships the _headers file in dist/', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });

  for (const type of PAGE_TYPES) {
    it(`sends the right headers for a ${type.label} page`, async () => {
      const found =
        type.kind === 'asset' ? discoverAssets(DIST).find((a) => a.type === type)?.urlPath : pagesByType.get(type.id)?.[0]?.urlPath;
      // A type with a pattern but no page would pass here without checking anything: it is a failure, not a skip.
      expect(found, `no ${type.label} page in dist/: build it, or remove the type from scripts/quality/pageTypes.ts`).toBeDefined();
      const path = found ?? '';
      const res = await get(distUrl, path);
      expect(res.status, path).toBe(200);
      const kind: Kind = type.frameable ? 'embed' : /^\/((en|ru|kk)\/)?(data\/|feed\.xml$)|^\/embed\.js$/.test(path) ? 'open' : 'site';
      expectKind(res.headers, kind, path);
      expect(pick(res.headers), path).toEqual(headersFor(rules, path));
    });
  }

  it('sends every offer PDF in dist/ as application/pdf, nosniff and sandboxed', async () => {
    const pdfs = (await import('../../scripts/quality/distSite.ts'))
      .listFiles(DIST)
      .map((f) => `/${f.slice(DIST.length + 1)}`)
      .filter((p) => p.startsWith('/offers/'));
    expect(pdfs.length, 'no offer PDF in dist/').toBeGreaterThan(0);
    for (const path of pdfs) {
      expect(path).toMatch(/^\/offers\/[^/]+\/docs\/[^/]+\.pdf$/i);
      const res = await get(distUrl, path);
      expect(res.status, path).toBe(200);
      expectKind(res.headers, 'document', path);
      expect(pick(res.headers), path).toEqual(headersFor(rules, path));
    }
  });

  it('sends open-data headers for every data file and feed in dist/', async () => {
    const open = (await import('../../scripts/quality/distSite.ts'))
      .listFiles(DIST)
      .map((f) => `/${f.slice(DIST.length + 1)}`)
      .filter((p) => /^\/((en|ru|kk)\/)?data\/.+\.(json|geojson|csv)$|^\/(en|ru|kk)\/feed\.xml$/.test(p));
    expect(open.length, 'no open data files or feeds in dist/').toBeGreaterThan(0);
    for (const path of open) {
      const res = await get(distUrl, path);
      expect(res.status, path).toBe(200);
      expectKind(res.headers, 'open', path);
    }
  });
});
