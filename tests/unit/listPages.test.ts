import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, listPagePath, pageCount, pageSlice, pagerNumbers } from '../../src/lib/catalog/listPages.ts';

describe('list pages', () => {
  it('has 12 offers a page, and one page even for an empty list', () => {
    expect(LIST_PAGE_SIZE).toBe(12);
    expect([0, 1, 12, 13, 24, 25, 3000].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2, 3, 250]);
  });

  it('slices the items of a page, the last one short', () => {
    const items = Array.from({ length: 27 }, (_, i) => i + 1);
    expect(pageSlice(items, 1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(pageSlice(items, 3)).toEqual([25, 26, 27]);
    expect(pageSlice(items, 4)).toEqual([]);
  });

  it('keeps the list’s address for page 1 and adds page/<n>/ after it', () => {
    expect(listPagePath('/en/offers/', 1)).toBe('/en/offers/');
    expect(listPagePath('/en/offers/', 2)).toBe('/en/offers/page/2/');
    expect(listPagePath('/kk/districts/balkhash/', 10)).toBe('/kk/districts/balkhash/page/10/');
  });

  it('shows the first, the last and two either side of the current page, with gaps for the rest', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pagerNumbers(1, 12)).toEqual([1, 2, 3, null, 12]);
    // A gap of one page shows that page instead of an ellipsis.
    expect(pagerNumbers(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 12]);
    expect(pagerNumbers(12, 12)).toEqual([1, null, 10, 11, 12]);
  });
});
