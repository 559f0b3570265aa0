// Shapes shared by the catalog search: the compact offer records the client filters,
// and the search state that lives in the URL. No runtime imports, so client code stays small.

/** Facets where an offer has one value (kind, area, status, right) or several (segments); options combine with OR. */
export const LIST_FACETS = ['kind', 'district', 'status', 'segment', 'right'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

/** Utilities a person can require; every ticked one must be present (AND). `road` means an all-season road. */
export const UTILITY_FACETS = ['power', 'water', 'sewage', 'gas', 'internet', 'road'] as const;
export type UtilityFacet = (typeof UTILITY_FACETS)[number];

/**
 * Numeric ranges. Area is in hectares; prices and investment in millions of tenge, as people type them.
 * `price` is a one-off price (sale or start price) and `rent` a yearly payment: never one scale.
 */
export const RANGES = ['area', 'price', 'rent', 'inv'] as const;
export type RangeKey = (typeof RANGES)[number];

/** `price-*` sorts by the one-off price and `rent-*` by the yearly rent; offers without that kind of price go last. */
export const SORTS = ['newest', 'area-desc', 'area-asc', 'price-asc', 'price-desc', 'rent-asc', 'rent-desc'] as const;
export type SortKey = (typeof SORTS)[number];

/** One offer as client-side filtering needs it: facts only, no text in any language. */
export interface CompactOffer {
  id: string;
  kind: string;
  district: string;
  status: string;
  segment: string[];
  right: string;
  /** A Kazakh company with foreign participation may acquire it. */
  foreign: boolean;
  /** Utilities present, from UTILITY_FACETS. */
  util: UtilityFacet[];
  /** Land area, ha. */
  area: number;
  /** One-off price in tenge (sale price, start price); null when the price is yearly or on request. */
  price: number | null;
  /** Yearly rent in tenge; null when the price is one-off or on request. */
  rent: number | null;
  /** Estimated investment in tenge; null when unknown. */
  inv: number | null;
  /** YYYY-MM-DD first published. */
  published: string;
  /** Where it is, degrees (rounded to 4 decimals), for the map's area filter. */
  lat: number;
  lon: number;
}

/** The offers in catalog order and the option lists of each facet, as the client works with them. */
export interface CompactCatalog {
  options: Record<ListFacet, string[]>;
  offers: CompactOffer[];
}

/**
 * The file /search/offers.json: the same data by column, so thousands of offers stay small.
 * Facet values are indexes into `options`; several values (segments, utilities) are bit masks.
 */
export interface CompactCatalogFile {
  version: 4;
  options: Record<ListFacet, string[]>;
  id: string[];
  kind: number[];
  district: number[];
  status: number[];
  /** Bit i set: options.segment[i]. */
  segment: number[];
  right: number[];
  foreign: Array<0 | 1>;
  /** Bit i set: UTILITY_FACETS[i]. */
  util: number[];
  area: number[];
  price: Array<number | null>;
  rent: Array<number | null>;
  inv: Array<number | null>;
  published: string[];
  lat: number[];
  lon: number[];
}

export interface Range {
  min?: number;
  max?: number;
}

/** A map area in degrees: the offers inside it, as a cluster of the overview map holds them. */
export interface MapBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Everything a person has chosen on the catalog page; the URL holds exactly this. */
export interface SearchState {
  q: string;
  facets: Record<ListFacet, string[]>;
  foreign: boolean;
  util: UtilityFacet[];
  ranges: Record<RangeKey, Range>;
  /** Only offers inside this area (a cluster chosen on the overview map); null: anywhere. */
  box: MapBox | null;
  sort: SortKey;
}

export function emptyState(): SearchState {
  return {
    q: '',
    facets: { kind: [], district: [], status: [], segment: [], right: [] },
    foreign: false,
    util: [],
    ranges: { area: {}, price: {}, rent: {}, inv: {} },
    box: null,
    sort: 'newest',
  };
}
