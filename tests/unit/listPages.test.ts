import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, listPagePath, pageCount, pageSlice, pagerNumbers } from '../../src/lib/catalog/listPages.ts';
import { listOrder } from '../../src/lib/search/listOrder.ts';
import type { CompactOffer } from '../../src/lib/search/types.ts';

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

describe('the list order the catalog pages in', () => {
  const offer = (id: string, district: string, published: string, area: number): CompactOffer => ({
    id,
    kind: 'land-plot',
    district,
    status: 'available',
    segment: [],
    right: 'lease',
    foreign: false,
    util: [],
    area,
    price: null,
    rent: null,
    inv: null,
    published,
    lat: 49,
    lon: 75,
  });
  const offers = [
    offer('k-old', 'karkaraly', '2025-01-10', 3),
    offer('b-new', 'balkhash', '2026-06-01', 1),
    offer('k-new', 'karkaraly', '2026-07-01', 9),
    offer('b-old', 'balkhash', '2025-03-01', 5),
    offer('b-same-day', 'balkhash', '2026-06-01', 2),
  ];

  it('groups newest first by area, in the areas’ set order, ties by id', () => {
    expect(listOrder(offers, 'newest', ['balkhash', 'karkaraly']).map((o) => o.id)).toEqual([
      'b-new',
      'b-same-day',
      'b-old',
      'k-new',
      'k-old',
    ]);
    expect(listOrder(offers, 'newest', ['karkaraly', 'balkhash']).map((o) => o.id)).toEqual([
      'k-new',
      'k-old',
      'b-new',
      'b-same-day',
      'b-old',
    ]);
  });

  it('keeps one flat list for any other sort', () => {
    expect(listOrder(offers, 'area-desc', ['balkhash', 'karkaraly']).map((o) => o.id)).toEqual([
      'k-new',
      'b-old',
      'k-old',
      'b-same-day',
      'b-new',
    ]);
  });
});
