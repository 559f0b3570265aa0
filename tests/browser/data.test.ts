import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { LANGS, offerFactsSchema } from '../../src/schemas/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { newPage, siteUrl, openIsolatedBrowser } from './browser.ts';

// What the built files must say, read independently from content/.
const { tree } = loadContent('content', { root: '.' });
const contentIds = tree.offers.map((o) => o.id).sort();
const newestFirst = [...tree.offers].sort((a, b) => b.facts.published.localeCompare(a.facts.published) || a.id.localeCompare(b.id));

async function get(path: string) {
  const response = await fetch(`${siteUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type') ?? '', text: await response.text() };
}

// biome-ignore lint/suspicious/noExplicitAny: the tests walk parsed JSON of any shape, and a wrong path fails the assertion anyway
type Json = Record<string, any>;
let offersJson: Json;
let geojson: Json;
let schema: Json;
let validate: (ref: string, data: unknown) => string[];
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const [a, b, c] = await Promise.all([get('/data/offers.json'), get('/data/offers.geojson'), get('/data/offer.schema.json')]);
  expect(a.type).toContain('application/json');
  expect(b.type).toContain('application/geo+json');
  offersJson = JSON.parse(a.text);
  geojson = JSON.parse(b.text);
  schema = JSON.parse(c.text);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  validate = (ref, data) => {
    const fn = ajv.getSchema(`${schema.$id}${ref}`);
    if (!fn) throw new Error(`no schema at ${ref}`);
    return fn(data) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
  ({ browser, context } = await openIsolatedBrowser());
});
afterAll(async () => {
  await browser?.close();
});

describe('the published JSON Schema', () => {
  it('is draft 2020-12 with an absolute $id on the site, and describes the offer and both files', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https?:\/\/[^/]+\/data\/offer\.schema\.json$/);
    expect(Object.keys(schema.$defs).sort()).toEqual(['Offer', 'OfferFeatureProperties', 'OffersDocument', 'OffersFeatureCollection']);
  });
});

describe('offers.json', () => {
  it('validates against offer.schema.json, as a whole and offer by offer', () => {
    expect(validate('#/$defs/OffersDocument', offersJson)).toEqual([]);
    for (const offer of offersJson.offers) expect(validate('', offer), offer.id).toEqual([]);
  });

  it('has a schema version, a generation time and a licence', () => {
    expect(offersJson.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number.isNaN(Date.parse(offersJson.generatedAt))).toBe(false);
    expect(offersJson.licence.id).toBe('CC-BY-4.0');
  });

  it('holds exactly the offers in content/, newest first', () => {
    expect(offersJson.count).toBe(contentIds.length);
    expect(offersJson.offers.map((o: Json) => o.id)).toEqual(newestFirst.map((o) => o.id));
  });

  it('carries every offer’s facts, titles and summaries exactly as content/ has them', () => {
    for (const entry of tree.offers) {
      const offer = offersJson.offers.find((o: Json) => o.id === entry.id);
      expect(offer.facts, entry.id).toEqual(JSON.parse(JSON.stringify(offerFactsSchema.parse(entry.source.data))));
      // And independently of the schema: every field as facts.yaml writes it (the schema adds only defaults).
      const written = parseYaml(readFileSync(join('content/offers', entry.id, 'facts.yaml'), 'utf8')) as Json;
      expect(offer.facts, `${entry.id} as facts.yaml writes it`).toMatchObject(written);
      for (const lang of LANGS) {
        expect(offer.title[lang], `${entry.id} ${lang}`).toBe(entry.texts[lang]?.data.title);
        expect(offer.summary[lang], `${entry.id} ${lang}`).toBe(entry.texts[lang]?.data.summary);
      }
      const contact = tree.contacts.find((c) => c.value.id === entry.facts.contact)!.value;
      expect(offer.contact).toEqual(JSON.parse(JSON.stringify(contact)));
    }
  });

  it('links pages that exist, in every language', async () => {
    const sample = offersJson.offers.slice(0, 3);
    for (const offer of sample)
      for (const lang of LANGS) {
        const page = new URL(offer.links.page[lang]);
        expect(page.pathname).toBe(`/${lang}/offers/${offer.id}/`);
        await get(page.pathname);
        await get(new URL(offer.links.embedCard[lang]).pathname);
      }
  });

  it('gives straight-line distances that match the coordinates in content/ and road distances as officials wrote them', () => {
    const placeById = new Map(tree.places.map((p) => [p.value.id, p.value]));
    const toRad = (d: number) => (d * Math.PI) / 180;
    const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
      const h =
        Math.sin(toRad(b.lat - a.lat) / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(toRad(b.lon - a.lon) / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    };
    for (const entry of tree.offers) {
      const offer = offersJson.offers.find((o: Json) => o.id === entry.id);
      expect(offer.distances.length, entry.id).toBeGreaterThan(0);
      expect(offer.distances.map((d: Json) => d.place)).toContain(entry.facts.place);
      for (const d of offer.distances) {
        expect(d.straightKm, `${entry.id} → ${d.place}`).toBeCloseTo(km(entry.facts.location, placeById.get(d.place)!), 0);
        expect(d.roadKm).toBe(entry.facts.roadDistances.find((r) => r.place === d.place)?.km);
      }
    }
  });
});

describe('offers.geojson', () => {
  it('validates against offer.schema.json', () => {
    expect(validate('#/$defs/OffersFeatureCollection', geojson)).toEqual([]);
    for (const f of geojson.features) expect(validate('#/$defs/OfferFeatureProperties', f.properties), f.id).toEqual([]);
  });

  it('has one point per offer in content/ at its coordinates, and one outline per offer that has one', () => {
    const points = geojson.features.filter((f: Json) => f.geometry.type === 'Point');
    expect(points.map((f: Json) => f.properties.id).sort()).toEqual(contentIds);
    for (const entry of tree.offers) {
      const point = points.find((f: Json) => f.properties.id === entry.id);
      expect(point.geometry.coordinates).toEqual([entry.facts.location.lon, entry.facts.location.lat]);
      expect(point.properties.areaHa).toBe(entry.facts.land.areaHa);
      expect(point.properties.priceKzt).toBe(entry.facts.price.amountKzt ?? null);
      expect(point.properties.status).toBe(entry.facts.status);
      expect(point.properties.title_ru).toBe(entry.texts.ru?.data.title ?? null);
    }
    const outlines = geojson.features.filter((f: Json) => f.geometry.type === 'Polygon');
    const withBoundary = tree.offers.filter((o) => o.facts.boundary);
    expect(outlines.map((f: Json) => f.properties.id).sort()).toEqual(withBoundary.map((o) => o.id).sort());
    for (const entry of withBoundary) {
      const ring: number[][] = outlines.find((f: Json) => f.properties.id === entry.id).geometry.coordinates[0];
      expect(ring).toHaveLength(entry.facts.boundary!.length + 1);
      const corners = entry.facts.boundary!.map(([lat, lon]) => `${lon},${lat}`).sort();
      expect(
        ring
          .slice(0, -1)
          .map(([lon, lat]) => `${lon},${lat}`)
          .sort(),
      ).toEqual(corners);
    }
  });
});

describe('RSS feeds', () => {
  for (const lang of LANGS) {
    it(`lists the newest offers in ${lang} with their titles and absolute links`, async () => {
      const { type, text } = await get(`/${lang}/feed.xml`);
      expect(type).toContain('xml');
      const { page } = await newPage(context);
      const items = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll('item')].map((i) => ({
          title: i.querySelector('title')!.textContent,
          link: i.querySelector('link')!.textContent,
        }));
      }, text);
      expect(items).not.toBeNull();
      const expected = newestFirst.slice(0, 50);
      expect(items!.map((i) => new URL(i.link!).pathname)).toEqual(expected.map((o) => `/${lang}/offers/${o.id}/`));
      expect(items!.map((i) => i.title)).toEqual(expected.map((o) => (o.texts[lang] ?? o.texts.en)!.data.title));
      await page.close();
    });
  }
});

describe('the open data page', () => {
  for (const lang of LANGS) {
    it(`is linked from the footer in ${lang} and links every data file`, async () => {
      const { page, errors } = await newPage(context);
      await page.goto(`${siteUrl()}/${lang}/`);
      await Promise.all([page.waitForURL(`**/${lang}/data/`), page.click(`footer a[href="/${lang}/data/"]`)]);
      expect(await page.locator(`footer a[href="/${lang}/embed/"]`).count()).toBe(1);
      const files = await page.$$eval('a[data-data-file]', (els) => els.map((e) => e.getAttribute('href')));
      expect(files).toEqual(['/data/offers.json', '/data/offers.geojson', '/data/offers.csv', '/data/offer.schema.json']);
      for (const href of files.filter((h) => h !== '/data/offers.csv')) await get(href!);
      for (const l of LANGS) expect(await page.locator(`a[href="/${l}/feed.xml"]`).count()).toBe(1);
      expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBe(3);
      expect(await page.textContent('main')).toContain(String(contentIds.length));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
