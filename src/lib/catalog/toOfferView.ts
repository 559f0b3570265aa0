import { LANGS, UTILITY_KEYS, type Lang, type OfferDocument, type Place, type UtilityKey } from '../../schemas/index.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { foreignEligibility, isBidding } from '../rules/acquisition.ts';
import type { AcquisitionRoute, Grantor, PriceBasis } from '../../schemas/offer.ts';
import { formatDate, formatHectares, formatKm, formatKzt, formatKztCompact, formatMetres, formatNumber, formatSeason } from '../format.ts';
import { textLanguage, type Catalog, type OfferModel } from './buildCatalog.ts';
import { paths } from './paths.ts';
import { documentHref } from './offerDocuments.ts';
import type { OfferDistance } from './types.ts';
import { toContactView, type ContactView } from './toContactView.ts';
import { siteConfig } from '../../site.config.ts';
import { thumbnailAlt } from '../map/offerThumbnail.ts';
import { expectedCosts, PRICE_PERIODS, type PricePeriod, type YearlyPayment } from '../rules/price.ts';
import { approximateText, approximateWithRate, toCurrencyView } from './toCurrencyView.ts';

type BiddingStatus = 'at-auction' | 'at-tender' | 'at-competition';
import type { LegalSource } from '../../schemas/index.ts';

/** One labelled fact of a fact list. */
export interface LabelledValue {
  label: string;
  value: string;
  /** `data-fact` hook, for facts tests and content refer to by name. */
  fact?: string;
  /** When the value is an address: shown as an external link. */
  href?: string;
  /** An amount in tenge in dollars and euros, shown under the value: "≈ $4,160 · €3,910 (NBK rate of …)". */
  approx?: string | undefined;
}

/** One row of the utilities table. */
export interface UtilityRow {
  key: UtilityKey;
  label: string;
  available: boolean;
  availableLabel: string;
  details: string;
}

/** One document of the offer's list: a web address elsewhere, or a PDF the site publishes itself. */
export interface DocumentView {
  title: string;
  typeLabel: string;
  /** A full web address (`url:`), or the site path of the offer's own PDF (`file:`). */
  url: string;
  /** True for a web address on another site (the link is marked external). */
  external: boolean;
  /** For the offer's own PDF: "PDF, 120 KB" in the page language; undefined for a web address. */
  formatLabel: string | undefined;
}

