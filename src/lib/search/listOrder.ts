// The order the catalog lists its results in, page after page. Pure and shared: the build writes the
// catalog's pages in this order and the client pages its results in it, so page 2 of the unfiltered list
// is the same twelve offers with or without JavaScript.
import { sortOffers } from './filter.ts';
import type { CompactOffer, SortKey } from './types.ts';

/**
 * `offers` in list order: sorted by `sort`; when sorted newest first (the default), the list is shown in
 * area groups, so the areas come in `areaOrder` and each area's offers newest first.
 */
export function listOrder(offers: readonly CompactOffer[], sort: SortKey, areaOrder: readonly string[]): CompactOffer[] {
  const sorted = sortOffers(offers, sort);
  if (sort !== 'newest') return sorted;
  const rank = new Map(areaOrder.map((id, i) => [id, i]));
  const last = areaOrder.length;
  // Array.prototype.sort is stable: within an area the newest-first order stays.
  return sorted.sort((a, b) => (rank.get(a.district) ?? last) - (rank.get(b.district) ?? last));
}
