// The printed offer sheet: every offer, in every language, prints (print media, A4) on at most two
// pages, and what a board needs is on paper: the illustrative notice, title, contact, expected costs
// and the location map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { newPage, openIsolatedBrowser, siteUrl } from './browser.ts';

const { tree } = loadContent('content', { root: '.' });
const offerIds = tree.offers.map((o) => o.id).sort();
const MAX_PAGES = 2;

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser());
  ({ page, errors } = await newPage(context));
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the element is laid out and visible under the current media. */
function printed(p: Page, selector: string): Promise<boolean> {
  return p.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return false;
    for (let node: HTMLElement | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return el.getBoundingClientRect().height > 0;
  }, selector);
}

describe('printed offer sheet', () => {
  it('counts the pages of a PDF by its page objects, not its page tree', () => {
    const pdf = Buffer.from(
      '1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>> 2 0 obj <</Type /Page>> 3 0 obj <</Type/Page /Parent 1 0 R>>',
      'latin1',
    );
    expect(pdfPageCount(pdf)).toBe(2);
  });

  for (const lang of LANGS) {
    it(`prints every offer in ${lang} on at most ${MAX_PAGES} A4 pages with notice, title, contact, costs and map`, async () => {
      const counts: Record<string, number> = {};
      const missing: string[] = [];
      for (const id of offerIds) {
        await page.emulateMedia({ media: 'screen' });
        const response = await page.goto(`${siteUrl()}/${lang}/offers/${id}/`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['[data-illustrative-notice]', 'h1', '#contact', '#costs', '.contact-card', '[data-location-thumbnail]']) {
          if (!(await printed(page, selector))) missing.push(`${id}: ${selector}`);
        }
        // The map prints only if the image has actually loaded (a lazy image may not have).
        const mapLoaded = await page.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('[data-location-thumbnail]');
          return img
            ? img.decode().then(
                () => img.naturalWidth > 0,
                () => false,
              )
            : false;
        });
        if (!mapLoaded) missing.push(`${id}: map image not loaded`);
        for (const selector of ['print-button', '.ask', 'header nav', '#offer-map']) {
          if (await printed(page, selector)) missing.push(`${id}: ${selector} should not print`);
        }
        counts[id] = pdfPageCount(await page.pdf({ format: 'A4', printBackground: false }));
      }
      const max = Math.max(...Object.values(counts));
      console.log(`print ${lang}: ${offerIds.length} offers, max ${max} A4 pages; ${JSON.stringify(counts)}`);
      expect(missing).toEqual([]);
      expect(Object.entries(counts).filter(([, n]) => n > MAX_PAGES || n < 1)).toEqual([]);
      expect(errors).toEqual([]);
    }, 240_000);
  }
});