/** An offer as one language shows it. Everything a page, card, feed or embed prints. */
export interface OfferView {
  id: string;
  lang: Lang;
  url: string;
  /** Language the title, summary and body are actually in (falls back to English). */
  textLang: Lang;
  title: string;
  summary: string;
  kind: OfferModel['facts']['kind'];
  kindLabel: string;
  status: OfferModel['facts']['status'];
  /** The status filters and badges use: the status, or `result-pending` once a bid date has passed. */
  statusFacet: string;
  statusLabel: string;
  districtId: string;
  districtName: string;
  districtUrl: string;
  /** Nearest settlement. */
  placeName: string;
  /** The lake, park or landmark the site lies at, when content names one. */
  namedLocationName: string | undefined;
  areaHa: number;
  areaLabel: string;
  /** "₸1,850,000", "₸1,850,000 a year" or "On request". */
  priceLabel: string;
  /** Compact price for cards, with "a year" when it is paid every year. */
  priceShort: string;
  /** The price in dollars and euros with the rate's date: "≈ $4,160 · €3,910 (NBK rate of …)"; undefined on request or without rates. */
  priceApprox: string | undefined;
  /** How often the price is paid; undefined when it is on request. */
  pricePeriod: PricePeriod | undefined;
  /** The basis and its period: "Start price, paid once". */
  priceBasisLabel: string;
  /** Label for the price in fact lists: the basis ("Start price"), or "Price" when it is on request. */
  priceFactLabel: string;
  investmentLabel: string | undefined;
  /** The estimated investment in dollars and euros with the rate's date, like `priceApprox`. */
  investmentApprox: string | undefined;
  rightLabel: string;
  termLabel: string | undefined;
  /** True only when content says so and the grantor's rules have been verified for it (national-park land has not). */
  foreignOwnedEligible: boolean;
  foreignLabel: string;
  categoryLabel: string;
  targetPurpose: string;
  cadastralNumber: string | undefined;
  grantorLabel: string;
  /** The route as this grantor runs it, e.g. "Competition held by the national park's authorised body". */
  routeLabel: string;
  /** The act the route comes from. */
  routeSource: SourceView;
  acquisitionDateLabel: string | undefined;
  /** True when bids closed before build day and content has not recorded the result yet. */
  bidDatePassed: boolean;
  lotUrl: string | undefined;
  /** Said instead of a lot link while an offer takes bids but its lot is not published. */
  lotPendingLabel: string | undefined;
  /** `approx` is the amount in dollars and euros ("≈ $4,160 · €3,910"); `currency` says at which rate. */
  expectedCosts: Array<{ label: string; amount: string; approx: string | undefined; basis: string; fact: string }>;
  /** The rates approximate amounts are converted with, and the note that says so; undefined when content has none. */
  currency: { note: string; sourceName: string; sourceUrl: string } | undefined;
  utilities: UtilityRow[];
  /** Segment labels, for reading. */
  segments: string[];
  /** Segment ids, for filtering (embed widgets). */
  segmentIds: string[];
  incentives: Array<{ id: string; name: string; summary: string; threshold: string | undefined; source: SourceView }>;
  audit: { dateLabel: string; auditor: string; conditionLabel: string };
  verifiedLabel: string;
  stale: boolean;
  staleLabel: string;
  updatedLabel: string;
  publishedLabel: string;
  /** YYYY-MM-DD, for feeds. */
  published: string;
  distances: Array<{ placeId: string; placeName: string; straightKm: number; straightLabel: string; roadLabel: string | undefined }>;
  contact: ContactView;
  documents: DocumentView[];
  /** `alt` is empty for a photo that has no alt text yet (the checker warns about it). */
  photos: Array<{ file: string; alt: string }>;
  location: { lat: number; lon: number };
  boundary: Array<[number, number]> | undefined;
  osmUrl: string;
  /** "47.1234, 75.5678" */
  coordinatesLabel: string;
  /** Alt text of the location thumbnail: the title and the nearest settlement with its distance. */
  thumbnailAlt: string;
  objectFacts: LabelledValue[];
  project:
    | {
        irrLabel: string | undefined;
        paybackLabel: string | undefined;
        phases: Array<{ name: string; years: string; investment: string }>;
        partners: string[];
      }
    | undefined;
  featured: boolean;
}

/** A legal source as a page shows it. */
export interface SourceView {
  text: string;
  url: string | undefined;
  verified: boolean;
}

export function toSourceView(source: LegalSource, lang: Lang): SourceView {
  const text = source.article ? `${source.act[lang]}, ${source.article}` : source.act[lang];
  return { text, url: source.url, verified: source.verified };
}

const placeName = (places: readonly Place[], id: string, lang: Lang) => places.find((p) => p.id === id)?.name[lang] ?? id;

function utilityRows(offer: OfferModel, lang: Lang): UtilityRow[] {
  const u = offer.facts.utilities;
  return UTILITY_KEYS.map((key) => {
    const item = u[key];
    const parts: string[] = [];
    if (key === 'power' && u.power.capacityKw) parts.push(t(lang, 'unit.kw', { value: formatNumber(u.power.capacityKw, lang) }));
    if (key === 'water' && u.water.capacityM3PerDay)
      parts.push(t(lang, 'unit.m3day', { value: formatNumber(u.water.capacityM3PerDay, lang) }));
    if (key === 'internet' && u.internet.speedMbps) parts.push(t(lang, 'unit.mbps', { value: formatNumber(u.internet.speedMbps, lang) }));
    if (key === 'road')
      parts.push(
        t(lang, `surface.${u.road.surface}`),
        t(lang, u.road.allSeason ? 'offer.utility.allSeason' : 'offer.utility.notAllSeason'),
      );
    if (item.distanceM !== undefined)
      parts.push(
        item.distanceM === 0
          ? t(lang, 'offer.utility.onSite')
          : t(lang, 'offer.utility.distance', { distance: formatMetres(item.distanceM, lang) }),
      );
    if (item.connectionCostKzt !== undefined && item.connectionMonths !== undefined)
      parts.push(
        t(lang, 'offer.utility.connection', {
          cost: formatKzt(item.connectionCostKzt, lang),
          months: formatNumber(item.connectionMonths, lang),
        }),
      );
    return {
      key,
      label: t(lang, `utility.${key}`),
      available: item.available,
      availableLabel: t(lang, item.available ? 'offer.utility.yes' : 'offer.utility.no'),
      details: parts.join(', ') || '—',
    };
  });
}

