import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { mapConfig } from '../../src/map.config.ts';
import { overlapArea } from '../../src/lib/map/placeLabel.ts';
import { isolateNetwork, newPage, siteUrl, openIsolatedBrowser } from './browser.ts';

const { tree } = loadContent('content', { root: '.' });
const offers = tree.offers;
const titleOf = (id: string, lang: 'en' | 'ru' | 'kk') => offers.find((o) => o.id === id)!.texts[lang]?.data.title;
const TILE = readFileSync('tests/fixtures/tiles/tile.png');

/** The configured tile URL template as a pattern: {z}/{x}/{y} become numbers, {s} a subdomain. */
const tilePattern = new RegExp(
  `^${mapConfig.tileUrl
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{[zxy]\}/g, '\\d+')
    .replace('\\{s\\}', '[a-z]')
    .replace('\\{r\\}', '(@2x)?')}$`,
);

let browser: Browser;
let context: BrowserContext;
let tileRequests = 0;

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser({ viewport: { width: 1280, height: 900 } }));
  // Registered last, so it answers tiles before the isolation route does.
  await context.route(tilePattern, (route) => {
    tileRequests += 1;
    return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
  });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Scrolls the first map into view, asks for the interactive map where the page first shows its overview
 * (catalog, areas: tests/browser/overviewMap.test.ts), and waits until Leaflet has drawn it.
 */
async function openMap(page: Page, path: string): Promise<void> {
  await page.goto(`${siteUrl()}${path}`);
  const map = page.locator('offer-map').first();
  await map.scrollIntoViewIfNeeded();
  if ((await map.getAttribute('data-start')) === 'on-request') await map.locator('[data-open-map]').click();
  await page.waitForSelector('offer-map[data-state="ready"]');
}

/** Offers the map currently accounts for: single markers plus the counts of clusters. */
function countOnMap(page: Page): Promise<{ single: number; clustered: number; clusters: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('offer-map .leaflet-marker-pane')!;
    const single = pane.querySelectorAll('.map-marker').length;
    const clusters = [...pane.querySelectorAll<HTMLElement>('.map-cluster')];
    return { single, clusters: clusters.length, clustered: clusters.reduce((sum, c) => sum + Number(c.dataset.count), 0) };
  });
}

