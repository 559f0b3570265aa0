import { OFFER_KINDS, type Lang, type OfferKind } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../format.ts';
import type { Catalog } from './buildCatalog.ts';
import { toDistrictSummary, type DistrictSummaryView } from './toDistrictView.ts';
import { toOfferView, type OfferView, type OfferViewCatalogKeys } from './toOfferView.ts';

/** The home page: the catalog in figures, its areas and the featured offers. */
export interface HomeView {
  offerCount: number;
  /** The offer count in the language's number style. */
  offerCountLabel: string;
  /** Hectares of land in offers that are not closed, one decimal. */
  openLandLabel: string;
  byKind: Array<{ kind: OfferKind; label: string; count: number }>;
  /** Every area in the catalog's order, with its offer count. */
  districts: DistrictSummaryView[];
  /** Featured offers that are still open. */
  featured: OfferView[];
}

/** The home page in `lang`. */
export function toHomeView(catalog: Pick<Catalog, 'offers' | 'stats' | OfferViewCatalogKeys>, lang: Lang): HomeView {
  const { stats } = catalog;
  return {
    offerCount: stats.offerCount,
    offerCountLabel: formatNumber(stats.offerCount, lang),
    openLandLabel: formatNumber(stats.openLandHa, lang, 1),
    byKind: OFFER_KINDS.map((kind) => ({ kind, label: t(lang, `kind.${kind}`), count: stats.byKind[kind] })),
    districts: catalog.districts.map((d) => toDistrictSummary(d, lang)),
    featured: catalog.offers.filter((o) => o.facts.featured && o.facts.status !== 'closed').map((o) => toOfferView(o, lang, catalog)),
  };
}