/**
 * The basis with how often it is paid: "Start price, paid once". A yearly basis already says so in its own
 * name ("Annual lease"), so it is not repeated; the amount then carries "a year".
 */
function basisWithPeriod(basis: PriceBasis, lang: Lang): string {
  const period = PRICE_PERIODS[basis];
  return period === 'one-off' ? `${t(lang, `basis.${basis}`)}, ${t(lang, 'period.one-off')}` : t(lang, `basis.${basis}`);
}

/** "Minimum investment: 200,000 MCI, about ₸865m at the 2026 MCI." — on offer pages and the invest page alike. */
export function thresholdText(threshold: { mci: number; kzt: number | undefined; year: number | undefined }, lang: Lang): string {
  // Without the year's MCI value there is no tenge amount to give, and saying so beats "about Unknown".
  if (threshold.kzt === undefined) return t(lang, 'offer.incentives.thresholdMciOnly', { mci: formatNumber(threshold.mci, lang) });
  return t(lang, 'offer.incentives.threshold', {
    mci: formatNumber(threshold.mci, lang),
    kzt: formatKztCompact(threshold.kzt, lang),
    // A string, so the year is not written with a thousands separator.
    year: String(threshold.year ?? ''),
  });
}

/** The key of a route's wording as its grantor runs it. Every allowed pair has one (tests/unit/acquisitionRules.test.ts). */
export function routeKey(grantor: Grantor, route: AcquisitionRoute): UiKey {
  return `routeOf.${grantor}.${route}` as UiKey;
}

function expectedCostRows(
  offer: OfferModel,
  lang: Lang,
  price: { label: string; approx: string | undefined },
  approx: (amountKzt: number | undefined) => string | undefined,
): OfferView['expectedCosts'] {
  const priceLabel = price.label;
  const costs = expectedCosts(offer.facts);
  const unknown = t(lang, 'offer.costs.unknown');
  const money = (amount: number | undefined) => (amount === undefined ? unknown : formatKzt(amount, lang));
  const utilityList = (keys: readonly UtilityKey[]) => keys.map((k) => t(lang, `utility.${k}`).toLowerCase()).join(', ');
  const { connections } = costs;
  const connectionBasis = [
    connections.known.length ? t(lang, 'offer.costs.connections.sum', { known: utilityList(connections.known) }) : undefined,
    connections.unknown.length ? t(lang, 'offer.costs.connections.missing', { unknown: utilityList(connections.unknown) }) : undefined,
  ].filter((x) => x !== undefined);
  const yearlyBasis: Record<YearlyPayment, UiKey> = {
    'is-price': 'offer.costs.yearly.isPrice',
    rent: 'offer.costs.yearly.rent',
    'land-use-fee': 'offer.costs.yearly.fee',
    taxes: 'offer.costs.yearly.tax',
    'ppp-agreement': 'offer.costs.yearly.ppp',
  };
  return [
    {
      fact: 'cost-price',
      label: t(lang, 'offer.costs.price'),
      amount: priceLabel,
      approx: price.approx,
      basis: basisWithPeriod(offer.facts.price.basis, lang),
    },
    {
      fact: 'cost-deposit',
      label: t(lang, 'offer.costs.deposit'),
      amount: costs.deposit.kind === 'amount' ? formatKzt(costs.deposit.amountKzt, lang) : costs.deposit.kind === 'none' ? '—' : unknown,
      approx: costs.deposit.kind === 'amount' ? approx(costs.deposit.amountKzt) : undefined,
      basis: t(
        lang,
        costs.deposit.kind === 'amount'
          ? 'offer.costs.deposit.given'
          : costs.deposit.kind === 'none'
            ? 'offer.costs.deposit.none'
            : 'offer.costs.deposit.lotNotice',
      ),
    },
    {
      fact: 'cost-yearly',
      label: t(lang, 'offer.costs.yearly'),
      amount: costs.yearly.kind === 'is-price' ? priceLabel : money(costs.yearly.amountKzt),
      approx: costs.yearly.kind === 'is-price' ? price.approx : approx(costs.yearly.amountKzt),
      basis: t(lang, yearlyBasis[costs.yearly.kind]),
    },
    {
      fact: 'cost-connections',
      label: t(lang, 'offer.costs.connections'),
      amount: connections.known.length ? formatKzt(connections.knownKzt, lang) : connections.unknown.length ? unknown : '—',
      approx: connections.known.length ? approx(connections.knownKzt) : undefined,
      basis: connectionBasis.length
        ? connectionBasis.join('. ')
        : t(
            lang,
            connections.known.length || connections.unknown.length ? 'offer.costs.connections.none' : 'offer.costs.connections.notNeeded',
          ),
    },
    {
      fact: 'cost-investment',
      label: t(lang, 'offer.costs.investment'),
      amount: money(costs.investmentKzt),
      approx: approx(costs.investmentKzt),
      basis: t(lang, siteConfig.illustrativeData ? 'offer.costs.investment.illustrative' : 'offer.costs.investment.audit'),
    },
  ];
}

