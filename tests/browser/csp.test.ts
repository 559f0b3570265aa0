// CSP gate, browser half: Chromium records `securitypolicyviolation` events while it loads every page
// template in every language (scrolling, so lazy parts such as maps load too); there must be none.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolateNetwork, newPage, siteUrl, openIsolatedBrowser } from './browser.ts';
import { missingTypes, openForCheck, templateGroups, waitForMaps } from './templates.ts';

const groups = templateGroups();

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser());
  // Registered before any page script runs, in every document the context opens.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  ({ page, errors } = await newPage(context));
});
// One page serves every test: each test starts with no console errors recorded, so an error fails only its own test.
beforeEach(() => {
  errors.length = 0;
});
afterAll(async () => {
  await browser?.close();
});

async function violationsOn(urlPath: string): Promise<string[]> {
  const response = await openForCheck(page, urlPath);
  expect(response?.status(), urlPath).toBe(200);
  // Maps load Leaflet, tiles and markers lazily: count what they do too.
  await waitForMaps(page);
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('the Content Security Policy in Chromium', () => {
  it('finds a page of every page type to load', () => {
    expect(groups.length).toBeGreaterThanOrEqual(6);
    expect(missingTypes(), 'page types with no page in dist/: build them, or remove them from scripts/quality/pageTypes.ts').toEqual([]);
  });

  for (const group of groups) {
    it(
      `blocks nothing on ${group.label} pages in ${group.lang} (${group.pages.length} of ${group.total})`,
      async () => {
        const found: string[] = [];
        for (const p of group.pages) for (const v of await violationsOn(p.urlPath)) found.push(`${p.urlPath}: ${v}`);
        expect(found).toEqual([]);
        expect(errors).toEqual([]);
      },
      20_000 + group.pages.length * 5_000,
    );
  }

  it('still sends a first-time visitor from / to a language page (the picker script runs under the policy)', async () => {
    const ru = await browser.newContext({ locale: 'ru-RU' });
    await isolateNetwork(ru);
    const p = await ru.newPage();
    await p.goto(`${siteUrl()}/`);
    await p.waitForURL('**/ru/');
    await ru.close();
  });

  it('lets Pagefind search (a module and WebAssembly from the site) run under the policy', async () => {
    await page.goto(`${siteUrl()}/en/offers/`);
    // A string, so that Vitest does not rewrite the import(); an injected inline <script> would be blocked by the CSP.
    await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.pf = pf; })");
    await page.waitForFunction(() => 'pf' in window);
    const count = await page.evaluate(async () => {
      const pf = (
        window as unknown as { pf: { search: (q: string | null) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> } }
      ).pf;
      const search = await pf.search('Balkhash');
      if (search.results[0]) await search.results[0].data();
      return search.results.length;
    });
    expect(count).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('blocks an injected inline script and reports it, so the gate can fail', async () => {
    const target = `${siteUrl()}${groups[0]!.pages[0]!.urlPath}`;
    const html = await (await fetch(target)).text();
    await page.route(target, (route) =>
      route.fulfill({ contentType: 'text/html', body: html.replace('</body>', '<script>window.__injected = true</script></body>') }),
    );
    await page.goto(target, { referer: `${siteUrl()}/en/` });
    await page.unroute(target);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).join()).toContain('script-src');
    errors.length = 0;
  });
});
