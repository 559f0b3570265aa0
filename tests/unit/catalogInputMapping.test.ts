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

  describe('sizes of the PDF files an offer lists', () => {
    const withDocuments = (documents: object[]) =>
      ({ ...entries, offers: [{ id: 'plot', data: { kind: 'land-plot', documents } }] }) as unknown as ContentEntries;
    const sizes: Record<string, number> = { 'plan.pdf': 2048, 'lease.pdf': 512 };
    const asked: string[] = [];
    const bytesOf = (id: string, file: string) => {
      asked.push(`${id}/${file}`);
      return sizes[file];
    };

    it('asks the size of each listed file of that offer, and leaves out a file it cannot size', () => {
      asked.length = 0;
      const input = toCatalogInput(
        withDocuments([{ file: 'plan.pdf' }, { url: 'https://example.org/act' }, { file: 'lost.pdf' }, { file: 'lease.pdf' }]),
        '2026-11-29',
        bytesOf,
      );
      expect(input.offers[0]?.documentBytes).toStrictEqual({ 'plan.pdf': 2048, 'lease.pdf': 512 });
      expect(asked).toStrictEqual(['plot/plan.pdf', 'plot/lost.pdf', 'plot/lease.pdf']);
    });

    it('adds no sizes at all to an offer whose documents are all web addresses', () => {
      asked.length = 0;
      const input = toCatalogInput(withDocuments([{ url: 'https://example.org/act' }]), '2026-11-29', bytesOf);
      expect(Object.keys(input.offers[0] ?? {})).toStrictEqual(['id', 'facts', 'texts']);
      expect(asked).toStrictEqual([]);
    });

    it('adds no sizes when the caller has no way to read them', () => {
      const input = toCatalogInput(withDocuments([{ file: 'plan.pdf' }]), '2026-11-29');
      expect(Object.keys(input.offers[0] ?? {})).toStrictEqual(['id', 'facts', 'texts']);
    });
  });
});
