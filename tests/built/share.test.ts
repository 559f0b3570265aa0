// Share previews and structured data on the built site: every offer has a 1200 × 630 PNG per language
// that its page names in og:image and twitter:image; every page has Open Graph and Twitter card tags;
// the JSON-LD of every offer and home page parses and carries what a listing needs; the QR code
// printed on every offer sheet scans to that page's canonical address.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, docOf, pages, pagesByType, SITE_ORIGIN, sitePath } from './site.ts';

const LANGS = ['en', 'ru', 'kk'] as const;
/** A JSON-LD document as parsed: its fields are checked one by one below. */
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, narrowed by the assertions that read it
type Ld = Record<string, any>;
const offerIds = readdirSync('content/offers', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('content/offers', d.name, 'facts.yaml')))
  .map((d) => d.name)
  .sort();

/** Width and height from a PNG's signature and IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: (typeof pages)[number], key: string) =>
  docOf(page).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

function jsonLdOf(page: (typeof pages)[number]): Array<Ld> {
  return docOf(page)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.rawText));
}

describe('share pictures', () => {
  it('reads a PNG header, and refuses what is not one', () => {
    const ihdr = Buffer.from('89504e470d0a1a0a0000000d49484452000004b00000027608060000', 'hex');
    expect(pngSize(ihdr)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });

  it('has a 1200 × 630 PNG for every offer in every language, and one site picture per language', () => {
    expect(offerIds.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const lang of LANGS) {
      for (const file of [...offerIds.map((id) => `og/${lang}/offers/${id}.png`), `og/${lang}/site.png`]) {
        const path = join(DIST, file);
        const size = existsSync(path) ? pngSize(readFileSync(path)) : undefined;
        if (size?.width !== 1200 || size.height !== 630) wrong.push(`${file}: ${JSON.stringify(size ?? 'missing or not a PNG')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is named by og:image and twitter:image on every offer page, in that page’s language', () => {
    const wrong: string[] = [];
    for (const lang of LANGS) {
      for (const id of offerIds) {
        const page = pages.find((p) => p.urlPath === `/${lang}/offers/${id}/`);
        if (!page) {
          wrong.push(`/${lang}/offers/${id}/: no page`);
          continue;
        }
        const expected = `${SITE_ORIGIN}/og/${lang}/offers/${id}.png`;
        for (const key of ['og:image', 'twitter:image'])
          if (meta(page, key) !== expected) wrong.push(`${page.urlPath} ${key}: ${meta(page, key)}`);
        if (meta(page, 'og:image:width') !== '1200' || meta(page, 'og:image:height') !== '630')
          wrong.push(`${page.urlPath}: og:image size`);
        if (!meta(page, 'og:image:alt')) wrong.push(`${page.urlPath}: no og:image:alt`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('Open Graph and Twitter card tags', () => {
  it('are on every page people share, with a picture that exists and the page’s own locale', () => {
    const wrong: string[] = [];
    const locale = { en: 'en_GB', ru: 'ru_KZ', kk: 'kk_KZ' } as const;
    // The embed widgets are not shared: partner sites frame them, and they are noindex. Their offers' own pages carry the tags.
    const shared = pages.filter((p) => !['embed-card', 'embed-list'].includes(p.type.id));
    expect(shared.length).toBeGreaterThan(pages.length / 2);
    for (const page of shared) {
      for (const key of [
        'og:title',
        'og:description',
        'og:image',
        'og:type',
        'og:locale',
        'og:site_name',
        'twitter:card',
        'twitter:image',
      ]) {
        if (!meta(page, key)) wrong.push(`${page.urlPath}: no ${key}`);
      }
      const image = meta(page, 'og:image');
      const path = image ? sitePath(image) : undefined;
      if (!path || !existsSync(join(DIST, path))) wrong.push(`${page.urlPath}: og:image ${image} is not in dist/`);
      if (page.lang && meta(page, 'og:locale') !== locale[page.lang]) wrong.push(`${page.urlPath}: og:locale ${meta(page, 'og:locale')}`);
      if (meta(page, 'twitter:card') !== 'summary_large_image') wrong.push(`${page.urlPath}: twitter:card`);
      const canonical = docOf(page).querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical && meta(page, 'og:url') !== canonical) wrong.push(`${page.urlPath}: og:url ${meta(page, 'og:url')} ≠ canonical`);
    }
    expect(wrong).toEqual([]);
  });

  it('name the other languages of a page as og:locale:alternate', () => {
    const page = pages.find((p) => p.urlPath === '/kk/')!;
    const alternates = docOf(page)
      .querySelectorAll('meta[property="og:locale:alternate"]')
      .map((m) => m.getAttribute('content'));
    expect(alternates).toEqual(['en_GB', 'ru_KZ']);
  });

  it('say the data is illustrative in the description while the switch is on', () => {
    expect(meta(pages.find((p) => p.urlPath === '/ru/')!, 'og:description')).toMatch(/^Демонстрационные \(условные\) данные/);
  });
});

describe('JSON-LD', () => {
  it('describes every offer page as a listing with a place, coordinates, a KZT price where there is one, and who offers it', () => {
    const offerPages = pagesByType.get('offer') ?? [];
    expect(offerPages.length).toBe(offerIds.length * LANGS.length);
    const wrong: string[] = [];
    for (const page of offerPages) {
      const blocks = jsonLdOf(page);
      if (blocks.length !== 1) {
        wrong.push(`${page.urlPath}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      const [doc] = blocks as [Ld];
      const place = doc.offers?.itemOffered;
      const problems = [
        doc['@context'] === 'https://schema.org' || '@context',
        doc['@type'] === 'RealEstateListing' || '@type',
        doc.url === `${SITE_ORIGIN}${page.urlPath}` || 'url',
        (typeof doc.name === 'string' && doc.name.length > 0) || 'name',
        doc.image === `${SITE_ORIGIN}/og/${page.lang}/offers/${page.urlPath.split('/')[3]}.png` || 'image',
        doc.offers?.['@type'] === 'Offer' || 'offers',
        place?.['@type'] === 'Place' || 'itemOffered',
        (place?.geo?.['@type'] === 'GeoCoordinates' && typeof place.geo.latitude === 'number' && typeof place.geo.longitude === 'number') ||
          'geo',
        (place?.geo?.latitude > 40 && place.geo.latitude < 56 && place.geo.longitude > 46 && place.geo.longitude < 88) ||
          'geo in Kazakhstan',
        (doc.offers?.offeredBy?.['@type'] === 'GovernmentOrganization' && Boolean(doc.offers.offeredBy.name)) || 'offeredBy',
        doc.offers?.priceSpecification === undefined ||
          (doc.offers.priceSpecification.priceCurrency === 'KZT' && doc.offers.priceSpecification.price > 0) ||
          'priceSpecification',
        /^(Illustrative|Демонстрационные|Демонстрациялық)/.test(doc.description) || 'illustrative notice',
      ].filter((x) => x !== true);
      if (problems.length) wrong.push(`${page.urlPath}: ${problems.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the price of an offer as its facts file does (hand-copied)', () => {
    // content/offers/karkaraly-kent-camping/facts.yaml: price { basis: annual-lease, amountKzt: 420000 }
    const page = pages.find((p) => p.urlPath === '/en/offers/karkaraly-kent-camping/')!;
    const [doc] = jsonLdOf(page) as [Ld];
    expect(doc.offers.priceSpecification).toMatchObject({
      '@type': 'UnitPriceSpecification',
      price: 420000,
      priceCurrency: 'KZT',
      unitCode: 'ANN',
    });
    expect(doc.offers.itemOffered.geo).toMatchObject({ latitude: 49.2551, longitude: 75.9252 });
  });

  it('describes the akimat and the site on each language’s home page', () => {
    for (const lang of LANGS) {
      const [doc] = jsonLdOf(pages.find((p) => p.urlPath === `/${lang}/`)!) as [Ld];
      expect(doc['@graph'].map((n: Record<string, string>) => n['@type'])).toEqual(['GovernmentOrganization', 'WebSite']);
      expect(doc['@graph'][1].url).toBe(`${SITE_ORIGIN}/${lang}/`);
    }
  });
});

describe('QR code on the printed sheet', () => {
  it('scans to the canonical address of its own page on every offer page', async () => {
    const wrong: string[] = [];
    for (const page of pagesByType.get('offer') ?? []) {
      const svg = docOf(page).querySelector('[data-offer-qr] svg')?.toString();
      if (!svg) {
        wrong.push(`${page.urlPath}: no QR code`);
        continue;
      }
      const { data, info } = await sharp(Buffer.from(svg)).resize(240).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
      if (decoded !== `${SITE_ORIGIN}${page.urlPath}`) wrong.push(`${page.urlPath}: scans to ${decoded}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
