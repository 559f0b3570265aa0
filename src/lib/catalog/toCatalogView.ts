import type { Lang } from '../../schemas/index.ts';
import { compactCatalog } from '../search/compactCatalog.ts';
import { listOrder } from '../search/listOrder.ts';
import { facetCounts, type FacetCounts } from '../search/filter.ts';
import { emptyState, type CompactCatalog, type CompactOffer } from '../search/types.ts';
import { buildMapData, toMapOffer, type MapData } from '../map/mapData.ts';
import type { Catalog } from './buildCatalog.ts';
import { pageCount, pageSlice } from './listPages.ts';
import { toDistrictSummary, type DistrictSummaryView } from './toDistrictView.ts';
import { toOfferView, type OfferView, type OfferViewCatalogKeys } from './toOfferView.ts';

/** One page of the catalog: its offers grouped by area, the overview map on the first page, the search form's data. */
export interface CatalogView {
  offerCount: number;
  /** This page (1-based) and how many pages the whole list has. */
  page: number;
  pageCount: number;
  /** Every area in order, with this page's offers of it (none, on most pages, for most areas). */
  groups: Array<{ district: DistrictSummaryView; offers: OfferView[] }>;
  /** The map of every offer, on the first page only: later pages continue the list. */
  map: MapData | undefined;
  search: {
    /** The compact facts the form counts its options from (the same data the client filters). */
    data: CompactCatalog;
    /** Each option's count with nothing chosen: what the form shows before the client takes over. */
    counts: FacetCounts;
    /** Area names by id, for the area filter's options. */
    districtNames: Record<string, string>;
  };
}

type CatalogInput = Pick<Catalog, 'offers' | 'stats' | OfferViewCatalogKeys>;

/** What every page in every language shares: the compact data, the unfiltered list order, the options' counts. */
interface CatalogListing {
  data: CompactCatalog;
  ordered: CompactOffer[];
  counts: FacetCounts;
  byId: Map<string, CatalogInput['offers'][number]>;
}

// Made once per catalog: at 3,000 offers each of the 750 list pages sorting and counting the whole
// catalog again took 33 s of the build (it grew with the square of the catalog).
const listingCache = new WeakMap<object, CatalogListing>();
function listingOnce(catalog: CatalogInput): CatalogListing {
  let listing = listingCache.get(catalog);
  if (!listing) {
    const data = compactCatalog(catalog);
    listing = {
      data,
      // The same order the client pages its results in (unfiltered, newest first, by area).
      ordered: listOrder(data.offers, 'newest', data.options.district),
      counts: facetCounts(data.offers, emptyState(), null, data.options),
      byId: new Map(catalog.offers.map((o) => [o.id, o])),
    };
    listingCache.set(catalog, listing);
  }
  return listing;
}

/** Page `page` (1-based) of the catalog in `lang`. Only that page's offers become cards. */
export function toCatalogView(catalog: CatalogInput, lang: Lang, page = 1): CatalogView {
  const { data, ordered, counts, byId } = listingOnce(catalog);
  const models = pageSlice(ordered, page).map((o) => byId.get(o.id)!);
  const groups = catalog.districts.map((d) => ({
    district: toDistrictSummary(d, lang),
    offers: models.filter((o) => o.facts.district === d.id).map((o) => toOfferView(o, lang, catalog)),
  }));
  return {
    offerCount: catalog.stats.offerCount,
    page,
    pageCount: pageCount(ordered.length),
    groups,
    map:
      page === 1
        ? buildMapData(
            'catalog',
            lang,
            ordered.map((o) => toMapOffer(toOfferView(byId.get(o.id)!, lang, catalog))),
            catalog.places,
          )
        : undefined,
    search: {
      data,
      counts,
      districtNames: Object.fromEntries(groups.map((g) => [g.district.id, g.district.name])),
    },
  };
}