function objectFacts(offer: OfferModel, lang: Lang): LabelledValue[] {
  if (offer.facts.kind !== 'infrastructure') return [];
  const o = offer.facts.object;
  const rows: Array<[Parameters<typeof t>[1], string | undefined]> = [
    ['offer.object.type', o.type[lang]],
    ['offer.object.owner', o.owner[lang]],
    ['offer.object.offered', o.offered.map((x) => t(lang, `objectOffer.${x}`)).join(', ')],
    ['offer.object.floorArea', o.floorAreaM2 === undefined ? undefined : t(lang, 'unit.m2', { value: formatNumber(o.floorAreaM2, lang) })],
    ['offer.object.yearBuilt', o.yearBuilt?.toString()],
    ['offer.object.yearRenovated', o.yearRenovated?.toString()],
    ['offer.object.rooms', o.rooms === undefined ? undefined : formatNumber(o.rooms, lang)],
    ['offer.object.beds', o.beds === undefined ? undefined : formatNumber(o.beds, lang)],
    ['offer.object.season', o.seasonMonths && formatSeason(o.seasonMonths, lang)],
    [
      'offer.object.beachFrontage',
      o.beachFrontageM === undefined ? undefined : t(lang, 'unit.m', { value: formatNumber(o.beachFrontageM, lang) }),
    ],
    ['offer.object.ownUtilities', o.ownUtilities.length ? o.ownUtilities.map((x) => t(lang, `ownUtility.${x}`)).join(', ') : undefined],
    [
      'offer.object.occupancy',
      o.occupancyPct === undefined ? undefined : t(lang, 'unit.pct', { value: formatNumber(o.occupancyPct, lang) }),
    ],
    ['offer.object.revenue', o.revenueKzt === undefined ? undefined : formatKzt(o.revenueKzt, lang)],
  ];
  return rows
    .filter((r): r is [Parameters<typeof t>[1], string] => r[1] !== undefined)
    .map(([key, value]) => ({ label: t(lang, key), value }));
}

/** What of the catalog an offer view reads besides the offer: names of places and districts, the exchange rates and build day. */
export type OfferViewCatalogKeys = 'places' | 'districts' | 'exchangeRates' | 'today';

/** A distance as pages show it; the compare page shows the hubs' distances the same way. */
export function toDistanceView(d: OfferDistance, places: readonly Place[], lang: Lang): OfferView['distances'][number] {
  return {
    placeId: d.placeId,
    placeName: placeName(places, d.placeId, lang),
    straightKm: d.straightKm,
    straightLabel: t(lang, 'offer.distances.straight', { distance: formatKm(d.straightKm, lang) }),
    roadLabel: d.roadKm === undefined ? undefined : t(lang, 'offer.distances.road', { distance: formatKm(d.roadKm, lang) }),
  };
}

// The offer page, its card fragment, embed card, compare record, share picture and every map ask for the same
// offer's view: at 3,000 offers that was five builds of each view (about 20 s of a build). Made once per catalog,
// offer and language; frozen, so a page that tried to change a shared view would fail loudly instead of leaking.
const viewCache = new WeakMap<object, WeakMap<OfferModel, Partial<Record<Lang, OfferView>>>>();

/** Kilobytes below a megabyte, megabytes with one decimal above, in the page language's number format. */
function fileSizeText(bytes: number, lang: Lang): string {
  if (bytes >= 1024 * 1024) return t(lang, 'document.mb', { value: formatNumber(bytes / 1024 / 1024, lang, 1) });
  return t(lang, 'document.kb', { value: formatNumber(Math.max(1, Math.round(bytes / 1024)), lang, 0) });
}

