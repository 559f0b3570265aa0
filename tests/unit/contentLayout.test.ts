import { describe, expect, it } from 'vitest';
import {
  CONTENT_LAYOUT,
  FOLDER_COLLECTIONS,
  LIST_COLLECTIONS,
  entryIdOf,
  factsGlob,
  textIdOf,
  textsGlob,
} from '../../src/lib/content/layout.ts';
import { catalogInputFromTree, toCatalogInput, type ContentEntries } from '../../src/lib/content/catalogInput.ts';
import { GOOD_FIXTURE, TODAY, check, fixtureWith, writeIn } from './helpers.ts';

describe('the one content layout', () => {
  it('names the folder and list collections Astro and the checker both use', () => {
    expect(FOLDER_COLLECTIONS).toEqual(['offers', 'districts']);
    expect(LIST_COLLECTIONS).toEqual(['places', 'contacts', 'incentives', 'mci', 'grantors', 'exchangeRates']);
    expect([CONTENT_LAYOUT.offers.textsCollection, CONTENT_LAYOUT.districts.textsCollection]).toEqual(['offerTexts', 'districtTexts']);
  });

  it('gives the globs and ids Astro loads entries with', () => {
    expect(factsGlob(CONTENT_LAYOUT.offers)).toBe('*/facts.yaml');
    expect(factsGlob(CONTENT_LAYOUT.districts)).toBe('*/district.yaml');
    expect(textsGlob()).toBe('*/{en,ru,kk}.mdx');
    expect(entryIdOf('shaitankol-glamping/facts.yaml')).toBe('shaitankol-glamping');
    expect(textIdOf('shaitankol-glamping/kk.mdx')).toBe('shaitankol-glamping/kk');
  });

  it("is what the checker allows at the top of content/: a stray file is told the layout's files", () => {
    const dir = fixtureWith((d) => writeIn(d, 'notes.txt', 'hello'));
    const stray = check(dir).errors.find((e) => e.file.endsWith('notes.txt'))!;
    expect(stray.message).toBe(
      '`notes.txt` does not belong at the top of content/: only places.yaml, contacts.yaml, incentives.yaml, mci.yaml, grantors.yaml, exchange-rates.yaml, README.md and the folders offers/, districts/, docs/ may be here',
    );
  });
});

describe('the one mapping from content entries to the catalog input', () => {
  const facts = (id: string) => ({ id }) as never;
  const entries: ContentEntries = {
    offers: [
      { id: 'a', data: facts('a') },
      { id: 'ab', data: facts('ab') },
    ],
    offerTexts: [
      { id: 'a/en', data: { title: 'A', summary: 'a' } },
      { id: 'ab/ru', data: { title: 'АБ', summary: 'аб' } },
      { id: 'a/kk', data: { title: 'Ә', summary: 'ә' } },
    ],
    districts: [{ id: 'd', data: facts('d') }],
    districtTexts: [{ id: 'd/en', data: { summary: 'D' } }],
    places: [{ id: 'p', data: facts('p') }],
    contacts: [],
    incentives: [],
    mci: [],
    grantors: [],
    exchangeRates: [],
  };

  it("gives each entry exactly its own texts by language, never a neighbour's whose id starts the same", () => {
    const input = toCatalogInput(entries, '2026-11-29');
    expect(input.offers.map((o) => [o.id, o.texts])).toEqual([
      ['a', { en: { title: 'A', summary: 'a' }, kk: { title: 'Ә', summary: 'ә' } }],
      ['ab', { ru: { title: 'АБ', summary: 'аб' } }],
    ]);
    expect(input.districts[0]!.texts).toEqual({ en: { summary: 'D' } });
    expect(input.places).toEqual([{ id: 'p' }]);
    expect(input.today).toBe('2026-11-29');
  });

  it("reads the checker's tree the same way: the good fixture's two offers with their three texts", () => {
    const input = catalogInputFromTree(check(GOOD_FIXTURE).tree, TODAY);
    expect(input.offers.map((o) => o.id).sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
    for (const offer of input.offers) expect(Object.keys(offer.texts).sort()).toEqual(['en', 'kk', 'ru']);
    expect(input.districts.map((d) => d.id).sort()).toEqual(['balkhash', 'karkaraly']);
  });
});
