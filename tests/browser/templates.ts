// Which built pages the browser gates visit: every page type found in dist/ (grouped by URL pattern in
// scripts/quality/pageTypes.ts), in every language it exists in. Each (type, language) group is sampled
// to a few pages spread over the list, a different slice per language, so many different offers are
// covered without visiting all of them; QUALITY_PAGES=all visits every page.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteUrl } from './browser.ts';
import { discoverPages, groupByType, type DistPage } from '../../scripts/quality/distSite.ts';
import { PAGE_TYPES } from '../../scripts/quality/pageTypes.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const PER_GROUP = process.env.QUALITY_PAGES === 'all' ? Infinity : Number(process.env.QUALITY_PAGES ?? 3);

export interface TemplateGroup {
  typeId: string;
  label: string;
  lang: string;
  pages: DistPage[];
  /** How many pages of this type and language the site has. */
  total: number;
}

function spread<T>(items: readonly T[], n: number, offset: number): T[] {
  if (items.length <= n) return [...items];
  const picked = new Set<number>();
  for (let i = 0; i < n; i++) picked.add((Math.floor((i * items.length) / n) + offset) % items.length);
  return [...picked].sort((a, b) => a - b).map((i) => items[i]!);
}

/** The groups of pages to visit, in page-type order. */
export function templateGroups(): TemplateGroup[] {
  const groups: TemplateGroup[] = [];
  for (const [typeId, pages] of groupByType(discoverPages(DIST))) {
    const langs = [...new Set(pages.map((p) => p.lang ?? '-'))];
    langs.forEach((lang, li) => {
      const members = pages.filter((p) => (p.lang ?? '-') === lang);
      groups.push({ typeId, label: pages[0]!.type.label, lang, pages: spread(members, PER_GROUP, li), total: members.length });
    });
  }
  return groups;
}

/**
 * Page types that have patterns but no page in this build. The gates fail on them: a type that the site
 * should have but did not build would otherwise pass every gate unchecked. A type for a page that does not
 * exist yet is added to pageTypes.ts together with the page.
 */
export function missingTypes(): string[] {
  const present = new Set(discoverPages(DIST).map((p) => p.type.id));
  return PAGE_TYPES.filter((t) => t.kind === 'html' && !present.has(t.id)).map((t) => t.label);
}

/**
 * Waits until every interactive map on the page has started and drawn its markers (each map is scrolled
 * into view first, as it loads only near the viewport, or opening it where the page first shows an overview),
 * so that a gate checks the page as a reader sees it
 * and not the empty frame before Leaflet runs. A map that fails to start fails the check. Returns how many
 * maps the page has.
 */
export async function waitForMaps(page: Page, timeout = 20_000): Promise<number> {
  const maps = page.locator('offer-map');
  const count = await maps.count();
  for (let i = 0; i < count; i++) {
    const map = maps.nth(i);
    await map.scrollIntoViewIfNeeded();
    // Catalog and area maps show a build-time overview until the reader asks for the interactive map: ask.
    if ((await map.getAttribute('data-start')) === 'on-request' && !(await map.getAttribute('data-state')))
      await map.locator('[data-open-map]').click();
    const handle = await map.elementHandle();
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'ready' || el?.getAttribute('data-state') === 'failed', handle, {
      timeout,
    });
    expect(await map.getAttribute('data-state'), `map ${i + 1} on ${page.url()}`).toBe('ready');
    if (Number(await map.getAttribute('data-offer-count')) > 0) {
      // Markers (or clusters of them) in the marker pane, and no cluster animation still running.
      await page.waitForFunction(
        (el) => !!el?.querySelector('.leaflet-marker-pane .leaflet-marker-icon') && !el.querySelector('.leaflet-cluster-anim'),
        handle,
        { timeout },
      );
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return count;
}

/**
 * Opens a page for a gate to check. The language picker is opened as if from the site, so that it does
 * not redirect; the page is scrolled to the end and back, so lazy parts (maps, search) start as they
 * would for a reader who scrolls.
 */
export async function openForCheck(page: Page, urlPath: string) {
  const response = await page.goto(`${siteUrl()}${urlPath}`, { referer: `${siteUrl()}/en/`, waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(200);
  await page.evaluate(() => window.scrollTo(0, 0));
  return response;
}
