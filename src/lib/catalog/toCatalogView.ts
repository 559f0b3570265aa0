import type { Lang } from '../../schemas/index.ts';
import { compactCatalog } from '../search/compactCatalog.ts';
import { listOrder } from '../search/listOrder.ts';
import type { CompactCatalog } from '../search/types.ts';
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
    /** Area names by id, for the area filter's options. */
    districtNames: Record<string, string>;
  };
}

type CatalogInput = Pick<Catalog, 'offers' | 'stats' | OfferViewCatalogKeys>;

// Every page in every language counts its options from the same compact data: make it once per catalog.
const compactCache = new WeakMap<object, CompactCatalog>();
function compactOnce(catalog: CatalogInput): CompactCatalog {
  let data = compactCache.get(catalog);
  if (!data) {
    data = compactCatalog(catalog);
    compactCache.set(catalog, data);
  }
  return data;
}

/** Page `page` (1-based) of the catalog in `lang`. Only that page's offers become cards. */
export function toCatalogView(catalog: CatalogInput, lang: Lang, page = 1): CatalogView {
  const data = compactOnce(catalog);
  // The same order the client pages its results in (unfiltered, newest first, by area).
  const ordered = listOrder(data.offers, 'newest', data.options.district);
  const onPage = new Set(pageSlice(ordered, page).map((o) => o.id));
  const models = catalog.offers.filter((o) => onPage.has(o.id));
  const byId = new Map(catalog.offers.map((o) => [o.id, o]));
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
      districtNames: Object.fromEntries(groups.map((g) => [g.district.id, g.district.name])),
    },
  };
}
