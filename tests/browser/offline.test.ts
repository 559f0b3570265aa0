// Saved offers work offline: once an offer is saved while online, its page and the shortlist open with
// the network cut (context.setOffline). The worker keeps only what was saved: an offer that was not
// saved does not open offline.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { launchBrowser, newPage, siteUrl } from './browser.ts';

const SAVED = 'karkaraly-town-guest-house';
const NOT_SAVED = 'balkhash-city-beach';

/** Waits until the worker has kept the offer's page and record (a polling loop: see the first test). */
async function waitUntilKept(page: Page, id: string, cacheName?: string): Promise<void> {
  await page.evaluate(
    async ([offer, name]) => {
      const match = (path: string) => (name ? caches.open(name).then((c) => c.match(path)) : caches.match(path));
      const kept = async () =>
        (!name || (await caches.keys()).includes(name)) &&
        !!(await match('/__offline-worker/kept.json')) &&
        !!(await match(`/en/offers/${offer}/`)) &&
        !!(await match(`/en/shortlist/${offer}.json`));
      while (!(await kept())) await new Promise((resolve) => setTimeout(resolve, 200));
    },
    [id, cacheName] as const,
  );
}

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

  it('after a rebuild, keeps the new copy of a saved offer, not the old one', async () => {
    // A copy of the built site stands in for the deployed one; "rebuilding" it changes the offer's
    // heading and the worker's build version, as a real rebuild with an edited offer does.
    const root = mkdtempSync(join(tmpdir(), 'offline-rebuild-'));
    const site = join(root, 'dist');
    cpSync('dist', site, { recursive: true });
    const server = await serve({ dir: site, host: '127.0.0.1', port: 0 });
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const { page } = await newPage(context);
      await page.goto(`${server.url}/en/offers/${SAVED}/`);
      const title = (await page.locator('h1').textContent())!.trim();
      await page.locator('article.offer > .save save-offer button').click();
      await waitUntilKept(page, SAVED);

      const offerFile = join(site, `en/offers/${SAVED}/index.html`);
      const html = readFileSync(offerFile, 'utf8');
      const edited = html.replace(`>${title}</h1>`, `>${title} (edited)</h1>`);
      expect(edited).not.toBe(html);
      writeFileSync(offerFile, edited);
      const worker = readFileSync(join(site, 'sw.js'), 'utf8');
      const version = /build ([a-z0-9-]+) \*\//.exec(worker)?.[1];
      expect(version).toBeTruthy();
      writeFileSync(join(site, 'sw.js'), worker.replaceAll(version!, `${version}next`));

      // The browser checks the worker on the next visit (here asked at once) and installs the new one,
      // which fetches the kept pages again from the new build before it drops the old copies.
      await page.goto(`${server.url}/en/shortlist/`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await waitUntilKept(page, SAVED, `shortlist-${version}next`);
      await page.evaluate(async (old) => {
        while ((await caches.keys()).includes(old)) await new Promise((resolve) => setTimeout(resolve, 200));
      }, `shortlist-${version}`);

      await context.setOffline(true);
      await page.goto(`${server.url}/en/offers/${SAVED}/`);
      expect((await page.locator('h1').textContent())!.trim()).toBe(`${title} (edited)`);
      await context.close();
    } finally {
      await browser.close();
      await new Promise((resolve) => server.server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    }
  });
});
