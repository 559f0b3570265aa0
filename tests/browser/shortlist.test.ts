// The shortlist: a visitor saves one offer from its catalog card and another from its own page; after
// a reload both buttons stay pressed, the header counts two, and /{lang}/shortlist/ lists both with their
// key facts. The CSV export has /data/offers.csv's columns and rows; nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCsv } from '../../src/lib/register/csv.ts';
import { mapConfig } from '../../src/map.config.ts';
import { browserForFile, isolateNetwork, newPage, siteUrl } from './browser.ts';

const CARD_OFFER = 'balkhash-city-shore-plot'; // areaHa 1.2, start price 31,000,000 (content/offers/…/facts.yaml)
const PAGE_OFFER = 'karkaraly-town-guest-house'; // areaHa 0.3, sale price 145,000,000

const handle = browserForFile({ acceptDownloads: true });

const saveOnCard = (page: Page, id: string) => page.locator(`article.offer-card[data-offer-id="${id}"] save-offer button`);
const saveOnOfferPage = (page: Page) => page.locator('article.offer > .save save-offer button');
const headerCount = (page: Page) => page.locator('.site-header shortlist-count');

async function freshPage() {
  // No offline worker here (offline.test.ts has it): Playwright's request routing, which keeps tests off the
  // internet, does not see requests that pass through a service worker.
  const context = await handle.browser!.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  await isolateNetwork(context);
  const { page, errors } = await newPage(context);
  return { context, page, errors };
}

