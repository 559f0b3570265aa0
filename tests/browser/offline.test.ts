// Saved offers work offline: once an offer is saved while online, its page and the shortlist open with
// the network cut (context.setOffline). The worker keeps only what was saved: an offer that was not
// saved does not open offline.
import { describe, expect, it } from 'vitest';
import { launchBrowser, newPage, siteUrl } from './browser.ts';

const SAVED = 'karkaraly-town-guest-house';
const NOT_SAVED = 'balkhash-city-beach';

describe('offline', () => {
  it('opens the saved offer and the shortlist with no network, and nothing else', async () => {
    // No request routing here: Chromium bypasses service workers while Playwright intercepts requests.
    // Only the loopback test server is ever asked for anything.
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const { page } = await newPage(context);
      await page.goto(`${siteUrl()}/en/offers/${SAVED}/`);
      const title = await page.locator('h1').textContent();
      await page.locator('article.offer > .save save-offer button').click();
      // The worker writes its list of kept pages once it has fetched them and the files they load. (A polling
      // loop inside evaluate: waitForFunction would take the promise an async check returns as a truthy value.)
      await page.evaluate(async (id) => {
        const kept = async () =>
          !!(await caches.match('/__offline-worker/kept.json')) &&
          !!(await caches.match(`/en/offers/${id}/`)) &&
          !!(await caches.match(`/en/shortlist/${id}.json`));
        while (!(await kept())) await new Promise((resolve) => setTimeout(resolve, 200));
      }, SAVED);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true))).toBe(
        true,
      );

      await context.setOffline(true);
      await page.goto(`${siteUrl()}/en/offers/${SAVED}/`);
      expect(await page.locator('h1').textContent()).toBe(title);
      expect(await page.locator('article.offer > .save save-offer button').getAttribute('aria-pressed')).toBe('true');

      await page.goto(`${siteUrl()}/en/shortlist/`);
      const item = page.locator(`offer-shortlist li.item[data-id="${SAVED}"]`);
      await item.locator('[data-cell="area"]').filter({ hasText: '0.3 ha' }).waitFor();
      expect(await item.locator('a[data-title]').textContent()).toBe(title);

      await expect(page.goto(`${siteUrl()}/en/offers/${NOT_SAVED}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
