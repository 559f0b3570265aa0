// What a shared link preview shows: the 1200 × 630 share picture of an offer and of the site, read
// back from its SVG. Every expected text and position is written out here from the layout rules
// (left column 48 px in, map from x = 700, title 46 px bold on lines 56 apart from y = 196, facts 80
// apart, notice band the last 56 px), worked out by hand; nothing is computed by the code under test.
// Ink extents are measured with the renderer the build uses (resvg with the bundled Noto Sans).
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { ogFontFiles } from '../../src/lib/share/ogImageRender.ts';
import { type OgOfferInput, type OgSiteInput, ogOfferSvg, ogSiteSvg } from '../../src/lib/share/ogImageSvg.ts';
import { offerOgSvg, siteOgPicture, siteOgSvg } from '../../src/lib/share/ogInputs.ts';
import { fixtureCatalog, RICH_FIXTURE } from './helpers.ts';

const ROOT_OPEN =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Noto Sans" fill="#1c2430">';
const BACKGROUND = '<rect width="1200" height="630" fill="#fbfaf7"/>';

/** A map document as locationThumbnailSvg makes one: its own size, accessible name and font. */
const MAP =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 250 287" width="250" height="287" role="img" aria-labelledby="map-title map-desc" font-family="Arial">' +
  '<title id="map-title">Where the plot lies</title><desc id="map-desc">A point west of Karkaraly, 8 km by road</desc>' +
  '<rect width="250" height="287" fill="#e4e4df"/><circle cx="125" cy="140" r="4"/></svg>';
const MAP_BODY = '<rect width="250" height="287" fill="#e4e4df"/><circle cx="125" cy="140" r="4"/>';
const NOTICE = 'Illustrative demonstration data, not official facts.';

const OFFER: OgOfferInput = {
  siteName: 'Karaganda Tourism Investment Catalog',
  kindLabel: 'Vacant land plot',
  kindColour: '#8a5a00',
  statusLabel: 'Available',
  statusColour: '#1e6b34',
  // 22 characters fit a title line (604 px at 46 × 0.58 px a letter).
  title: 'Lakeside glamping site near Karkaralinsk, yurts and cabins for 8 guests',
  facts: [
    { label: 'Land area', value: '4.2 ha' },
    { label: 'Price', value: '₸1,850,000 a year' },
  ],
  placeLine: 'Lake Shaitankol, Karkaraly · Karkaraly district',
  illustrative: NOTICE,
  mapSvg: MAP,
};

interface Text {
  x: number;
  y: number;
  size: number;
  bold: boolean;
  fill: string | undefined;
  text: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The picture split into the embedded map document and everything drawn around it. */
function read(svg: string) {
  expect(svg.startsWith(ROOT_OPEN + BACKGROUND)).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg.match(/<svg\b/g)?.length).toBe(svg.match(/<\/svg>/g)?.length);
  const mapStart = svg.indexOf('<svg', 1);
  let map: string | undefined;
  let outer = svg;
  if (mapStart > 0) {
    const end = svg.indexOf('</svg>', mapStart) + '</svg>'.length;
    map = svg.slice(mapStart, end);
    outer = svg.slice(0, mapStart) + svg.slice(end);
  }
  const body = outer.slice(ROOT_OPEN.length + BACKGROUND.length, -'</svg>'.length);
  const texts: Text[] = [...body.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const extra = m[4]!;
    // Only a fill and a weight may follow the size: anything else is stray markup.
    expect(extra.replace(/ (fill|font-weight)="[^"]*"/g, '')).toBe('');
    return {
      x: Number(m[1]),
      y: Number(m[2]),
      size: Number(m[3]),
      bold: extra.includes('font-weight="700"'),
      fill: /fill="([^"]*)"/.exec(extra)?.[1],
      text: unescapeXml(m[5]!),
    };
  });
  expect(body.match(/<text\b/g)?.length ?? 0).toBe(texts.length);
  const rects = [...body.matchAll(/<rect\b([^>]*)\/>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/ ([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, /^-?[\d.]+$/.test(a[2]!) ? Number(a[2]) : a[2]!])),
  );
  // Nothing is drawn but those elements: no stray words between them.
  expect(body.replace(/<text\b[^>]*>[^<]*<\/text>/g, '').replace(/<rect\b[^>]*\/>/g, '')).toBe('');
  return { map, body, texts, rects, rawTexts: [...body.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!) };
}

