// The catalog's and areas' build-time overview map: it costs no Leaflet until a reader uses the map,
// its circles narrow the list, and the interactive map then shows the same offers.
// Expected offers come from content/ coordinates and the box each circle links to, never from the site's filter code.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { browserForFile, newPage, siteUrl } from './browser.ts';

const { tree } = loadContent('content', { root: '.' });
const offers = tree.offers;
const handle = browserForFile({ viewport: { width: 1280, height: 900 } });

/** The ids of offers whose content coordinates lie inside `west,south,east,north`. */
function insideBox(box: string, district?: string): string[] {
  const [west, south, east, north] = box.split(',').map(Number) as [number, number, number, number];
  return offers
    .filter((o) => !district || o.facts.district === district)
    .filter(({ facts: { location: l } }) => l.lat >= south && l.lat <= north && l.lon >= west && l.lon <= east)
    .map((o) => o.id)
    .sort();
}

const visibleCards = (page: Page) =>
  page.$$eval('#offer-list article[data-offer-id]', (els) =>
    els
      .filter((e) => e.checkVisibility())
      .map((e) => e.getAttribute('data-offer-id')!)
      .sort(),
  );

/**
 * Every result card of the list now shown, over all its pages (12 a page): follows the pager's next link
 * to the end, then Back to the first page, where the list was.
 */
async function resultCards(page: Page): Promise<string[]> {
  const ids: string[] = [];
  let steps = 0;
  for (;;) {
    ids.push(...(await visibleCards(page)));
    const next = await page.$('[data-pager]:not([hidden]) a[rel="next"]');
    if (!next) break;
    const before = page.url();
    await next.click();
    await page.waitForFunction(
      (url) => location.href !== url && !document.querySelector('catalog-search')?.hasAttribute('aria-busy'),
      before,
    );
    await page.waitForFunction(
      () => document.querySelector('catalog-search')?.getAttribute('data-page') === new URL(location.href).searchParams.get('page'),
    );
    steps++;
  }
  for (let i = 0; i < steps; i++) await page.goBack();
  if (steps) await page.waitForFunction(() => document.querySelector('catalog-search')?.getAttribute('data-page') === '1');
  return ids.sort();
}

/** Requests for Leaflet's code, its stylesheet, the base layer or the map's offers. */
function watchMapRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (/leaflet|markercluster|\/maps\/base\.json|\/maps\/points\//i.test(url)) seen.push(url);
  });
  page.on('response', async (r) => {
    if (!/\.(m?js|css)(\?|$)/.test(r.url())) return;
    const text = await r.text().catch(() => '');
    if (text.includes('leaflet-container')) seen.push(r.url());
  });
  return seen;
}

async function circles(page: Page): Promise<Array<{ box: string; count: number; label: string; href: string }>> {
  return page.$$eval('offer-map [data-overview-map] a[data-map-box]', (els) =>
    els.map((a) => ({
      box: a.getAttribute('data-map-box')!,
      count: Number(a.getAttribute('data-count')),
      label: a.getAttribute('aria-label')!,
      href: a.getAttribute('href')!,
    })),
  );
}

