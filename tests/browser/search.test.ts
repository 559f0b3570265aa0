import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent, type OfferEntry } from '../../src/lib/validation/loadContent.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { newPage, siteUrl, openIsolatedBrowser } from './browser.ts';

// Expectations come straight from content/, with predicates written here, never from the site's own filter code.
const { tree } = loadContent('content', { root: '.' });
const offers = tree.offers;
const byNewest = (a: OfferEntry, b: OfferEntry) => b.facts.published.localeCompare(a.facts.published) || a.id.localeCompare(b.id);
const districtOrder = [...tree.districts].sort((a, b) => a.facts.order - b.facts.order || a.id.localeCompare(b.id)).map((d) => d.id);
/** The page's default order: area groups in their set order, newest first within each. */
const idsOf = (xs: OfferEntry[]) =>
  districtOrder.flatMap((d) =>
    xs
      .filter((o) => o.facts.district === d)
      .sort(byNewest)
      .map((o) => o.id),
  );
const where = (test: (o: OfferEntry) => boolean) => idsOf(offers.filter(test));
const text = (o: OfferEntry, lang: Lang) => {
  const t = o.texts[lang];
  return `${t?.data.title} ${t?.data.summary} ${t?.body}`.toLocaleLowerCase();
};

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser({ viewport: { width: 1280, height: 900 } }));
  // Record every result set the catalog announces to the map.
  await context.addInitScript(() => {
    const w = window as unknown as { catalogResults: string[][] };
    w.catalogResults = [];
    document.addEventListener('catalog:results', (e) => w.catalogResults.push((e as CustomEvent<{ ids: string[] }>).detail.ids));
  });
});
afterAll(async () => {
  await browser?.close();
});

const eventCount = (page: Page) => page.evaluate(() => (window as unknown as { catalogResults: string[][] }).catalogResults.length);

/** Offers a list page shows (src/lib/catalog/listPages.ts). */
const PAGE_SIZE = 12;

/**
 * Waits for the next `catalog:results` after `before` events, and checks the cards on screen are exactly
 * the page of those ids the address names (the first unless `page=n`), in that order: the event names every
 * result (for the map), the list shows them 12 at a time.
 */
async function results(page: Page, before = 0): Promise<string[]> {
  await page.waitForFunction((n) => (window as unknown as { catalogResults: string[][] }).catalogResults.length > n, before);
  // Typing may announce twice (loading, then done): wait for the page to settle.
  await page.waitForFunction(() => !document.querySelector('catalog-search')?.hasAttribute('aria-busy'));
  const announced = await page.evaluate(() => (window as unknown as { catalogResults: string[][] }).catalogResults.at(-1)!);
  const visible = await page.$$eval('#offer-list article[data-offer-id]', (els) =>
    els.filter((e) => e.checkVisibility()).map((e) => e.getAttribute('data-offer-id')!),
  );
  // The page the address names (page=n), else the first.
  const n = Number(new URL(page.url()).searchParams.get('page') ?? 1);
  expect(visible).toEqual(announced.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE));
  return announced;
}

async function open(path: string) {
  const { page, errors } = await newPage(context);
  await page.goto(`${siteUrl()}${path}`);
  const ids = await results(page);
  return { page, errors, ids };
}

const sorted = (xs: string[]) => [...xs].sort();

// Written here from the meaning of each basis, not imported from the site: a one-off price and a yearly
// rent have separate ranges and sorts. Foreign eligibility on national-park land is not verified, so the
// filter never promises it.
const oneOff = (o: OfferEntry) =>
  ['start-price', 'sale-price', 'cadastral-value'].includes(o.facts.price.basis) ? o.facts.price.amountKzt : undefined;
const yearly = (o: OfferEntry) => (o.facts.price.basis === 'annual-lease' ? o.facts.price.amountKzt : undefined);
const foreignOk = (o: OfferEntry) => o.facts.right.foreignOwnedEligible && o.facts.acquisition.grantor !== 'national-park';