describe('shortlist', () => {
  it('saves from a card and from an offer page, keeps both after a reload, and lists both with their key facts', async () => {
    const { context, page, errors } = await freshPage();
    const requests: string[] = [];
    // The offer page's map may ask the tile server for tiles (answered locally); nothing else may leave the site.
    const tiles = new URL(mapConfig.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin;
    page.on('request', (r) => {
      const url = r.url();
      if (r.method() !== 'GET' || !(url.startsWith(siteUrl()) || url.startsWith(tiles))) requests.push(`${r.method()} ${url}`);
    });

    await page.goto(`${siteUrl()}/en/offers/`);
    const cardButton = saveOnCard(page, CARD_OFFER);
    expect(await cardButton.getAttribute('aria-pressed')).toBe('false');
    expect(await cardButton.textContent()).toContain('Save');
    expect(await headerCount(page).isHidden()).toBe(true);
    await cardButton.click();
    expect(await cardButton.getAttribute('aria-pressed')).toBe('true');
    expect(await headerCount(page).textContent()).toBe('1');

    await page.goto(`${siteUrl()}/en/offers/${PAGE_OFFER}/`);
    const pageButton = saveOnOfferPage(page);
    expect(await pageButton.getAttribute('aria-pressed')).toBe('false');
    await pageButton.click();
    expect(await pageButton.getAttribute('aria-pressed')).toBe('true');
    expect(await headerCount(page).textContent()).toBe('2');

    await page.reload();
    expect(await saveOnOfferPage(page).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${siteUrl()}/en/offers/`);
    expect(await saveOnCard(page, CARD_OFFER).getAttribute('aria-pressed')).toBe('true');
    // The catalog lists 12 offers a page; PAGE_OFFER (Karkaraly) is on a later built page.
    for (const path of ['/en/offers/page/2/', '/en/offers/page/3/']) {
      await page.goto(`${siteUrl()}${path}`);
      if (await saveOnCard(page, PAGE_OFFER).count()) break;
    }
    expect(await saveOnCard(page, PAGE_OFFER).getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${siteUrl()}/en/shortlist/`);
    const items = page.locator('offer-shortlist li.item');
    await items.nth(1).locator('[data-cell="area"]').filter({ hasText: 'ha' }).waitFor();
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([CARD_OFFER, PAGE_OFFER]);
    expect(await items.nth(0).locator('[data-cell="area"]').textContent()).toBe('1.2 ha');
    expect(await items.nth(0).locator('[data-cell="price"]').textContent()).toContain('₸31,000,000');
    expect(await items.nth(1).locator('[data-cell="area"]').textContent()).toBe('0.3 ha');
    expect(await items.nth(1).locator('[data-cell="price"]').textContent()).toContain('₸145,000,000');
    expect(await items.nth(1).locator('a[data-title]').getAttribute('href')).toBe(`/en/offers/${PAGE_OFFER}/`);
    expect(await page.locator('[data-status]').textContent()).toBe('2 offers saved');
    expect(await page.locator('a[data-compare]').getAttribute('href')).toBe(`/en/compare/?ids=${CARD_OFFER},${PAGE_OFFER}`);

    // Stored in the browser only: nothing was sent, and nothing but the site's own pages and files (and map tiles) was asked for.
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the saved offers as CSV in the columns and rows of /data/offers.csv', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${siteUrl()}/en/offers/${PAGE_OFFER}/`);
    await saveOnOfferPage(page).click();
    await page.goto(`${siteUrl()}/en/offers/${CARD_OFFER}/`);
    await saveOnOfferPage(page).click();
    await page.goto(`${siteUrl()}/en/shortlist/`);
    await page.locator('offer-shortlist li.item [data-cell="area"]').nth(1).filter({ hasText: 'ha' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-csv]').click()]);
    expect(download.suggestedFilename()).toBe('shortlist.csv');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.startsWith('\uFEFF')).toBe(true);
    const openData = await (await page.request.get(`${siteUrl()}/data/offers.csv`)).text();
    const mine = readCsv(exported);
    const all = readCsv(openData);
    expect(mine.header).toEqual(all.header);
    expect(mine.header[0]).toBe('id');
    // In the order saved.
    expect(mine.rows.map((r) => r.cells[0])).toEqual([PAGE_OFFER, CARD_OFFER]);
    for (const row of mine.rows) expect(row.cells).toEqual(all.rows.find((r) => r.cells[0] === row.cells[0])!.cells);
    await context.close();
  });

  it('takes an offer out from the shortlist page, and says so when nothing is saved', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${siteUrl()}/ru/offers/${CARD_OFFER}/`);
    const button = saveOnOfferPage(page);
    expect(await button.textContent()).toContain('Сохранить');
    await button.click();
    await page.goto(`${siteUrl()}/ru/shortlist/`);
    const item = page.locator('offer-shortlist li.item');
    await item.locator('[data-cell="area"]').filter({ hasText: 'га' }).waitFor();
    await item.locator('save-offer button').click();
    await item.waitFor({ state: 'detached' });
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await headerCount(page).isHidden()).toBe(true);
    await context.close();
  });

  it('with five saved, ticks the first four for the comparison and lets the visitor swap one for the fifth', async () => {
    const { context, page } = await freshPage();
    const saved = [
      'balkhash-city-beach',
      'balkhash-city-shore-plot',
      'karkaraly-town-guest-house',
      'karkaraly-kent-camping',
      'karkaraly-ski-base-with-lift',
    ];
    await page.goto(`${siteUrl()}/ru/shortlist/`);
    await page.evaluate((ids) => localStorage.setItem('catalog.shortlist', JSON.stringify(ids)), saved);
    await page.reload();
    const boxes = page.locator('offer-shortlist li.item input[data-pick]');
    await page.locator('offer-shortlist li.item [data-cell="area"]').nth(4).filter({ hasText: 'га' }).waitFor();
    expect(await boxes.count()).toBe(5);
    expect(await boxes.evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).checked, (e as HTMLInputElement).disabled]))).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [true, false],
      [false, true],
    ]);
    expect(await page.locator('[data-limit]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare]').getAttribute('href')).toBe(`/ru/compare/?ids=${saved.slice(0, 4).join(',')}`);
    // The label names the offer, so a screen reader hears which one it ticks.
    const fifth = page.getByRole('checkbox', { name: /^Включить в сравнение\W+Лыжная база/ });
    expect(await fifth.isDisabled()).toBe(true);

    await page.getByRole('checkbox', { name: /^Включить в сравнение\W+Городской пляж/ }).uncheck();
    expect(await fifth.isDisabled()).toBe(false);
    await fifth.check();
    const expected = saved.slice(1);
    expect(await page.locator('[data-compare]').getAttribute('href')).toBe(`/ru/compare/?ids=${expected.join(',')}`);
    expect(await page.locator('[data-share-link]').textContent()).toBe(`${siteUrl()}/ru/compare/?ids=${expected.join(',')}`);

    await page.locator('[data-compare]').click();
    await page.waitForURL(/\/ru\/compare\//);
    const columns = page.locator('table.compare thead th.offer-head');
    await columns.nth(3).waitFor();
    expect(await columns.count()).toBe(4);
    await context.close();
  });

  it('is labelled in Kazakh and works from the keyboard (Tab to Save, Space presses it)', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${siteUrl()}/kk/offers/${PAGE_OFFER}/`);
    const button = saveOnOfferPage(page);
    expect(await button.textContent()).toContain('Сақтау');
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await button.evaluate((b) => b === document.activeElement);
    }
    expect(focused).toBe(true);
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });
});
