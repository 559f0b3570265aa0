import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { ID_PATTERN, LANGS, OFFER_KINDS, OFFER_STATUSES, SEGMENTS } from '../../src/schemas/index.ts';
import { RICH_FIXTURE, check } from './helpers.ts';
import {
  FRAME_ID_PATTERN,
  HEIGHT_MESSAGE_TYPE,
  MAX_HEIGHT,
  heightMessage,
  parseFrameId,
  parseHeightMessage,
} from '../../src/lib/embed/protocol.ts';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  parseAccent,
  parseEmbedQuery,
  parseLimit,
  pickEmbedLang,
  readWidgetRequest,
  selectOffers,
  widgetUrl,
  type EmbedVocabulary,
  type WidgetRequest,
} from '../../src/lib/embed/query.ts';
import { frameTitles } from '../../src/lib/embed/frameTitles.ts';
import { GET as embedScript } from '../../src/pages/embed.js.ts';
import { accentUsage, contrastRatio } from '../../src/lib/embed/colour.ts';
import { iframeSnippet, loaderSnippet, widgetAttributes } from '../../src/lib/embed/snippet.ts';

const { tree } = check(RICH_FIXTURE);
const districtIds = tree.districts.map((d) => d.id);
const vocabulary: EmbedVocabulary = { district: districtIds, kind: OFFER_KINDS, segment: SEGMENTS, status: OFFER_STATUSES };
// Newest first, then id: the order every list on the site uses.
const offers = tree.offers
  .map((o) => ({
    id: o.id,
    district: o.facts.district,
    kind: o.facts.kind,
    status: o.facts.status,
    segments: o.facts.segments,
    published: o.facts.published,
  }))
  .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
const q = (query: string) => parseEmbedQuery(new URLSearchParams(query), vocabulary);

describe('the height message protocol', () => {
  it('accepts exactly the message the embed page sends', () => {
    const message = heightMessage('tic-ab12-1', 612.2);
    expect(message).toEqual({ type: HEIGHT_MESSAGE_TYPE, version: 1, id: 'tic-ab12-1', height: 613 });
    expect(parseHeightMessage(structuredClone(message))).toEqual(message);
  });

  it('rejects anything that is not exactly a valid height message', () => {
    const good = { type: 'tic:height', version: 1, id: 'tic-1', height: 300 };
    const bad: unknown[] = [
      null,
      'tic:height',
      300,
      [good],
      { ...good, extra: true },
      { type: 'tic:height', version: 1, id: 'tic-1' },
      { ...good, type: 'tic:resize' },
      { ...good, version: 2 },
      { ...good, version: '1' },
      { ...good, height: '300' },
      { ...good, height: 300.5 },
      { ...good, height: -1 },
      { ...good, height: MAX_HEIGHT + 1 },
      { ...good, height: Number.NaN },
      { ...good, id: '' },
      { ...good, id: '<img src=x onerror=alert(1)>' },
      { ...good, id: 'x'.repeat(65) },
    ];
    for (const data of bad) expect(parseHeightMessage(data), JSON.stringify(data)).toBeUndefined();
  });

  it('caps runaway heights and never reports a negative one', () => {
    expect(heightMessage('a', 1e9).height).toBe(MAX_HEIGHT);
    expect(heightMessage('a', -5).height).toBe(0);
  });

  it('accepts only short URL-safe frame ids', () => {
    expect(parseFrameId('preview')).toBe('preview');
    expect(parseFrameId('tic-x1y2z3-12')).toBe('tic-x1y2z3-12');
    for (const bad of [null, undefined, '', 'a b', 'a"b', '<b>', 'a'.repeat(65)]) expect(parseFrameId(bad)).toBeUndefined();
    expect(FRAME_ID_PATTERN.test('tic-1')).toBe(true);
  });
});

