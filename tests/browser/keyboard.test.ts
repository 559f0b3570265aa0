// Keyboard-only walk: with nothing but Tab and Enter, a person reaches the skip link first, then the
// navigation, the language switcher and every offer, always seeing where the focus is, and is never trapped.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { newPage, siteUrl, openIsolatedBrowser } from './browser.ts';

const { tree } = loadContent('content', { root: '.' });
const offerIds = tree.offers.map((o) => o.id).sort();

interface Stop {
  tag: string;
  href: string | null;
  area: 'skip' | 'nav' | 'lang' | 'main' | 'footer' | 'other';
  offerLink: string | null;
  focusVisible: boolean;
  indicator: boolean;
  onScreen: boolean;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser({ viewport: { width: 1280, height: 800 } }));
  ({ page, errors } = await newPage(context));
});
// One page serves every test: each test starts with no console errors recorded, so an error fails only its own test.
beforeEach(() => {
  errors.length = 0;
});
afterAll(async () => {
  await browser?.close();
});

/** Where the focus is now, seen as a person would: which part of the page, and whether it shows. */
function currentStop(p: Page): Promise<Stop | null> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const area = el.classList.contains('skip-link')
      ? 'skip'
      : el.closest('.lang-switcher')
        ? 'lang'
        : el.closest('header nav')
          ? 'nav'
          : el.closest('main')
            ? 'main'
            : el.closest('footer')
              ? 'footer'
              : 'other';
    const href = el.getAttribute('href');
    const offerLink = href && el.closest('#offer-list') ? (/\/offers\/([^/]+)\/$/.exec(href)?.[1] ?? null) : null;
    return {
      tag: el.tagName.toLowerCase(),
      href,
      area,
      offerLink,
      focusVisible: el.matches(':focus-visible'),
      indicator: outline || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    } as const;
  });
}

/** Presses Tab from the top of the page until the focus leaves the document or comes back round. */
async function tabWalk(urlPath: string, max = 600): Promise<Stop[]> {
  await page.goto(`${siteUrl()}${urlPath}`);
  // Maps that load by themselves near the viewport are walked once loaded, so that the count of reachable
  // elements does not depend on how fast this machine is. Catalog and area maps start as a build-time
  // overview and load only when asked: the walk meets them as that overview, as a person does.
  if (await page.locator('offer-map[data-start="near-view"]').count()) {
    await page.locator('offer-map[data-start="near-view"]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('offer-map[data-start="near-view"] .leaflet-container .leaflet-marker-icon');
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await currentStop(page);
    if (!stop || (stops.length > 0 && stop.area === 'skip')) return stops;
    stops.push(stop);
  }
  throw new Error(`${urlPath}: focus did not leave the page after ${max} Tab presses (a trap?)`);
}

function expectVisibleFocus(stops: Stop[], urlPath: string) {
  const hidden = stops.filter((s) => !s.focusVisible || !s.indicator || !s.onScreen).map((s) => `${s.area} <${s.tag} href=${s.href}>`);
  expect(hidden, `${urlPath}: focused elements without a visible indicator or off screen`).toEqual([]);
}

function expectOrder(stops: Stop[], urlPath: string) {
  const first = (area: Stop['area']) => stops.findIndex((s) => s.area === area);
  expect(first('skip'), urlPath).toBe(0);
  expect(first('nav'), urlPath).toBeGreaterThan(0);
  expect(first('lang'), urlPath).toBeGreaterThan(first('nav'));
  expect(first('main'), urlPath).toBeGreaterThan(first('lang'));
  expect(first('footer'), urlPath).toBeGreaterThan(first('main'));
}

describe('keyboard-only use of the catalog', () => {
  for (const lang of LANGS) {
    it(`reaches the skip link, navigation, language switcher and every offer of /${lang}/offers/ and its later pages with Tab, focus always visible`, async () => {
      // The list comes a page at a time: each page's pager link to the next is reached by Tab, and followed.
      const reached = new Set<string>();
      const walked: string[] = [];
      for (let urlPath: string | null = `/${lang}/offers/`; urlPath; ) {
        walked.push(urlPath);
        const stops = await tabWalk(urlPath);
        expectOrder(stops, urlPath);
        expectVisibleFocus(stops, urlPath);
        for (const s of stops) if (s.offerLink) reached.add(s.offerLink);
        if (urlPath === `/${lang}/offers/`)
          expect(stops.filter((s) => s.area === 'lang').map((s) => s.href)).toEqual(
            LANGS.filter((l) => l !== lang).map((l) => `/${l}/offers/`),
          );
        const next: string | null = await page.$eval(
          '[data-pager]',
          (nav) => nav.querySelector('a[rel="next"]')?.getAttribute('href') ?? null,
        );
        if (next) expect(stops.map((s) => s.href)).toContain(next);
        urlPath = next;
      }
      expect([...reached].sort()).toEqual(offerIds);
      expect(walked).toEqual([`/${lang}/offers/`, `/${lang}/offers/page/2/`, `/${lang}/offers/page/3/`]);
      expect(errors).toEqual([]);
    });
  }

  it('moves focus into the main content with the skip link, past the header', async () => {
    await page.goto(`${siteUrl()}/en/offers/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect((await currentStop(page))?.area).toBe('main');
  });

  it('switches the language with the keyboard alone', async () => {
    await page.goto(`${siteUrl()}/en/offers/`);
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-lang-link') === 'kk')) break;
    }
    await Promise.all([page.waitForURL('**/kk/offers/'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
  });
});

describe('keyboard-only use of an offer page', () => {
  for (const [lang, id] of LANGS.map((l, i) => [l, offerIds[(i * 11) % offerIds.length]!] as const)) {
    it(`reaches the skip link, navigation, language switcher and the offer's own links on /${lang}/offers/${id}/, focus always visible`, async () => {
      const urlPath = `/${lang}/offers/${id}/`;
      const stops = await tabWalk(urlPath);
      expectOrder(stops, urlPath);
      const mainLinks = await page.$$eval(
        'main a[href], main button, main [tabindex="0"]',
        (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length,
      );
      expect(stops.filter((s) => s.area === 'main').length).toBeGreaterThanOrEqual(mainLinks);
      expectVisibleFocus(stops, urlPath);
      expect(errors).toEqual([]);
    });
  }
});
