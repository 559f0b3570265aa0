import type { Contact, District, ExchangeRate, GrantorSource, Incentive, Lang, Mci, OfferFacts, Place } from '../../schemas/index.ts';

/** Texts of one language file, as far as view models need them. */
export interface OfferTextInput {
  title: string;
  summary: string;
}

/** What the catalog is built from: validated content, no Astro objects. */
export interface CatalogInput {
  offers: Array<{
    id: string;
    facts: OfferFacts;
    texts: Partial<Record<Lang, OfferTextInput>>;
    /** Size in bytes of each PDF the offer lists under `documents:` with `file:`, where the loader could see it. */
    documentBytes?: Readonly<Record<string, number>>;
  }>;
  districts: Array<{ id: string; facts: District; texts: Partial<Record<Lang, { summary: string }>> }>;
  places: Place[];
  contacts: Contact[];
  incentives: Incentive[];
  /** MCI values by year, for thresholds written in MCI. */
  mci: Mci[];
  /** The legal source of each grantor's routes. */
  grantors: GrantorSource[];
  /** The NBK's rates of the tenge to the dollar and the euro, for approximate amounts on offer pages. */
  exchangeRates: ExchangeRate[];
  /** YYYY-MM-DD the site is built on; decides the stale flag. */
  today: string;
}

/** A straight-line distance (and a road distance where content knows it) to a hub. */
export interface OfferDistance {
  placeId: string;
  /** Great-circle km, rounded to 0.1. */
  straightKm: number;
  /** Road km from content, if an official gave it. */
  roadKm?: number;
}
