// Builds /search/offers.json, the one data file client-side filtering reads (server side only).
import { OFFER_KINDS, OFFER_STATUSES, RIGHTS, SEGMENTS } from '../../schemas/index.ts';
import type { Catalog, OfferModel } from '../catalog/buildCatalog.ts';
import { UTILITY_FACETS, type CompactCatalog, type CompactOffer, type UtilityFacet } from './types.ts';

/** Whether an offer has a utility as the filter means it: available, and for the road, passable all year. */
export function hasUtility(offer: Pick<OfferModel, 'facts'>, key: UtilityFacet): boolean {
  const u = offer.facts.utilities;
  return key === 'road' ? u.road.available && u.road.allSeason : u[key].available;
}

export function toCompactOffer(offer: OfferModel): CompactOffer {
  const { facts } = offer;
  return {
    id: offer.id,
    kind: facts.kind,
    district: facts.district,
    status: facts.status,
    segment: [...facts.segments],
    right: facts.right.type,
    foreign: facts.right.foreignOwnedEligible,
    util: UTILITY_FACETS.filter((k) => hasUtility(offer, k)),
    area: facts.land.areaHa,
    price: facts.price.amountKzt ?? null,
    inv: facts.investmentKzt ?? null,
    published: facts.published,
  };
}

export function compactCatalog(catalog: Pick<Catalog, 'offers' | 'districts'>): CompactCatalog {
  return {
    options: {
      kind: [...OFFER_KINDS],
      district: catalog.districts.map((d) => d.id),
      status: [...OFFER_STATUSES],
      segment: [...SEGMENTS],
      right: [...RIGHTS],
    },
    offers: catalog.offers.map(toCompactOffer),
  };
}
