import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { isolateNetwork, newPage, siteUrl, openIsolatedBrowser } from './browser.ts';

const { tree } = loadContent('content', { root: '.' });
const offerIds = tree.offers.map((o) => o.id).sort();

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser());
});
afterAll(async () => {
  await browser?.close();
});

describe('the catalog in the browser', () => {
  it('has offers to test', () => {
    expect(offerIds.length).toBeGreaterThanOrEqual(30);
  });

  for (const lang of LANGS) {
    it(`opens every offer page in ${lang} with <html lang="${lang}">, its title and no console errors`, async () => {
      const { page, errors } = await newPage(context);
      for (const id of offerIds) {
        const response = await page.goto(`${siteUrl()}/${lang}/offers/${id}/`);
        expect(response?.status(), id).toBe(200);
        expect(await page.getAttribute('html', 'lang'), id).toBe(lang);
        const expectedTitle = tree.offers.find((o) => o.id === id)!.texts[lang]?.data.title;
        expect(await page.textContent('h1'), id).toBe(expectedTitle);
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`lists exactly the offers in content/ across the ${lang} catalog's pages, 12 a page`, async () => {
      const { page, errors } = await newPage(context);
      await page.goto(`${siteUrl()}/${lang}/offers/`);
      // The list is split into pages of 12 (src/lib/catalog/listPages.ts): follow the pager's plain links.
      const listed: string[] = [];
      for (;;) {
        const onPage = await page.$$eval('#offer-list article[data-offer-id]', (els) => els.map((e) => e.getAttribute('data-offer-id')!));
        expect(onPage.length).toBeLessThanOrEqual(12);
        listed.push(...onPage);
        const next = await page.$eval('[data-pager]', (nav) => nav.querySelector('a[rel="next"]')?.getAttribute('href') ?? null);
        if (!next) break;
        await page.goto(`${siteUrl()}${next}`);
      }
      expect([...listed].sort()).toEqual(offerIds);
      expect(new Set(listed).size).toBe(listed.length);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('switches language on an offer page and lands on the same offer', async () => {
    const { page, errors } = await newPage(context);
    const id = offerIds[0]!;
    await page.goto(`${siteUrl()}/en/offers/${id}/`);
    for (const [to, next] of [
      ['ru', 'kk'],
      ['kk', 'en'],
      ['en', 'ru'],
    ] as const) {
      await Promise.all([page.waitForURL(`**/${to}/offers/${id}/`), page.click(`nav a[data-lang-link="${to}"]`)]);
      expect(await page.getAttribute('html', 'lang')).toBe(to);
      expect(await page.getAttribute('article.offer', 'data-offer-id')).toBe(id);
      expect(await page.locator(`nav a[data-lang-link="${next}"]`).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends a first-time visitor from / to the language of their browser, and links every language without JS', async () => {
    const ruContext = await browser.newContext({ locale: 'ru-RU' });
    await isolateNetwork(ruContext);
    const { page } = await newPage(ruContext);
    await page.goto(`${siteUrl()}/`);
    await page.waitForURL('**/ru/');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await ruContext.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${siteUrl()}/`);
    const choices = await plain.$$eval('a[data-lang-choice]', (els) => els.map((e) => e.getAttribute('href')));
    expect(choices).toEqual(['/en/', '/ru/', '/kk/']);
    await noJs.close();
  });

  it('shows the illustrative-data notice on every page type', async () => {
    const { page } = await newPage(context);
    for (const path of ['/en/', '/ru/offers/', `/kk/offers/${offerIds[0]}/`, '/en/districts/karkaraly/', '/ru/invest/']) {
      await page.goto(`${siteUrl()}${path}`);
      expect(await page.locator('[data-illustrative-notice]').count(), path).toBe(1);
    }
    await page.close();
  });
});
