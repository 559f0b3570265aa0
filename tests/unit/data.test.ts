import { beforeEach, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { offerFactsSchema } from '../../src/schemas/index.ts';
import { buildOfferJsonSchema, offersDocumentSchema, offersFeatureCollectionSchema } from '../../src/lib/data/openDataSchema.ts';
import { toExteriorRing, toFeatureCollection, toOffersDocument } from '../../src/lib/data/toOpenData.ts';
import { offersCsv } from '../../src/lib/data/offersCsv.ts';
import { RICH_FIXTURE, TODAY, check } from './helpers.ts';

const SITE = new URL('https://catalog.example/');
// Built before each test, not once for the file: Stryker credits a test only with code run inside it (see
// scripts/mutation/README.md), so the catalog's own mutants would otherwise look untested by these assertions.
let tree: ReturnType<typeof check>['tree'];
let catalog: ReturnType<typeof buildCatalog>;
let document: ReturnType<typeof toOffersDocument>;
let collection: ReturnType<typeof toFeatureCollection>;
beforeEach(() => {
  tree = check(RICH_FIXTURE).tree;
  catalog = buildCatalog(catalogInputFromTree(tree, TODAY));
  document = toOffersDocument(catalog, SITE, '2026-11-29T10:00:00.000Z', true);
  collection = toFeatureCollection(document);
});
const schemaUrl = 'https://catalog.example/data/offer.schema.json';

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(buildOfferJsonSchema(schemaUrl));
  return (ref: string, data: unknown) => {
    const validate = ajv.getSchema(`${schemaUrl}${ref}`)!;
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('the JSON Schema generated from the zod schemas', () => {
  it('compiles in strict mode as draft 2020-12', () => {
    expect(() => validator()).not.toThrow();
  });

  it('accepts every offer of the document, and the document and collection as wholes', () => {
    const check = validator();
    for (const offer of document.offers) expect(check('', JSON.parse(JSON.stringify(offer))), offer.id).toEqual([]);
    expect(check('#/$defs/OffersDocument', JSON.parse(JSON.stringify(document)))).toEqual([]);
    expect(check('#/$defs/OffersFeatureCollection', JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });

  it('rejects what the content schema rejects: an unknown kind, a missing area, an extra field', () => {
    const check = validator();
    const base = JSON.parse(JSON.stringify(document.offers[0]));
    const wrongKind = structuredClone(base);
    wrongKind.facts.kind = 'castle';
    const noArea = structuredClone(base);
    delete noArea.facts.land.areaHa;
    const extra = structuredClone(base);
    extra.facts.land.colour = 'green';
    for (const bad of [wrongKind, noArea, extra]) expect(check('', bad).length).toBeGreaterThan(0);
  });

  it('agrees with zod on the same documents', () => {
    expect(offersDocumentSchema.safeParse(JSON.parse(JSON.stringify(document))).success).toBe(true);
    expect(offersFeatureCollectionSchema.safeParse(JSON.parse(JSON.stringify(collection))).success).toBe(true);
  });
});

describe('offers.json built from content', () => {
  it('has every offer of the content once, newest first', () => {
    const ids = document.offers.map((o) => o.id);
    expect(ids).toEqual([
      'karkaraly-town-guest-house',
      'karkaraly-all-season-mountain-resort',
      'karkaraly-shaitankol-trailhead-glamping',
      'balkhash-shore-resort-zone',
      'balkhash-city-beach',
      'balkhash-city-shore-plot',
      'karkaraly-north-edge-hotel-plot',
      'karkaraly-kent-camping',
    ]);
    const published = document.offers.map((o) => o.facts.published);
    expect([...published].sort().reverse()).toEqual(published);
    expect(document.count).toBe(8);
  });

  it('carries the facts exactly as content/ validates them, and titles in every language there is', () => {
    for (const entry of tree.offers) {
      const offer = document.offers.find((o) => o.id === entry.id)!;
      expect(offer.facts).toEqual(offerFactsSchema.parse(entry.source.data));
      for (const [lang, text] of Object.entries(entry.texts)) {
        expect(offer.title[lang as 'en']).toBe(text!.data.title);
        expect(offer.summary[lang as 'en']).toBe(text!.data.summary);
      }
    }
  });

  it('gives absolute page URLs on the configured site', () => {
    const offer = document.offers[0]!;
    expect(offer.links.page).toEqual({
      en: `https://catalog.example/en/offers/${offer.id}/`,
      ru: `https://catalog.example/ru/offers/${offer.id}/`,
      kk: `https://catalog.example/kk/offers/${offer.id}/`,
    });
    expect(offer.links.thumbnail).toBe(`https://catalog.example/maps/offers/${offer.id}.svg`);
  });

  it('takes distances from the view model unchanged', () => {
    for (const model of catalog.offers) {
      const offer = document.offers.find((o) => o.id === model.id)!;
      expect(offer.distances.map((d) => [d.place, d.straightKm, d.roadKm])).toEqual(
        model.distances.map((d) => [d.placeId, d.straightKm, d.roadKm]),
      );
    }
  });
});

describe('offers.geojson built from the same records', () => {
  it('has one point per offer at its location, in longitude-latitude order', () => {
    const points = collection.features.filter((f) => f.geometry.type === 'Point');
    expect(points).toHaveLength(8);
    for (const entry of tree.offers) {
      const point = points.find((f) => f.id === entry.id)!;
      expect(point.geometry.coordinates).toEqual([entry.facts.location.lon, entry.facts.location.lat]);
      expect(point.properties.featureType).toBe('location');
      expect(point.properties.areaHa).toBe(entry.facts.land.areaHa);
      expect(point.properties.priceKzt).toBe(entry.facts.price.amountKzt ?? null);
    }
    const kent = points.find((f) => f.id === 'karkaraly-kent-camping')!;
    expect(kent.geometry.coordinates).toEqual([75.9252, 49.2551]);
    expect(kent.properties).toMatchObject({ areaHa: 6.5, priceKzt: 420000 });
  });

  it('adds a closed polygon for every offer with an outline, and none for the others', () => {
    const polygons = collection.features.filter((f) => f.geometry.type === 'Polygon');
    expect(polygons.map((f) => f.id).sort()).toEqual([
      'balkhash-city-shore-plot/boundary',
      'karkaraly-kent-camping/boundary',
      'karkaraly-shaitankol-trailhead-glamping/boundary',
    ]);
    for (const f of polygons) {
      const ring = (f.geometry.coordinates as number[][][])[0]!;
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(f.properties.featureType).toBe('boundary');
    }
  });

  it('winds outer rings counter-clockwise whichever way content lists the corners', () => {
    const square: Array<[number, number]> = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
    ]; // [lat, lon], clockwise on a map
    const area = (ring: Array<[number, number]>) =>
      ring.slice(0, -1).reduce((s, [x1, y1], i) => s + x1 * ring[i + 1]![1] - ring[i + 1]![0] * y1, 0);
    expect(area(toExteriorRing(square))).toBeGreaterThan(0);
    expect(area(toExteriorRing([...square].reverse()))).toBeGreaterThan(0);
    expect(toExteriorRing(square)).toHaveLength(5);
  });
});

describe('open data keeps tenge only', () => {
  // Dollars and euros are an approximation for reading offer pages, at a rate of some past day; the open data
  // gives the amounts content publishes, in the currency they are published in.
  const foreign = /\$|€|≈|\busd\b|\beur\b|exchange|kztPerUnit/i;

  it('has no converted amount anywhere, although the fixture has dollar and euro rates', () => {
    expect(catalog.exchangeRates.map((r) => r.id)).toEqual(['eur', 'usd']);
    expect(JSON.stringify(document)).not.toMatch(foreign);
    expect(JSON.stringify(collection)).not.toMatch(foreign);
    expect(offersCsv(catalog.offers, true)).not.toMatch(foreign);
  });

  it('gives prices as the tenge amounts of content: the trailhead glamping plot at a start price of 4,200,000', () => {
    const glamping = document.offers.find((o) => o.id === 'karkaraly-shaitankol-trailhead-glamping')!;
    expect(glamping.facts.price).toEqual({ basis: 'start-price', amountKzt: 4_200_000 });
  });
});
