import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { readRegisterCsv } from '../../src/lib/register/io.ts';
import { readFileSync } from 'node:fs';
import { LANGS } from '../../src/schemas/common.ts';
import { newPage, siteUrl, openIsolatedBrowser } from './browser.ts';

const { tree } = loadContent('content', { root: '.' });
const published = tree.offers.filter((o) => !o.facts.draft);
/** The columns of the register the officials keep (seeds/audit-register.csv): the CSV must keep them, whatever columns.ts says. */
const SEED_HEADER = readFileSync('seeds/audit-register.csv', 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)[0]!
  .split(',');
/** Every use of a content component in the offers' texts, as the checker saw it. */
const uses = published.flatMap((o) => LANGS.flatMap((lang) => (o.texts[lang]?.components ?? []).map((use) => ({ offer: o, lang, use }))));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser());
});
afterAll(async () => {
  await browser?.close();
});

describe('content components on offer pages', () => {
  it('are used somewhere in the demo content, each of the four', () => {
    expect(new Set(uses.map((u) => u.use.name))).toEqual(new Set(['Callout', 'FactsNote', 'Gallery', 'VideoLink']));
  });

  for (const lang of LANGS) {
    it(`render in ${lang} as the texts ask: callouts, facts from facts.yaml, photos with alt text, safe video links`, async () => {
      const { page, errors } = await newPage(context);
      for (const offer of [...new Set(uses.filter((u) => u.lang === lang).map((u) => u.offer))]) {
        await page.goto(`${siteUrl()}/${lang}/offers/${offer.id}/`);
        const mine = uses.filter((u) => u.offer === offer && u.lang === lang).map((u) => u.use);
        const prose = page.locator('section.prose');
        expect(await prose.locator('div.callout[role="note"]').count(), offer.id).toBe(mine.filter((u) => u.name === 'Callout').length);
        for (const note of mine.filter((u) => u.name === 'FactsNote')) {
          const text = await prose.locator(`div.facts-note[data-fact="${note.attributes.fact}"] strong`).textContent();
          const amount =
            note.attributes.fact === 'price'
              ? offer.facts.price.amountKzt
              : note.attributes.fact === 'investment'
                ? offer.facts.investmentKzt
                : undefined;
          if (amount !== undefined) expect(text!.replace(/\D/g, ''), offer.id).toBe(String(amount));
        }
        for (const gallery of mine.filter((u) => u.name === 'Gallery')) {
          const files = gallery.attributes.files!.split(',').map((f) => f.trim());
          const alts = await prose.locator('figure.gallery img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
          expect(alts, offer.id).toEqual(files.map((f) => offer.facts.photos.find((p) => p.file === f)!.alt![lang]));
          const img = prose.locator('figure.gallery img').first();
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
        }
        for (const video of mine.filter((u) => u.name === 'VideoLink')) {
          const link = prose.locator('.video-link a');
          expect(await link.getAttribute('href')).toBe(new URL(video.attributes.href!).href);
          expect(await link.getAttribute('target')).toBe('_blank');
          expect(await link.getAttribute('rel')).toContain('noopener');
          expect(await prose.locator('iframe, script').count()).toBe(0);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the open data CSV', () => {
  it('is UTF-8 with a BOM, in the register columns, one row per published offer, with Cyrillic intact', async () => {
    const response = await fetch(`${siteUrl()}/data/offers.csv`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = readRegisterCsv(new TextDecoder().decode(bytes));
    // The register's columns, then the demonstration flag (true while the site shows illustrative data).
    expect(table.header).toEqual([...SEED_HEADER, 'illustrative']);
    expect(new Set(table.rows.map((r) => r.cells.at(-1)))).toEqual(new Set(['true']));
    expect(table.header.slice(0, 4)).toEqual(['id', 'kind', 'status', 'title.en']);
    expect(table.rows.map((r) => r.cells[0])).toEqual(published.map((o) => o.id).sort());
    for (const offer of published) {
      const cells = table.rows.find((r) => r.cells[0] === offer.id)!.cells;
      expect(cells[SEED_HEADER.indexOf('title.kk')]).toBe(offer.texts.kk?.data.title ?? '');
      expect(Number(cells[SEED_HEADER.indexOf('land.areaHa')])).toBe(offer.facts.land.areaHa);
    }
  });
});
