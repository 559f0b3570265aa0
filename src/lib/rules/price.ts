// What a price figure buys and how often it is paid, and what else an investor should expect to pay.
// Cards, the filter, the sort and the data files read the period from here, so a yearly rent and a
// one-off price are never put on one scale.
import type { OfferFacts, PriceBasis, UtilityKey } from '../../schemas/offer.ts';
import { UTILITY_KEYS } from '../../schemas/offer.ts';

export type PricePeriod = 'one-off' | 'per-year';

/** How often the amount of each basis is paid; undefined for a price on request. */
export const PRICE_PERIODS: Record<PriceBasis, PricePeriod | undefined> = {
  'start-price': 'one-off',
  'sale-price': 'one-off',
  'cadastral-value': 'one-off',
  'annual-lease': 'per-year',
  'on-request': undefined,
};

/** The published amount split by period: at most one of the two is set. */
export function priceByPeriod(price: OfferFacts['price']): { oneOff: number | null; perYear: number | null } {
  const period = PRICE_PERIODS[price.basis];
  const amount = price.amountKzt ?? null;
  return { oneOff: period === 'one-off' ? amount : null, perYear: period === 'per-year' ? amount : null };
}

/** What is paid every year once the right is held. */
export type YearlyPayment = 'is-price' | 'rent' | 'land-use-fee' | 'taxes' | 'ppp-agreement';

/** Connection costs: the sum of those given, and the utilities that need connecting with no cost given. */
export interface ConnectionCosts {
  knownKzt: number;
  known: UtilityKey[];
  unknown: UtilityKey[];
}

export interface ExpectedCosts {
  /** The deposit: an amount, "set in the lot notice", or none because nothing is bid for. */
  deposit: { kind: 'amount'; amountKzt: number } | { kind: 'lot-notice' } | { kind: 'none' };
  yearly: { kind: YearlyPayment; amountKzt: number | undefined };
  connections: ConnectionCosts;
  investmentKzt: number | undefined;
}

/** Routes where bidders lodge a guarantee fee. */
const BID_ROUTES: ReadonlyArray<OfferFacts['acquisition']['route']> = ['auction', 'tender', 'competition'];

function yearlyPayment(offer: OfferFacts): YearlyPayment {
  if (offer.price.basis === 'annual-lease') return 'is-price';
  switch (offer.right.type) {
    case 'lease':
    case 'property-lease':
    case 'trust-management':
      return 'rent';
    case 'park-land-use':
      return 'land-use-fee';
    case 'ppp':
      return 'ppp-agreement';
    case 'ownership':
      return 'taxes';
  }
}

/** Connections an investor pays for: a network that is not on site (distance above zero or unknown) and is available. */
export function connectionCosts(utilities: OfferFacts['utilities']): ConnectionCosts {
  const costs: ConnectionCosts = { knownKzt: 0, known: [], unknown: [] };
  for (const key of UTILITY_KEYS) {
    const u = utilities[key];
    if (u.connectionCostKzt !== undefined) {
      costs.knownKzt += u.connectionCostKzt;
      costs.known.push(key);
    } else if (u.available && u.distanceM !== 0) {
      costs.unknown.push(key);
    }
  }
  return costs;
}

/** Everything the "Expected costs" block shows, before any language. */
export function expectedCosts(offer: OfferFacts): ExpectedCosts {
  const bids = BID_ROUTES.includes(offer.acquisition.route) && offer.status !== 'closed';
  const deposit: ExpectedCosts['deposit'] =
    offer.acquisition.depositKzt !== undefined
      ? { kind: 'amount', amountKzt: offer.acquisition.depositKzt }
      : bids
        ? { kind: 'lot-notice' }
        : { kind: 'none' };
  return {
    deposit,
    yearly: { kind: yearlyPayment(offer), amountKzt: offer.price.yearlyAfterKzt },
    connections: connectionCosts(offer.utilities),
    investmentKzt: offer.investmentKzt,
  };
}