describe('the overview map', () => {
  for (const lang of ['en', 'ru', 'kk'] as const)
    it(`shows the catalog's overview with named circles and loads no Leaflet until the map is used (${lang})`, async () => {
      const { page, errors } = await newPage(handle.context);
      const requests = watchMapRequests(page);
      await page.goto(`${siteUrl()}/${lang}/offers/`);
      await page.locator('offer-map').scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      expect(await page.isVisible('offer-map [data-overview-map]')).toBe(true);
      expect(await page.isVisible('offer-map [data-map-canvas]')).toBe(false);
      const found = await circles(page);
      expect(found.length).toBeGreaterThan(1);
      // Every offer is in some circle's box.
      expect([...new Set(found.flatMap((c) => insideBox(c.box)))].sort()).toEqual(offers.map((o) => o.id).sort());
      const word = { en: 'offer', ru: 'предложени', kk: 'ұсыныс' }[lang];
      for (const c of found) expect(c.label).toContain(word);
      expect(await page.textContent('offer-map [data-overview-map] title')).toBeTruthy();
      expect(requests).toEqual([]);

      await page.click('offer-map [data-open-map]');
      await page.waitForSelector('offer-map[data-state="ready"]');
      expect(requests.some((u) => /\/maps\/points\//.test(u))).toBe(true);
      expect(requests.some((u) => !/\/maps\//.test(u))).toBe(true);
      expect(await page.isVisible('offer-map [data-overview-map]')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-map-canvas'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

  it('narrows the list to the offers of a circle when it is clicked, says so, and lets the reader show all again', async () => {
    const { page, errors } = await newPage(handle.context);
    await page.goto(`${siteUrl()}/en/offers/`);
    await page.waitForFunction(() => document.querySelector('catalog-search')?.hasAttribute('data-result-count'));
    for (const circle of await circles(page)) {
      const expected = insideBox(circle.box);
      expect(circle.count).toBe(expected.length);
      await page.click(`offer-map a[data-map-box="${circle.box}"]`);
      await page.waitForFunction(
        (n) => document.querySelector('catalog-search')?.getAttribute('data-result-count') === String(n),
        expected.length,
      );
      expect(await resultCards(page)).toEqual(expected);
      expect(new URL(page.url()).searchParams.get('box')).toBe(circle.box);
      expect(await page.isVisible('[data-box-note]')).toBe(true);
    }
    await page.click('[data-box-clear]');
    await page.waitForFunction(
      (n) => document.querySelector('catalog-search')?.getAttribute('data-result-count') === String(n),
      offers.length,
    );
    expect(new URL(page.url()).searchParams.has('box')).toBe(false);
    expect(await page.isVisible('[data-box-note]')).toBe(false);
    // Back returns to the last circle's list.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('box'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after a circle was chosen, the interactive map shows the same offers as the list', async () => {
    const { page, errors } = await newPage(handle.context);
    await page.goto(`${siteUrl()}/en/offers/`);
    await page.waitForFunction(() => document.querySelector('catalog-search')?.hasAttribute('data-result-count'));
    const circle = (await circles(page)).sort((a, b) => b.count - a.count)[0]!;
    await page.click(`offer-map a[data-map-box="${circle.box}"]`);
    const expected = insideBox(circle.box);
    await page.waitForFunction(
      (n) => document.querySelector('catalog-search')?.getAttribute('data-result-count') === String(n),
      expected.length,
    );
    await page.locator('offer-map').scrollIntoViewIfNeeded();
    await page.click('offer-map [data-open-map]');
    await page.waitForSelector('offer-map[data-state="ready"]');
    // Markers plus the counts of clusters: exactly the list's offers.
    await page.waitForFunction(
      (n) => {
        const pane = document.querySelector('offer-map .leaflet-marker-pane');
        if (!pane) return false;
        const clustered = [...pane.querySelectorAll<HTMLElement>('.map-cluster')].reduce((s, c) => s + Number(c.dataset.count), 0);
        return pane.querySelectorAll('.map-marker').length + clustered === n && !document.querySelector('.leaflet-cluster-anim');
      },
      expected.length,
      { timeout: 10_000 },
    );
    const markers = await page.$$eval('offer-map .map-marker[data-offer-id]', (els) => els.map((e) => e.getAttribute('data-offer-id')!));
    for (const id of markers) expect(expected).toContain(id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links each circle of an area page to the catalog narrowed to that area and place', async () => {
    const { page, errors } = await newPage(handle.context);
    const requests = watchMapRequests(page);
    await page.goto(`${siteUrl()}/ru/districts/karkaraly/`);
    await page.locator('offer-map').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    const found = await circles(page);
    expect(found.length).toBeGreaterThan(0);
    const circle = found[0]!;
    expect(circle.href).toBe(`/ru/offers/?district=karkaraly&box=${circle.box}#offer-list`);
    const expected = insideBox(circle.box, 'karkaraly');
    expect(circle.count).toBe(expected.length);
    await page.click(`offer-map a[data-map-box="${circle.box}"]`);
    await page.waitForFunction(
      (n) => document.querySelector('catalog-search')?.getAttribute('data-result-count') === String(n),
      expected.length,
    );
    expect(await resultCards(page)).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the overview without JavaScript, without the interactive map’s button', async () => {
    const noJs = await handle.browser!.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    for (const path of ['/en/offers/', '/kk/districts/balkhash/']) {
      await page.goto(`${siteUrl()}${path}`);
      expect(await page.isVisible('offer-map [data-overview-map]'), path).toBe(true);
      expect(await page.locator('offer-map [data-overview-map] a[data-map-box]').count(), path).toBeGreaterThan(0);
      expect(await page.isVisible('offer-map [data-open-map]'), path).toBe(false);
      expect(await page.isVisible('offer-map [data-map-canvas]'), path).toBe(false);
    }
    await noJs.close();
  });
});
