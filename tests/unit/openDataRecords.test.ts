// One hand-made offer through the open-data builders, with every published field written out by hand:
// missing translations stay absent, a road distance appears only when known, the GeoJSON columns, and
// the outline's winding and closing.
import { describe, expect, it } from 'vitest';
import type { Catalog, OfferModel } from '../../src/lib/catalog/buildCatalog.ts';
import {
  DATA_LICENCE,
  toExteriorRing,
  toFeatureCollection,
  toFeatureProperties,
  toOfferFeatures,
  toOffersDocument,
  toOpenDataOffer,
} from '../../src/lib/data/toOpenData.ts';

const SITE = new URL('https://catalog.example/');
const name = (en: string, ru: string, kk: string) => ({ en, ru, kk });

const facts = {
  kind: 'land-plot',
  status: 'available',
  district: 'karkaraly',
  place: 'ortau',
  location: { lat: 49.1, lon: 75.2 },
  land: { areaHa: 2.5, category: 'settlement' },
  right: { type: 'lease', foreignOwnedEligible: true },
  acquisition: { route: 'auction' },
  price: { basis: 'on-request' },
  segments: ['glamping', 'eco-tourism'],
  audit: { date: '2026-10-01' },
  updated: '2026-10-02',
  documents: [
    { title: name('Title', 'Акт', 'Акт'), type: 'title', file: 'title.pdf' },
    { title: name('Plan', 'План', 'Жоспар'), type: 'master-plan', url: 'https://gov.example/plan.pdf' },
  ],
};

const model = {
  id: 'fixture-plot',
  texts: { en: { title: 'Fixture plot', summary: 'A plot.' }, ru: { title: 'Участок', summary: 'Участок.' } },
  facts,
  place: { id: 'ortau', name: name('Ortau', 'Ортау', 'Ортау') },
  distances: [
    { placeId: 'ortau', straightKm: 4.2, roadKm: 5.1 },
    { placeId: 'airfield', straightKm: 30 },
    { placeId: 'unknown', straightKm: 99 },
  ],
  stale: true,
  contact: { name: 'Fixture officer' },
} as unknown as OfferModel;

const catalog = {
  offers: [model],
  places: [
    { id: 'ortau', name: name('Ortau', 'Ортау', 'Ортау') },
    { id: 'airfield', name: name('Airfield', 'Аэродром', 'Әуеайлақ') },
  ],
  districts: [{ id: 'karkaraly', facts: { name: name('Karkaraly district', 'Каркаралинский район', 'Қарқаралы ауданы') } }],
} as unknown as Catalog;

describe('an offer in the open data', () => {
  // Built inside each test, so Stryker's per-test coverage sees the code these tests run.
  const build = () => toOpenDataOffer(model, catalog, SITE);

  it('keeps missing translations absent instead of inventing them', () => {
    const offer = build();
    expect(offer.title).toEqual({ en: 'Fixture plot', ru: 'Участок' });
    expect(offer.summary).toEqual({ en: 'A plot.', ru: 'Участок.' });
    expect(offer.districtName).toEqual({ en: 'Karkaraly district', ru: 'Каркаралинский район', kk: 'Қарқаралы ауданы' });
    expect(offer.placeName).toEqual({ en: 'Ortau', ru: 'Ортау', kk: 'Ортау' });
  });

  it('links each language’s page and embed card, the thumbnail and each document, on the site', () => {
    const offer = build();
    expect(offer.links).toEqual({
      page: {
        en: 'https://catalog.example/en/offers/fixture-plot/',
        ru: 'https://catalog.example/ru/offers/fixture-plot/',
        kk: 'https://catalog.example/kk/offers/fixture-plot/',
      },
      embedCard: {
        en: 'https://catalog.example/en/embed/offers/fixture-plot/',
        ru: 'https://catalog.example/ru/embed/offers/fixture-plot/',
        kk: 'https://catalog.example/kk/embed/offers/fixture-plot/',
      },
      thumbnail: 'https://catalog.example/maps/offers/fixture-plot.svg',
      // In the order of facts.documents: the offer's own PDF at its one address on the site, a web address as given.
      documents: ['https://catalog.example/offers/fixture-plot/docs/title.pdf', 'https://gov.example/plan.pdf'],
    });
  });

  it('gives a road distance only when one is known, and no name for a place it does not know', () => {
    const offer = build();
    expect(offer.distances).toEqual([
      { place: 'ortau', name: { en: 'Ortau', ru: 'Ортау', kk: 'Ортау' }, straightKm: 4.2, roadKm: 5.1 },
      { place: 'airfield', name: { en: 'Airfield', ru: 'Аэродром', kk: 'Әуеайлақ' }, straightKm: 30 },
      { place: 'unknown', name: {}, straightKm: 99 },
    ]);
    expect(offer.distances[1]).not.toHaveProperty('roadKm');
    expect(offer).toMatchObject({ id: 'fixture-plot', stale: true, contact: { name: 'Fixture officer' } });
  });

  it('is wrapped in a document with its schema, licence, flag and count', () => {
    const doc = toOffersDocument(catalog, SITE, '2026-11-29T10:00:00.000Z', true);
    expect(doc).toMatchObject({
      generatedAt: '2026-11-29T10:00:00.000Z',
      schema: 'https://catalog.example/data/offer.schema.json',
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      illustrative: true,
      count: 1,
    });
    expect(doc.licence).not.toBe(DATA_LICENCE);
  });
});

