import { describe, expect, it } from 'vitest';
import { offer } from './searchOffers.ts';
import { activeConstraints, facetCounts, filterOffers, relaxSuggestions, sortOffers, without } from '../../src/lib/search/filter.ts';
import { isUnfiltered, parseNumber, parseState, serializeState } from '../../src/lib/search/urlState.ts';
import { emptyState, type CompactOffer, type ListFacet } from '../../src/lib/search/types.ts';
import { kazakhQuery, kazakhStem } from '../../src/lib/search/kazakhQuery.ts';
import { districtKeywords, offerKeywords } from '../../src/lib/search/keywords.ts';
import { packCatalog, unpackCatalog } from '../../src/lib/search/compactFile.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { RICH_FIXTURE, check } from './helpers.ts';

const OFFERS: CompactOffer[] = [
  offer('a', { area: 10, price: 5_000_000, util: ['power', 'water', 'road'], segment: ['beach', 'camping'], published: '2026-03-01' }),
  offer('b', {
    kind: 'infrastructure',
    district: 'karkaraly',
    status: 'reserved',
    area: 2.5,
    price: 120_000_000,
    inv: 300_000_000,
    util: ['power'],
    foreign: false,
    segment: ['hotel'],
  }),
  offer('c', {
    kind: 'large-project',
    area: 160,
    price: null,
    inv: 46_000_000_000,
    util: ['power', 'water', 'sewage', 'gas', 'internet', 'road'],
    segment: ['beach', 'hotel'],
    right: 'ppp',
    published: '2026-05-01',
  }),
  offer('d', {
    district: 'karkaraly',
    status: 'closed',
    area: 4.2,
    // A yearly rent, not a one-off price.
    rent: 1_850_000,
    segment: ['glamping'],
    util: ['internet'],
    published: '2025-08-01',
  }),
];
const OPTIONS: Record<ListFacet, string[]> = {
  kind: ['land-plot', 'infrastructure', 'large-project'],
  district: ['balkhash', 'karkaraly'],
  status: ['available', 'reserved', 'closed'],
  segment: ['beach', 'camping', 'hotel', 'glamping'],
  right: ['lease', 'ppp'],
};
const ids = (xs: CompactOffer[]) => xs.map((o) => o.id);

describe('search state in the URL', () => {
  it('reads every parameter a shared link can carry', () => {
    const state = parseState(
      '?q=+shore++plot&kind=land-plot&kind=infrastructure&district=balkhash&foreign=1&util=water&util=power&area_min=2,5&area_max=20&price_max=10&sort=area-desc',
    );
    expect(state.q).toBe('shore plot');
    expect(state.facets.kind).toEqual(['land-plot', 'infrastructure']);
    expect(state.facets.district).toEqual(['balkhash']);
    expect(state.foreign).toBe(true);
    expect(state.util).toEqual(['power', 'water']);
    expect(state.ranges).toEqual({ area: { min: 2.5, max: 20 }, price: { max: 10 }, rent: {}, inv: {} });
    expect(state.sort).toBe('area-desc');
  });

  it('ignores the empty fields a plain GET form sends, unknown values and a bad sort', () => {
    const state = parseState('q=&kind=castle&area_min=&area_max=lots&util=teleport&sort=random', { kind: ['land-plot'] });
    expect(state).toEqual(emptyState());
    expect(isUnfiltered(state)).toBe(true);
  });

  it('swaps a range typed the wrong way round', () => {
    expect(parseState('area_min=50&area_max=5').ranges.area).toEqual({ min: 5, max: 50 });
  });

  it('round-trips a state through the query string in one canonical order', () => {
    const query =
      '?q=glamping&kind=land-plot&segment=beach&segment=hotel&foreign=1&util=power&util=road&area_min=1.5&inv_max=300&sort=price-asc';
    expect(serializeState(parseState(query))).toBe(query);
    expect(serializeState(parseState('util=road&foreign=1&util=power&kind=land-plot'))).toBe(
      '?kind=land-plot&foreign=1&util=power&util=road',
    );
    expect(serializeState(emptyState())).toBe('');
  });

  it('reads numbers as people type them in each language', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 000')).toBe(1000);
    expect(parseNumber('1\u00a0000,25')).toBe(1000.25);
    expect(parseNumber('-3')).toBeUndefined();
    expect(parseNumber('abc')).toBeUndefined();
  });
});