describe('embed query parameters', () => {
  it('normalises an accent colour given with or without # and in short form, and rejects everything else', () => {
    expect(parseAccent('#0B5C7A')).toBe('#0b5c7a');
    expect(parseAccent('0b5c7a')).toBe('#0b5c7a');
    expect(parseAccent('#abc')).toBe('#aabbcc');
    for (const bad of ['', 'red', '#12345', '#1234567', 'url(x)', '#0b5c7a;background:red', 'expression(alert(1))', '"><script>'])
      expect(parseAccent(bad), bad).toBeUndefined();
  });

  it('keeps limit within 1 and the maximum, otherwise uses the default', () => {
    expect(parseLimit('3')).toBe(3);
    expect(parseLimit(String(MAX_LIMIT))).toBe(MAX_LIMIT);
    for (const bad of [null, '', '0', '-2', '2.5', 'ten', String(MAX_LIMIT + 1), '1e3'])
      expect(parseLimit(bad), String(bad)).toBe(DEFAULT_LIMIT);
  });

  it('reads filters given as repeats or comma lists, and drops values the catalog does not know', () => {
    const options = q('district=Karkaraly,nowhere&kind=land-plot&kind=large-project&segment=<script>&status=available,reserved,available');
    expect(options.filters).toEqual({
      district: ['karkaraly'],
      kind: ['land-plot', 'large-project'],
      segment: [],
      status: ['available', 'reserved'],
    });
  });

  it('returns only validated values, so nothing from the address can reach the page as markup', () => {
    const options = q('district="><img src=x>&accent=%22%3E%3Cscript%3E&limit=<b>&frame=<svg/onload=alert(1)>');
    expect(options).toEqual({
      filters: { district: [], kind: [], segment: [], status: [] },
      limit: DEFAULT_LIMIT,
      accent: undefined,
      frame: undefined,
    });
  });
});

