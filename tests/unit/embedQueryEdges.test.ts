// The edges of a partner's embed request: how values are cleaned, when one is too long, and what the
// widget URL carries. Offers and vocabularies are written here, not read from content.
import { describe, expect, it } from 'vitest';
import {
  type EmbedVocabulary,
  needsIndex,
  parseEmbedQuery,
  parseAccent,
  parseLimit,
  readEmbedChoices,
  readEmbedIndex,
  readWidgetRequest,
  selectOffers,
  widgetUrl,
} from '../../src/lib/embed/query.ts';

const LONG_60 = `a${'-b'.repeat(29)}c`.slice(0, 60);
const LONG_61 = `${LONG_60}d`;
const vocabulary: EmbedVocabulary = {
  district: ['karkaraly', 'balkhash', LONG_60, LONG_61, ''],
  kind: ['land-plot', 'infrastructure'],
  segment: ['beach', 'glamping'],
  status: ['available', 'closed'],
};
const q = (query: string) => parseEmbedQuery(new URLSearchParams(query), vocabulary);
const attrs =
  (values: Record<string, string>) =>
  (name: string): string | null =>
    values[name] ?? null;

describe('the embed page query', () => {
  it('reads comma lists and repeats, trimmed and lower-cased, once each', () => {
    expect(q('district=Karkaraly, BALKHASH&district=karkaraly').filters.district).toEqual(['karkaraly', 'balkhash']);
  });

  it('drops empty values and values over 60 characters, even ones the vocabulary holds', () => {
    expect(LONG_60).toHaveLength(60);
    expect(q(`district=,${LONG_60},${LONG_61}`).filters.district).toEqual([LONG_60]);
  });

  it('reads the accent and the frame id from their own parameters', () => {
    expect(q('accent=0a8&frame=tic-ab12-1')).toMatchObject({ accent: '#00aa88', frame: 'tic-ab12-1', limit: 6 });
  });

  it('reads a limit and an accent with spaces around them', () => {
    expect(parseLimit(' 12 ')).toBe(12);
    expect(parseAccent(' #ABC ')).toBe('#aabbcc');
  });
});

describe('the offers a list widget shows', () => {
  const none = { district: [], kind: [], segment: [], status: [] };
  const offers = [
    { id: 'a', district: 'karkaraly', kind: 'land-plot', status: 'available', segments: ['beach', 'glamping'] },
    { id: 'b', district: 'balkhash', kind: 'land-plot', status: 'available', segments: ['glamping'] },
  ];

  it('keeps an offer that has any one of the asked segments', () => {
    expect(selectOffers(offers, { filters: { ...none, segment: ['beach'] }, limit: 6 }).map((o) => o.id)).toEqual(['a']);
    expect(selectOffers(offers, { filters: { ...none, segment: ['glamping'] }, limit: 6 }).map((o) => o.id)).toEqual(['a', 'b']);
  });
});

describe('when the list widget needs the index of every offer', () => {
  it('answers an unfiltered query for up to six offers from the six cards its page holds', () => {
    expect(needsIndex(q(''))).toBe(false);
    expect(needsIndex(q('limit=6&accent=c0392b'))).toBe(false);
    expect(needsIndex(q('limit=1'))).toBe(false);
  });

  it('fetches the index for more than six offers or for any filter', () => {
    expect(needsIndex(q('limit=7'))).toBe(true);
    expect(needsIndex(q('district=balkhash'))).toBe(true);
    expect(needsIndex(q('kind=land-plot&limit=2'))).toBe(true);
    expect(needsIndex(q('segment=beach'))).toBe(true);
    expect(needsIndex(q('status=closed'))).toBe(true);
  });

  it('still answers from the page when every filter value was unknown and dropped', () => {
    expect(needsIndex(q('district=atlantis&kind=castle'))).toBe(false);
  });

  it('keeps only index entries shaped like an offer, and nothing from a file that is not a list', () => {
    const good = { id: 'a', district: 'balkhash', kind: 'land-plot', status: 'available', segments: ['beach'] };
    expect(readEmbedIndex([good, { ...good, id: 7 }, { ...good, segments: 'beach' }, { ...good, segments: [1] }, null, 'a'])).toEqual([
      good,
    ]);
    expect(readEmbedIndex({ offers: [good] })).toEqual([]);
    expect(readEmbedIndex(null)).toEqual([]);
  });
});

describe("the builder's offer choices read from their file", () => {
  it('keeps entries with an offer id and a title, and nothing else', () => {
    const good = { id: 'karkaraly-kent-camping', title: 'Camping <b>site</b>' };
    expect(readEmbedChoices([good, { id: 'Bad Id', title: 'x' }, { id: 'a' }, { id: 'b', title: 3 }, null, 'c'])).toEqual([good]);
    expect(readEmbedChoices([{ ...good, extra: 'dropped' }])).toEqual([good]);
    expect(readEmbedChoices({ choices: [good] })).toEqual([]);
  });
});

describe('a placeholder element read as a request', () => {
  it('asks for the list when data-tic-offer is empty', () => {
    expect(readWidgetRequest(attrs({ 'data-tic-offer': ' ', 'data-tic-offers': '' }), 'ru')).toEqual({
      widget: 'list',
      lang: 'ru',
      filters: {},
    });
  });

  it('takes a card id up to 100 characters, keeping the accent', () => {
    const id100 = `k${'-x'.repeat(49)}y`.slice(0, 100);
    expect(id100).toHaveLength(100);
    expect(readWidgetRequest(attrs({ 'data-tic-offer': ` ${id100.toUpperCase()} `, 'data-tic-accent': 'abc' }))).toEqual({
      widget: 'card',
      lang: 'en',
      offer: id100,
      accent: '#aabbcc',
    });
    expect(readWidgetRequest(attrs({ 'data-tic-offer': `${id100}z` }))).toBeUndefined();
  });

  it('cleans filter values, drops ones over 60 characters, and leaves out a filter with nothing left', () => {
    expect(
      readWidgetRequest(
        attrs({
          'data-tic-offers': '',
          'data-tic-district': ` Karkaraly ,${LONG_60},${LONG_61}`,
          'data-tic-kind': '<script>, ,',
        }),
      ),
    ).toEqual({ widget: 'list', lang: 'en', filters: { district: ['karkaraly', LONG_60] } });
  });
});

describe('the widget URL', () => {
  it('joins the values of a filter with commas and adds no limit when none was asked', () => {
    expect(widgetUrl({ widget: 'list', lang: 'kk', filters: { segment: ['beach', 'glamping'] } })).toBe(
      '/kk/embed/offers/?segment=beach%2Cglamping',
    );
    expect(widgetUrl({ widget: 'list', lang: 'en', filters: {} })).toBe('/en/embed/offers/');
  });
});