describe('the search index', () => {
  it('holds the offer, area and invest pages of each language, and none of the chrome', async () => {
    const { page } = await newPage(context);
    await page.goto(`${siteUrl()}/en/`);
    const entry = await page.evaluate(() =>
      fetch('/pagefind/pagefind-entry.json').then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>),
    );
    for (const lang of ['en', 'ru', 'kk']) expect(entry.languages[lang]?.page_count, lang).toBe(offers.length + tree.districts.length + 1);
    // The site's CSP blocks injected inline scripts; a string keeps Vitest from rewriting the import.
    await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.pf = pf; })");
    await page.waitForFunction(() => 'pf' in window);
    const count = (q: string) =>
      page.evaluate(
        (term) =>
          (window as unknown as { pf: { search(t: string): Promise<{ results: unknown[] }> } }).pf
            .search(term)
            .then((r) => r.results.length),
        q,
      );
    // Exact phrases of the skip link, the illustrative-data notice and the footer; and one of an offer page.
    expect(await count('"skip to content"')).toBe(0);
    expect(await count('"fictitious demonstration data"')).toBe(0);
    expect(await count('"commissioned by the karaganda region akimat"')).toBe(0);
    expect(await count('"information verified on"')).toBeGreaterThan(0);
    await page.close();
  });
});

