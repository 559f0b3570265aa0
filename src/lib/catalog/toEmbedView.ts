import { OFFER_KINDS, OFFER_STATUSES, SEGMENTS, type Lang } from '../../schemas/index.ts';
import { DEFAULT_LIMIT, selectOffers, type EmbedVocabulary } from '../embed/query.ts';
import type { Catalog } from './buildCatalog.ts';
import { toOfferView, type OfferView, type OfferViewCatalogKeys } from './toOfferView.ts';

/** The list widget: every offer (a script shows those the query asks for), and the values each filter accepts. */
export interface EmbedListView {
  offerCount: number;
  /** Every offer, in catalog order; `shown` is the default selection, what shows without the script. */
  items: Array<{ offer: OfferView; shown: boolean }>;
  vocabulary: EmbedVocabulary;
}

/** The partner page's builder: the choices a partner picks from. */
export interface EmbedBuilderView {
  districts: Array<{ id: string; name: string }>;
  offers: Array<{ id: string; title: string }>;
  vocabulary: EmbedVocabulary;
}

function vocabulary(catalog: Pick<Catalog, 'districts'>): EmbedVocabulary {
  return { district: catalog.districts.map((d) => d.id), kind: OFFER_KINDS, segment: SEGMENTS, status: OFFER_STATUSES };
}

/** The list widget in `lang`. */
export function toEmbedListView(catalog: Pick<Catalog, 'offers' | 'stats' | OfferViewCatalogKeys>, lang: Lang): EmbedListView {
  const offers = catalog.offers.map((o) => toOfferView(o, lang, catalog));
  const records = offers.map((o) => ({ id: o.id, district: o.districtId, kind: o.kind, status: o.status, segments: o.segmentIds }));
  const initial = new Set(
    selectOffers(records, { filters: { district: [], kind: [], segment: [], status: [] }, limit: DEFAULT_LIMIT }).map((o) => o.id),
  );
  return {
    offerCount: catalog.stats.offerCount,
    items: offers.map((offer) => ({ offer, shown: initial.has(offer.id) })),
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
    offers: catalog.offers.map((o) => ({ id: o.id, title: toOfferView(o, lang, catalog).title })),
    vocabulary: vocabulary(catalog),
  };
}
