// The one mapping from content entries to the catalog input, on entries written here: texts found by
// `<id>/<lang>`, a missing language left out (not set to undefined), and every list passed through.
import { describe, expect, it } from 'vitest';
import { type ContentEntries, entriesFromTree, toCatalogInput } from '../../src/lib/content/catalogInput.ts';
import type { ContentTree } from '../../src/lib/validation/loadContent.ts';

// Only the shape matters here, so the data are stand-ins, cast once.
const entries = {
  offers: [{ id: 'plot', data: { kind: 'land-plot' } }],
  offerTexts: [
    { id: 'plot/en', data: { title: 'Plot' } },
    { id: 'plot/ru', data: { title: 'Участок' } },
  ],
  districts: [{ id: 'karkaraly', data: { centre: 'karkaraly' } }],
  districtTexts: [{ id: 'karkaraly/kk', data: { summary: 'Қарқаралы' } }],
  places: [{ id: 'karkaraly', data: { id: 'karkaraly', type: 'town' } }],
  contacts: [{ id: 'officer', data: { id: 'officer' } }],
  incentives: [{ id: 'tax', data: { id: 'tax' } }],
  mci: [{ id: 'mci-2026', data: { id: 'mci-2026', year: 2026 } }],
  grantors: [{ id: 'ppp', data: { id: 'ppp' } }],
  exchangeRates: [{ id: 'usd', data: { id: 'usd', kztPerUnit: 500 } }],
} as unknown as ContentEntries;

describe('content entries as catalog input', () => {
  it('attaches each entry its texts by language and passes every list and the day through', () => {
    expect(toCatalogInput(entries, '2026-11-29')).toStrictEqual({
      offers: [{ id: 'plot', facts: { kind: 'land-plot' }, texts: { en: { title: 'Plot' }, ru: { title: 'Участок' } } }],
      districts: [{ id: 'karkaraly', facts: { centre: 'karkaraly' }, texts: { kk: { summary: 'Қарқаралы' } } }],
      places: [{ id: 'karkaraly', type: 'town' }],
      contacts: [{ id: 'officer' }],
      incentives: [{ id: 'tax' }],
      mci: [{ id: 'mci-2026', year: 2026 }],
      grantors: [{ id: 'ppp' }],
      exchangeRates: [{ id: 'usd', kztPerUnit: 500 }],
      today: '2026-11-29',
    });
  });

  it('gives the checker tree the same ids Astro gives its entries', () => {
    const tree = {
      offers: [{ id: 'plot', facts: { kind: 'land-plot' }, texts: { en: { data: { title: 'Plot' } }, kk: { data: { title: 'Учаске' } } } }],
      districts: [{ id: 'karkaraly', facts: { centre: 'karkaraly' }, texts: {} }],
      places: [{ value: { id: 'karkaraly', type: 'town' } }],
      contacts: [{ value: { id: 'officer' } }],
      incentives: [],
      mci: [],
      grantors: [{ value: { id: 'ppp' } }],
      exchangeRates: [{ value: { id: 'eur', kztPerUnit: 550 } }],
    } as unknown as ContentTree;
    expect(entriesFromTree(tree)).toStrictEqual({
      offers: [{ id: 'plot', data: { kind: 'land-plot' } }],
      offerTexts: [
        { id: 'plot/en', data: { title: 'Plot' } },
        { id: 'plot/kk', data: { title: 'Учаске' } },
      ],
      districts: [{ id: 'karkaraly', data: { centre: 'karkaraly' } }],
      districtTexts: [],
      places: [{ id: 'karkaraly', data: { id: 'karkaraly', type: 'town' } }],
      contacts: [{ id: 'officer', data: { id: 'officer' } }],
      incentives: [],
      mci: [],
      grantors: [{ id: 'ppp', data: { id: 'ppp' } }],
      exchangeRates: [{ id: 'eur', data: { id: 'eur', kztPerUnit: 550 } }],
    });
  });
});