describe('catalog search and filters', () => {
  it('shows the first page of every offer, grouped by area, when nothing is chosen, and tells the map all of them', async () => {
    const { page, errors, ids } = await open('/en/offers/');
    expect(ids).toEqual(idsOf(offers));
    expect(await page.textContent('[data-search-status] [data-count-text]')).toContain(String(offers.length));
    const firstPage = idsOf(offers).slice(0, PAGE_SIZE);
    for (const d of tree.districts) {
      const inGroup = await page.$$eval(`[data-district-group="${d.id}"] article[data-offer-id]`, (els) =>
        els.map((e) => e.getAttribute('data-offer-id')!),
      );
      expect(inGroup).toEqual(where((o) => o.facts.district === d.id).filter((id) => firstPage.includes(id)));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows beside each option how many offers it would give', async () => {
    const { page } = await open('/ru/offers/?district=karkaraly');
    const count = (sel: string) => page.textContent(`[data-option-count="${sel}"]`).then(Number);
    const karkaraly = (o: OfferEntry) => o.facts.district === 'karkaraly';
    expect(await count('kind:land-plot')).toBe(offers.filter((o) => karkaraly(o) && o.facts.kind === 'land-plot').length);
    expect(await count('district:balkhash')).toBe(offers.filter((o) => o.facts.district === 'balkhash').length);
    expect(await count('segment:glamping')).toBe(offers.filter((o) => karkaraly(o) && o.facts.segments.includes('glamping')).length);
    expect(await count('util:road')).toBe(
      offers.filter((o) => karkaraly(o) && o.facts.utilities.road.available && o.facts.utilities.road.allSeason).length,
    );
    expect(await count('foreign')).toBe(offers.filter((o) => karkaraly(o) && foreignOk(o)).length);
    await page.close();
  });

  const cases: Array<[string, (o: OfferEntry) => boolean]> = [
    ['kind=infrastructure', (o) => o.facts.kind === 'infrastructure'],
    ['district=balkhash', (o) => o.facts.district === 'balkhash'],
    ['status=available&status=at-auction', (o) => ['available', 'at-auction'].includes(o.facts.status)],
    ['status=at-tender&status=at-competition', (o) => ['at-tender', 'at-competition'].includes(o.facts.status)],
    ['segment=beach&segment=hotel', (o) => o.facts.segments.some((s) => s === 'beach' || s === 'hotel')],
    ['right=lease', (o) => o.facts.right.type === 'lease'],
    ['foreign=1&kind=large-project', (o) => foreignOk(o) && o.facts.kind === 'large-project'],
    ['foreign=1&kind=land-plot', (o) => foreignOk(o) && o.facts.kind === 'land-plot'],
    ['util=power&util=gas', (o) => o.facts.utilities.power.available && o.facts.utilities.gas.available],
    ['util=water', (o) => o.facts.utilities.water.available],
    ['util=sewage', (o) => o.facts.utilities.sewage.available],
    ['util=gas', (o) => o.facts.utilities.gas.available],
    ['util=internet', (o) => o.facts.utilities.internet.available],
    ['util=road', (o) => o.facts.utilities.road.available && o.facts.utilities.road.allSeason],
    ['area_min=5&area_max=20', (o) => o.facts.land.areaHa >= 5 && o.facts.land.areaHa <= 20],
    ['price_max=10', (o) => (oneOff(o) ?? Infinity) <= 10_000_000],
    ['rent_max=1', (o) => (yearly(o) ?? Infinity) <= 1_000_000],
    ['inv_min=500', (o) => o.facts.investmentKzt !== undefined && o.facts.investmentKzt >= 500_000_000],
    [
      'kind=land-plot&district=balkhash&util=power&area_min=2',
      (o) =>
        o.facts.kind === 'land-plot' && o.facts.district === 'balkhash' && o.facts.utilities.power.available && o.facts.land.areaHa >= 2,
    ],
    [
      'segment=glamping&segment=camping&foreign=1&util=internet&price_max=5',
      (o) =>
        o.facts.segments.some((s) => s === 'glamping' || s === 'camping') &&
        foreignOk(o) &&
        o.facts.utilities.internet.available &&
        (oneOff(o) ?? Infinity) <= 5_000_000,
    ],
  ];
  for (const [query, test] of cases) {
    it(`shows exactly the offers content/ gives for ${query}`, async () => {
      const expected = where(test);
      expect(expected.length, 'a filter case must leave something out or it tests nothing').toBeLessThan(offers.length);
      const { page, ids } = await open(`/en/offers/?${query}`);
      expect(ids).toEqual(expected);
      await page.close();
    });
  }

  it('sorts by area, by one-off price and by yearly rent, each with the offers priced otherwise last', async () => {
    const area = [...offers].sort((a, b) => b.facts.land.areaHa - a.facts.land.areaHa || byNewest(a, b)).map((o) => o.id);
    const by = (amount: (o: OfferEntry) => number | undefined) =>
      [...offers]
        .sort((a, b) => {
          const x = amount(a) ?? Infinity;
          const y = amount(b) ?? Infinity;
          return x === y ? byNewest(a, b) : x - y;
        })
        .map((o) => o.id);
    const cheap = by(oneOff);
    const { page, ids } = await open('/kk/offers/?sort=area-desc');
    expect(ids).toEqual(area);
    const before = await eventCount(page);
    await page.selectOption('select[name=sort]', 'price-asc');
    expect(await results(page, before)).toEqual(cheap);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('price-asc');
    const afterPrice = await eventCount(page);
    await page.selectOption('select[name=sort]', 'rent-asc');
    expect(await results(page, afterPrice)).toEqual(by(yearly));
    // No yearly rent sits among the one-off prices, or the other way round.
    const rentIds = new Set(offers.filter((o) => yearly(o) !== undefined).map((o) => o.id));
    const firstNotRent = by(yearly).findIndex((id) => !rentIds.has(id));
    expect(
      by(yearly)
        .slice(firstNotRent)
        .some((id) => rentIds.has(id)),
    ).toBe(false);
    await page.close();
  });

  describe('text search', () => {
    const queries: Array<{ lang: Lang; q: string; stem: string; segment?: string; place?: string }> = [
      { lang: 'en', q: 'glamping', stem: 'glamping', segment: 'glamping' },
      // A declined form that appears nowhere in the texts: only stemming can match it.
      { lang: 'ru', q: 'пляжах', stem: 'пляж', segment: 'beach' },
      // Kazakh: plural + possessive ending, cut back on the client, then prefix-matched.
      { lang: 'kk', q: 'жағажайлары', stem: 'жағажай', segment: 'beach' },
      // A Russian place name on the Kazakh page, found through the hidden keywords.
      { lang: 'kk', q: 'Торангалык', stem: 'торан', place: 'torangalyk' },
    ];
    for (const { lang, q, stem, segment, place } of queries) {
      it(`finds the offers about “${q}” on the ${lang} catalog`, async () => {
        if (lang === 'ru') expect(offers.some((o) => text(o, 'ru').includes(q))).toBe(false);
        const must = where((o) => (o.texts[lang]?.data.title.toLocaleLowerCase().includes(stem) ?? false) || o.facts.place === place);
        const may = new Set(
          where(
            (o) =>
              text(o, lang).includes(stem) ||
              (segment !== undefined && o.facts.segments.includes(segment as never)) ||
              o.facts.place === place,
          ),
        );
        expect(must.length).toBeGreaterThan(0);
        expect(may.size).toBeLessThan(offers.length);
        const { page, errors } = await open(`/${lang}/offers/`);
        const before = await eventCount(page);
        await page.fill('#catalog-q', q);
        const ids = await results(page, before);
        expect(ids).toEqual(expect.arrayContaining(must));
        for (const id of ids) expect(may.has(id), id).toBe(true);
        expect(new URL(page.url()).searchParams.get('q')).toBe(q);
        expect(errors).toEqual([]);
        await page.close();
      });
    }

    it('combines words with filters: the query narrows, the facets narrow further', async () => {
      const { page, ids } = await open('/en/offers/?q=glamping&district=karkaraly&foreign=1');
      const expected = where(
        (o) =>
          o.facts.district === 'karkaraly' && foreignOk(o) && (text(o, 'en').includes('glamping') || o.facts.segments.includes('glamping')),
      );
      expect(sorted(ids)).toEqual(sorted(ids.filter((id) => expected.includes(id))));
      expect(ids).toEqual(
        expect.arrayContaining(
          where((o) => o.facts.district === 'karkaraly' && foreignOk(o) && o.texts.en!.data.title.toLowerCase().includes('glamping')),
        ),
      );
      await page.close();
    });
  });

  it('reproduces a shared link, updates the URL as filters change, and goes back and forward', async () => {
    const url = '/en/offers/?kind=land-plot&util=power&area_min=2.5&sort=area-asc';
    const { page, ids } = await open(url);
    expect(ids).toEqual(
      [...offers.filter((o) => o.facts.kind === 'land-plot' && o.facts.utilities.power.available && o.facts.land.areaHa >= 2.5)]
        .sort((a, b) => a.facts.land.areaHa - b.facts.land.areaHa || byNewest(a, b))
        .map((o) => o.id),
    );
    expect(await page.isChecked('input[name=kind][value=land-plot]')).toBe(true);
    expect(await page.isChecked('input[name=util][value=power]')).toBe(true);
    expect(await page.inputValue('input[name=area_min]')).toBe('2.5');
    expect(await page.inputValue('select[name=sort]')).toBe('area-asc');

    let before = await eventCount(page);
    await page.check('input[name=district][value=karkaraly]');
    const narrowed = await results(page, before);
    expect(new URL(page.url()).search).toBe('?kind=land-plot&district=karkaraly&util=power&area_min=2.5&sort=area-asc');
    expect(narrowed.every((id) => offers.find((o) => o.id === id)!.facts.district === 'karkaraly')).toBe(true);

    before = await eventCount(page);
    await page.goBack();
    expect(await results(page, before)).toEqual(ids);
    expect(page.url()).toBe(`${siteUrl()}${url}`);
    expect(await page.isChecked('input[name=district][value=karkaraly]')).toBe(false);

    before = await eventCount(page);
    await page.goForward();
    expect(await results(page, before)).toEqual(narrowed);
    expect(await page.isChecked('input[name=district][value=karkaraly]')).toBe(true);
    await page.close();
  });

  it('announces an empty result politely and offers what to relax', async () => {
    const { page, ids } = await open('/ru/offers/?kind=large-project&status=closed');
    expect(ids).toEqual([]);
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toContain('Ни одно предложение');
    const buttons = page.locator('[data-relax-list] button');
    expect(await buttons.count()).toBeGreaterThan(0);
    const before = await eventCount(page);
    await buttons.first().click();
    const relaxed = await results(page, before);
    expect(relaxed.length).toBeGreaterThan(0);
    expect(await page.locator('[data-relax]').isHidden()).toBe(true);
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await open('/en/offers/');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'catalog-q' && guard++ < 40) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalog-q');
    let before = await eventCount(page);
    await page.keyboard.type('camping');
    await page.keyboard.press('Enter');
    const found = await results(page, before);
    expect(found.length).toBeGreaterThan(0);
    expect(page.url()).toContain('q=camping');
    // Tab on to the first facet option (past the search button) and tick it with the space bar.
    guard = 0;
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== 'kind' && guard++ < 10)
      await page.keyboard.press('Tab');
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    before = await eventCount(page);
    await page.keyboard.press('Space');
    const ticked = await results(page, before);
    expect(ticked.every((id) => offers.find((o) => o.id === id)!.facts.kind === value)).toBe(true);
    expect(ticked.every((id) => found.includes(id))).toBe(true);
    expect(new URL(page.url()).searchParams.get('kind')).toBe(value);
    await page.close();
  });

  it('lists every offer across plain list pages and a plain GET form without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl()}/kk/offers/?kind=land-plot`);
    const listed: string[] = [];
    const visited: string[] = [];
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      listed.push(...(await page.$$eval('#offer-list article[data-offer-id]', (els) => els.map((e) => e.getAttribute('data-offer-id')!))));
      const next = await page.$('[data-pager] a[rel="next"]');
      if (!next) break;
      await next.click();
    }
    expect(listed).toEqual(idsOf(offers));
    expect(visited).toEqual(['/kk/offers/', '/kk/offers/page/2/', '/kk/offers/page/3/']);
    expect(await page.getAttribute('form#catalog-filters', 'method')).toBe('get');
    expect(await page.getAttribute('form#catalog-filters', 'action')).toBe('/kk/offers/');
    await noJs.close();
  });
});

