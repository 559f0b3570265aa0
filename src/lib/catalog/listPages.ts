// Lists of offers split into pages of a fixed size, so a list page's first view does not grow with the
// catalog. Pure: the catalog pages, the area pages and the catalog's client use the same arithmetic.

/**
 * Offers per list page. A card on a 360 px phone is about one screen tall (location picture, title,
 * status, summary, four facts), so 12 cards are about a dozen screens: what an investor scans before
 * narrowing the search. 12 also fills rows of 1, 2, 3 or 4 columns on wider screens.
 */
export const LIST_PAGE_SIZE = 12;

/** Number of pages for `total` items; an empty list still has its one (empty) page. */
export const pageCount = (total: number, size = LIST_PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** The items of 1-based `page`. */
export const pageSlice = <T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): T[] => items.slice((page - 1) * size, page * size);

/**
 * The path segment of a list's later pages (`/offers/page/2/`, as the route folder
 * src/pages/[lang]/offers/page/ spells it). No offer may take it as its id: its page would be `/offers/page/`.
 */
export const LIST_PAGE_SEGMENT = 'page';

/** The address of a list's page: the list's own address for page 1, `<base>page/<n>/` after it. */
export const listPagePath = (base: string, page: number): string => (page <= 1 ? base : `${base}${LIST_PAGE_SEGMENT}/${page}/`);

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one, with
 * `null` where numbers are left out. E.g. page 6 of 12: 1 … 4 5 6 7 8 … 12.
 */
export function pagerNumbers(current: number, count: number): Array<number | null> {
  const shown = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => current + d)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last === 2) out.push(n - 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}
