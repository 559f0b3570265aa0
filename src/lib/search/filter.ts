import { LIST_FACETS, RANGES, UTILITY_FACETS } from './types.ts';
import type { CompactOffer, ListFacet, RangeKey, SearchState, SortKey, UtilityFacet } from './types.ts';

/** Ranges of price and investment are typed in millions of tenge. */
const RANGE_SCALE: Record<RangeKey, number> = { area: 1, price: 1_000_000, rent: 1_000_000, inv: 1_000_000 };

/** One thing that narrows the list, so it can be left out (for facet counts) or suggested for removal. */
export type Constraint =
  | { type: 'q' }
  | { type: 'facet'; facet: ListFacet }
  | { type: 'foreign' }
  | { type: 'util'; util: UtilityFacet }
  | { type: 'range'; range: RangeKey }
  | { type: 'box' };

const facetValues = (offer: CompactOffer, facet: ListFacet): readonly string[] => (facet === 'segment' ? offer.segment : [offer[facet]]);

export function rangeValue(offer: CompactOffer, key: RangeKey): number | null {
  return offer[key];
}

function inRange(offer: CompactOffer, key: RangeKey, state: SearchState): boolean {
  const { min, max } = state.ranges[key];
  if (min === undefined && max === undefined) return true;
  const value = rangeValue(offer, key);
  if (value === null) return false;
  const scale = RANGE_SCALE[key];
  return (min === undefined || value >= min * scale) && (max === undefined || value <= max * scale);
}

const same = (a: Constraint, b: Constraint | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether an offer passes every constraint of the state, except `skip`.
 * `textIds` is the set Pagefind matched for the query, or null when there is no query.
 */
export function matches(offer: CompactOffer, state: SearchState, textIds: ReadonlySet<string> | null, skip?: Constraint): boolean {
  if (textIds && !same({ type: 'q' }, skip) && !textIds.has(offer.id)) return false;
  for (const facet of LIST_FACETS) {
    const chosen = state.facets[facet];
    if (chosen.length && !same({ type: 'facet', facet }, skip) && !facetValues(offer, facet).some((v) => chosen.includes(v))) return false;
  }
  if (state.foreign && skip?.type !== 'foreign' && !offer.foreign) return false;
  for (const util of state.util) if (!same({ type: 'util', util }, skip) && !offer.util.includes(util)) return false;
  for (const range of RANGES) if (!same({ type: 'range', range }, skip) && !inRange(offer, range, state)) return false;
  const { box } = state;
  if (box && skip?.type !== 'box' && (offer.lat < box.south || offer.lat > box.north || offer.lon < box.west || offer.lon > box.east))
    return false;
  return true;
}

export function filterOffers(offers: readonly CompactOffer[], state: SearchState, textIds: ReadonlySet<string> | null): CompactOffer[] {
  return offers.filter((o) => matches(o, state, textIds));
}

const newest = (a: CompactOffer, b: CompactOffer) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id);

/** Missing values (price on request) always go last, whatever the direction. */
function byNumber(get: (o: CompactOffer) => number | null, direction: 1 | -1) {
  return (a: CompactOffer, b: CompactOffer) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? newest(a, b) : x === null ? 1 : -1;
    return (x - y) * direction || newest(a, b);
  };
}

const COMPARATORS: Record<SortKey, (a: CompactOffer, b: CompactOffer) => number> = {
  newest,
  'area-desc': byNumber((o) => o.area, -1),
  'area-asc': byNumber((o) => o.area, 1),
  'price-asc': byNumber((o) => o.price, 1),
  'price-desc': byNumber((o) => o.price, -1),
  'rent-asc': byNumber((o) => o.rent, 1),
  'rent-desc': byNumber((o) => o.rent, -1),
};

export function sortOffers(offers: readonly CompactOffer[], sort: SortKey): CompactOffer[] {
  return [...offers].sort(COMPARATORS[sort]);
}

export interface FacetCounts {
  facets: Record<ListFacet, Record<string, number>>;
  /** Results if "foreign-owned company eligible" were ticked. */
  foreign: number;
  /** Results if this utility were also required. */
  util: Record<UtilityFacet, number>;
}

/**
 * How many results each option would give. For an OR facet: the offers passing every other
 * constraint that have this value. For the AND options (utilities, foreign): the results with it added.
 */
export function facetCounts(
  offers: readonly CompactOffer[],
  state: SearchState,
  textIds: ReadonlySet<string> | null,
  options: Record<ListFacet, readonly string[]>,
): FacetCounts {
  const facets = Object.fromEntries(
    LIST_FACETS.map((facet) => {
      const counts: Record<string, number> = Object.fromEntries(options[facet].map((v) => [v, 0]));
      for (const offer of offers) {
        if (!matches(offer, state, textIds, { type: 'facet', facet })) continue;
        for (const v of facetValues(offer, facet)) counts[v] = (counts[v] ?? 0) + 1;
      }
      return [facet, counts];
    }),
  ) as FacetCounts['facets'];
  const current = offers.filter((o) => matches(o, state, textIds, { type: 'foreign' }));
  const foreign = current.filter((o) => o.foreign).length;
  const base = offers.filter((o) => matches(o, state, textIds));
  const util = Object.fromEntries(UTILITY_FACETS.map((u) => [u, base.filter((o) => o.util.includes(u)).length])) as FacetCounts['util'];
  return { facets, foreign, util };
}

/** Every constraint the state sets, in the order the form shows them. */
export function activeConstraints(state: SearchState): Constraint[] {
  const out: Constraint[] = [];
  if (state.q) out.push({ type: 'q' });
  for (const facet of LIST_FACETS) if (state.facets[facet].length) out.push({ type: 'facet', facet });
  if (state.foreign) out.push({ type: 'foreign' });
  for (const util of state.util) out.push({ type: 'util', util });
  for (const range of RANGES)
    if (state.ranges[range].min !== undefined || state.ranges[range].max !== undefined) out.push({ type: 'range', range });
  if (state.box) out.push({ type: 'box' });
  return out;
}

/** The state with one constraint taken away. */
export function without(state: SearchState, c: Constraint): SearchState {
  const next: SearchState = structuredClone(state);
  if (c.type === 'q') next.q = '';
  else if (c.type === 'facet') next.facets[c.facet] = [];
  else if (c.type === 'foreign') next.foreign = false;
  else if (c.type === 'util') next.util = next.util.filter((u) => u !== c.util);
  else if (c.type === 'box') next.box = null;
  else next.ranges[c.range] = {};
  return next;
}

/**
 * What to relax when nothing matches: each active constraint with the number of results
 * dropping it alone would give, best first; constraints whose removal still gives nothing are left out.
 */
export function relaxSuggestions(
  offers: readonly CompactOffer[],
  state: SearchState,
  textIds: ReadonlySet<string> | null,
): Array<{ constraint: Constraint; count: number }> {
  return activeConstraints(state)
    .map((constraint) => ({ constraint, count: offers.filter((o) => matches(o, state, textIds, constraint)).length }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}
