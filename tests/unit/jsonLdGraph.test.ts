// The JSON-LD graph a search engine or a partner site reads: the akimat, the website, the listing and the
// place are linked by @id; the place has a postal address and its land area in hectares; the offer has its
// price in tenge; the contact is a ContactPoint of the government body. Expected values are written out by
// hand from tests/fixtures/content-rich and src/i18n/*.json.
import { describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { homeJsonLd, offerJsonLd, serializeJsonLd } from '../../src/lib/share/jsonLd.ts';
import { fixtureCatalog, RICH_FIXTURE } from './helpers.ts';

const SITE = 'https://tourism-invest.karaganda.example/';
const ORGANISATION_ID = 'https://tourism-invest.karaganda.example/#organisation';
const KENT_URL = 'https://tourism-invest.karaganda.example/en/offers/karkaraly-kent-camping/';

const catalog = fixtureCatalog(RICH_FIXTURE);
const kentModel = catalog.offers.find((o) => o.id === 'karkaraly-kent-camping')!;
const ids = { site: SITE, illustrative: false, image: `${SITE}og/en/offers/karkaraly-kent-camping.png` };
/** Through the serialiser, as a page carries it. */
const parsed = (data: Record<string, unknown>) => JSON.parse(serializeJsonLd(data));

describe('JSON-LD of the home page', () => {
  it('describes the akimat with its address, and the website it publishes, linked by @id', () => {
    const doc = parsed(homeJsonLd('en', { site: SITE, illustrative: false }));
    expect(doc).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'GovernmentOrganization',
          '@id': ORGANISATION_ID,
          name: 'Karaganda region akimat',
          url: 'https://tourism-invest.karaganda.example/en/',
          address: { '@type': 'PostalAddress', addressRegion: 'Karaganda region', addressCountry: 'KZ' },
        },
        {
          '@type': 'WebSite',
          '@id': 'https://tourism-invest.karaganda.example/en/#website',
          url: 'https://tourism-invest.karaganda.example/en/',
          name: 'Karaganda Tourism Investment Catalog',
          description: 'Land plots, tourist infrastructure and large projects offered to investors in the Balkhash and Karkaraly areas',
          inLanguage: 'en-GB',
          publisher: { '@id': ORGANISATION_ID },
        },
      ],
    });
  });

  it('gives each language its own website id and address, and one organisation id for all', () => {
    const doc = parsed(homeJsonLd('kk', { site: SITE, illustrative: false }));
    expect(doc['@graph'][0]['@id']).toBe(ORGANISATION_ID);
    expect(doc['@graph'][0].url).toBe('https://tourism-invest.karaganda.example/kk/');
    expect(doc['@graph'][0].address).toEqual({ '@type': 'PostalAddress', addressRegion: 'Қарағанды облысы', addressCountry: 'KZ' });
    expect(doc['@graph'][1]['@id']).toBe('https://tourism-invest.karaganda.example/kk/#website');
    expect(doc['@graph'][1].publisher).toEqual({ '@id': ORGANISATION_ID });
  });
});

describe('JSON-LD of an offer', () => {
  const doc = parsed(offerJsonLd(toOfferView(kentModel, 'en', catalog), catalog, ids));

  it('is a listing with its own @id that is about the place, whose @id the offer’s item carries', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@id']).toBe(`${KENT_URL}#listing`);
    expect(doc.about).toEqual({ '@id': `${KENT_URL}#place` });
    expect(doc.offers.itemOffered['@id']).toBe(`${KENT_URL}#place`);
  });

  it('gives the place its postal address, its area in hectares (UN/CEFACT HAR) and its map', () => {
    expect(doc.offers.itemOffered).toEqual({
      '@type': 'Place',
      '@id': `${KENT_URL}#place`,
      name: 'Camping plot at the foot of the Kent mountains',
      geo: { '@type': 'GeoCoordinates', latitude: 49.2551, longitude: 75.9252 },
      address: { '@type': 'PostalAddress', addressLocality: 'Karkaraly', addressRegion: 'Karaganda region', addressCountry: 'KZ' },
      additionalProperty: [{ '@type': 'PropertyValue', name: 'Land area', value: 6.5, unitCode: 'HAR', unitText: 'ha' }],
      hasMap: 'https://www.openstreetmap.org/?mlat=49.2551&mlon=75.9252#map=14/49.2551/75.9252',
    });
  });

  it('names the area property in the page language', () => {
    const ru = parsed(offerJsonLd(toOfferView(kentModel, 'ru', catalog), catalog, ids));
    expect(ru.offers.itemOffered.additionalProperty).toEqual([
      { '@type': 'PropertyValue', name: 'Площадь участка', value: 6.5, unitCode: 'HAR', unitText: 'ha' },
    ]);
    expect(ru.offers.itemOffered.address).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Каркаралинск',
      addressRegion: 'Карагандинская область',
      addressCountry: 'KZ',
    });
  });

  it('is an Offer named by kind and title, described by status, price and route, priced in KZT', () => {
    expect(doc.offers['@type']).toBe('Offer');
    expect(doc.offers.url).toBe(KENT_URL);
    expect(doc.offers.name).toBe('Vacant land plot: Camping plot at the foot of the Kent mountains');
    expect(doc.offers.description).toBe("Available. ₸420,000 a year. Competition held by the national park's authorised body");
    expect(doc.offers.price).toBe(420000);
    expect(doc.offers.priceCurrency).toBe('KZT');
  });

  it('puts the illustrative notice before the offer description while the switch is on', () => {
    const shown = parsed(offerJsonLd(toOfferView(kentModel, 'en', catalog), catalog, { ...ids, illustrative: true }));
    expect(shown.offers.description).toBe(
      "Illustrative demonstration data, not official facts. Available. ₸420,000 a year. Competition held by the national park's authorised body",
    );
  });

  it('is offered by the contact’s body, part of the akimat, with a contact point to call or write to', () => {
    expect(doc.offers.offeredBy).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Karkaraly State National Nature Park administration (illustrative)',
      parentOrganization: { '@id': ORGANISATION_ID },
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'Recreation-use specialist',
        name: 'Asel Demo-Tokanova (demo)',
        telephone: '+7 700 000 00 06',
        email: 'karkaraly.park@example.kz',
      },
    });
  });

  it('is published by the same akimat the home page describes', () => {
    expect(doc.publisher['@id']).toBe(ORGANISATION_ID);
    expect(doc.publisher.address).toEqual({ '@type': 'PostalAddress', addressRegion: 'Karaganda region', addressCountry: 'KZ' });
  });

  it('refuses a view of an offer the catalog does not have, naming it', () => {
    const view = toOfferView(kentModel, 'en', catalog);
    expect(() => offerJsonLd(view, { offers: [] }, ids)).toThrow('offer karkaraly-kent-camping: not in the catalog');
  });
});

describe('JSON-LD script text', () => {
  it('escapes the paragraph separator U+2029 as well as the line separator, and reads back the same text', () => {
    const text = serializeJsonLd({ name: 'one\u2029two\u2028three' });
    expect(text).toBe('{"name":"one\\u2029two\\u2028three"}');
    expect(text).not.toContain('\u2029');
    expect(JSON.parse(text)).toEqual({ name: 'one\u2029two\u2028three' });
  });
});
