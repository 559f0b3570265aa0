import { beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { switchLanguage } from '../../src/lib/catalog/paths.ts';
import { pickLanguage } from '../../src/lib/pickLanguage.ts';
import { GOOD_FIXTURE, TODAY, check } from './helpers.ts';

function fixtureCatalog() {
  const { tree } = check(GOOD_FIXTURE);
  return buildCatalog(catalogInputFromTree(tree, TODAY));
}

describe('the catalog view model', () => {
  // Built before each test, not once for the file: Stryker credits a test only with code run inside it (see
  // scripts/mutation/README.md), so the catalog's own mutants would otherwise look untested by these assertions.
  let catalog: ReturnType<typeof fixtureCatalog>;
  beforeEach(() => {
    catalog = fixtureCatalog();
  });

  it('computes headline figures from the content', () => {
    expect(catalog.stats).toEqual({
      offerCount: 2,
      byKind: { 'land-plot': 1, infrastructure: 1, 'large-project': 0 },
      byDistrict: { balkhash: 1, karkaraly: 1 },
      openLandHa: 6.7,
    });
  });

  it('measures distances to the district centre, the airports and Karaganda, nearest first, and keeps road km from content', () => {
    const plot = catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
    const ids = plot.distances.map((d) => d.placeId);
    expect(ids).toEqual(expect.arrayContaining(['shaitankol', 'karkaraly', 'karaganda-airport', 'karaganda', 'balkhash-airport']));
    expect(ids).not.toContain('balkhash');
    const kms = plot.distances.map((d) => d.straightKm);
    expect([...kms].sort((a, b) => a - b)).toEqual(kms);
    expect(plot.distances.find((d) => d.placeId === 'karkaraly')).toMatchObject({ roadKm: 8 });
    expect(plot.distances.find((d) => d.placeId === 'karkaraly')!.straightKm).toBeCloseTo(4.5, 0);
  });

  it('flags an offer whose audit is more than 12 months old', () => {
    expect(catalog.offers.find((o) => o.id === 'balkhash-test-base')!.stale).toBe(true);
    expect(catalog.offers.find((o) => o.id === 'shaitankol-glamping')!.stale).toBe(false);
  });

  it('shows "on request" rather than an empty price, in each language', () => {
    const base = catalog.offers.find((o) => o.id === 'balkhash-test-base')!;
    expect(toOfferView(base, 'en', catalog).priceLabel).toBe('On request');
    expect(toOfferView(base, 'kk', catalog).priceLabel).toBe('Сұрау бойынша');
  });

  it('falls back to the English text when a translation is missing, and says so', () => {
    const plot = catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
    const withoutKk = { ...plot, texts: { en: plot.texts.en!, ru: plot.texts.ru! } };
    const view = toOfferView(withoutKk, 'kk', catalog);
    expect(view.textLang).toBe('en');
    expect(view.title).toBe('Glamping plot near Lake Shaitankol');
    expect(view.kindLabel).toBe('Бос жер учаскесі');
  });
});

describe('language helpers', () => {
  it('keeps the page when switching language', () => {
    expect(switchLanguage('/en/offers/x/', 'kk')).toBe('/kk/offers/x/');
    expect(switchLanguage('/ru/', 'en')).toBe('/en/');
  });

  it("picks the browser's first supported language, else English", () => {
    expect(pickLanguage(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(pickLanguage(['ru-RU'])).toBe('ru');
    expect(pickLanguage(['fr'])).toBe('en');
  });
});
