// Accessibility gate: axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violations on any page
// template in any language. Pages come from dist/, so new page types are checked once they are built.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newPage, openIsolatedBrowser } from './browser.ts';
import { missingTypes, openForCheck, templateGroups } from './templates.ts';

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
afterAll(async () => {
  await browser?.close();
});

describe('accessibility of every page template (axe, WCAG 2.2 AA)', () => {
  it('finds page templates to check, and says which page types are not built yet', () => {
    expect(groups.length).toBeGreaterThanOrEqual(6);
    const missing = missingTypes();
    if (missing.length) console.log(`[a11y] page types not built yet, skipped: ${missing.join(', ')}`);
  });

  for (const group of groups) {
    it(`has no violations on ${group.label} pages in ${group.lang} (${group.pages.length} of ${group.total})`, async () => {
      const found: string[] = [];
      for (const p of group.pages) {
        const response = await openForCheck(page, p.urlPath);
        expect(response?.status(), p.urlPath).toBe(200);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of results.violations) {
          for (const node of v.nodes) found.push(`${p.urlPath} ${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`);
        }
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    }, 20_000 + group.pages.length * 5_000);
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
