// The Share button on an offer page: where the browser has no share sheet (desktop Chromium here) it
// copies the page's canonical link and says so where it can be seen and heard (role=status); where
// it has one (a phone), the sheet gets the title and link. Each language labels it in its own words.
import { describe, expect, it } from 'vitest';
import { browserForFile, isolateNetwork, newPage, siteUrl } from './browser.ts';

const OFFER = 'karkaraly-kent-camping';
const CANONICAL = (lang: string) => `https://tourism-invest.karaganda.example/${lang}/offers/${OFFER}/`;
const LABELS = { en: 'Share', ru: 'Поделиться', kk: 'Бөлісу' } as const;
const COPIED = { en: 'Link copied', ru: 'Ссылка скопирована', kk: 'Сілтеме көшірілді' } as const;

const handle = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'] });

describe('share button', () => {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`copies the link with a visible confirmation when there is no share sheet (${lang})`, async () => {
      const { page, errors } = await newPage(handle.context);
      // Desktop Linux Chromium has no navigator.share; remove it anyway so the test does not depend on the build.
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
      });
      await page.goto(`${siteUrl()}/${lang}/offers/${OFFER}/`);
      const button = page.getByRole('button', { name: LABELS[lang], exact: true });
      await button.click();
      const status = page.locator('share-button [role="status"]');
      await expect.poll(() => status.textContent()).toContain(COPIED[lang]);
      expect(await status.isVisible()).toBe(true);
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL(lang));
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('hands the title and link to the share sheet where there is one, and copies nothing', async () => {
    const { page, errors } = await newPage(handle.context);
    await page.addInitScript(() => {
      const w = window as unknown as { shared: unknown[] };
      w.shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        value: async (data: unknown) => {
          w.shared.push(data);
        },
        configurable: true,
      });
      Object.defineProperty(Navigator.prototype, 'canShare', { value: () => true, configurable: true });
    });
    await page.goto(`${siteUrl()}/en/offers/${OFFER}/`);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
      .toEqual([
        // content/offers/karkaraly-kent-camping/en.mdx
        { title: 'Camping plot at the foot of the Kent mountains', url: CANONICAL('en') },
      ]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
    expect(await page.locator('share-button [role="status"]').textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the plain link for a reader without JavaScript', async () => {
    const context = await handle.browser!.newContext({ javaScriptEnabled: false });
    await isolateNetwork(context);
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/kk/offers/${OFFER}/`);
    expect(await page.locator('share-button a').getAttribute('href')).toBe(CANONICAL('kk'));
    expect(await page.locator('share-button button').count()).toBe(0);
    await context.close();
  });
});
