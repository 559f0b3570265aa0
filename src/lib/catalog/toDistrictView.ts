import type { Lang } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { districtKeywords } from '../search/keywords.ts';
import { buildMapData, toMapOffer, type MapData } from '../map/mapData.ts';
import { textLanguage, type Catalog, type DistrictModel } from './buildCatalog.ts';
import { paths } from './paths.ts';
import { pageCount, pageSlice } from './listPages.ts';
import { toOfferView, type OfferView, type OfferViewCatalogKeys } from './toOfferView.ts';

/** An area as lists show it: the home page, the catalog's groups, the embed builder. */
export interface DistrictSummaryView {
  id: string;
  name: string;
  url: string;
  /** Language the summary is actually in (falls back to English, then any). */
  textLang: Lang;
  summary: string | undefined;
  offerCount: number;
  /** "3 offers" */
  offerCountLabel: string;
}

/** An area's own page: its summary, its offers as cards and on a map, and its search words. */
export interface DistrictView extends DistrictSummaryView {
  /** This page's offers: a fixed number a page (listPages.ts), so the page stays the same size as the area grows. */
  offers: OfferView[];
  /** This page (1-based) and how many pages the area's list has. */
  page: number;
  pageCount: number;
  /** Map of every offer of the area, on its first page; undefined on later pages or when it has none. */
  map: MapData | undefined;
  /** Hidden words that let the site search find the area by its names in every language. */
  keywords: string[];
}

/** The area as `lang` lists it. */
export function toDistrictSummary(district: DistrictModel, lang: Lang): DistrictSummaryView {
  const textLang = textLanguage(district.texts, lang);
  return {
    id: district.id,
    name: district.facts.name[lang],
    url: paths.district(lang, district.id),
    textLang,
    summary: district.texts[textLang]?.summary,
    offerCount: district.offerIds.length,
    offerCountLabel: t(lang, 'offers.count', { count: district.offerIds.length }),
  };
}

/** The area page `id` in `lang`. Throws for an unknown id: pages are only generated for known ones. */
export function toDistrictView(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, id: string, lang: Lang, page = 1): DistrictView {
  const district = catalog.districts.find((d) => d.id === id);
  if (!district) throw new Error(`Unknown district ${id}`);
  const models = catalog.offers.filter((o) => o.facts.district === id);
  // The first page's map needs every offer of the area as a view; later pages only their own.
  const all = page === 1 ? models.map((o) => toOfferView(o, lang, catalog)) : [];
  return {
    ...toDistrictSummary(district, lang),
    offers: page === 1 ? pageSlice(all, 1) : pageSlice(models, page).map((o) => toOfferView(o, lang, catalog)),
    page,
    pageCount: pageCount(models.length),
    map: all.length
      ? buildMapData(
          'district',
          lang,
          all.map((o) => toMapOffer(o)),
          catalog.places,
          [],
          id,
        )
      : undefined,
    keywords: districtKeywords(lang, { id: district.id, name: district.facts.name, aliases: district.centre.aliases }),
  };
}
