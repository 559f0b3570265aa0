import {
  LANGS,
  OFFER_KINDS,
  type Contact,
  type ExchangeRate,
  type Incentive,
  type Lang,
  type GrantorSource,
  type Mci,
  type OfferFacts,
  type Place,
} from '../../schemas/index.ts';
import { bidDateState } from '../rules/acquisition.ts';
import { eligibleIncentives, mciForYear, type IncentiveCheck } from '../rules/incentives.ts';
import { siteConfig } from '../../site.config.ts';
import { isOlderThanMonths } from '../validation/crossChecks.ts';
import { getOfferDistances } from './getOfferDistances.ts';
import type { CatalogInput, OfferDistance, OfferTextInput } from './types.ts';

/** One offer with everything computed once, before any language is chosen. */
export interface OfferModel {
  id: string;
  facts: OfferFacts;
  texts: Partial<Record<Lang, OfferTextInput>>;
  distances: OfferDistance[];
  /** True when the audit is older than the stale limit on build day. */
  stale: boolean;
  contact: Contact;
  /** Programmes whose rules the offer passes, with the minimum investment that applied. */
  incentives: IncentiveCheck[];
  /** Nearest settlement. */
  place: Place;
  /** The lake, park or landmark the site lies at, when content names one. */
  namedLocation: Place | undefined;
  /** Where the bid date stands on build day; undefined when the offer takes no bids. */
  bidDate: 'upcoming' | 'passed' | undefined;
  /** The legal source of the grantor's route. */
  routeSource: GrantorSource['source'];
  /** Size in bytes of each PDF listed with `file:`, where the loader knew it (a page then shows "PDF, 120 KB"). */
  documentBytes: Readonly<Record<string, number>>;
}

export interface DistrictModel {
  id: string;
  facts: CatalogInput['districts'][number]['facts'];
  texts: CatalogInput['districts'][number]['texts'];
  centre: Place;
  offerIds: string[];
}

export interface Catalog {
  offers: OfferModel[];
  districts: DistrictModel[];
  places: Place[];
  contacts: Contact[];
  incentives: Incentive[];
  /** The MCI used for thresholds on build day (that year's, or the latest before it). */
  mci: Mci | undefined;
  grantors: GrantorSource[];
  /** The NBK's rates for approximate dollars and euros (content/exchange-rates.yaml). */
  exchangeRates: ExchangeRate[];
  today: string;
  stats: CatalogStats;
}

export interface CatalogStats {
  offerCount: number;
  byKind: Record<(typeof OFFER_KINDS)[number], number>;
  byDistrict: Record<string, number>;
  /** Sum of land area of offers that are not closed, ha. */
  openLandHa: number;
}

/** Newest first, then by id, so every list on the site has one stable order. */
export function compareOffers(a: { id: string; facts: { published: string } }, b: { id: string; facts: { published: string } }): number {
  return b.facts.published.localeCompare(a.facts.published) || a.id.localeCompare(b.id);
}

/**
 * Turns validated content into the catalog every page, data file and embed reads.
 * References are assumed valid (the content check guarantees them); a broken one throws.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const placeById = new Map(input.places.map((p) => [p.id, p]));
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Unresolved reference: ${what}. Run \`npm run check:content\`.`);
    return value;
  };
  const centres = input.districts.map((d) => d.facts.centre);
  const year = Number(input.today.slice(0, 4));
  const mci = mciForYear(year, input.mci);

  const offers: OfferModel[] = input.offers
    .filter(({ facts }) => !facts.draft) // drafts are checked and reported, never published
    .map(({ id, facts, texts, documentBytes }) => {
      const district = need(
        input.districts.find((d) => d.id === facts.district),
        `district ${facts.district} of ${id}`,
      );
      return {
        id,
        facts,
        texts,
        distances: getOfferDistances(
          facts,
          input.places,
          district.facts.centre,
          centres.filter((c) => c !== district.facts.centre),
        ),
        stale: isOlderThanMonths(facts.audit.date, input.today, siteConfig.staleAfterMonths),
        contact: need(
          input.contacts.find((c) => c.id === facts.contact),
          `contact ${facts.contact} of ${id}`,
        ),
        incentives: eligibleIncentives(facts, input.incentives, mci, year),
        place: need(placeById.get(facts.place), `place ${facts.place} of ${id}`),
        namedLocation:
          facts.namedLocation === undefined
            ? undefined
            : need(placeById.get(facts.namedLocation), `named location ${facts.namedLocation} of ${id}`),
        bidDate: bidDateState(facts, input.today),
        routeSource: need(
          input.grantors.find((g) => g.id === facts.acquisition.grantor),
          `source of the grantor ${facts.acquisition.grantor} of ${id} in content/grantors.yaml`,
        ).source,
        documentBytes: documentBytes ?? {},
      };
    })
    .sort(compareOffers);

  const districts: DistrictModel[] = [...input.districts]
    .sort((a, b) => a.facts.order - b.facts.order || a.id.localeCompare(b.id))
    .map((d) => ({
      ...d,
      centre: need(placeById.get(d.facts.centre), `centre of ${d.id}`),
      offerIds: offers.filter((o) => o.facts.district === d.id).map((o) => o.id),
    }));

  const byKind = Object.fromEntries(OFFER_KINDS.map((k) => [k, offers.filter((o) => o.facts.kind === k).length])) as CatalogStats['byKind'];
  const byDistrict = Object.fromEntries(districts.map((d) => [d.id, d.offerIds.length]));
  const openLandHa = offers.filter((o) => o.facts.status !== 'closed').reduce((sum, o) => sum + o.facts.land.areaHa, 0);

  return {
    offers,
    districts,
    places: input.places,
    contacts: input.contacts,
    incentives: input.incentives,
    mci,
    grantors: input.grantors,
    exchangeRates: input.exchangeRates,
    today: input.today,
    stats: { offerCount: offers.length, byKind, byDistrict, openLandHa: Math.round(openLandHa * 100) / 100 },
  };
}

/** The language an offer's text is shown in: the requested one, else English, else any. */
export function textLanguage(texts: Partial<Record<Lang, unknown>>, lang: Lang): Lang {
  if (texts[lang]) return lang;
  if (texts.en) return 'en';
  return LANGS.find((l) => texts[l]) ?? lang;
}
