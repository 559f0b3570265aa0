// A compact offer for the filter and sort tests, with only what a test sets differing from a plain
// available land plot near Balkhash.
import type { CompactOffer } from '../../src/lib/search/types.ts';

export const offer = (id: string, over: Partial<CompactOffer>): CompactOffer => ({
  id,
  kind: 'land-plot',
  district: 'balkhash',
  status: 'available',
  segment: ['beach'],
  right: 'lease',
  foreign: true,
  util: [],
  area: 1,
  price: null,
  rent: null,
  inv: null,
  published: '2026-01-01',
  lat: 47,
  lon: 75,
  ...over,
});
