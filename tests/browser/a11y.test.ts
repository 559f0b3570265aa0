// Accessibility gate: axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violations on any page
// template in any language. Pages come from dist/, so new page types are checked once they are built.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newPage, openIsolatedBrowser } from './browser.ts';
import { missingTypes, openForCheck, templateGroups, waitForMaps } from './templates.ts';

/** Page types whose pages draw an interactive map: axe runs on them only once its markers are drawn. */
const TYPES_WITH_MAP = new Set(['catalog', 'offer', 'district']);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const groups = templateGroups();

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ browser, context } = await openIsolatedBrowser());
  ({ page, errors } = await newPage(context));
});
// One page serves every test: each test starts with no console errors recorded, so an error fails only its own test.
beforeEach(() => {
  errors.length = 0;
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility of every page template (axe, WCAG 2.2 AA)', () => {
  it('finds a page of every page type to check', () => {
    expect(groups.length).toBeGreaterThanOrEqual(6);
    expect(missingTypes(), 'page types with no page in dist/: build them, or remove them from scripts/quality/pageTypes.ts').toEqual([]);
  });

  for (const group of groups) {
    it(
      `has no violations on ${group.label} pages in ${group.lang} (${group.pages.length} of ${group.total})`,
      async () => {
        const found: string[] = [];
        for (const p of group.pages) {
          const response = await openForCheck(page, p.urlPath);
          expect(response?.status(), p.urlPath).toBe(200);
          const check = async (state: string) => {
            const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
            for (const v of results.violations) {
              for (const node of v.nodes) found.push(`${p.urlPath}${state} ${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`);
            }
          };
          // Catalog and area pages first show their overview picture: checked as first seen, then with the interactive map open.
          if (await page.locator('offer-map[data-start="on-request"]').count()) await check(' (overview)');
          const maps = await waitForMaps(page);
          if (TYPES_WITH_MAP.has(group.typeId)) expect(maps, `${p.urlPath} has no map`).toBeGreaterThan(0);
          await check('');
        }
        expect(found).toEqual([]);
        expect(errors).toEqual([]);
      },
      20_000 + group.pages.length * 5_000,
    );
  }

  it('reports a violation on a page that has one, so the gate can fail', async () => {
    await openForCheck(page, groups[0]!.pages[0]!.urlPath);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main, body')!.append(img);
    });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toContain('image-alt');
  });
});
