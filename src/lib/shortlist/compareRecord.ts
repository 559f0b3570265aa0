// Server side: an offer's compare record in one language (/{lang}/shortlist/{id}.json), made from the
// offer's view model, so every value reads exactly as on its offer page. The open-data line comes from
// the code that writes /data/offers.csv.
import { t, type UiKey } from '../../i18n/index.ts';
import { UTILITY_KEYS, type Lang } from '../../schemas/index.ts';
import { siteConfig } from '../../site.config.ts';
import type { Catalog } from '../catalog/buildCatalog.ts';
import { getOfferDistances } from '../catalog/getOfferDistances.ts';
import { type OfferViewCatalogKeys, toDistanceView, toOfferView } from '../catalog/toOfferView.ts';
import { offersCsvLine } from '../data/offersCsv.ts';
import { isBidding } from '../rules/acquisition.ts';
import { hubRowKey, type CompareCell, type CompareRecord } from './compareRows.ts';

export interface CompareRow {
  key: string;
  label: UiKey;
}

export interface CompareGroup {
  /** Heading of the group of rows. */
  label: UiKey;
  rows: readonly CompareRow[];
}

/** Rows from `{ row key: label key }`, in the order written. */
const rowsOf = (labels: Readonly<Record<string, UiKey>>): CompareRow[] => Object.entries(labels).map(([key, label]) => ({ key, label }));

/** Rows every offer has, in order, grouped as the offer page groups them. The hubs' distances follow in their own group. */
export const COMPARE_GROUPS: readonly CompareGroup[] = [
  {
    label: 'offer.keyFacts',
    rows: rowsOf({
      kind: 'offer.kind',
      status: 'offer.status',
      district: 'offer.district',
      area: 'offer.area',
      price: 'offer.price',
      right: 'offer.right',
      foreign: 'offer.foreignEligible',
      route: 'offer.route',
      'bid-date': 'offer.bidDate',
    }),
  },
  {
    label: 'offer.costs',
    rows: rowsOf({
      'cost-deposit': 'offer.costs.deposit',
      'cost-yearly': 'offer.costs.yearly',
      'cost-connections': 'offer.costs.connections',
      'cost-investment': 'offer.costs.investment',
    }),
  },
  { label: 'offer.utilities', rows: UTILITY_KEYS.map((key) => ({ key: `utility-${key}`, label: `utility.${key}` as UiKey })) },
  { label: 'offer.audit', rows: rowsOf({ audit: 'offer.audit.date' }) },
  {
    label: 'offer.contact',
    rows: rowsOf({ contact: 'offer.contact', 'contact-phone': 'offer.contact.phone', 'contact-email': 'offer.contact.email' }),
  },
];

/** The hubs every offer is measured to on the compare page (places marked `hub`), in content order. */
export function compareHubs(catalog: Pick<Catalog, 'places'>, lang: Lang): Array<{ key: string; label: string }> {
  return catalog.places.filter((p) => p.hub).map((p) => ({ key: hubRowKey(p.id), label: p.name[lang] }));
}

const cell = (value: string, note?: string, href?: string): CompareCell => ({
  value,
  ...(note ? { note } : {}),
  ...(href ? { href } : {}),
});

/** The compare record of offer `id` in `lang`. Throws for an unknown id: records are made only for known ones. */
export function toCompareRecord(catalog: Pick<Catalog, 'offers' | OfferViewCatalogKeys>, id: string, lang: Lang): CompareRecord {
  const model = catalog.offers.find((o) => o.id === id);
  if (!model) throw new Error(`Unknown offer ${id}`);
  const offer = toOfferView(model, lang, catalog);
  const unknownLabel = t(lang, 'offer.costs.unknown');
  const unknown: CompareCell = { value: unknownLabel, unknown: true };
  const orUnknown = (c: CompareCell): CompareCell => (c.value === unknownLabel ? { ...c, unknown: true } : c);
  const none = cell('—');

  const cells: Record<string, CompareCell> = {
    kind: cell(offer.kindLabel),
    status: cell(offer.statusLabel),
    district: cell(offer.districtName, [offer.placeName, offer.namedLocationName].filter(Boolean).join(', ')),
    area: cell(offer.areaLabel),
    // Approximate dollars and euros ride along as a note, as on the offer page; the figure itself stays in tenge.
    price: cell(
      offer.priceLabel,
      [offer.pricePeriod ? offer.priceBasisLabel : '', offer.priceApprox ?? ''].filter(Boolean).join(' · ') || undefined,
    ),
    right: cell(offer.termLabel ? `${offer.rightLabel}, ${offer.termLabel}` : offer.rightLabel),
    foreign: cell(offer.foreignLabel),
    route: cell(offer.routeLabel, offer.grantorLabel),
    // No date is unknown only while the offer takes bids; other routes have no closing date.
    'bid-date':
      offer.acquisitionDateLabel !== undefined
        ? cell(offer.acquisitionDateLabel, offer.bidDatePassed ? t(lang, 'offer.bidDate.passed') : undefined)
        : isBidding(model.facts.status)
          ? unknown
          : none,
    audit: cell(offer.audit.dateLabel, [offer.audit.conditionLabel, offer.stale ? offer.staleLabel : ''].filter(Boolean).join('. ')),
    contact: cell(offer.contact.name, [offer.contact.role, offer.contact.organisation].join(', ')),
    'contact-phone': offer.contact.phone ? cell(offer.contact.phone, undefined, offer.contact.phoneHref) : none,
    'contact-email': offer.contact.email ? cell(offer.contact.email, undefined, `mailto:${offer.contact.email}`) : none,
  };
  for (const c of offer.expectedCosts)
    if (c.fact !== 'cost-price') cells[c.fact] = orUnknown(cell(c.amount, [c.basis, c.approx ?? ''].filter(Boolean).join(' · ')));
  for (const u of offer.utilities) cells[`utility-${u.key}`] = cell(u.availableLabel, u.details === '—' ? undefined : u.details);
  // Every hub, not only those the offer page lists (it leaves out other areas' centres), so the rows line up.
  const hubs = catalog.places.filter((p) => p.hub);
  for (const d of getOfferDistances(model.facts, hubs, undefined, [])) {
    const view = toDistanceView(d, catalog.places, lang);
    cells[hubRowKey(d.placeId)] = cell(view.straightLabel, view.roadLabel);
  }

  const csv = offersCsvLine(model, siteConfig.illustrativeData);
  return {
    id: offer.id,
    url: offer.url,
    title: offer.title,
    ...(offer.textLang === lang ? {} : { titleLang: offer.textLang }),
    cells,
    ...(csv ? { csv } : {}),
  };
}
