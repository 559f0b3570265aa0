// Share previews and structured data: the QR code scans to the address it was given, the JSON-LD of an
// offer says what the facts say (expected values copied by hand from tests/fixtures/content-rich), and
// no content can break out of the JSON-LD script element.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { homeJsonLd, offerJsonLd, serializeJsonLd } from '../../src/lib/share/jsonLd.ts';
import { OG_HEIGHT, OG_WIDTH, ogOfferSvg, wrapText } from '../../src/lib/share/ogImageSvg.ts';
import { QR_QUIET_ZONE, qrMatrix, qrSvg } from '../../src/lib/share/qrCode.ts';
import { fixtureCatalog, RICH_FIXTURE } from './helpers.ts';

const SITE = 'https://tourism-invest.karaganda.example/';

/** Reads the QR code in an SVG the way a phone would: rasterised, then decoded by an independent reader. */
async function decodeSvg(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('QR code of an offer address', () => {
  it('scans back to exactly the address, in each language and for a long offer id', async () => {
    for (const url of [
      'https://tourism-invest.karaganda.example/kk/offers/karkaraly-shaitankol-trailhead-glamping/',
      'https://tourism-invest.karaganda.example/en/offers/balkhash-city-beach/',
      'https://tourism-invest.karaganda.example/ru/offers/balkhash-shubartubek-recreation-base-with-a-very-long-name-2/',
    ]) {
      expect(await decodeSvg(qrSvg(url, { title: 'QR', size: 240 }))).toBe(url);
    }
  });

  it('has the four-module light margin scanners need and a square symbol of a QR size (21 + 4k modules)', () => {
    const matrix = qrMatrix('https://tourism-invest.karaganda.example/en/offers/balkhash-city-beach/');
    expect((matrix.length - 21) % 4).toBe(0);
    expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
    const svg = qrSvg('https://x.example/', { title: 'QR' });
    const full = qrMatrix('https://x.example/').length + 2 * QR_QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${full} ${full}"`);
    // The first dark module is the finder pattern's corner, four modules in.
    expect(svg).toMatch(/<path d="M4 4h7v1h-7z/);
  });

  it('escapes its title and carries no script', () => {
    const svg = qrSvg('https://x.example/', { title: '</title><script>alert(1)</script>' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});

describe('JSON-LD serialisation', () => {
  it('keeps a hostile title inside the script element and reads back the same text', () => {
    const hostile = 'Plot </script><script>alert(1)</script> <!-- & -->\u2028end';
    const text = serializeJsonLd({ name: hostile });
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('\u2028');
    expect(text).toBe(
      '{"name":"Plot \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 --\\u003e\\u2028end"}',
    );
    expect(JSON.parse(text)).toEqual({ name: hostile });
  });
});

describe('JSON-LD of an offer', () => {
  const catalog = fixtureCatalog(RICH_FIXTURE);
  const ids = { site: SITE, illustrative: true, image: `${SITE}og/en/offers/x.png` };
  const ld = (id: string, lang: 'en' | 'ru' | 'kk' = 'en') => {
    const offer = catalog.offers.find((o) => o.id === id)!;
    return JSON.parse(serializeJsonLd(offerJsonLd(toOfferView(offer, lang, catalog), catalog, ids)));
  };

  it('is a RealEstateListing of a Place with its coordinates and area, offered by the contact’s body', () => {
    const doc = ld('karkaraly-kent-camping');
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('RealEstateListing');
    expect(doc.url).toBe('https://tourism-invest.karaganda.example/en/offers/karkaraly-kent-camping/');
    const place = doc.offers.itemOffered;
    expect(place['@type']).toBe('Place');
    expect(place.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 49.2551, longitude: 75.9252 });
    expect(place.address.addressCountry).toBe('KZ');
    expect(doc.offers.offeredBy['@type']).toBe('GovernmentOrganization');
    expect(doc.offers.offeredBy.name).toBe('Karkaraly State National Nature Park administration (illustrative)');
    expect(doc.offers.offeredBy.contactPoint.telephone).toBe('+7 700 000 00 06');
    expect(doc.publisher.name).toBe('Karaganda region akimat');
  });

  it('prices an annual lease per year in KZT, a start price once, and gives no price on request', () => {
    expect(ld('karkaraly-kent-camping').offers.priceSpecification).toMatchObject({
      '@type': 'UnitPriceSpecification',
      price: 420000,
      priceCurrency: 'KZT',
      unitCode: 'ANN',
    });
    expect(ld('balkhash-city-shore-plot').offers.priceSpecification).toMatchObject({
      '@type': 'PriceSpecification',
      price: 31000000,
      priceCurrency: 'KZT',
    });
    expect(ld('balkhash-city-shore-plot').offers.priceSpecification.unitCode).toBeUndefined();
    expect(ld('balkhash-city-beach').offers.priceSpecification).toBeUndefined();
    expect(ld('balkhash-city-beach').offers.price).toBeUndefined();
  });

  it('says the data is illustrative while the switch is on, in the page language, and not when it is off', () => {
    expect(ld('balkhash-city-beach').description).toMatch(/^Illustrative demonstration data, not official facts\. /);
    expect(ld('balkhash-city-beach', 'kk').description).toMatch(/^Демонстрациялық \(шартты\) деректер, ресми мәліметтер емес\. /);
    const offer = catalog.offers.find((o) => o.id === 'balkhash-city-beach')!;
    const real = offerJsonLd(toOfferView(offer, 'en', catalog), catalog, { ...ids, illustrative: false });
    expect(String(real.description)).not.toMatch(/Illustrative/);
  });

  it('describes the akimat and the site on the home page', () => {
    const doc = JSON.parse(serializeJsonLd(homeJsonLd('ru', { site: SITE, illustrative: true })));
    const types = doc['@graph'].map((n: { '@type': string }) => n['@type']);
    expect(types).toEqual(['GovernmentOrganization', 'WebSite']);
    expect(doc['@graph'][0].name).toBe('Акимат Карагандинской области');
    expect(doc['@graph'][1].url).toBe('https://tourism-invest.karaganda.example/ru/');
    expect(doc['@graph'][1].inLanguage).toBe('ru-KZ');
  });
});

describe('share picture', () => {
  it('wraps words into lines and ends a cut text with an ellipsis', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('short', 20, 2)).toEqual(['short']);
  });

  it('is 1200 × 630 and escapes the title', () => {
    const svg = ogOfferSvg({
      siteName: 'Catalog',
      kindLabel: 'Land plot',
      kindColour: '#8a5a00',
      statusLabel: 'Available',
      statusColour: '#1e6b34',
      title: 'Қарқаралы <b>&',
      facts: [{ label: 'Area', value: '4,2 га' }],
      placeLine: 'Қарқаралы',
      illustrative: 'Illustrative',
      mapSvg:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 250 287" width="250" height="287"><title>t</title><rect width="1" height="1"/></svg>',
    });
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Қарқаралы &lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
  });
});
