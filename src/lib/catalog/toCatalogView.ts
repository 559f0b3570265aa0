import type { Lang } from '../../schemas/index.ts';
import { compactCatalog } from '../search/compactCatalog.ts';
import type { CompactCatalog } from '../search/types.ts';
import { buildMapData, toMapOffer, type MapData } from '../map/mapData.ts';
import type { Catalog, OfferModel } from './buildCatalog.ts';
import { pageCount, pageSlice } from './listPages.ts';
import { toDistrictSummary, type DistrictSummaryView } from './toDistrictView.ts';
import { toOfferView, type OfferView } from './toOfferView.ts';

/** One page of the catalog: its offers grouped by area, the map on the first page, the search form's data. */
export interface CatalogView {
  offerCount: number;
  /** This page (1-based) and how many there are. */
  page: number;
  pageCount: number;
  /** Every area, in order, with this page's offers of it (none on most pages for most areas). */
  groups: Array<{ district: DistrictSummaryView; offers: OfferView[] }>;
  /** The overview map, on the first page only (later pages continue the list). */
  map: MapData | undefined;
  search: {
    /** The compact facts the form counts its options from (the same data the client filters). */
    data: CompactCatalog;
    /** Area names by id, for the area filter's options. */
    districtNames: Record<string, string>;
  };
}

type CatalogInput = Pick<Catalog, 'offers' | 'places' | 'districts' | 'stats'>;

/** The list's order: areas in their set order, newest first within each (the catalog's own order). */
export function listOrder(catalog: Pick<Catalog, 'offers' | 'districts'>): OfferModel[] {
  const byArea = new Map<string, OfferModel[]>(catalog.districts.map((d) => [d.id, []]));
  for (const offer of catalog.offers) byArea.get(offer.facts.district)?.push(offer);
  return [...byArea.values()].flat();
}

// Every page of every language counts its options from the same compact data: build it once per catalog.
const compactCache = new WeakMap<object, CompactCatalog>();
const compactOnce = (catalog: CatalogInput) => {
  let data = compactCache.get(catalog);
  if (!data) {
    data = compactCatalog(catalog);
    compactCache.set(catalog, data);
  }
  return data;
};

/** Page `page` of the catalog in `lang`. Only that page's offers are turned into views. */
export function toCatalogView(catalog: CatalogInput, lang: Lang, page = 1): CatalogView {
  const ordered = listOrder(catalog);
  const onPage = new Set(pageSlice(ordered, page).map((o) => o.id));
  const groups = catalog.districts.map((d) => ({
    district: toDistrictSummary(d, lang),
    offers: ordered.filter((o) => o.facts.district === d.id && onPage.has(o.id)).map((o) => toOfferView(o, lang, catalog)),
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
            ordered.map((o) => toMapOffer(toOfferView(o, lang, catalog))),
            catalog.places,
          )
        : undefined,
    search: {
      data: compactOnce(catalog),
      districtNames: Object.fromEntries(groups.map((g) => [g.district.id, g.district.name])),
    },
  };
}