describe('the GeoJSON of an offer', () => {
  // Built inside each test, so Stryker's per-test coverage sees the code these tests run.
  const build = () => toOpenDataOffer(model, catalog, SITE);

  it('flattens the facts into one column each, with null for what is not given', () => {
    const offer = build();
    expect(toFeatureProperties(offer, 'location', false)).toEqual({
      id: 'fixture-plot',
      featureType: 'location',
      kind: 'land-plot',
      status: 'available',
      district: 'karkaraly',
      place: 'ortau',
      areaHa: 2.5,
      landCategory: 'settlement',
      right: 'lease',
      acquisitionRoute: 'auction',
      foreignOwnedEligible: true,
      priceBasis: 'on-request',
      priceKzt: null,
      investmentKzt: null,
      segments: 'glamping,eco-tourism',
      title_en: 'Fixture plot',
      title_ru: 'Участок',
      title_kk: null,
      url_en: 'https://catalog.example/en/offers/fixture-plot/',
      url_ru: 'https://catalog.example/ru/offers/fixture-plot/',
      url_kk: 'https://catalog.example/kk/offers/fixture-plot/',
      auditDate: '2026-10-01',
      updated: '2026-10-02',
      stale: true,
      illustrative: false,
    });
  });

  it('is one point without an outline, in longitude-latitude order', () => {
    const offer = build();
    const features = toOfferFeatures(offer, false);
    expect(features).toHaveLength(1);
    expect(features[0]).toMatchObject({ type: 'Feature', id: 'fixture-plot', geometry: { type: 'Point', coordinates: [75.2, 49.1] } });
  });

  it('adds the outline as a second feature, closed and counter-clockwise', () => {
    const offer = build();
    // Clockwise in content ([lat, lon]): north-west, north-east, south-east, south-west. Published from the
    // same first corner the other way round: north-west, south-west, south-east, north-east, and closed.
    const outlined = {
      ...offer,
      facts: {
        ...offer.facts,
        boundary: [
          [49.11, 75.19],
          [49.11, 75.21],
          [49.09, 75.21],
          [49.09, 75.19],
        ],
      },
    } as typeof offer;
    const collection = toFeatureCollection({
      schemaVersion: '1',
      generatedAt: 'x',
      schema: 's',
      licence: DATA_LICENCE,
      illustrative: true,
      count: 1,
      offers: [outlined],
    } as never);
    expect(collection.features.map((f) => f.id)).toEqual(['fixture-plot', 'fixture-plot/boundary']);
    const polygon = collection.features[1]!;
    expect(polygon.properties.featureType).toBe('boundary');
    expect(polygon.properties.illustrative).toBe(true);
    expect(polygon.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [75.19, 49.11],
          [75.19, 49.09],
          [75.21, 49.09],
          [75.21, 49.11],
          [75.19, 49.11],
        ],
      ],
    });
  });

  it('does not close a ring twice, and keeps one already counter-clockwise', () => {
    const closedCcw: Array<[number, number]> = [
      [0, 0],
      [0, 1],
      [1, 1],
      [0, 0],
    ];
    // [lat, lon] → [lon, lat]: (0, 0), (1, 0), (1, 1): counter-clockwise, already closed.
    expect(toExteriorRing(closedCcw)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    // Closed on longitude only (same latitude, different longitude): still needs closing.
    expect(
      toExteriorRing([
        [0, 0],
        [0, 1],
        [1, 1],
        [0, 2],
      ]),
    ).toHaveLength(5);
    expect(
      toExteriorRing([
        [0, 0],
        [0, 1],
        [1, 1],
        [2, 0],
      ]),
    ).toHaveLength(5);
  });
});