describe('the catalog a page at a time', () => {
  /** Ids on screen, in order. */
  const onScreen = (page: Page) =>
    page.$$eval('#offer-list article[data-offer-id]', (els) =>
      els.filter((e) => e.checkVisibility()).map((e) => e.getAttribute('data-offer-id')!),
    );

  it('pages through a filtered URL and shows exactly its offers, each once, in order', async () => {
    const { page, errors, ids } = await open('/en/offers/?kind=land-plot');
    const expected = where((o) => o.facts.kind === 'land-plot');
    expect(ids).toEqual(expected);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const shown = await onScreen(page);
      expect(shown).toEqual(expected.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE));
      seen.push(...shown);
      expect(await page.getAttribute('[data-pager] a[aria-current="page"]', 'data-page')).toBe(String(n));
      // The tab says which page this is, as the built list pages' titles do.
      expect(await page.title()).toBe(
        n === 1
          ? 'Investment offers · Karaganda Tourism Investment Catalog'
          : `Investment offers · Page ${n} · Karaganda Tourism Investment Catalog`,
      );
      const next = await page.$eval('[data-pager]', (nav) => nav.querySelector('a[rel="next"]')?.getAttribute('href') ?? null);
      if (!next) break;
      expect(next).toBe(`/en/offers/?kind=land-plot&page=${n + 1}`);
      const before = await eventCount(page);
      // As a keyboard user: the link, then Enter. The list then has the focus, so reading starts at its top.
      await page.focus('[data-pager] a[rel="next"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction((k) => (window as unknown as { catalogResults: string[][] }).catalogResults.length > k, before);
      await page.waitForFunction((k) => new URL(location.href).searchParams.get('page') === String(k), n + 1);
      await page.waitForFunction(
        (first) => document.querySelector('#offer-list li:not([hidden]) article')?.getAttribute('data-offer-id') === first,
        expected[n * PAGE_SIZE]!,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('offer-list');
    }
    expect(seen).toEqual(expected);
    // Back returns to the page before, with the same choices.
    await page.goBack();
    await page.waitForFunction(
      (first) => document.querySelector('#offer-list li:not([hidden]) article')?.getAttribute('data-offer-id') === first,
      expected[0]!,
    );
    expect(await onScreen(page)).toEqual(expected.slice(0, PAGE_SIZE));
    expect(await page.title()).toBe('Investment offers · Karaganda Tourism Investment Catalog');
    expect(new URL(page.url()).search).toBe('?kind=land-plot');
    expect(await page.getAttribute('[data-pager] a[aria-current="page"]', 'data-page')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows cards of results from other built pages exactly as those pages show them', async () => {
    // The built first page holds Balkhash offers only (the areas come in order); every Karkaraly card comes
    // from its own small file, and must read as it does on the built page that lists it.
    const expected = where((o) => o.facts.district === 'karkaraly');
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    const { page, errors, ids } = await open('/kk/offers/?district=karkaraly');
    expect(ids).toEqual(expected);
    const cardHtml = (p: Page) =>
      p.$$eval('#offer-list li:not([hidden]) article[data-offer-id]', (els) =>
        Object.fromEntries(els.filter((e) => e.checkVisibility()).map((e) => [e.getAttribute('data-offer-id')!, e.outerHTML])),
      );
    const fetched = await cardHtml(page);
    expect(Object.keys(fetched)).toEqual(expected.slice(0, PAGE_SIZE));
    const built: Record<string, string> = {};
    const other = (await newPage(context)).page;
    for (const path of ['/kk/offers/', '/kk/offers/page/2/', '/kk/offers/page/3/']) {
      await other.goto(`${siteUrl()}${path}`);
      await other.waitForFunction(() => document.querySelector('catalog-search')?.hasAttribute('data-result-count'));
      Object.assign(built, await cardHtml(other));
    }
    for (const id of Object.keys(fetched)) expect(fetched[id], id).toBe(built[id]);
    // Each card a result needs is fetched once: going to page 2 and back fetches nothing again.
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/card.json')) requested.push(new URL(r.url()).pathname);
    });
    await page.click('[data-pager] a[rel="next"]');
    await page.waitForFunction(
      (first) => document.querySelector('#offer-list li:not([hidden]) article')?.getAttribute('data-offer-id') === first,
      expected[PAGE_SIZE]!,
    );
    await page.goBack();
    await page.waitForFunction(
      (first) => document.querySelector('#offer-list li:not([hidden]) article')?.getAttribute('data-offer-id') === first,
      expected[0]!,
    );
    expect(sorted(requested)).toEqual(sorted(expected.slice(PAGE_SIZE).map((id) => `/kk/offers/${id}/card.json`)));
    expect(errors).toEqual([]);
    await other.close();
    await page.close();
  });

  it('pages an area without JavaScript through plain links', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl()}/ru/districts/karkaraly/`);
    const listed: string[] = [];
    for (;;) {
      listed.push(...(await page.$$eval('article[data-offer-id]', (els) => els.map((e) => e.getAttribute('data-offer-id')!))));
      const next = await page.$('[data-pager] a[rel="next"]');
      if (!next) break;
      await next.click();
    }
    expect(listed).toEqual(where((o) => o.facts.district === 'karkaraly'));
    expect(new URL(page.url()).pathname).toBe('/ru/districts/karkaraly/page/2/');
    await noJs.close();
  });

  it('opens a filtered URL on a later page directly, and the built second page with JS', async () => {
    const expected = where((o) => o.facts.kind === 'land-plot');
    const { page, errors } = await open('/ru/offers/?kind=land-plot&page=2');
    await page.waitForFunction(
      (first) => document.querySelector('#offer-list li:not([hidden]) article')?.getAttribute('data-offer-id') === first,
      expected[PAGE_SIZE]!,
    );
    expect(await onScreen(page)).toEqual(expected.slice(PAGE_SIZE, 2 * PAGE_SIZE));

    await page.goto(`${siteUrl()}/ru/offers/page/2/`);
    await page.waitForFunction(() => document.querySelector('catalog-search')?.hasAttribute('data-result-count'));
    expect(await onScreen(page)).toEqual(idsOf(offers).slice(PAGE_SIZE, 2 * PAGE_SIZE));
    expect(await page.getAttribute('[data-pager] a[aria-current="page"]', 'href')).toBe('/ru/offers/page/2/');
    // A choice made on a later page starts again on the catalog's first page of results.
    await page.check('input[name="district"][value="karkaraly"]', { force: true });
    await page.waitForFunction(() => new URL(location.href).pathname === '/ru/offers/');
    expect(new URL(page.url()).searchParams.get('district')).toBe('karkaraly');
    expect(errors).toEqual([]);
    await page.close();
  });
});
