// axe on the shortlist and compare pages as a visitor sees them with offers in them (the page-type gate
// in a11y.test.ts sees them empty, as they are built), in every language.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/schemas/common.ts';
import { SHORTLIST_KEY } from '../../src/lib/shortlist/shortlist.ts';
import { browserForFile, newPage, siteUrl } from './browser.ts';

const IDS = ['balkhash-city-shore-plot', 'karkaraly-town-guest-house', 'balkhash-childrens-camp'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const handle = browserForFile();

describe('accessibility of a filled shortlist and comparison (axe, WCAG 2.2 AA)', () => {
  for (const lang of LANGS) {
    it(`finds nothing on the shortlist and compare pages in ${lang}`, async () => {
      const { page, errors } = await newPage(handle.context);
      await page.goto(`${siteUrl()}/${lang}/shortlist/`);
      await page.evaluate(([key, ids]) => localStorage.setItem(key!, JSON.stringify(ids)), [SHORTLIST_KEY, IDS] as const);
      await page.reload();
      await page.locator('offer-shortlist li.item [data-cell="area"]').nth(2).filter({ hasText: /\S/ }).waitFor();
      const found: string[] = [];
      const check = async (where: string) => {
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of results.violations)
          for (const node of v.nodes) found.push(`${where} ${v.id}: ${node.target.join(' ')} — ${v.help}`);
      };
      await check('shortlist');
      await page.goto(`${siteUrl()}/${lang}/compare/?ids=${IDS.join(',')}`);
      await page.locator('offer-compare [data-scroll]:not([hidden])').waitFor();
      await check('compare');
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
