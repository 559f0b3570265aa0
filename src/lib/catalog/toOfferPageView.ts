import type { Lang } from '../../schemas/index.ts';
import { LANGUAGE_NAMES } from '../../schemas/langs.ts';
import { t } from '../../i18n/index.ts';
import { offerKeywords } from '../search/keywords.ts';
import { buildMapData, mapHubs, toMapOffer, type MapData } from '../map/mapData.ts';
import type { Catalog } from './buildCatalog.ts';
import { toOfferView, type LabelledValue, type OfferView, type OfferViewCatalogKeys } from './toOfferView.ts';

/**
 * An offer's own page: the offer view, plus its facts grouped by the section they belong to.
 * Each fact appears in one group; the key facts are a deliberate summary of what an investor
 * checks first (size, money, right), and the header already names kind, status, area and place.
 */
export interface OfferPageView {
  offer: OfferView;
  /** Land area, price, investment, right with its term, eligibility of foreign-owned companies. */
  keyFacts: LabelledValue[];
  /** Land category, target purpose, cadastral number, then how the plot is acquired. */
  legalFacts: LabelledValue[];
  /** IRR and payback of a large project (phases and partners are in `offer.project`). */
  projectFacts: LabelledValue[];
  /** The audit visit, who made it, the condition found, and the catalog's own dates. */
  auditFacts: LabelledValue[];
  /** Said when the text is shown in another language than the page's. */
  missingTranslation: string | undefined;
  /** Map of the offer, its outline and the hubs it is measured to. */
  map: MapData;
  /** Hidden words that let the site search find the offer by names in other languages and synonyms. */
  keywords: string[];
}

const defined = (rows: Array<LabelledValue | false | undefined>): LabelledValue[] => rows.filter((r): r is LabelledValue => !!r);

function keyFacts(offer: OfferView): LabelledValue[] {
  return defined([
    { label: t(offer.lang, 'offer.area'), value: offer.areaLabel, fact: 'area' },
    {
      label: offer.pricePeriod ? offer.priceBasisLabel : offer.priceFactLabel,
      value: offer.priceLabel,
      approx: offer.priceApprox,
      fact: 'price',
    },
    offer.investmentLabel !== undefined && {
      label: t(offer.lang, 'offer.investment'),
      value: offer.investmentLabel,
      approx: offer.investmentApprox,
      fact: 'investment',
    },
    {
      label: t(offer.lang, 'offer.right'),
      value: offer.termLabel ? `${offer.rightLabel}, ${offer.termLabel}` : offer.rightLabel,
      fact: 'right',
    },
    { label: t(offer.lang, 'offer.foreignEligible'), value: offer.foreignLabel, fact: 'foreign' },
  ]);
}

/** A text ended with a full stop, unless it ends with one already (a Russian date: "1 октября 2026 г."). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function legalFacts(offer: OfferView): LabelledValue[] {
  const lang = offer.lang;
  return defined([
    { label: t(lang, 'offer.category'), value: offer.categoryLabel, fact: 'category' },
    { label: t(lang, 'offer.targetPurpose'), value: offer.targetPurpose },
    { label: t(lang, 'offer.cadastralNumber'), value: offer.cadastralNumber ?? t(lang, 'offer.cadastralNumber.none'), fact: 'cadastral' },
    { label: t(lang, 'offer.grantor'), value: offer.grantorLabel, fact: 'grantor' },
    { label: t(lang, 'offer.route'), value: offer.routeLabel, fact: 'route' },
    offer.acquisitionDateLabel !== undefined && {
      label: t(lang, 'offer.bidDate'),
      value: offer.bidDatePassed
        ? `${endSentence(offer.acquisitionDateLabel)} ${t(lang, 'offer.bidDate.passed')}`
        : offer.acquisitionDateLabel,
      fact: 'bid-date',
    },
    offer.lotUrl !== undefined && { label: t(lang, 'offer.lot'), value: offer.lotUrl, href: offer.lotUrl, fact: 'lot' },
    offer.lotPendingLabel !== undefined && { label: t(lang, 'offer.lot'), value: offer.lotPendingLabel, fact: 'lot' },
  ]);
}

function projectFacts(offer: OfferView): LabelledValue[] {
  if (!offer.project) return [];
  return defined([
    offer.project.irrLabel !== undefined && { label: t(offer.lang, 'offer.project.irr'), value: offer.project.irrLabel },
    offer.project.paybackLabel !== undefined && { label: t(offer.lang, 'offer.project.payback'), value: offer.project.paybackLabel },
  ]);
}

function auditFacts(offer: OfferView): LabelledValue[] {
  const lang = offer.lang;
  return [
    { label: t(lang, 'offer.audit.date'), value: offer.audit.dateLabel, fact: 'audit' },
    { label: t(lang, 'offer.audit.auditor'), value: offer.audit.auditor },
    { label: t(lang, 'offer.audit.condition'), value: offer.audit.conditionLabel },
    { label: t(lang, 'offer.published'), value: offer.publishedLabel },
    { label: t(lang, 'offer.updated'), value: offer.updatedLabel },
  ];
}

/** The page of offer `id` in `lang`. Throws for an unknown id: pages are only generated for known ones. */
export function toOfferPageView(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, id: string, lang: Lang): OfferPageView {
  const model = catalog.offers.find((o) => o.id === id);
  if (!model) throw new Error(`Unknown offer ${id}`);
  const offer = toOfferView(model, lang, catalog);
  const district = catalog.districts.find((d) => d.id === model.facts.district);
  if (!district) throw new Error(`Unknown district ${model.facts.district} of ${id}`);
  return {
    offer,
    keyFacts: keyFacts(offer),
    legalFacts: legalFacts(offer),
    projectFacts: projectFacts(offer),
    auditFacts: auditFacts(offer),
    missingTranslation:
      offer.textLang === lang ? undefined : t(lang, 'notice.missingTranslation', { language: LANGUAGE_NAMES[offer.textLang] }),
    map: buildMapData('offer', lang, [toMapOffer(offer, true)], catalog.places, mapHubs(offer, catalog.places)),
    keywords: offerKeywords({
      lang,
      place: { id: model.place.id, name: model.place.name, aliases: model.place.aliases },
      namedLocation: model.namedLocation && {
        id: model.namedLocation.id,
        name: model.namedLocation.name,
        aliases: model.namedLocation.aliases,
      },
      district: { id: district.id, name: district.facts.name, aliases: district.centre.aliases },
      kind: model.facts.kind,
      segments: model.facts.segments,
    }),
  };
}
