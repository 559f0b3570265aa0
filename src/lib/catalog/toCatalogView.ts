import type { Lang } from '../../schemas/index.ts';
import { compactCatalog } from '../search/compactCatalog.ts';
import type { CompactCatalog } from '../search/types.ts';
import { buildMapData, toMapOffer, type MapData } from '../map/mapData.ts';
import type { Catalog } from './buildCatalog.ts';
import { districtOffers, toDistrictSummary, type DistrictSummaryView } from './toDistrictView.ts';
import type { OfferView } from './toOfferView.ts';

/** The catalog page: every offer grouped by area, on one map, with the search form's data. */
export interface CatalogView {
  offerCount: number;
  groups: Array<{ district: DistrictSummaryView; offers: OfferView[] }>;
  map: MapData;
  search: {
    /** The compact facts the form counts its options from (the same data the client filters). */
    data: CompactCatalog;
    /** Area names by id, for the area filter's options. */
    districtNames: Record<string, string>;
  };
}

/** The catalog page in `lang`. */
export function toCatalogView(catalog: Pick<Catalog, 'offers' | 'places' | 'districts' | 'stats'>, lang: Lang): CatalogView {
  const groups = catalog.districts.map((d) => ({ district: toDistrictSummary(d, lang), offers: districtOffers(catalog, d.id, lang) }));
  return {
    offerCount: catalog.stats.offerCount,
    groups,
    map: buildMapData(
      'catalog',
      lang,
      groups.flatMap((g) => g.offers.map((o) => toMapOffer(o))),
      catalog.places,
    ),
    search: {
      data: compactCatalog(catalog),
      districtNames: Object.fromEntries(groups.map((g) => [g.district.id, g.district.name])),
    },
  };
}
