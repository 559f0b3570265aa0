// Builds /search/offers.json, the one data file client-side filtering reads (server side only).
import { OFFER_KINDS, OFFER_STATUSES, RIGHTS, SEGMENTS } from '../../schemas/index.ts';
import type { Catalog, OfferModel } from '../catalog/buildCatalog.ts';
import { foreignEligibility } from '../rules/acquisition.ts';
import { priceByPeriod } from '../rules/price.ts';
import { UTILITY_FACETS, type CompactCatalog, type CompactOffer, type UtilityFacet } from './types.ts';

/** Whether an offer has a utility as the filter means it: available, and for the road, passable all year. */
export function hasUtility(offer: Pick<OfferModel, 'facts'>, key: UtilityFacet): boolean {
  const u = offer.facts.utilities;
  return key === 'road' ? u.road.available && u.road.allSeason : u[key].available;
}

/** Status value the filter shows once bids have closed and content has not recorded the result. */
export const RESULT_PENDING = 'result-pending';

export function toCompactOffer(offer: OfferModel): CompactOffer {
  const { facts } = offer;
  const { oneOff, perYear } = priceByPeriod(facts.price);
  return {
    id: offer.id,
    kind: facts.kind,
    district: facts.district,
    // A passed bid date is no longer "at auction": it is filtered as awaiting the result.
    status: offer.bidDate === 'passed' ? RESULT_PENDING : facts.status,
    segment: [...facts.segments],
    right: facts.right.type,
    // Only where it is verified: the filter never promises what the offer page calls unverified.
    foreign: foreignEligibility(facts) === 'yes',
    util: UTILITY_FACETS.filter((k) => hasUtility(offer, k)),
    area: facts.land.areaHa,
    price: oneOff,
    rent: perYear,
    inv: facts.investmentKzt ?? null,
    published: facts.published,
    lat: Math.round(facts.location.lat * 1e4) / 1e4,
    lon: Math.round(facts.location.lon * 1e4) / 1e4,
  };
}

export function compactCatalog(catalog: Pick<Catalog, 'offers' | 'districts'>): CompactCatalog {
  return {
    options: {
      kind: [...OFFER_KINDS],
      district: catalog.districts.map((d) => d.id),
      status: [...OFFER_STATUSES, RESULT_PENDING],
      segment: [...SEGMENTS],
      right: [...RIGHTS],
    },
    offers: catalog.offers.map(toCompactOffer),
  };
}
