// The open data files at their edges: the published JSON Schema's own header, its $defs and the
// references between them, that it refuses unknown fields on every file; offers.json names the
// district an offer is in (not the first one), leaves a missing translation out rather than present
// and empty, and survives a district it cannot find; offers.geojson says what each object is.
// Inputs come from tests/fixtures/content-good; expected values are written out by hand.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildOfferJsonSchema } from '../../src/lib/data/openDataSchema.ts';
import { toFeatureCollection, toOffersDocument, toOpenDataOffer } from '../../src/lib/data/toOpenData.ts';
import { fixtureCatalog } from './helpers.ts';

const SITE = new URL('https://catalog.example/');
const SCHEMA_URL = 'https://catalog.example/data/offer.schema.json';
const catalog = fixtureCatalog();
const offerModel = (id: string) => catalog.offers.find((o) => o.id === id)!;

type Json = Record<string, unknown>;
/** The value at a path of keys in parsed JSON. */
const dig = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Json)[k], value);

describe('the published JSON Schema', () => {
  it('says what it is: draft 2020-12, its own address, its title and the format version', () => {
    const schema = buildOfferJsonSchema(SCHEMA_URL);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(schema.title).toBe('Karaganda Tourism Investment Catalog: offer');
    expect(schema.description).toBe('Open data format 1.1.0. The root describes one item of offers.json; $defs describe the whole files.');
    expect(schema.$ref).toBe('#/$defs/Offer');
  });

  it('holds the four definitions, the files pointing at the offer and at the feature properties by reference', () => {
    const defs = buildOfferJsonSchema(SCHEMA_URL).$defs as Json;
    expect(Object.keys(defs).sort()).toEqual(['Offer', 'OfferFeatureProperties', 'OffersDocument', 'OffersFeatureCollection']);
    expect(dig(defs, 'OffersDocument', 'properties', 'offers')).toEqual({ type: 'array', items: { $ref: '#/$defs/Offer' } });
    expect(dig(defs, 'OffersFeatureCollection', 'properties', 'features', 'items', 'properties', 'properties')).toEqual({
      $ref: '#/$defs/OfferFeatureProperties',
    });
    // Each definition is a part of one file, not a document of its own.
    for (const def of Object.values(defs)) {
      expect(def).not.toHaveProperty('$schema');
      expect(def).not.toHaveProperty('$id');
    }
  });

  it('refuses a field it does not define at the top of every file and record', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(buildOfferJsonSchema(SCHEMA_URL));
    const valid = (ref: string, data: unknown) => ajv.getSchema(`${SCHEMA_URL}${ref}`)!(data) as boolean;
    const document = JSON.parse(JSON.stringify(toOffersDocument(catalog, SITE, '2026-11-29T10:00:00.000Z', true)));
    const collection = JSON.parse(JSON.stringify(toFeatureCollection(document)));
    const cases: Array<[string, Json]> = [
      ['', document.offers[0]],
      ['#/$defs/OffersDocument', document],
      ['#/$defs/OfferFeatureProperties', collection.features[0].properties],
      ['#/$defs/OffersFeatureCollection', collection],
    ];
    for (const [ref, data] of cases) {
      expect(valid(ref, data), `${ref || 'Offer'} as built`).toBe(true);
      expect(valid(ref, { ...data, colour: 'green' }), `${ref || 'Offer'} with an unknown field`).toBe(false);
    }
  });
});

describe('offers.json records', () => {
  it('names the district each offer is in, in every language', () => {
    expect(toOpenDataOffer(offerModel('shaitankol-glamping'), catalog, SITE).districtName).toStrictEqual({
      en: 'Karkaraly district',
      ru: 'Каркаралинский район',
      kk: 'Қарқаралы ауданы',
    });
    expect(toOpenDataOffer(offerModel('balkhash-test-base'), catalog, SITE).districtName).toStrictEqual({
      en: 'Balkhash area',
      ru: 'г. Балхаш и подчинённая территория',
      kk: 'Балқаш қаласы және оған қарасты аумақ',
    });
  });

  it('gives an empty district name, not an error, for a district the catalog does not list', () => {
    const offer = toOpenDataOffer(offerModel('shaitankol-glamping'), { ...catalog, districts: [] }, SITE);
    expect(offer.districtName).toStrictEqual({});
    expect(offer.placeName).toStrictEqual({ en: 'Karkaraly', ru: 'Каркаралинск', kk: 'Қарқаралы' });
  });

  it('leaves out the languages an offer has no text in, with no key at all', () => {
    const model = offerModel('shaitankol-glamping');
    const offer = toOpenDataOffer({ ...model, texts: { en: model.texts.en } } as typeof model, catalog, SITE);
    expect(Object.keys(offer.title)).toEqual(['en']);
    expect(Object.keys(offer.summary)).toEqual(['en']);
    expect(offer.title).toStrictEqual({ en: 'Glamping plot near Lake Shaitankol' });
  });
});

describe('offers.geojson', () => {
  it('is a FeatureCollection of Features: a located point, then the outline as a boundary', () => {
    const collection = toFeatureCollection(toOffersDocument(catalog, SITE, '2026-11-29T10:00:00.000Z', false));
    expect(collection.type).toBe('FeatureCollection');
    const shaitankol = collection.features.filter((f) => f.properties.id === 'shaitankol-glamping');
    expect(shaitankol.map((f) => [f.type, f.id, f.geometry.type, f.properties.featureType])).toEqual([
      ['Feature', 'shaitankol-glamping', 'Point', 'location'],
      ['Feature', 'shaitankol-glamping/boundary', 'Polygon', 'boundary'],
    ]);
    const base = collection.features.filter((f) => f.properties.id === 'balkhash-test-base');
    expect(base.map((f) => [f.type, f.geometry.type, f.properties.featureType])).toEqual([['Feature', 'Point', 'location']]);
  });
});

describe('known defect', () => {
  // z.toJSONSchema reads titles from the global metadata registry, not the one the definitions are registered
  // in; this pins that the published file still carries them.
  it('gives each definition the title it was registered with', () => {
    const defs = buildOfferJsonSchema(SCHEMA_URL).$defs as Json;
    expect(Object.fromEntries(Object.entries(defs).map(([id, def]) => [id, (def as Json).title]))).toEqual({
      Offer: 'One tourism investment offer',
      OffersDocument: 'The file /data/offers.json',
      OfferFeatureProperties: 'Properties of a feature in /data/offers.geojson',
      OffersFeatureCollection: 'The file /data/offers.geojson',
    });
  });
});