function toDocumentView(doc: OfferDocument, offer: OfferModel, lang: Lang): DocumentView {
  const base = { title: doc.title[lang], typeLabel: t(lang, `document.${doc.type}`) };
  const url = documentHref(offer.id, doc);
  if (doc.file === undefined) return { ...base, url, external: true, formatLabel: undefined };
  const bytes = offer.documentBytes[doc.file];
  return {
    ...base,
    url,
    external: false,
    formatLabel: bytes === undefined ? t(lang, 'document.pdf') : t(lang, 'document.pdfSize', { size: fileSizeText(bytes, lang) }),
  };
}

/** The offer as `lang` shows it. */
export function toOfferView(offer: OfferModel, lang: Lang, catalog: Pick<Catalog, OfferViewCatalogKeys>): OfferView {
  let byOffer = viewCache.get(catalog);
  if (!byOffer) {
    byOffer = new WeakMap();
    viewCache.set(catalog, byOffer);
  }
  let byLang = byOffer.get(offer);
  if (!byLang) {
    byLang = {};
    byOffer.set(offer, byLang);
  }
  byLang[lang] ??= Object.freeze(buildOfferView(offer, lang, catalog));
  return byLang[lang];
}

function buildOfferView(offer: OfferModel, lang: Lang, catalog: Pick<Catalog, OfferViewCatalogKeys>): OfferView {
  const { facts } = offer;
  const textLang = textLanguage(offer.texts, lang);
  const text = offer.texts[textLang] ?? { title: offer.id, summary: '' };
  const district = catalog.districts.find((d) => d.id === facts.district);
  const period = PRICE_PERIODS[facts.price.basis];
  const perYear = (amount: string) => (period === 'per-year' ? t(lang, 'offer.price.perYear', { amount }) : amount);
  const priceLabel = facts.price.amountKzt === undefined ? t(lang, 'offer.onRequest') : perYear(formatKzt(facts.price.amountKzt, lang));
  const currency = toCurrencyView(catalog.exchangeRates, catalog.today, lang);
  const withRate = (amountKzt: number | undefined, wrap?: (amounts: string) => string) =>
    currency && amountKzt !== undefined ? approximateWithRate(amountKzt, currency, wrap) : undefined;
  const costApprox = (amountKzt: number | undefined, wrap?: (amounts: string) => string) =>
    currency && amountKzt !== undefined ? approximateText(amountKzt, currency, wrap) : undefined;
  const passed = offer.bidDate === 'passed';
  const foreign = foreignEligibility(facts);
  const lat = facts.location.lat;
  const lon = facts.location.lon;
  return {
    id: offer.id,
    lang,
    url: paths.offer(lang, offer.id),
    textLang,
    title: text.title,
    summary: text.summary,
    kind: facts.kind,
    kindLabel: t(lang, `kind.${facts.kind}`),
    status: facts.status,
    statusFacet: passed ? 'result-pending' : facts.status,
    statusLabel:
      passed && isBidding(facts.status) ? t(lang, `status.passed.${facts.status as BiddingStatus}`) : t(lang, `status.${facts.status}`),
    districtId: facts.district,
    districtName: district?.facts.name[lang] ?? facts.district,
    districtUrl: paths.district(lang, facts.district),
    placeName: offer.place.name[lang],
    namedLocationName: offer.namedLocation?.name[lang],
    areaHa: facts.land.areaHa,
    areaLabel: formatHectares(facts.land.areaHa, lang),
    priceLabel,
    priceShort: facts.price.amountKzt === undefined ? t(lang, 'offer.onRequest') : perYear(formatKztCompact(facts.price.amountKzt, lang)),
    priceApprox: withRate(facts.price.amountKzt, perYear),
    pricePeriod: period,
    priceBasisLabel: basisWithPeriod(facts.price.basis, lang),
    priceFactLabel: facts.price.basis === 'on-request' ? t(lang, 'offer.price') : t(lang, `basis.${facts.price.basis}`),
    investmentLabel: facts.investmentKzt === undefined ? undefined : formatKzt(facts.investmentKzt, lang),
    investmentApprox: withRate(facts.investmentKzt),
    rightLabel: t(lang, `right.${facts.right.type}`),
    termLabel: facts.right.termYears === undefined ? undefined : t(lang, 'offer.termYears', { years: facts.right.termYears }),
    foreignOwnedEligible: foreign === 'yes',
    foreignLabel: t(lang, `offer.foreignEligible.${foreign}`),
    categoryLabel: t(lang, `category.${facts.land.category}`),
    targetPurpose: facts.targetPurpose[lang],
    cadastralNumber: facts.land.cadastralNumber,
    grantorLabel: t(lang, `grantor.${facts.acquisition.grantor}`),
    routeLabel: t(lang, routeKey(facts.acquisition.grantor, facts.acquisition.route)),
    routeSource: toSourceView(offer.routeSource, lang),
    acquisitionDateLabel: facts.acquisition.date === undefined ? undefined : formatDate(facts.acquisition.date, lang),
    bidDatePassed: passed,
    lotUrl: facts.acquisition.lotUrl,
    lotPendingLabel: offer.bidDate === 'upcoming' && facts.acquisition.lotUrl === undefined ? t(lang, 'offer.lot.pending') : undefined,
    // A yearly price stays yearly in dollars too: "≈ $4,160 · €3,910 a year".
    expectedCosts: expectedCostRows(offer, lang, { label: priceLabel, approx: costApprox(facts.price.amountKzt, perYear) }, costApprox),
    currency: currency && { note: currency.note, sourceName: currency.source.name, sourceUrl: currency.source.url },
    utilities: utilityRows(offer, lang),
    segments: facts.segments.map((s) => t(lang, `segment.${s}`)),
    segmentIds: [...facts.segments],
    incentives: offer.incentives.map(({ incentive, threshold }) => ({
      id: incentive.id,
      name: incentive.name[lang],
      summary: incentive.summary[lang],
      threshold: threshold?.kzt === undefined ? undefined : thresholdText(threshold, lang),
      source: toSourceView(threshold?.source ?? incentive.source, lang),
    })),
    audit: {
      dateLabel: formatDate(facts.audit.date, lang),
      auditor: facts.audit.auditor[lang],
      conditionLabel: t(lang, `condition.${facts.audit.condition}`),
    },
    verifiedLabel: t(lang, 'offer.verified', { date: formatDate(facts.audit.date, lang, 'attributive') }),
    stale: offer.stale,
    staleLabel: t(lang, 'offer.stale', { months: siteConfig.staleAfterMonths }),
    updatedLabel: formatDate(facts.updated, lang),
    publishedLabel: formatDate(facts.published, lang),
    published: facts.published,
    distances: offer.distances.map((d) => toDistanceView(d, catalog.places, lang)),
    contact: toContactView(offer.contact, lang),
    documents: facts.documents.map((d) => toDocumentView(d, offer, lang)),
    photos: facts.photos.map((p) => ({ file: p.file, alt: p.alt?.[lang] ?? '' })),
    location: { lat, lon },
    boundary: facts.boundary?.map(([a, b]) => [a, b] as [number, number]),
    osmUrl: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=14/${lat}/${lon}`,
    coordinatesLabel: `${lat.toFixed(4)}, ${lon.toFixed(4)}`,
    thumbnailAlt: thumbnailAlt(offer, catalog.places, lang),
    objectFacts: objectFacts(offer, lang),
    project:
      facts.kind === 'large-project'
        ? {
            irrLabel:
              facts.project.irrPct === undefined ? undefined : t(lang, 'unit.pct', { value: formatNumber(facts.project.irrPct, lang, 1) }),
            paybackLabel:
              facts.project.paybackYears === undefined
                ? undefined
                : t(lang, 'offer.project.paybackYears', { years: formatNumber(facts.project.paybackYears, lang, 1) }),
            phases: facts.project.phases.map((p) => ({
              name: p.name[lang],
              years: p.startYear === p.endYear ? `${p.startYear}` : `${p.startYear}–${p.endYear}`,
              investment: formatKzt(p.investmentKzt, lang),
            })),
            partners: facts.project.partnersSought.map((p) => p[lang]),
          }
        : undefined,
    featured: facts.featured,
  };
}

/** Languages the offer has its own text in. */
export function offerLanguages(offer: OfferModel): Lang[] {
  return LANGS.filter((l) => offer.texts[l]);
}

/** Offer `id` as `lang` shows it (its catalog card on its own). Throws for an unknown id: pages are made only for known ones. */
export function toOfferCardView(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, id: string, lang: Lang): OfferView {
  const model = catalog.offers.find((o) => o.id === id);
  if (!model) throw new Error(`Unknown offer ${id}`);
  return toOfferView(model, lang, catalog);
}
