import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFER_KINDS, OFFER_STATUSES } from '../../src/schemas/offer.ts';
import { KIND_COLOURS, KIND_SHAPES, STATUS_COLOURS, markerSvg, statusSymbolSvg, markerClassName } from '../../src/lib/map/markerStyle.ts';
import { clusterLabel } from '../../src/lib/map/clusterLabel.ts';
import { idsFromEvent, visibleOffers } from '../../src/lib/map/visibleOffers.ts';
import { serializeMapData, mapStrings, type MapData } from '../../src/lib/map/mapData.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { cssVariables } from '../../src/styles/palette.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string) => tokens.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1]?.toLowerCase();

/** Opening minus closing tags: a cheap check that generated SVG is balanced. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/gi)) {
    const [, close, name, selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('marker styling', () => {
  it('uses the same kind and status colours as the design tokens', () => {
    for (const kind of OFFER_KINDS) expect(KIND_COLOURS[kind], kind).toBe(token(`kind-${kind}`));
    for (const status of OFFER_STATUSES) expect(STATUS_COLOURS[status], status).toBe(token(`status-${status}`));
  });

  it('declares every palette colour in tokens.css with the same value, so stylesheets and scripts draw alike', () => {
    for (const [variable, colour] of cssVariables()) expect(token(variable.slice(2)), variable).toBe(colour);
  });

  it('gives every kind its own shape, so colour is never the only cue', () => {
    expect(new Set(OFFER_KINDS.map((k) => KIND_SHAPES[k])).size).toBe(OFFER_KINDS.length);
  });

  it('gives every status its own glyph as well as its own colour', () => {
    const glyph = (s: (typeof OFFER_STATUSES)[number]) => statusSymbolSvg(s).replace(/fill="#[0-9a-f]{6}"/g, '');
    expect(new Set(OFFER_STATUSES.map(glyph)).size).toBe(OFFER_STATUSES.length);
    expect(new Set(OFFER_STATUSES.map((s) => STATUS_COLOURS[s])).size).toBe(OFFER_STATUSES.length);
  });

  it('draws a different, well-formed marker for every kind and status, hidden from screen readers (the marker element carries the name)', () => {
    const all = OFFER_KINDS.flatMap((k) => OFFER_STATUSES.map((s) => markerSvg(k, s)));
    expect(new Set(all).size).toBe(OFFER_KINDS.length * OFFER_STATUSES.length);
    for (const svg of all) {
      expect(balanced(svg), svg).toBe(true);
      expect(svg).toContain('aria-hidden="true"');
    }
    expect(markerClassName('land-plot', 'closed')).toBe('map-marker map-marker--land-plot map-marker--closed');
  });
});

describe('cluster names', () => {
  // The words come from the UI strings themselves (mapStrings passes the same message to the client).
  const template = (lang: 'en' | 'ru' | 'kk') => uiStrings[lang]['map.cluster'];
  it('reads "N offers" in English', () => {
    expect(clusterLabel(1, 'en', template('en'))).toBe('1 offer');
    expect(clusterLabel(5, 'en', template('en'))).toBe('5 offers');
  });
  it('declines Russian by number', () => {
    expect(clusterLabel(1, 'ru', template('ru'))).toBe('1 предложение');
    expect(clusterLabel(3, 'ru', template('ru'))).toBe('3 предложения');
    expect(clusterLabel(5, 'ru', template('ru'))).toBe('5 предложений');
    expect(clusterLabel(21, 'ru', template('ru'))).toBe('21 предложение');
    expect(clusterLabel(1.5, 'ru', template('ru'))).toBe('1,5 предложения');
  });
  it('keeps the Kazakh noun singular after a numeral', () => {
    expect(clusterLabel(5, 'kk', template('kk'))).toBe('5 ұсыныс');
    expect(clusterLabel(1, 'kk', template('kk'))).toBe('1 ұсыныс');
  });
  it('passes the plural message to the map script as written', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) expect(mapStrings(lang).cluster).toBe(template(lang));
  });
});

describe('following the search results', () => {
  const offers = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('shows every offer before any results event', () => {
    expect(visibleOffers(offers, undefined)).toEqual(offers);
  });
  it('shows exactly the listed ids, in map order, ignoring unknown ones', () => {
    expect(visibleOffers(offers, ['c', 'zzz', 'a'])).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(visibleOffers(offers, [])).toEqual([]);
  });
  it('reads ids from a well-formed event and rejects a malformed one', () => {
    expect(idsFromEvent(new CustomEvent('catalog:results', { detail: { ids: ['a', 3, 'b'] } }))).toEqual(['a', 'b']);
    expect(idsFromEvent(new CustomEvent('catalog:results', { detail: { ids: 'a' } }))).toBeUndefined();
    expect(idsFromEvent(new CustomEvent('catalog:results'))).toBeUndefined();
  });
});

describe('map data embedded in the page', () => {
  it('cannot close its <script> element early', () => {
    const data = { mode: 'catalog', offers: [{ title: '</script><script>alert(1)</script>' }] } as unknown as MapData;
    const json = serializeMapData(data);
    expect(json).not.toContain('</script');
    expect((JSON.parse(json) as { offers: Array<{ title: string }> }).offers[0]!.title).toBe('</script><script>alert(1)</script>');
  });
});