describe('choosing the offers a list widget shows', () => {
  it('has content to choose from', () => {
    expect(offers).toHaveLength(8);
    expect(districtIds).toEqual(['balkhash', 'karkaraly']);
  });

  it('shows by default the newest offers that are not closed, up to the default limit', () => {
    const open = [
      'karkaraly-town-guest-house',
      'karkaraly-all-season-mountain-resort',
      'karkaraly-shaitankol-trailhead-glamping',
      'balkhash-shore-resort-zone',
      'balkhash-city-beach',
      'karkaraly-kent-camping',
    ];
    expect(selectOffers(offers, q('')).map((o) => o.id)).toEqual(open.slice(0, DEFAULT_LIMIT));
  });

  it("shows a district's open offers newest first, hand-counted", () => {
    expect(selectOffers(offers, q(`district=balkhash&limit=${MAX_LIMIT}`)).map((o) => o.id)).toEqual([
      'balkhash-shore-resort-zone',
      'balkhash-city-beach',
    ]);
  });

  for (const district of districtIds) {
    it(`shows only offers in ${district} when asked for that district, in catalog order`, () => {
      const expected = offers.filter((o) => o.district === district && o.status !== 'closed').map((o) => o.id);
      expect(selectOffers(offers, q(`district=${district}&limit=${MAX_LIMIT}`)).map((o) => o.id)).toEqual(expected.slice(0, MAX_LIMIT));
    });
  }

  it('combines filters: kind and segment and status together', () => {
    const segment = offers[0]!.segments[0]!;
    const kind = offers[0]!.kind;
    const expected = offers.filter((o) => o.kind === kind && o.segments.includes(segment)).map((o) => o.id);
    const statuses = OFFER_STATUSES.join(',');
    expect(selectOffers(offers, q(`kind=${kind}&segment=${segment}&status=${statuses}&limit=${MAX_LIMIT}`)).map((o) => o.id)).toEqual(
      expected,
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  it('includes closed offers only when the status filter asks for them', () => {
    expect(selectOffers(offers, q(`status=closed&limit=${MAX_LIMIT}`)).map((o) => o.id)).toEqual([
      'balkhash-city-shore-plot',
      'karkaraly-north-edge-hotel-plot',
    ]);
  });

  it('respects the limit', () => {
    expect(selectOffers(offers, q('limit=2'))).toHaveLength(2);
  });
});

describe('the loader reading a partner placeholder', () => {
  const attrs = (map: Record<string, string>) => (name: string) => (name in map ? map[name]! : null);

  it('turns list attributes into the list widget address', () => {
    const request = readWidgetRequest(
      attrs({
        'data-tic-offers': '',
        'data-tic-lang': 'ru',
        'data-tic-district': 'karkaraly',
        'data-tic-limit': '6',
        'data-tic-accent': 'C0392B',
      }),
    );
    expect(request).toEqual({ widget: 'list', lang: 'ru', filters: { district: ['karkaraly'] }, limit: 6, accent: '#c0392b' });
    expect(widgetUrl(request!, 'tic-1')).toBe('/ru/embed/offers/?district=karkaraly&limit=6&accent=c0392b&frame=tic-1');
  });

  it('turns a single-offer attribute into the card address', () => {
    const id = offers[0]!.id;
    const request = readWidgetRequest(attrs({ 'data-tic-offer': id, 'data-tic-lang': 'kk' }));
    expect(widgetUrl(request!)).toBe(`/kk/embed/offers/${id}/`);
  });

  it('takes the host page language when none is given, else English', () => {
    expect(pickEmbedLang(null, 'kk-KZ')).toBe('kk');
    expect(pickEmbedLang('', 'de')).toBe('en');
    expect(pickEmbedLang('RU', 'en')).toBe('ru');
    expect(pickEmbedLang('fr', null)).toBe('en');
  });

  it('drops malformed values and ignores elements that are not placeholders', () => {
    const request = readWidgetRequest(
      attrs({ 'data-tic-offers': '', 'data-tic-district': 'karkaraly,"><script>,ok-2', 'data-tic-accent': 'javascript:alert(1)' }),
    );
    expect(request).toEqual({ widget: 'list', lang: 'en', filters: { district: ['karkaraly', 'ok-2'] } });
    expect(readWidgetRequest(attrs({ 'data-tic-offer': '../../admin' }))).toBeUndefined();
    expect(readWidgetRequest(attrs({ 'data-lang': 'ru' }))).toBeUndefined();
  });
});

describe('snippets for partners', () => {
  const origin = 'https://catalog.example';

  it('writes the loader snippet with namespaced attributes, a no-script link and the loader URL', () => {
    const snippet = loaderSnippet(
      origin,
      { widget: 'list', lang: 'ru', filters: { district: ['karkaraly'], kind: ['land-plot'] }, limit: 4, accent: '#c0392b' },
      { href: '/ru/offers/', text: 'Предложения & <проекты>' },
    );
    expect(snippet).toBe(
      [
        '<div data-tic-offers data-tic-lang="ru" data-tic-district="karkaraly" data-tic-kind="land-plot" data-tic-limit="4" data-tic-accent="#c0392b">',
        '  <a href="https://catalog.example/ru/offers/">Предложения &amp; &lt;проекты&gt;</a>',
        '</div>',
        '<script src="https://catalog.example/embed.js" async></script>',
      ].join('\n'),
    );
  });

  it('round-trips: the attributes a snippet writes are read back into the same request', () => {
    const request: WidgetRequest = {
      widget: 'list',
      lang: 'kk',
      filters: { district: ['balkhash'], segment: ['beach', 'camping'] },
      limit: 9,
      accent: '#123456',
    };
    const map = new Map(widgetAttributes(request));
    expect(readWidgetRequest((name) => map.get(name) ?? null)).toEqual(request);
  });

  it('writes a plain iframe with a title in the widget language', () => {
    const html = iframeSnippet(origin, { widget: 'card', lang: 'kk', offer: 'karkaraly-kent-camping' }, 480, frameTitles().kk.card);
    expect(html).toBe(
      `<iframe src="https://catalog.example/kk/embed/offers/karkaraly-kent-camping/" title="Қарағанды облысының туризм саласындағы инвестициялық ұсынысы" width="100%" height="480" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    );
  });
});

describe('strings the loader carries itself', () => {
  // /embed.js is ASCII: every other character is written \uXXXX.
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).toLowerCase();

  it("has the translations' frame titles of every language of the site, built in", async () => {
    const script = (await (await embedScript({} as never)).text()).toLowerCase();
    expect(script).toContain(ascii('Tourism investment offers in the Karaganda region'));
    expect(script).toContain(ascii('Қарағанды облысының туризм саласындағы инвестициялық ұсынысы'));
    for (const lang of LANGS) {
      expect(script).toContain(ascii(uiStrings[lang]['embed.frameTitle.list']));
      expect(script).toContain(ascii(uiStrings[lang]['embed.frameTitle.card']));
    }
    // …and not the rest of the UI strings.
    expect(script).not.toContain(ascii(uiStrings.en['offer.costs.note']));
  });

  it('accepts every offer id as a card id', () => {
    for (const o of offers) expect(readWidgetRequest((n) => (n === 'data-tic-offer' ? o.id : null))?.widget).toBe('card');
    expect(ID_PATTERN.test(offers[0]!.id)).toBe(true);
  });
});

describe('accent colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#0b5c7a', '#ffffff')).toBeGreaterThan(7);
  });

  it('uses a light accent only for decoration, and a dark one for links too', () => {
    expect(accentUsage('#ffd700')).toEqual({ stripe: '#ffd700', text: undefined });
    expect(accentUsage('#c0392b')).toEqual({ stripe: '#c0392b', text: '#c0392b' });
  });
});