describe('filtering compact offers', () => {
  it('combines options of one facet with OR and different facets with AND', () => {
    const state = parseState('kind=land-plot&kind=large-project&district=balkhash');
    expect(ids(filterOffers(OFFERS, state, null))).toEqual(['a', 'c']);
  });

  it('matches a segment when the offer suits any chosen segment', () => {
    expect(ids(filterOffers(OFFERS, parseState('segment=hotel&segment=glamping'), null))).toEqual(['b', 'c', 'd']);
  });

  it('requires every ticked utility', () => {
    expect(ids(filterOffers(OFFERS, parseState('util=power&util=water'), null))).toEqual(['a', 'c']);
    expect(ids(filterOffers(OFFERS, parseState('util=internet&util=road'), null))).toEqual(['c']);
  });

  it('filters land area in hectares and money in millions of tenge, leaving out offers without a figure', () => {
    expect(ids(filterOffers(OFFERS, parseState('area_min=4.2&area_max=10'), null))).toEqual(['a', 'd']);
    expect(ids(filterOffers(OFFERS, parseState('price_max=5'), null))).toEqual(['a']);
    expect(ids(filterOffers(OFFERS, parseState('rent_max=2'), null))).toEqual(['d']);
    expect(ids(filterOffers(OFFERS, parseState('inv_min=1000'), null))).toEqual(['c']);
  });

  it('keeps only offers the text search matched', () => {
    expect(ids(filterOffers(OFFERS, parseState('q=x&foreign=1'), new Set(['a', 'b'])))).toEqual(['a']);
  });

  it('sorts by date, area and price, with prices on request last in both directions', () => {
    expect(ids(sortOffers(OFFERS, 'newest'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(sortOffers(OFFERS, 'area-desc'))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortOffers(OFFERS, 'area-asc'))).toEqual(['b', 'd', 'a', 'c']);
    // d's figure is a yearly rent, so it goes last with the prices on request (newest first among them).
    expect(ids(sortOffers(OFFERS, 'price-asc'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(sortOffers(OFFERS, 'price-desc'))).toEqual(['b', 'a', 'c', 'd']);
    expect(ids(sortOffers(OFFERS, 'rent-asc'))).toEqual(['d', 'c', 'a', 'b']);
  });

  it('never puts a yearly rent and a one-off price on one scale', () => {
    // A plot sold for 2 million once, and a plot let for 1 million every year.
    const once = offer('once', { price: 2_000_000 });
    const yearly = offer('yearly', { rent: 1_000_000 });
    const both = [yearly, once];
    expect(ids(sortOffers(both, 'price-asc'))).toEqual(['once', 'yearly']);
    expect(ids(sortOffers(both, 'price-desc'))).toEqual(['once', 'yearly']);
    expect(ids(sortOffers(both, 'rent-asc'))).toEqual(['yearly', 'once']);
    expect(ids(sortOffers(both, 'rent-desc'))).toEqual(['yearly', 'once']);
    expect(ids(filterOffers(both, parseState('price_max=5'), null))).toEqual(['once']);
    expect(ids(filterOffers(both, parseState('rent_max=5'), null))).toEqual(['yearly']);
    expect(ids(filterOffers(both, parseState('price_min=0.5&price_max=1.5'), null))).toEqual([]);
  });
});

describe('a place chosen on the overview map', () => {
  const placed = [
    offer('west', { lon: 74.5, lat: 46.9 }),
    offer('edge', { lon: 75.1234, lat: 46.95 }),
    offer('east', { lon: 76, lat: 49.4 }),
  ];

  it('reads `box=west,south,east,north` from the URL and writes it back the same way', () => {
    const state = parseState('box=75.1,46.9,75.1234,47&kind=land-plot');
    expect(state.box).toEqual({ west: 75.1, south: 46.9, east: 75.1234, north: 47 });
    expect(serializeState(state)).toBe('?kind=land-plot&box=75.1,46.9,75.1234,47');
    expect(isUnfiltered(parseState('box=75.1,46.9,75.1234,47'))).toBe(false);
  });

  it('ignores a box that is not four numbers in order and in range', () => {
    for (const bad of ['1,2,3', '1,2,3,4,5', 'a,1,2,3', '76,46,75,47', '75,47,76,46', '75,46,200,47', '75,-91,76,47', ''])
      expect(parseState(`box=${encodeURIComponent(bad)}`).box, bad).toBeNull();
  });

  it('keeps the offers inside the box, its edges included, and drops the box like any other constraint', () => {
    const state = parseState('box=75,46.9,75.1234,47');
    expect(filterOffers(placed, state, null).map((o) => o.id)).toEqual(['edge']);
    expect(activeConstraints(state)).toEqual([{ type: 'box' }]);
    expect(without(state, { type: 'box' }).box).toBeNull();
    expect(relaxSuggestions(placed, parseState('box=75,46.9,75.1234,47&kind=infrastructure'), null)).toEqual([
      { constraint: { type: 'facet', facet: 'kind' }, count: 1 },
    ]);
  });
});

describe('facet counts', () => {
  it('count, for each option, the results choosing it would give', () => {
    const state = parseState('kind=land-plot&district=karkaraly');
    const counts = facetCounts(OFFERS, state, null, OPTIONS);
    // Kind ignores its own choice: karkaraly has b (infrastructure) and d (land-plot).
    expect(counts.facets.kind).toEqual({ 'land-plot': 1, infrastructure: 1, 'large-project': 0 });
    // Area ignores its own choice: land plots are a (balkhash) and d (karkaraly).
    expect(counts.facets.district).toEqual({ balkhash: 1, karkaraly: 1 });
    expect(counts.facets.segment).toEqual({ beach: 0, camping: 0, hotel: 0, glamping: 1 });
    expect(counts.util).toEqual({ power: 0, water: 0, sewage: 0, gas: 0, internet: 1, road: 0 });
    expect(counts.foreign).toBe(1);
  });

  it('match a brute-force count of every option on the sample', () => {
    const state = parseState('segment=beach&util=power');
    const counts = facetCounts(OFFERS, state, null, OPTIONS);
    for (const facet of Object.keys(OPTIONS) as ListFacet[]) {
      for (const value of OPTIONS[facet]) {
        const alone = { ...state, facets: { ...state.facets, [facet]: [value] } };
        expect(counts.facets[facet][value], `${facet}=${value}`).toBe(filterOffers(OFFERS, alone, null).length);
      }
    }
  });
});

describe('suggestions when nothing matches', () => {
  it('list each active condition whose removal would bring results back, best first, ties in form order', () => {
    const state = parseState('q=spa&kind=infrastructure&status=closed&area_min=100');
    const text = new Set(['b', 'c']);
    expect(filterOffers(OFFERS, state, text)).toEqual([]);
    const suggestions = relaxSuggestions(OFFERS, state, text);
    expect(suggestions).toEqual([]);
    const looser = parseState('kind=infrastructure&status=closed');
    expect(relaxSuggestions(OFFERS, looser, null)).toEqual([
      { constraint: { type: 'facet', facet: 'kind' }, count: 1 },
      { constraint: { type: 'facet', facet: 'status' }, count: 1 },
    ]);
  });

  it('remove exactly one condition', () => {
    const state = parseState('q=x&util=power&util=water&area_min=3');
    expect(activeConstraints(state).map((c) => c.type)).toEqual(['q', 'util', 'util', 'range']);
    expect(serializeState(without(state, { type: 'util', util: 'power' }))).toBe('?q=x&util=water&area_min=3');
    expect(serializeState(without(state, { type: 'q' }))).toBe('?util=power&util=water&area_min=3');
  });
});

describe('Kazakh queries', () => {
  it('cut case, plural and possessive endings back to a stem Pagefind can prefix-match', () => {
    expect(kazakhStem('Балқаштағы')).toBe('балқаш');
    expect(kazakhStem('учаскелері')).toBe('учаске');
    expect(kazakhStem('көлге')).toBe('көл');
    expect(kazakhStem('глэмпингтер')).toBe('глэмпинг');
    expect(kazakhStem('демалыс')).toBe('демалыс');
    expect(kazakhStem('көліне')).toBe('көл');
    expect(kazakhQuery('  Қарқаралыдағы  қонақүйлер ')).toBe('қарқарал қонақүй');
  });

  it('leave short words and words in Latin letters alone', () => {
    expect(kazakhStem('тау')).toBe('тау');
    expect(kazakhStem('Balkhash')).toBe('balkhash');
  });
});

describe('hidden search keywords', () => {
  const place = {
    id: 'shubartubek',
    name: { en: 'Shubartubek', ru: 'Чубар-Тюбек', kk: 'Шұбартүбек' },
    aliases: { kk: ['Шұбартөбек'], ru: ['Чубартюбек'], en: ['Chubar-Tyubek', 'Shubartobek'] },
  };
  const district = {
    id: 'balkhash',
    name: { en: 'Balkhash area', ru: 'г. Балхаш и подчинённая территория', kk: 'Балқаш қаласы және оған қарасты аумақ' },
    aliases: { ru: ['Балкаш'], en: ['Balqash'] },
  };

  it('give a Kazakh page the Russian and English place names, spelling variants and Kazakh synonyms', () => {
    const words = offerKeywords({ lang: 'kk', place, district, kind: 'land-plot', segments: ['beach'] });
    expect(words).toEqual(
      expect.arrayContaining([
        'Чубар-Тюбек',
        'Shubartubek',
        'Шұбартөбек',
        'г. Балхаш и подчинённая территория',
        'Балкаш',
        'жағажай',
        'жер учаскесі',
      ]),
    );
    expect(words).not.toContain('Шұбартүбек');
    expect(new Set(words).size).toBe(words.length);
  });

  it("take place spellings from content: the aliases of the fixture's places.yaml", () => {
    const { tree } = check(RICH_FIXTURE);
    const karkaraly = tree.places.find((p) => p.value.id === 'karkaraly')!.value;
    expect(karkaraly.aliases).toEqual({ ru: ['Каркаралы'], en: ['Karkaralinsk', 'Qarqaraly'] });
    const words = districtKeywords('ru', {
      id: 'karkaraly',
      name: { en: 'Karkaraly district', ru: 'Каркаралинский район', kk: 'Қарқаралы ауданы' },
      aliases: karkaraly.aliases,
    });
    expect(words).toEqual(['Karkaraly district', 'Қарқаралы ауданы', 'Каркаралы', 'Karkaralinsk', 'Qarqaraly']);
  });

  it('give a place without aliases no extra words', () => {
    expect(districtKeywords('en', { ...district, aliases: {} })).toEqual([
      'г. Балхаш и подчинённая территория',
      'Балқаш қаласы және оған қарасты аумақ',
    ]);
  });

  it('give an area page its name in the other languages', () => {
    expect(districtKeywords('en', district)).toEqual([
      'г. Балхаш и подчинённая территория',
      'Балқаш қаласы және оған қарасты аумақ',
      'Балкаш',
      'Balqash',
    ]);
  });
});

describe('place aliases in content', () => {
  const base = { id: 'balkhash', type: 'city', name: { en: 'Balkhash', ru: 'Балхаш', kk: 'Балқаш' }, lat: 46.8, lon: 75 };
  const messages = (aliases: unknown) => {
    const result = placeSchema.safeParse({ ...base, aliases });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('default to none, so a place needs no aliases', () => {
    expect(placeSchema.parse(base).aliases).toEqual({});
  });

  it('say plainly what is wrong: an unknown language, a bare word, an empty alias', () => {
    expect(messages({ de: ['Balchasch'] })).toEqual(['aliases are grouped by language: only `en` (Latin), `ru` and `kk` may be used']);
    expect(messages({ ru: 'Балкаш' })).toEqual(['the Russian aliases must be a list, e.g. [Балкаш, Балхаш-город]']);
    expect(messages({ en: [' '] })).toEqual(['an alias is empty or one letter: write the whole spelling, or delete it']);
  });
});

describe('the compact offer file', () => {
  it('packs offers into columns and unpacks them unchanged', () => {
    const catalog = { options: OPTIONS, offers: OFFERS };
    const file = packCatalog(catalog);
    expect(file.kind).toEqual([0, 1, 2, 0]);
    expect(file.util[2]).toBe(0b111111);
    expect(unpackCatalog(JSON.parse(JSON.stringify(file)))).toEqual(catalog);
  });
});
