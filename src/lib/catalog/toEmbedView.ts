import { OFFER_KINDS, OFFER_STATUSES, SEGMENTS, type Lang } from '../../schemas/index.ts';
import { DEFAULT_LIMIT, selectOffers, type EmbedVocabulary, type FilterableOffer } from '../embed/query.ts';
import type { Catalog } from './buildCatalog.ts';
import { toOfferView, type OfferView, type OfferViewCatalogKeys } from './toOfferView.ts';

/**
 * The list widget: the default selection rendered as HTML, and the values each filter accepts. Only the default
 * selection is in the page, so its first view stays the same size however large the catalog grows; a query that
 * asks for other offers is answered by the widget's script from the index (`toEmbedIndex`) and the offers' card
 * fragments.
 */
export interface EmbedListView {
  offerCount: number;
  /** What shows with no query: the first DEFAULT_LIMIT open offers, newest first. */
  offers: OfferView[];
  vocabulary: EmbedVocabulary;
}

/** The partner page's builder: the choices a partner picks from. */
export interface EmbedBuilderView {
  districts: Array<{ id: string; name: string }>;
  vocabulary: EmbedVocabulary;
}

/** An offer as the builder's "one offer" choice names it. */
export interface EmbedOfferChoice {
  id: string;
  title: string;
}

function vocabulary(catalog: Pick<Catalog, 'districts'>): EmbedVocabulary {
  return { district: catalog.districts.map((d) => d.id), kind: OFFER_KINDS, segment: SEGMENTS, status: OFFER_STATUSES };
}

/**
 * What the list widget filters on, for every offer in catalog order (newest first): the same in every
 * language, so one file serves the three lists (`/embed/offers.json`).
 */
export function toEmbedIndex(catalog: Pick<Catalog, 'offers'>): FilterableOffer[] {
  return catalog.offers.map((o) => ({
    id: o.id,
    district: o.facts.district,
    kind: o.facts.kind,
    status: o.facts.status,
    segments: [...o.facts.segments],
  }));
}

/** The list widget in `lang`. */
export function toEmbedListView(catalog: Pick<Catalog, 'offers' | 'stats' | OfferViewCatalogKeys>, lang: Lang): EmbedListView {
  const byId = new Map(catalog.offers.map((o) => [o.id, o]));
  const initial = selectOffers(toEmbedIndex(catalog), {
    filters: { district: [], kind: [], segment: [], status: [] },
    limit: DEFAULT_LIMIT,
  });
  return {
    offerCount: catalog.stats.offerCount,
    offers: initial.map((o) => toOfferView(byId.get(o.id)!, lang, catalog)),
    vocabulary: vocabulary(catalog),
  };
}

/** The single-offer card widget in `lang`. Throws for an unknown id. */
export function toEmbedCardView(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, id: string, lang: Lang): OfferView {
  const model = catalog.offers.find((o) => o.id === id);
  if (!model) throw new Error(`Unknown offer ${id}`);
  return toOfferView(model, lang, catalog);
}

/** The embed builder on the partner page in `lang`. */
export function toEmbedBuilderView(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, lang: Lang): EmbedBuilderView {
  return {
    districts: catalog.districts.map((d) => ({ id: d.id, name: d.facts.name[lang] })),
    vocabulary: vocabulary(catalog),
  };
}

/**
 * Every offer by title in `lang`, for the builder's "one offer" choice (`/{lang}/embed/choices.json`). A file
 * the builder reads when a partner picks that widget, not options in the page: at 3,000 offers they were 33 KB.
 */
export function toEmbedOfferChoices(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, lang: Lang): EmbedOfferChoice[] {
  return catalog.offers.map((o) => ({ id: o.id, title: toOfferView(o, lang, catalog).title }));
}