const t = (x: number, y: number, size: number, text: string, style: { bold?: boolean; fill?: string } = {}): Text => ({
  x,
  y,
  size,
  bold: style.bold ?? false,
  fill: style.fill,
  text,
});
const SITE_NAME_STYLE = { bold: true, fill: '#0b5c7a' };
const PILL_STYLE = { bold: true, fill: '#fff' };
const TITLE_STYLE = { bold: true };
const LABEL_STYLE = { fill: '#4d5866' };
const VALUE_STYLE = { bold: true };
const NOTICE_STYLE = { bold: true, fill: '#5c3d00' };
const NOTICE_BAND = { x: 0, y: 574, width: 1200, height: 56, fill: '#fff4d6' };
const NOTICE_RULE = { x: 0, y: 574, width: 1200, height: 3, fill: '#8a5a00' };

const offer = (change: Partial<OgOfferInput> = {}) => read(ogOfferSvg({ ...OFFER, ...change }));
const titleOf = (p: ReturnType<typeof read>) => p.texts.filter((x) => x.size === 46).map((x) => x.text);

/** The ink box of some elements as the renderer draws them with the bundled Noto Sans. */
function inkBox(elements: string) {
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Noto Sans">${elements}</svg>`;
  const box = new Resvg(doc, { font: { loadSystemFonts: false, fontFiles: ogFontFiles(), defaultFontFamily: 'Noto Sans' } }).getBBox();
  if (!box) throw new Error('nothing drawn');
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/** Every rect and text inside the canvas, the left column clear of the map, and the lines stacked without overlap. */
function expectLaidOut(svg: string, mapLeft: number | undefined, mapBottom: number) {
  const { body, texts, rects } = read(svg);
  for (const r of rects) {
    const x = (r.x as number | undefined) ?? 0;
    const y = (r.y as number | undefined) ?? 0;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + (r.width as number)).toBeLessThanOrEqual(1200);
    expect(y + (r.height as number)).toBeLessThanOrEqual(630);
  }
  for (const x of texts) {
    expect(x.x).toBeGreaterThanOrEqual(0);
    expect(x.y - x.size).toBeGreaterThanOrEqual(0);
    expect(x.y).toBeLessThanOrEqual(630);
  }
  const all = inkBox(body.replace(/<rect\b[^>]*\/>/g, ''));
  expect(all.left).toBeGreaterThanOrEqual(0);
  expect(all.right).toBeLessThanOrEqual(1200);
  expect(all.top).toBeGreaterThanOrEqual(0);
  expect(all.bottom).toBeLessThanOrEqual(630);
  // The texts above the notice band: left of the map, and each line starts below the one before.
  const column = [...body.matchAll(/<text\b[^>]*>[^<]*<\/text>/g)].map((m) => m[0]).filter((_, i) => texts[i]!.y <= mapBottom);
  if (mapLeft !== undefined) expect(inkBox(column.join('')).right).toBeLessThanOrEqual(mapLeft - 4);
  const rows = [...new Set(texts.filter((x) => x.y <= mapBottom).map((x) => x.y))].sort((a, b) => a - b);
  for (let i = 1; i < rows.length; i++) {
    const size = Math.max(...texts.filter((x) => x.y === rows[i]).map((x) => x.size));
    expect(rows[i]! - size, `line at y=${rows[i]} reaches up into the line at y=${rows[i - 1]}`).toBeGreaterThanOrEqual(rows[i - 1]!);
  }
}

