// While `illustrativeData` is on, every output says the offers are demonstration data; when it is off, none
// does. Each output is built both ways from the same fixture catalog.
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { offersCsv } from '../../src/lib/data/offersCsv.ts';
import { toFeatureCollection, toOffersDocument } from '../../src/lib/data/toOpenData.ts';
import { describeHonestly } from '../../src/lib/illustrative.ts';
import { readCsv } from '../../src/lib/register/csv.ts';
import { LANGS } from '../../src/schemas/index.ts';
import { fixtureCatalog } from './helpers.ts';

const catalog = fixtureCatalog();
const site = new URL('https://catalog.example/');
const at = '2026-11-29T10:00:00.000Z';

describe.each([true, false])('with illustrativeData %s', (illustrative) => {
  it('offers.json carries the flag', () => {
    expect(toOffersDocument(catalog, site, at, illustrative).illustrative).toBe(illustrative);
  });

  it('offers.geojson carries it at the top and on every feature', () => {
    const collection = toFeatureCollection(toOffersDocument(catalog, site, at, illustrative));
    expect(collection.illustrative).toBe(illustrative);
    expect(collection.features.length).toBeGreaterThan(2);
    for (const feature of collection.features) expect(feature.properties.illustrative, feature.id).toBe(illustrative);
  });

  it('offers.csv has an `illustrative` column, filled on every row', () => {
    const table = readCsv(offersCsv(catalog.offers, illustrative));
    const column = table.header.indexOf('illustrative');
    expect(column).toBe(table.header.length - 1);
    expect(table.rows.map((r) => r.cells[column])).toEqual(catalog.offers.map(() => String(illustrative)));
  });

  it('the meta description and the RSS channel description say so in every language', () => {
    const said = {
      en: 'Illustrative demonstration data',
      ru: 'Демонстрационные (условные) данные',
      kk: 'Демонстрациялық (шартты) деректер',
    };
    for (const lang of LANGS) {
      const text = describeHonestly(lang, 'Land plots.', illustrative);
      expect(text.startsWith(said[lang]), `${lang}: ${text}`).toBe(illustrative);
      expect(text.endsWith('Land plots.')).toBe(true);
    }
  });
});

describe('the home copy', () => {
  it('claims offers come from the audit only in the text for real data, and calls them fictitious in the other', () => {
    expect(uiStrings.en['home.lead']).toContain('comes from the audit');
    expect(uiStrings.en['home.lead.illustrative']).not.toContain('comes from');
    expect(uiStrings.en['home.lead.illustrative']).toContain('fictitious demonstration data');
    expect(uiStrings.ru['home.lead.illustrative']).toContain('вымышленные демонстрационные данные');
    expect(uiStrings.kk['home.lead.illustrative']).toContain('ойдан шығарылған демонстрациялық деректер');
  });

  it('no longer calls the catalog "audited" in the tagline every page and feed shows', () => {
    expect(uiStrings.en['site.tagline']).not.toMatch(/audited/i);
    expect(uiStrings.ru['site.tagline']).not.toMatch(/проверенн/i);
    expect(uiStrings.kk['site.tagline']).not.toMatch(/тексерілген/i);
  });
});
