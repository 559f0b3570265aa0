// The shortlist's pure parts: what it reads back from storage, the compare link, the compare records
// (values as the offer page shows them), the differences, the CSV, and what the offline worker may keep.
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import {
  compareChoice,
  compareHref,
  OFFER_ID_PATTERN,
  offlineUrls,
  parseCompareIds,
  parseShortlist,
  SHORTLIST_MAX,
  withSaved,
  withTicked,
} from '../../src/lib/shortlist/shortlist.ts';
import { COMPARE_GROUPS, compareHubs, toCompareRecord } from '../../src/lib/shortlist/compareRecord.ts';
import { rowDiffers, type CompareRecord } from '../../src/lib/shortlist/compareRows.ts';
import { shortlistCsv } from '../../src/lib/shortlist/shortlistCsv.ts';
import { offersCsv, offersCsvHeaderLine, offersCsvLine } from '../../src/lib/data/offersCsv.ts';
import { isKeepableFile, isKeepablePage, moduleImports, pageFiles } from '../../src/lib/shortlist/offlinePlan.ts';
import { fixtureCatalog, RICH_FIXTURE } from './helpers.ts';

const catalog = fixtureCatalog(RICH_FIXTURE);

describe('stored shortlist', () => {
  it('reads back saved ids in order and ignores anything that is not an offer id', () => {
    expect(parseShortlist('["b-1","a"]')).toEqual(['b-1', 'a']);
    expect(parseShortlist('["a","a","<script>","../x","",3,null,"b"]')).toEqual(['a', 'b']);
    expect(parseShortlist(null)).toEqual([]);
    expect(parseShortlist('not json')).toEqual([]);
    expect(parseShortlist('{"a":1}')).toEqual([]);
  });

  it(`keeps at most ${SHORTLIST_MAX} ids`, () => {
    const many = Array.from({ length: SHORTLIST_MAX + 1 }, (_, i) => `o${i}`);
    expect(parseShortlist(JSON.stringify(many))).toHaveLength(100);
    expect(withSaved(many.slice(0, 100), 'late', true)).toHaveLength(100);
  });

  it('saves at the end, once, and unsaves', () => {
    expect(withSaved(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(withSaved(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(withSaved(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withSaved(['a'], 'Not An Id', true)).toEqual(['a']);
  });

  it('checks ids with the same pattern as the schemas', () => {
    expect(OFFER_ID_PATTERN.source).toBe(ID_PATTERN.source);
  });
});

describe('compare link', () => {
  it('takes up to four valid ids and counts the rest', () => {
    expect(parseCompareIds('a,b,c')).toEqual({ ids: ['a', 'b', 'c'], leftOut: 0 });
    expect(parseCompareIds('a, b ,,a,BAD,c,d,e,f')).toEqual({ ids: ['a', 'b', 'c', 'd'], leftOut: 2 });
    expect(parseCompareIds(null)).toEqual({ ids: [], leftOut: 0 });
  });

  it('links the first four saved offers', () => {
    expect(compareHref('kk', ['a', 'b'])).toBe('/kk/compare/?ids=a,b');
    expect(compareHref('en', ['a', 'b', 'c', 'd', 'e'])).toBe('/en/compare/?ids=a,b,c,d');
  });
});

describe('choosing which saved offers to compare', () => {
  const saved = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('takes the first four until the visitor chooses', () => {
    expect(compareChoice(saved, undefined)).toEqual(['a', 'b', 'c', 'd']);
    expect(compareChoice(['a', 'b'], undefined)).toEqual(['a', 'b']);
  });

  it('then takes the ticked ones in the shortlist order, dropping any no longer saved', () => {
    expect(compareChoice(saved, new Set(['f', 'b', 'e']))).toEqual(['b', 'e', 'f']);
    expect(compareChoice(['b', 'f'], new Set(['f', 'b', 'e']))).toEqual(['b', 'f']);
    expect(compareChoice(saved, new Set())).toEqual([]);
  });

  it('swaps one offer for another, and never ticks a fifth', () => {
    const four = compareChoice(saved, undefined);
    const three = withTicked(four, 'a', false);
    expect([...three]).toEqual(['b', 'c', 'd']);
    const swapped = withTicked([...three], 'f', true);
    expect(compareChoice(saved, swapped)).toEqual(['b', 'c', 'd', 'f']);
    expect(compareChoice(saved, withTicked(compareChoice(saved, swapped), 'e', true))).toEqual(['b', 'c', 'd', 'f']);
  });
});

describe('compare record', () => {
  it('formats values as the offer page does, in each language', () => {
    const en = toCompareRecord(catalog, 'balkhash-city-shore-plot', 'en');
    expect(en.url).toBe('/en/offers/balkhash-city-shore-plot/');
    expect(en.cells.area).toEqual({ value: '1.2 ha' });
    // Fixture rates: 500 tenge a dollar, 550 a euro (20 November 2026). 31,000,000 / 500 = 62,000; / 550 = 56,364, shown to three figures.
    expect(en.cells.price).toEqual({
      value: '₸31,000,000',
      note: 'Start price, paid once · ≈ $62,000 · €56,400 (NBK rate of 20 November 2026; rate not verified)',
    });
    expect(en.cells['bid-date']?.value).toBe('24 September 2026');
    const ru = toCompareRecord(catalog, 'balkhash-city-shore-plot', 'ru');
    expect(ru.cells.area).toEqual({ value: '1,2 га' });
    expect(ru.cells.price?.value).toBe('31\u00a0000\u00a0000\u00a0₸');
  });

  it('gives a yearly price with its period and an on-request price without a basis', () => {
    expect(toCompareRecord(catalog, 'karkaraly-kent-camping', 'en').cells.price).toEqual({
      value: '₸420,000 a year',
      // 420,000 / 500 = 840; / 550 = 763.6 → 764.
      note: 'Annual lease · ≈ $840 · €764 a year (NBK rate of 20 November 2026; rate not verified)',
    });
    expect(toCompareRecord(catalog, 'balkhash-city-beach', 'en').cells.price).toEqual({ value: 'On request' });
  });

  it('has a cell for every row and every hub, and marks unknown figures', () => {
    const record = toCompareRecord(catalog, 'balkhash-shore-resort-zone', 'en');
    const keys = [...COMPARE_GROUPS.flatMap((g) => g.rows.map((r) => r.key)), ...compareHubs(catalog, 'en').map((h) => h.key)];
    expect(keys).toHaveLength(new Set(keys).size);
    for (const key of keys) expect(record.cells[key], key).toBeDefined();
    expect(compareHubs(catalog, 'en')).toHaveLength(5);
    expect(record.cells['cost-deposit']).toMatchObject({ value: 'Unknown', unknown: true });
  });

  it('carries the offer’s own line of /data/offers.csv', () => {
    const record = toCompareRecord(catalog, 'karkaraly-town-guest-house', 'kk');
    const model = catalog.offers.find((o) => o.id === 'karkaraly-town-guest-house')!;
    expect(record.csv).toBe(offersCsvLine(model, true));
    expect(record.csv?.startsWith('karkaraly-town-guest-house,')).toBe(true);
  });
});

describe('differences', () => {
  const rec = (cells: CompareRecord['cells']): CompareRecord => ({ id: 'x', url: '/', title: 'x', cells });
  it('marks a row whose values or notes differ, never a single offer', () => {
    expect(rowDiffers([rec({ a: { value: '1 ha' } }), rec({ a: { value: '1 ha' } })], 'a')).toBe(false);
    expect(rowDiffers([rec({ a: { value: '1 ha' } }), rec({ a: { value: '2 ha' } })], 'a')).toBe(true);
    expect(rowDiffers([rec({ a: { value: '₸1', note: 'Start price' } }), rec({ a: { value: '₸1', note: 'Sale price' } })], 'a')).toBe(true);
    expect(rowDiffers([rec({ a: { value: '1 ha' } }), rec({})], 'a')).toBe(true);
    expect(rowDiffers([rec({ a: { value: '1 ha' } })], 'a')).toBe(false);
  });
});

describe('shortlist CSV', () => {
  it('is /data/offers.csv when every offer is on the shortlist', () => {
    const records = catalog.offers.toSorted((a, b) => a.id.localeCompare(b.id)).map((o) => toCompareRecord(catalog, o.id, 'en'));
    expect(shortlistCsv(offersCsvHeaderLine(), records)).toBe(offersCsv(catalog.offers, true));
  });

  it('starts with a byte-order mark and the header, and ends every line with CRLF', () => {
    expect(shortlistCsv('id,title', [{ csv: 'a,"x, y"' }, {}, { csv: 'b,z' }])).toBe('\uFEFFid,title\r\na,"x, y"\r\nb,z\r\n');
  });
});

describe('what the offline worker keeps', () => {
  it('keeps the shortlist, compare, offer pages and records, nothing else', () => {
    expect(offlineUrls('ru', ['a-1'])).toEqual(['/ru/shortlist/', '/ru/compare/', '/ru/offers/a-1/', '/ru/shortlist/a-1.json']);
    for (const path of offlineUrls('kk', ['a-1', 'b'])) expect(isKeepablePage(path), path).toBe(true);
    for (const path of [
      '/en/',
      '/en/offers/',
      '/en/invest/',
      '/data/offers.csv',
      '/fr/offers/a/',
      '/en/offers/a/b/',
      '/en/shortlist/../x.json',
    ])
      expect(isKeepablePage(path), path).toBe(false);
  });

  it('finds the files a page loads and the modules a script imports', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.B1.css"><script type="module" src="/_astro/page.C2.js"></script>' +
      '<img src="/maps/offers/x.svg" alt=""><a href="/en/offers/">x</a><a href="https://example.org/x.js">y</a>';
    expect(pageFiles(html)).toEqual(['/_astro/a.B1.css', '/_astro/page.C2.js', '/maps/offers/x.svg']);
    const js = 'import{a as b}from"./store.D3.js";import"./side.E4.js";const m=()=>import("./leaflet.F5.js");';
    expect(moduleImports(js, '/_astro/page.C2.js')).toEqual(['/_astro/store.D3.js', '/_astro/side.E4.js']);
    expect(isKeepableFile('/_astro/../x.js')).toBe(false);
  });
});
