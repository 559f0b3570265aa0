// Structured data (schema.org JSON-LD) for search engines and link previews, and the one safe way to
// put it into a page.
//
// An offer page is a RealEstateListing (a web page that lists property) whose `offers` is an Offer for
// a Place: the plot or building, with its coordinates, address and land area, the price as a
// PriceSpecification in KZT (a UnitPriceSpecification per year for an annual lease), and `offeredBy`
// the government body named as the offer's contact, part of the regional akimat. The home page
// describes the akimat (GovernmentOrganization) and the WebSite. While the illustrative switch is on,
// every description starts with the same notice that the page's meta description carries.
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/langs.ts';
import { LOCALE_TAGS } from '../../schemas/langs.ts';
import type { Catalog } from '../catalog/buildCatalog.ts';
import type { OfferView } from '../catalog/toOfferView.ts';
import { describeHonestly } from '../illustrative.ts';

export type JsonLd = Record<string, unknown>;

/**
 * JSON text safe inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * \u escapes, so no content (a title with `</script>` or `<!--`) can end the element or open a comment;
 * U+2028 and U+2029 are escaped too. JSON.parse reads the same value back.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface SiteIds {
  /** Absolute site address with a trailing slash, e.g. https://tourism-invest.karaganda.example/ */
  site: string;
  illustrative: boolean;
}

const abs = (path: string, site: string) => new URL(path, site).href;

/** The akimat that publishes the catalog, referred to by @id from every listing. */
export function organisationJsonLd(lang: Lang, ids: SiteIds): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': abs('/#organisation', ids.site),
    name: t(lang, 'share.organisation'),
    url: abs(`/${lang}/`, ids.site),
    address: { '@type': 'PostalAddress', addressRegion: t(lang, 'share.region'), addressCountry: 'KZ' },
  };
}

/** The home page: the organisation and the site, in one graph. */
export function homeJsonLd(lang: Lang, ids: SiteIds): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organisationJsonLd(lang, ids),
      {
        '@type': 'WebSite',
        '@id': abs(`/${lang}/#website`, ids.site),
        url: abs(`/${lang}/`, ids.site),
        name: t(lang, 'site.name'),
        description: describeHonestly(lang, t(lang, 'site.tagline'), ids.illustrative),
        inLanguage: LOCALE_TAGS[lang],
        publisher: { '@id': abs('/#organisation', ids.site) },
      },
    ],
  };
}

/** An offer page in one language. */
export function offerJsonLd(view: OfferView, catalog: Pick<Catalog, 'offers'>, ids: SiteIds & { image: string }): JsonLd {
  const model = catalog.offers.find((o) => o.id === view.id);
  if (!model) throw new Error(`offer ${view.id}: not in the catalog`);
  const { lang } = view;
  const url = abs(view.url, ids.site);
  const description = describeHonestly(lang, view.summary, ids.illustrative);
  const { amountKzt } = model.facts.price;
  const priceSpecification =
    amountKzt === undefined
      ? undefined
      : {
          '@type': view.pricePeriod === 'per-year' ? 'UnitPriceSpecification' : 'PriceSpecification',
          price: amountKzt,
          priceCurrency: 'KZT',
          name: view.priceBasisLabel,
          // UN/CEFACT "ANN": the amount is paid every year.
          ...(view.pricePeriod === 'per-year' ? { unitCode: 'ANN', unitText: t(lang, 'share.perYear') } : {}),
        };
  const place = {
    '@type': 'Place',
    '@id': `${url}#place`,
    name: view.title,
    geo: { '@type': 'GeoCoordinates', latitude: view.location.lat, longitude: view.location.lon },
    address: {
      '@type': 'PostalAddress',
      addressLocality: view.placeName,
      addressRegion: t(lang, 'share.region'),
      addressCountry: 'KZ',
    },
    // UN/CEFACT "HAR": hectares.
    additionalProperty: [{ '@type': 'PropertyValue', name: t(lang, 'offer.area'), value: view.areaHa, unitCode: 'HAR', unitText: 'ha' }],
    hasMap: view.osmUrl,
  };
  const contact = view.contact;
  return {
    '@context': 'https://schema.org',
    '@type': 'RealEstateListing',
    '@id': `${url}#listing`,
    url,
    name: view.title,
    description,
    inLanguage: LOCALE_TAGS[lang],
    image: ids.image,
    datePosted: view.published,
    about: { '@id': `${url}#place` },
    offers: {
      '@type': 'Offer',
      url,
      name: `${view.kindLabel}: ${view.title}`,
      description: describeHonestly(lang, `${view.statusLabel}. ${view.priceLabel}. ${view.routeLabel}`, ids.illustrative),
      ...(priceSpecification ? { priceSpecification, price: amountKzt, priceCurrency: 'KZT' } : {}),
      itemOffered: place,
      offeredBy: {
        '@type': 'GovernmentOrganization',
        name: contact.organisation,
        parentOrganization: { '@id': abs('/#organisation', ids.site) },
        contactPoint: {
          '@type': 'ContactPoint',
          contactType: contact.role,
          name: contact.name,
          ...(contact.phone ? { telephone: contact.phone } : {}),
          ...(contact.email ? { email: contact.email } : {}),
        },
      },
    },
    publisher: organisationJsonLd(lang, ids),
  };
}
