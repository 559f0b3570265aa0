// The catalog filter's edges that search.test.ts does not reach: "remove this condition" suggestions for each
// kind of condition (text, foreign companies, a utility, a range, a map area), every edge of a map area, and
// rents sorted both ways. Expected ids are worked out by hand from the offers below.
import { describe, expect, it } from 'vitest';
import { offer } from './searchOffers.ts';
import { activeConstraints, facetCounts, filterOffers, relaxSuggestions, sortOffers, without } from '../../src/lib/search/filter.ts';
import type { CompactOffer } from '../../src/lib/search/types.ts';
import { parseState, serializeState } from '../../src/lib/search/urlState.ts';

/** Two land plots (one in each district), an infrastructure object open only to Kazakh companies, a large project with gas. */
const OFFERS: CompactOffer[] = [
  offer('plot-balkhash', { area: 10 }),
  offer('plot-karkaraly', { district: 'karkaraly', area: 4 }),
  offer('hotel', { kind: 'infrastructure', district: 'karkaraly', status: 'reserved', foreign: false, util: ['power'] }),
  offer('resort', { kind: 'large-project', area: 160, util: ['power', 'gas'] }),
];
const suggested = (query: string, textIds: ReadonlySet<string> | null = null) =>
  relaxSuggestions(OFFERS, parseState(query), textIds).map((s) => [s.constraint, s.count]);

describe('what to remove when nothing matches', () => {
  it('offers to drop the text search', () => {
    // The text matched only the hotel, which is not a land plot.
    expect(suggested('q=spa&kind=land-plot', new Set(['hotel']))).toEqual([
      [{ type: 'q' }, 2],
      [{ type: 'facet', facet: 'kind' }, 1],
    ]);
  });

  it('offers to drop "foreign companies eligible"', () => {
    expect(suggested('status=reserved&foreign=1')).toEqual([
      [{ type: 'facet', facet: 'status' }, 3],
      [{ type: 'foreign' }, 1],
    ]);
  });

  it('offers to drop one required utility', () => {
    expect(suggested('util=gas&district=karkaraly')).toEqual([
      [{ type: 'util', util: 'gas' }, 2],
      [{ type: 'facet', facet: 'district' }, 1],
    ]);
  });

  it('offers to drop a range', () => {
    expect(suggested('area_min=100&district=karkaraly')).toEqual([
      [{ type: 'range', range: 'area' }, 2],
      [{ type: 'facet', facet: 'district' }, 1],
    ]);
  });

  it('offers to drop the map area, and not a condition whose removal still finds nothing', () => {
    expect(suggested('box=10,10,11,11&kind=land-plot')).toEqual([[{ type: 'box' }, 2]]);
  });
});

describe('a map area keeps what lies on its edges and nothing past them', () => {
  // The area from 75° to 76° east and 47° to 48° north.
  const placed = [
    offer('on-south-edge', { lon: 75.5, lat: 47 }),
    offer('on-north-edge', { lon: 75.5, lat: 48 }),
    offer('on-west-edge', { lon: 75, lat: 47.5 }),
    offer('on-east-edge', { lon: 76, lat: 47.5 }),
    offer('south-of-it', { lon: 75.5, lat: 46.99 }),
    offer('north-of-it', { lon: 75.5, lat: 48.01 }),
    offer('west-of-it', { lon: 74.99, lat: 47.5 }),
    offer('east-of-it', { lon: 76.01, lat: 47.5 }),
  ];

  it('on each of its four sides', () => {
    expect(filterOffers(placed, parseState('box=75,47,76,48'), null).map((o) => o.id)).toEqual([
      'on-south-edge',
      'on-north-edge',
      'on-west-edge',
      'on-east-edge',
    ]);
  });
});

describe('sorting by yearly rent', () => {
  const rents = [
    offer('cheap', { rent: 500_000 }),
    offer('dear', { rent: 2_000_000 }),
    offer('middle', { rent: 1_000_000 }),
    offer('sold', { price: 100 }),
  ];

  it('goes up and down, with offers that have no rent last both ways', () => {
    expect(sortOffers(rents, 'rent-asc').map((o) => o.id)).toEqual(['cheap', 'middle', 'dear', 'sold']);
    expect(sortOffers(rents, 'rent-desc').map((o) => o.id)).toEqual(['dear', 'middle', 'cheap', 'sold']);
  });
});

describe('the form’s own bookkeeping', () => {
  const OPTIONS = {
    kind: ['land-plot', 'infrastructure', 'large-project'],
    district: ['balkhash', 'karkaraly'],
    status: ['available', 'reserved'],
    segment: ['beach'],
    right: ['lease'],
  };

  it('counts how many results ticking "foreign companies eligible" would leave', () => {
    expect(facetCounts(OFFERS, parseState(''), null, OPTIONS).foreign).toBe(3);
    expect(facetCounts(OFFERS, parseState('district=karkaraly'), null, OPTIONS).foreign).toBe(1);
  });

  it('lists "foreign companies eligible" and a range given only its upper end as conditions', () => {
    expect(activeConstraints(parseState('foreign=1&price_max=5'))).toEqual([{ type: 'foreign' }, { type: 'range', range: 'price' }]);
  });

  it('takes away a chosen option group or the foreign tick, and leaves the rest', () => {
    const state = parseState('kind=land-plot&kind=infrastructure&district=karkaraly&foreign=1');
    expect(serializeState(without(state, { type: 'facet', facet: 'kind' }))).toBe('?district=karkaraly&foreign=1');
    expect(serializeState(without(state, { type: 'foreign' }))).toBe('?kind=land-plot&kind=infrastructure&district=karkaraly');
    expect(serializeState(without(parseState('box=75,47,76,48&q=x'), { type: 'q' }))).toBe('?box=75,47,76,48');
    expect(serializeState(without(parseState('box=75,47,76,48&area_min=3'), { type: 'range', range: 'area' }))).toBe('?box=75,47,76,48');
  });
});