describe('offer picture', () => {
  it('draws the site name, the two pills, the title, two facts, the place and the notice where a reader expects them', () => {
    const p = offer();
    expect(p.texts).toEqual([
      t(48, 62, 19, 'Karaganda Tourism Investment Catalog', SITE_NAME_STYLE),
      t(64, 120, 22, 'Vacant land plot', PILL_STYLE),
      t(344, 120, 22, 'Available', PILL_STYLE),
      t(48, 196, 46, 'Lakeside glamping site', TITLE_STYLE),
      t(48, 252, 46, 'near Karkaralinsk,', TITLE_STYLE),
      t(48, 308, 46, 'yurts and cabins for…', TITLE_STYLE),
      t(48, 384, 22, 'Land area', LABEL_STYLE),
      t(48, 422, 34, '4.2 ha', VALUE_STYLE),
      t(48, 464, 22, 'Price', LABEL_STYLE),
      t(48, 502, 34, '₸1,850,000 a year', VALUE_STYLE),
      // Three title lines and two facts would put the place at 552: it is held at 550, above the band.
      t(48, 550, 22, 'Lake Shaitankol, Karkaraly · Karkaraly district', LABEL_STYLE),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
  });

  it('sets kind and status side by side as pills sized to their labels, 12 px apart', () => {
    const p = offer();
    // 16 letters × 14.5 + 36 = 268; 9 letters × 14.5 + 36 = 166.5, rounded to 167.
    expect(p.rects.filter((r) => r.rx === 20)).toEqual([
      { x: 48, y: 92, width: 268, height: 40, rx: 20, fill: '#8a5a00' },
      { x: 328, y: 92, width: 167, height: 40, rx: 20, fill: '#1e6b34' },
    ]);
    const longer = offer({ kindLabel: 'Large project', statusLabel: 'Under negotiation' });
    // 13 × 14.5 + 36 = 224.5 → 225; the status starts at 48 + 225 + 12 = 285; 17 × 14.5 + 36 = 282.5 → 283.
    expect(longer.rects.filter((r) => r.rx === 20)).toEqual([
      { x: 48, y: 92, width: 225, height: 40, rx: 20, fill: '#8a5a00' },
      { x: 285, y: 92, width: 283, height: 40, rx: 20, fill: '#1e6b34' },
    ]);
    expect(longer.texts.filter((x) => x.y === 120)).toEqual([
      t(64, 120, 22, 'Large project', PILL_STYLE),
      t(301, 120, 22, 'Under negotiation', PILL_STYLE),
    ]);
  });

  it('puts the map on the right above the notice, without its own title, description, size or font, edged in the kind colour', () => {
    const p = offer();
    expect(p.map).toBe(
      `<svg viewBox="0 0 250 287" x="700" y="0" width="500" height="574" preserveAspectRatio="xMidYMid slice" font-family="Noto Sans">${MAP_BODY}</svg>`,
    );
    expect(p.rects).toEqual([
      { x: 696, y: 0, width: 4, height: 574, fill: '#8a5a00' },
      { x: 48, y: 92, width: 268, height: 40, rx: 20, fill: '#8a5a00' },
      { x: 328, y: 92, width: 167, height: 40, rx: 20, fill: '#1e6b34' },
      NOTICE_BAND,
      NOTICE_RULE,
    ]);
    // A title element without attributes goes as well, and only the map's own text is left.
    const plain = offer({
      mapSvg: '<svg viewBox="0 0 10 10" width="10" height="10"><title>Map</title><desc>Plot</desc><circle r="1"/></svg>',
    });
    expect(plain.map).toBe(
      '<svg viewBox="0 0 10 10" x="700" y="0" width="500" height="574" preserveAspectRatio="xMidYMid slice" font-family="Noto Sans"><circle r="1"/></svg>',
    );
  });

  it('shows the notice in its band at the foot only while the data is illustrative, and the map then reaches the foot', () => {
    for (const illustrative of [undefined, '']) {
      const p = offer({ illustrative });
      expect(p.map).toBe(
        `<svg viewBox="0 0 250 287" x="700" y="0" width="500" height="630" preserveAspectRatio="xMidYMid slice" font-family="Noto Sans">${MAP_BODY}</svg>`,
      );
      expect(p.rects).toEqual([
        { x: 696, y: 0, width: 4, height: 630, fill: '#8a5a00' },
        { x: 48, y: 92, width: 268, height: 40, rx: 20, fill: '#8a5a00' },
        { x: 328, y: 92, width: 167, height: 40, rx: 20, fill: '#1e6b34' },
      ]);
      expect(p.texts.at(-1)).toEqual(t(48, 550, 22, 'Lake Shaitankol, Karkaraly · Karkaraly district', LABEL_STYLE));
      expect(p.texts.some((x) => x.y > 574)).toBe(false);
    }
    const on = offer();
    expect(on.rects.slice(-2)).toEqual([NOTICE_BAND, NOTICE_RULE]);
    expect(on.texts.at(-1)).toEqual(t(48, 610, 24, NOTICE, NOTICE_STYLE));
  });

  it('cuts a notice too long for one line after the last whole word that fits 84 letters, with an ellipsis', () => {
    const p = offer({
      illustrative:
        'Illustrative demonstration data, not official facts: every figure, price and date here is an example and must be checked with the akimat.',
    });
    expect(p.texts.at(-1)).toEqual(
      t(48, 610, 24, 'Illustrative demonstration data, not official facts: every figure, price and date…', NOTICE_STYLE),
    );
  });

  it('fits a title of exactly 22 letters on one line and moves the facts up to follow it', () => {
    const p = offer({ title: 'Lakeside glamping site' });
    expect(titleOf(p)).toEqual(['Lakeside glamping site']);
    expect(p.texts.slice(3)).toEqual([
      t(48, 196, 46, 'Lakeside glamping site', TITLE_STYLE),
      t(48, 272, 22, 'Land area', LABEL_STYLE),
      t(48, 310, 34, '4.2 ha', VALUE_STYLE),
      t(48, 352, 22, 'Price', LABEL_STYLE),
      t(48, 390, 34, '₸1,850,000 a year', VALUE_STYLE),
      // 432 + 8: well above the 550 limit.
      t(48, 440, 22, 'Lake Shaitankol, Karkaraly · Karkaraly district', LABEL_STYLE),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
  });

  it('cuts a word longer than a line with an ellipsis and keeps the next word on its own line', () => {
    expect(titleOf(offer({ title: 'Supercalifragilisticexpialidocious camp' }))).toEqual(['Supercalifragilistice…', 'camp']);
    // A word of exactly 22 letters fits a line of its own whole.
    expect(titleOf(offer({ title: 'Base abcdefghijklmnopqrstuv' }))).toEqual(['Base', 'abcdefghijklmnopqrstuv']);
  });

  it('ends the third line with an ellipsis when a short title line is followed by more words', () => {
    expect(titleOf(offer({ title: 'Lakeside glamping site near Karkaralinsk, with Supercalifragilisticexpialidocious' }))).toEqual([
      'Lakeside glamping site',
      'near Karkaralinsk,',
      'with…',
    ]);
  });

  it('draws no empty title line for a blank title: the facts start right under the pills', () => {
    const p = offer({ title: '   ' });
    expect(titleOf(p)).toEqual([]);
    expect(p.texts.find((x) => x.text === 'Land area')).toEqual(t(48, 216, 22, 'Land area', LABEL_STYLE));
    expect(titleOf(offer({ title: '' }))).toEqual([]);
  });

  it('shows at most three facts, label above value, 80 px apart, and cuts a long value and place line', () => {
    const p = offer({
      title: 'Lakeside glamping site',
      facts: [
        { label: 'Land area', value: '4.2 ha' },
        { label: 'Utilities', value: 'Power 900 m, water by delivery, sewage by sealed tank' },
        { label: 'Term', value: '25 years' },
        { label: 'Road', value: '300 m of gravel' },
      ],
      placeLine: 'Lake Shaitankol, Karkaraly National Park · Karkaraly district',
    });
    expect(p.texts.slice(4)).toEqual([
      t(48, 272, 22, 'Land area', LABEL_STYLE),
      t(48, 310, 34, '4.2 ha', VALUE_STYLE),
      t(48, 352, 22, 'Utilities', LABEL_STYLE),
      // 31 letters fit a value line (604 / 19); the 31 that fit end in a comma, which gives way to the ellipsis.
      t(48, 390, 34, 'Power 900 m, water by delivery…', VALUE_STYLE),
      t(48, 432, 22, 'Term', LABEL_STYLE),
      t(48, 470, 34, '25 years', VALUE_STYLE),
      // 50 letters fit the place line (604 / 12): "Karkaraly" would make 52.
      t(48, 520, 22, 'Lake Shaitankol, Karkaraly National Park ·…', LABEL_STYLE),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
    expect(p.texts.some((x) => x.text === 'Road' || x.text === '300 m of gravel')).toBe(false);
  });

  it('places the place line 8 px under a single fact', () => {
    const p = offer({ title: 'Lakeside glamping site', facts: [{ label: 'Land area', value: '4.2 ha' }] });
    expect(p.texts.slice(4)).toEqual([
      t(48, 272, 22, 'Land area', LABEL_STYLE),
      t(48, 310, 34, '4.2 ha', VALUE_STYLE),
      t(48, 360, 22, 'Lake Shaitankol, Karkaraly · Karkaraly district', LABEL_STYLE),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
  });

  it('cuts a long site name to one line of 57 letters', () => {
    const p = offer({ siteName: 'Karaganda Region Tourism Investment Catalog of Land Plots and Projects' });
    expect(p.texts[0]).toEqual(t(48, 62, 19, 'Karaganda Region Tourism Investment Catalog of Land Plot…', SITE_NAME_STYLE));
  });

  it('never fills a blank line with other words', () => {
    const p = offer({ siteName: '  ', title: 'Plot', facts: [{ label: 'Price', value: ' ' }], placeLine: ' ', illustrative: ' ' });
    expect(p.texts.map((x) => x.text)).toEqual(['', 'Vacant land plot', 'Available', 'Plot', 'Price', '', '', '']);
  });

  it('escapes &, <, > and " in every text, so a label cannot add markup', () => {
    const p = offer({
      siteName: 'A & B',
      kindLabel: '<b>Plot</b>',
      title: 'Camp "Shaitankol" <north> & sons',
      facts: [{ label: 'Area "net"', value: '> 4 & < 5 ha' }],
      placeLine: 'Lake "Shaitankol" · <Karkaraly>',
      illustrative: 'Demo "data" & <notes>',
    });
    expect(p.rawTexts).toEqual([
      'A &amp; B',
      '&lt;b&gt;Plot&lt;/b&gt;',
      'Available',
      'Camp &quot;Shaitankol&quot;',
      '&lt;north&gt; &amp; sons',
      'Area &quot;net&quot;',
      '&gt; 4 &amp; &lt; 5 ha',
      'Lake &quot;Shaitankol&quot; · &lt;Karkaraly&gt;',
      'Demo &quot;data&quot; &amp; &lt;notes&gt;',
    ]);
    expect(p.body).not.toMatch(/<(b|north|Karkaraly|notes)>/);
  });

  it('keeps every rect and text inside the canvas, the left column clear of the map and the lines apart', { timeout: 30_000 }, () => {
    expectLaidOut(ogOfferSvg(OFFER), 700, 574);
    expectLaidOut(ogOfferSvg({ ...OFFER, illustrative: undefined }), 700, 630);
    expectLaidOut(
      ogOfferSvg({
        ...OFFER,
        siteName: 'Karaganda Region Tourism Investment Catalog of Land Plots and Projects',
        title: 'Supercalifragilisticexpialidocious camp',
        facts: [{ label: 'Utilities', value: 'Power 900 m, water by delivery, sewage by sealed tank' }],
      }),
      700,
      574,
    );
  });
});

describe('site picture', () => {
  const SITE: OgSiteInput = {
    siteName: 'Karaganda Region Tourism Investment Catalog',
    tagline: 'Land plots, tourist infrastructure and large projects offered to investors in the Balkhash and Karkaraly areas',
    areas: 'Balkhash area · Karkaraly district',
    illustrative: NOTICE,
  };
  const NAME_STYLE = { bold: true, fill: '#073f54' };
  const AREAS_STYLE = { bold: true, fill: '#0b5c7a' };

  it('without a map: name in two lines of at most 34 letters, tagline under it, areas and the notice at the foot', () => {
    const p = read(ogSiteSvg(SITE));
    expect(p.map).toBeUndefined();
    expect(p.texts).toEqual([
      t(48, 130, 54, 'Karaganda Region Tourism', NAME_STYLE),
      t(48, 196, 54, 'Investment Catalog', NAME_STYLE),
      // 130 + 2 × 66 + 20; 71 letters fit a tagline line (1104 / 15.4).
      t(48, 282, 28, 'Land plots, tourist infrastructure and large projects offered to'),
      t(48, 322, 28, 'investors in the Balkhash and Karkaraly areas'),
      t(48, 540, 26, 'Balkhash area · Karkaraly district', AREAS_STYLE),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
    expect(p.rects).toEqual([{ x: 0, y: 0, width: 1200, height: 12, fill: '#0b5c7a' }, NOTICE_BAND, NOTICE_RULE]);
  });

  it('with a map: the map fills the right 500 px, the bar and the text stay left of it, and no notice when off', () => {
    const p = read(ogSiteSvg({ ...SITE, illustrative: undefined, mapSvg: MAP }));
    expect(p.map).toBe(
      `<svg viewBox="0 0 250 287" x="700" y="0" width="500" height="630" preserveAspectRatio="xMidYMid slice" font-family="Noto Sans">${MAP_BODY}</svg>`,
    );
    expect(p.texts).toEqual([
      // 19 letters fit a name line next to the map (640 / 32.4), 41 a tagline line (640 / 15.4).
      t(48, 130, 54, 'Karaganda Region', NAME_STYLE),
      t(48, 196, 54, 'Tourism Investment', NAME_STYLE),
      t(48, 262, 54, 'Catalog', NAME_STYLE),
      t(48, 348, 28, 'Land plots, tourist infrastructure and'),
      t(48, 388, 28, 'large projects offered to investors in'),
      t(48, 428, 28, 'the Balkhash and Karkaraly areas'),
      t(48, 540, 26, 'Balkhash area · Karkaraly district', AREAS_STYLE),
    ]);
    expect(p.rects).toEqual([{ x: 0, y: 0, width: 700, height: 12, fill: '#0b5c7a' }]);
  });

  it('keeps every rect and text inside the canvas and, with a map, the text clear of it', { timeout: 30_000 }, () => {
    expectLaidOut(ogSiteSvg(SITE), undefined, 574);
    expectLaidOut(ogSiteSvg({ ...SITE, mapSvg: MAP, illustrative: undefined }), 700, 630);
  });
});

// The first picture loads the vector base map: slow on a busy machine.
describe('share pictures made from the catalog (good fixture)', { timeout: 30_000 }, () => {
  const catalog = fixtureCatalog();
  const view = (id: string, lang: 'en' | 'ru' | 'kk') => toOfferView(catalog.offers.find((o) => o.id === id)!, lang, catalog);

  it('says what the offer page says: pills, title, area, price, named location with its place, district, notice', () => {
    const p = read(offerOgSvg(view('shaitankol-glamping', 'en'), catalog, true));
    expect(p.texts).toEqual([
      t(48, 62, 19, 'Karaganda Tourism Investment Catalog', SITE_NAME_STYLE),
      t(64, 120, 22, 'Vacant land plot', PILL_STYLE),
      t(344, 120, 22, 'Available', PILL_STYLE),
      t(48, 196, 46, 'Glamping plot near', TITLE_STYLE),
      t(48, 252, 46, 'Lake Shaitankol', TITLE_STYLE),
      t(48, 328, 22, 'Land area', LABEL_STYLE),
      t(48, 366, 34, '4.2 ha', VALUE_STYLE),
      t(48, 408, 22, 'Price', LABEL_STYLE),
      t(48, 446, 34, '₸1,850,000 a year', VALUE_STYLE),
      t(48, 496, 22, 'Lake Shaitankol, Karkaraly · Karkaraly district', LABEL_STYLE),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
    expect(p.map).not.toMatch(/<title|<desc|role=|aria-labelledby/);
    // The map is of this offer's place, not of another offer's.
    expect(p.map).toContain('>Karkaraly</text>');
    expect(p.map).not.toContain('>Shubartubek</text>');
  });

  it('names only the place when the offer has no named location, and drops the notice when the data is real', () => {
    const p = read(offerOgSvg(view('balkhash-test-base', 'ru'), catalog, false));
    // The Russian kind and status do not fit side by side, so the status takes a second row and everything
    // below moves down 48 px: place line at 244 (title) + 2 × 56 + 20 + 2 facts × 80 + 8.
    expect(p.texts.at(-1)).toEqual(t(48, 544, 22, 'Чубар-Тюбек · г. Балхаш и подчинённая территория', LABEL_STYLE));
    expect(p.rects.some((r) => r.y === 574)).toBe(false);
    expect(p.map).toContain('>Чубар-Тюбек</text>');
    expect(p.map).not.toContain('>Каркаралинск</text>');
  });

  it('refuses an offer the catalog does not hold, naming it', () => {
    expect(() => offerOgSvg({ ...view('shaitankol-glamping', 'en'), id: 'no-such-offer' }, catalog, true)).toThrow(
      'offer no-such-offer: not in the catalog',
    );
  });

  it('site picture: the name, tagline and the districts in their order, in the language asked for', () => {
    expect(read(siteOgSvg('en', catalog, true)).texts).toEqual([
      t(48, 130, 54, 'Karaganda Tourism Investment', { bold: true, fill: '#073f54' }),
      t(48, 196, 54, 'Catalog', { bold: true, fill: '#073f54' }),
      t(48, 282, 28, 'Land plots, tourist infrastructure and large projects offered to'),
      t(48, 322, 28, 'investors in the Balkhash and Karkaraly areas'),
      t(48, 540, 26, 'Balkhash area · Karkaraly district', { bold: true, fill: '#0b5c7a' }),
      t(48, 610, 24, NOTICE, NOTICE_STYLE),
    ]);
    const ru = read(siteOgSvg('ru', catalog, false));
    expect(ru.texts.map((x) => x.text)).toEqual([
      'Каталог инвестиций в туризм',
      'Карагандинской области',
      'Земельные участки, объекты туристской инфраструктуры и крупные проекты',
      'для инвесторов в городе Балхаше и Каркаралинском районе',
      'г. Балхаш и подчинённая территория · Каркаралинский район',
    ]);
    expect(ru.rects.some((r) => r.y === 574)).toBe(false);
  });

  it('site picture as a cached picture: the Kazakh notice is in it, and the key changes with the notice', () => {
    const on = siteOgPicture('kk', catalog, true);
    const off = siteOgPicture('kk', catalog, false);
    expect(read(on.svg()).texts.at(-1)).toEqual(t(48, 610, 24, 'Демонстрациялық (шартты) деректер, ресми мәліметтер емес.', NOTICE_STYLE));
    expect(read(off.svg()).texts.at(-1)?.text).toBe('Балқаш қаласы және оған қарасты аумақ · Қарқаралы ауданы');
    expect(on.key).toMatch(/^[0-9a-f]{64}$/);
    expect(off.key).not.toBe(on.key);
  });
});

describe('pills that do not fit side by side', () => {
  it('puts the status on a second row under the kind, and gives the title two lines so the facts still fit', () => {
    // 32 letters × 14.5 + 36 = 500; beside it the status (19 × 14.5 + 36 = 311.5 → 312) would end at 560 + 312 = 872, past
    // the map's edge (700 − 24): so it goes under the kind, at y = 140 (92 + 48), text baseline 168.
    const p = offer({ kindLabel: 'Объект туристской инфраструктуры', statusLabel: 'Доступно инвесторам' });
    expect(p.rects.filter((r) => r.rx === 20)).toEqual([
      { x: 48, y: 92, width: 500, height: 40, rx: 20, fill: '#8a5a00' },
      { x: 48, y: 140, width: 312, height: 40, rx: 20, fill: '#1e6b34' },
    ]);
    expect(p.texts.filter((x) => x.size === 46).map((x) => [x.y, x.text])).toEqual([
      [244, 'Lakeside glamping site'],
      [300, 'near Karkaralinsk,…'],
    ]);
    expect(p.texts.find((x) => x.text === 'Доступно инвесторам')).toEqual(t(64, 168, 22, 'Доступно инвесторам', PILL_STYLE));
    expect(p.texts.find((x) => x.text === 'Land area')!.y).toBe(376);
  });

  it('keeps both pills left of the map for every offer and language of the rich fixture', { timeout: 30_000 }, () => {
    const rich = fixtureCatalog(RICH_FIXTURE);
    for (const o of rich.offers) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        for (const pill of read(offerOgSvg(toOfferView(o, lang, rich), rich, true)).rects.filter((r) => r.rx === 20)) {
          expect((pill.x as number) + (pill.width as number), `${o.id} ${lang}`).toBeLessThanOrEqual(696);
        }
      }
    }
  });
});