/** Waits until the map accounts for `expected` offers (clusters animate), then returns the count. */
async function settle(page: Page, expected: number) {
  await page
    .waitForFunction(
      (n) => {
        const pane = document.querySelector('offer-map .leaflet-marker-pane');
        if (!pane) return false;
        const clusters = [...pane.querySelectorAll<HTMLElement>('.map-cluster')];
        const total = pane.querySelectorAll('.map-marker').length + clusters.reduce((s, c) => s + Number(c.dataset.count), 0);
        return total === n && !document.querySelector('.leaflet-cluster-anim');
      },
      expected,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(350);
  return countOnMap(page);
}

describe('the catalog map', () => {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`accounts for every offer in content/ with named markers and clusters, on tiles from the fixture (${lang})`, async () => {
      const { page, errors } = await newPage(context);
      const before = tileRequests;
      await openMap(page, `/${lang}/offers/`);
      const { single, clustered, clusters } = await settle(page, offers.length);
      expect(single + clustered).toBe(offers.length);
      expect(clusters).toBeGreaterThan(0);
      await page.waitForSelector('offer-map [data-map-canvas][data-tiles="on"]');
      expect(tileRequests).toBeGreaterThan(before);

      const canvas = page.locator('offer-map [data-map-canvas]');
      expect(await canvas.getAttribute('aria-label')).toBeTruthy();
      expect(await canvas.getAttribute('tabindex')).toBe('0');
      const names = await page.$$eval('offer-map .map-marker', (els) =>
        els.map((e) => [e.getAttribute('data-offer-id'), e.getAttribute('aria-label'), e.getAttribute('role'), e.getAttribute('tabindex')]),
      );
      for (const [id, name, role, tabindex] of names) {
        expect(name).toBe(titleOf(id!, lang) ?? titleOf(id!, 'en'));
        expect(role).toBe('button');
        expect(tabindex).toBe('0');
      }
      const clusterNames = await page.$$eval('offer-map .map-cluster', (els) =>
        els.map((e) => [e.getAttribute('data-count'), e.getAttribute('aria-label')]),
      );
      const word = { en: 'offer', ru: 'предложени', kk: 'ұсыныс' }[lang];
      for (const [count, name] of clusterNames) expect(name).toMatch(new RegExp(`^${count} ${word}`));

      const attribution = await page.textContent('offer-map .leaflet-control-attribution');
      for (const credit of ['Shoreline: GSHHG (Wessel & Smith), LGPL-3.0', 'Natural Earth', '© OpenStreetMap contributors'])
        expect(attribution).toContain(credit);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  /** Names of settlements on the map, with how much of each any marker, cluster or hub hides. */
  async function hiddenNames(page: Page) {
    const { names, obstacles } = await page.evaluate(() => ({
      names: [...document.querySelectorAll('offer-map .map-place span')].map((span) => ({
        name: span.textContent ?? '',
        box: span.getBoundingClientRect().toJSON() as DOMRectReadOnly,
      })),
      obstacles: [...document.querySelectorAll('offer-map .map-marker, offer-map .map-cluster, offer-map .map-hub')].map(
        (e) => e.getBoundingClientRect().toJSON() as DOMRectReadOnly,
      ),
    }));
    return names
      .filter((n) => n.box.width > 0)
      .map(({ name, box }) => ({ name, covered: obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0) }));
  }

  it('writes the town names where no cluster or marker hides them, at first and after zooming in', async () => {
    const { page, errors } = await newPage(context);
    await openMap(page, '/ru/offers/');
    await settle(page, offers.length);
    const names = await hiddenNames(page);
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['Каркаралинск', 'Балхаш', 'Караганда']));
    await expect.poll(() => hiddenNames(page).then((all) => all.filter((n) => n.covered > 0)), { timeout: 5000 }).toEqual([]);

    await page.locator('offer-map .map-cluster').first().click();
    // Markers glide to their places after a zoom; the names follow once the movement ends.
    await expect
      .poll(() => hiddenNames(page).then((names) => names.length > 0 && names.filter((n) => n.covered > 0)), { timeout: 5000 })
      .toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands a cluster when it is clicked, and another when Enter is pressed on it', async () => {
    const { page, errors } = await newPage(context);
    await openMap(page, '/en/offers/');
    await settle(page, offers.length);
    const clusterCounts = () => page.$$eval('offer-map .map-cluster', (els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const size = Math.max(...(await clusterCounts()));
    const cluster = await page.$(`offer-map .map-cluster[data-count="${size}"]`);
    await cluster!.click();
    await page.waitForFunction((el) => !el?.isConnected, cluster, { timeout: 5_000 });
    await page.waitForTimeout(400);
    // Zoomed in: offers outside the new view are no longer drawn, the cluster's own are, split up.
    const after = await countOnMap(page);
    expect(after.single + after.clustered).toBeGreaterThanOrEqual(size);
    expect(after.single + after.clusters).toBeGreaterThan(1);
    expect(Math.max(0, ...(await clusterCounts()))).toBeLessThan(size);

    const next = await page.$('offer-map .map-cluster');
    expect(next).not.toBeNull();
    const nextSize = Number(await next!.getAttribute('data-count'));
    await next!.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-cluster'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((el) => !el?.isConnected, next, { timeout: 5_000 });
    await page.waitForTimeout(400);
    const afterKey = await countOnMap(page);
    expect(afterKey.single + afterKey.clustered).toBeGreaterThanOrEqual(nextSize);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows exactly the offers of each catalog:results event, and all offers before the first', async () => {
    const { page, errors } = await newPage(context);
    await openMap(page, '/en/offers/');
    expect((await settle(page, offers.length)).single + (await countOnMap(page)).clustered).toBe(offers.length);
    const send = (ids: string[]) =>
      page.evaluate((detail) => document.dispatchEvent(new CustomEvent('catalog:results', { detail })), { ids });

    const karkaraly = offers.filter((o) => o.facts.district === 'karkaraly').map((o) => o.id);
    await send(karkaraly);
    const k = await settle(page, karkaraly.length);
    expect(k.single + k.clustered).toBe(karkaraly.length);

    await send([]);
    const none = await settle(page, 0);
    expect(none.single + none.clustered).toBe(0);
    expect(await page.isVisible('offer-map .map-empty')).toBe(true);

    const one = offers[0]!.id;
    await send([one, 'no-such-offer']);
    const single = await settle(page, 1);
    expect(single).toEqual({ single: 1, clustered: 0, clusters: 0 });
    expect(await page.getAttribute('offer-map .map-marker', 'data-offer-id')).toBe(one);
    expect(await page.isVisible('offer-map .map-empty')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a popup whose link leads to that offer’s page', async () => {
    const { page, errors } = await newPage(context);
    await openMap(page, '/ru/offers/');
    const offer = offers.find((o) => o.facts.kind === 'infrastructure')!;
    await page.evaluate((ids) => document.dispatchEvent(new CustomEvent('catalog:results', { detail: { ids } })), [offer.id]);
    await settle(page, 1);
    await page.click(`offer-map .map-marker[data-offer-id="${offer.id}"]`);
    const link = page.locator('offer-map .leaflet-popup a.map-popup-link');
    await link.waitFor();
    expect(await page.textContent('offer-map .map-popup-title')).toBe(titleOf(offer.id, 'ru'));
    expect(await link.getAttribute('href')).toBe(`/ru/offers/${offer.id}/`);
    await Promise.all([page.waitForURL(`**/ru/offers/${offer.id}/`), link.click()]);
    expect(await page.textContent('h1')).toBe(titleOf(offer.id, 'ru'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names each marker itself, and opens and closes its popup with Enter', async () => {
    const { page, errors } = await newPage(context);
    await openMap(page, '/kk/offers/');
    // Two offers drawn with the same icon (same kind and status): each marker must still carry its own name and id.
    const plot = offers.find((o) => o.facts.kind === 'land-plot')!;
    const [a, b] = offers.filter((o) => o.facts.kind === plot.facts.kind && o.facts.status === plot.facts.status);
    expect(b).toBeDefined();
    for (const offer of [a!, b!]) {
      const marker = page.locator(`offer-map .map-marker[data-offer-id="${offer.id}"]`);
      // Shown one at a time: two nearby offers may share a cluster at the fitted view.
      await page.evaluate((ids) => document.dispatchEvent(new CustomEvent('catalog:results', { detail: { ids } })), [offer.id]);
      await settle(page, 1);
      expect(await marker.getAttribute('aria-label')).toBe(titleOf(offer.id, 'kk'));
      expect(await marker.getAttribute('role')).toBe('button');
      expect(await marker.getAttribute('tabindex')).toBe('0');
      await marker.focus();
      await page.keyboard.press('x');
      expect(await page.locator('offer-map .leaflet-popup').count()).toBe(0);
      await page.keyboard.press('Enter');
      await page.locator('offer-map .leaflet-popup').waitFor();
      expect(await page.textContent('offer-map .map-popup-title')).toBe(titleOf(offer.id, 'kk'));
      expect(await page.getAttribute('offer-map .leaflet-popup a.map-popup-link', 'href')).toBe(`/kk/offers/${offer.id}/`);
      await marker.focus();
      await page.keyboard.press('Enter');
      await page.locator('offer-map .leaflet-popup').waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the offer and district maps', () => {
  it('draws the boundary polygon of an offer that has one, and none for an offer without', async () => {
    const { page, errors } = await newPage(context);
    const withBoundary = offers.find((o) => o.facts.boundary)!;
    await openMap(page, `/en/offers/${withBoundary.id}/`);
    await page.click('offer-map .map-view-button >> nth=0');
    await page.waitForTimeout(600);
    const box = await page.locator('offer-map path.map-boundary').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThan(20);
    expect(box!.height).toBeGreaterThan(20);
    const vertices = ((await page.getAttribute('offer-map path.map-boundary', 'd')) ?? '').match(/[ML]/g)?.length ?? 0;
    expect(vertices).toBeGreaterThanOrEqual(3);
    expect(vertices).toBeLessThanOrEqual(withBoundary.facts.boundary!.length);

    const without = offers.find((o) => !o.facts.boundary)!;
    await openMap(page, `/en/offers/${without.id}/`);
    expect(await page.locator('offer-map path.map-boundary').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the offer and one hub for each distance the page lists, named with that distance', async () => {
    const { page, errors } = await newPage(context);
    const offer = offers.find((o) => o.facts.district === 'balkhash')!;
    await openMap(page, `/kk/offers/${offer.id}/`);
    const listed = await page.$$eval('li[data-distance-to]', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
    const hubs = await page.$$eval('offer-map .map-hub', (els) => els.map((e) => e.getAttribute('aria-label')!.replace(/\s+/g, ' ')));
    expect(hubs.length).toBe(listed.length);
    for (const hub of hubs)
      expect(
        listed.some((l) => l === hub || l.startsWith(`${hub};`)),
        hub,
      ).toBe(true);
    expect(await page.locator('offer-map .map-marker').count()).toBe(1);
    expect(await page.getAttribute('offer-map .map-marker', 'aria-label')).toBe(titleOf(offer.id, 'kk'));
    // The no-JS facts stay beside the map.
    expect(await page.textContent('[data-fact="coordinates"]')).toContain(offer.facts.location.lat.toFixed(4));
    expect(await page.getAttribute('a[href^="https://www.openstreetmap.org/?mlat"]', 'href')).toContain(String(offer.facts.location.lat));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every offer of the area on a district page', async () => {
    const { page, errors } = await newPage(context);
    for (const district of ['balkhash', 'karkaraly']) {
      await openMap(page, `/en/districts/${district}/`);
      const expected = offers.filter((o) => o.facts.district === district).map((o) => o.id);
      const count = await settle(page, expected.length);
      expect(count.single + count.clustered).toBe(expected.length);
      // The area's list is split into pages of 12 with plain links; the map on the first page has them all.
      const cards: string[] = [];
      for (;;) {
        cards.push(...(await page.$$eval('article.offer-card[data-offer-id]', (els) => els.map((e) => e.getAttribute('data-offer-id')!))));
        const next = await page.$eval('[data-pager]', (nav) => nav.querySelector('a[rel="next"]')?.getAttribute('href') ?? null);
        if (!next) break;
        await page.goto(`${siteUrl()}${next}`);
      }
      expect(cards.sort()).toEqual([...expected].sort());
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('loading and failing gracefully', () => {
  /** JS and CSS responses of a page visit, with their text. */
  async function assetsOf(page: Page, action: () => Promise<void>) {
    const bodies: Array<{ url: string; text: string }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('response', (r) => {
      if (/\.(m?js|css)(\?|$)/.test(r.url()))
        pending.push(
          r
            .text()
            .then((text) => void bodies.push({ url: r.url(), text }))
            .catch(() => undefined),
        );
    });
    await action();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bodies;
  }
  const isLeaflet = (a: { text: string }) => a.text.includes('leaflet-container');

  it('loads no Leaflet asset on a page without a map, and Leaflet on one with a map', async () => {
    const { page, errors } = await newPage(context);
    const invest = await assetsOf(page, async () => void (await page.goto(`${siteUrl()}/en/invest/`)));
    expect(invest.filter(isLeaflet).map((a) => a.url)).toEqual([]);
    const catalog = await assetsOf(page, () => openMap(page, '/en/offers/'));
    expect(catalog.filter(isLeaflet).length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('waits until the map nears the viewport before loading Leaflet', async () => {
    const small = await browser.newContext({ viewport: { width: 360, height: 640 } });
    await isolateNetwork(small);
    const { page, errors } = await newPage(small);
    const id = offers[0]!.id;
    const before = await assetsOf(page, async () => void (await page.goto(`${siteUrl()}/en/offers/${id}/`)));
    const top = await page.evaluate(() => document.querySelector('offer-map')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(640 + 300);
    expect(before.filter(isLeaflet)).toEqual([]);
    const after = await assetsOf(page, async () => {
      await page.locator('offer-map').scrollIntoViewIfNeeded();
      await page.waitForSelector('offer-map[data-state="ready"]');
    });
    expect(after.filter(isLeaflet).length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await small.close();
  });

  it('keeps the map’s place from the first paint, so nothing moves when scripts arrive late, and hides it without JS', async () => {
    // Scripts held back until after first paint, as on a slow phone: the frame must already take its space.
    const slow = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await isolateNetwork(slow);
    let release = () => {};
    let scriptsHeld = Promise.resolve();
    await slow.route(/\/_astro\/.+\.js$/, async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await slow.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!e.hadRecentInput) w.layoutShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/en/offers/', '/kk/districts/karkaraly/']) {
      const page = await slow.newPage();
      scriptsHeld = new Promise<void>((r) => (release = r));
      // Held module scripts also hold DOMContentLoaded, so wait for the parsed list and a painted frame instead.
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'commit' });
      await page.waitForSelector('article.offer-card >> nth=-1', { state: 'attached' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // The frame: the overview picture on catalog and area pages, the Leaflet canvas on an offer's.
      const before = await page.evaluate(() => ({
        defined: customElements.get('offer-map') !== undefined,
        height: document.querySelector('offer-map [data-overview-map], offer-map [data-map-canvas]')!.getBoundingClientRect().height,
      }));
      expect(before.defined, path).toBe(false);
      expect(before.height, path).toBeGreaterThan(250);
      release();
      await page.waitForFunction(
        () =>
          (customElements.get('offer-map') !== undefined && customElements.get('catalog-search') !== undefined) ||
          !document.querySelector('catalog-search'),
      );
      await page.waitForLoadState('networkidle');
      // 0.1 is the threshold of a "good" cumulative layout shift.
      expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift), path).toBeLessThan(0.1);
      await page.close();
    }
    await slow.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    // An offer's map is all Leaflet, so it hides; catalog and area pages keep their overview picture
    // (tests/browser/overviewMap.test.ts) and hide only the Leaflet frame.
    for (const path of ['/en/offers/', '/ru/districts/balkhash/', `/kk/offers/${offers[0]!.id}/`]) {
      await plain.goto(`${siteUrl()}${path}`);
      expect(await plain.locator('offer-map').count(), path).toBe(1);
      expect(await plain.isVisible('offer-map [data-map-canvas]'), path).toBe(false);
    }
    await plain.goto(`${siteUrl()}/kk/offers/${offers[0]!.id}/`);
    expect(await plain.isVisible('offer-map')).toBe(false);
    await noJs.close();
  });

  it('still draws Kazakhstan, the lake and the markers when tile requests fail, and says so quietly', async () => {
    const offline = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await isolateNetwork(offline); // tiles get an empty 204, which is not an image
    const { page, errors } = await newPage(offline);
    await openMap(page, '/en/offers/');
    expect(await page.getAttribute('offer-map [data-map-canvas]', 'data-tiles')).toBe('off');
    expect(await page.locator('offer-map .leaflet-tile').count()).toBe(0);
    expect(await page.isVisible('offer-map [data-map-status]')).toBe(true);
    expect(await page.locator('offer-map path.map-base-land').count()).toBeGreaterThan(0);
    const lake = await page.locator('offer-map path.map-base-lake').boundingBox();
    expect(lake!.width).toBeGreaterThan(50);
    const count = await settle(page, offers.length);
    expect(count.single + count.clustered).toBe(offers.length);
    expect(errors).toEqual([]);
    await offline.close();
  });

  it('gives every offer card its location thumbnail with alt text, size and lazy loading', async () => {
    const { page, errors } = await newPage(context);
    const thumbs: Array<Record<'id' | 'src' | 'alt' | 'loading' | 'w' | 'h', string | null>> = [];
    // The catalog's three built pages of 12 (31 offers) hold every card between them.
    for (const path of ['/ru/offers/', '/ru/offers/page/2/', '/ru/offers/page/3/']) {
      await page.goto(`${siteUrl()}${path}`);
      thumbs.push(
        ...(await page.$$eval('article.offer-card img[data-location-thumbnail]', (els) =>
          els.map((e) => ({
            id: e.getAttribute('data-location-thumbnail'),
            src: e.getAttribute('src'),
            alt: e.getAttribute('alt'),
            loading: e.getAttribute('loading'),
            w: e.getAttribute('width'),
            h: e.getAttribute('height'),
          })),
        )),
      );
    }
    const withoutPhotos = offers.filter((o) => o.facts.photos.length === 0);
    expect(thumbs.length).toBe(withoutPhotos.length);
    for (const t of thumbs) {
      expect(t.src).toBe(`/maps/offers/${t.id}.ru.svg`);
      expect(t.alt).toContain(titleOf(t.id!, 'ru') ?? titleOf(t.id!, 'en'));
      expect(t).toMatchObject({ loading: 'lazy', w: '320', h: '180' });
    }
    const response = await page.request.get(`${siteUrl()}${thumbs[0]!.src}`);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const svg = await response.text();
    expect(svg).toContain('<title');
    // The picture speaks the page's language: the scale bar and distances in км, not km.
    expect(svg).toMatch(/\d км</);
    expect(svg).not.toMatch(/\d km</);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes every name of every location thumbnail where it can be read, in each language, in the real font', async () => {
    // The pictures place names by a guessed width (they are drawn before any font is known); here Chromium
    // measures the words as drawn. A name cut by the edge, or written over another, fails.
    const { page, errors } = await newPage(context);
    const problems: string[] = [];
    let names = 0;
    for (const offer of offers) {
      for (const suffix of ['', '.ru', '.kk']) {
        const path = `/maps/offers/${offer.id}${suffix}.svg`;
        await page.goto(`${siteUrl()}${path}`);
        const drawn = await page.evaluate(() => {
          const svg = document.querySelector('svg')!;
          const box = (b: DOMRect) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
          return {
            width: Number(svg.getAttribute('width')),
            height: Number(svg.getAttribute('height')),
            texts: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: box(t.getBBox()) })),
            // getBBox ignores the group's own transform; the picture is drawn at 1:1 from the page's corner.
            marker: box(svg.querySelector<SVGGElement>('g[transform$="scale(0.8)"]')!.getBoundingClientRect()),
          };
        });
        names += drawn.texts.length;
        for (const [i, a] of drawn.texts.entries()) {
          const { left, top, right, bottom } = a.box;
          if (left < 0 || top < 0 || right > drawn.width || bottom > drawn.height)
            problems.push(`${path}: "${a.text}" runs off the picture`);

          for (const b of drawn.texts.slice(i + 1))
            if (overlapArea(a.box, b.box) > 1) problems.push(`${path}: "${a.text}" and "${b.text}" overlap`);
          if (overlapArea(a.box, drawn.marker) > 1) problems.push(`${path}: "${a.text}" covers the offer's marker`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Town, distance, scale and credit at least, on each of the 3 × 31 pictures.
    expect(names).toBeGreaterThanOrEqual(offers.length * 3 * 3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
