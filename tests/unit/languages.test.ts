// Everything that has one field or column per language derives it from LANGS (src/schemas/langs.ts).
// The expected wording is written out here for the three languages the catalog has; the inputs are
// built from LANGS, so a fourth language needs only its own expectations, never a change here.
import { describe, expect, it } from 'vitest';
import { offerFeaturePropertiesSchema, perLangColumns } from '../../src/lib/data/openDataSchema.ts';
import { REGISTER_COLUMNS } from '../../src/lib/register/columns.ts';
import { localizedText } from '../../src/schemas/common.ts';
import { byLang, LANGS } from '../../src/schemas/langs.ts';

const filled = (text: string) => Object.fromEntries(LANGS.map((lang) => [lang, text]));

describe('one value per language', () => {
  it('gives each language its own value, in the order of LANGS', () => {
    const values = byLang((lang) => `${lang}!`);
    expect(Object.keys(values)).toEqual([...LANGS]);
    expect([values.en, values.ru, values.kk]).toEqual(['en!', 'ru!', 'kk!']);
  });
});

describe('a text written in every language', () => {
  const schema = localizedText(5);
  const messages = (input: unknown) => schema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('accepts a text in every language and trims it', () => {
    expect(schema.parse(filled(' abc '))).toEqual(filled('abc'));
  });

  it('names the language whose text is empty, missing or too long', () => {
    expect(messages({ ...filled('abc'), kk: ' ' })).toEqual([['kk', 'the Kazakh text is empty']]);
    expect(messages({ ...filled('abc'), ru: 'абвгдеж' })).toEqual([
      ['ru', 'the Russian text is longer than 5 characters (it has 7): shorten it'],
    ]);
    const { en: _en, ...withoutEnglish } = filled('abc');
    expect(messages(withoutEnglish).map(([path]) => path)).toEqual(['en']);
  });

  it('refuses a language the catalog does not have', () => {
    expect(messages({ ...filled('abc'), xx: 'abc' })[0]?.[0]).toBe('');
  });

  it('describes each language for the field reference', () => {
    expect(schema.shape.en.description).toBe('English wording.');
    expect(schema.shape.ru.description).toBe('Russian wording, following GLOSSARY.md.');
    expect(schema.shape.kk.description).toBe('Kazakh wording in Cyrillic, following GLOSSARY.md.');
  });
});

describe('the open data per language', () => {
  it('makes one flat column per language for GIS tools', () => {
    expect(perLangColumns('url', (lang) => `/${lang}/`)).toMatchObject({ url_en: '/en/', url_ru: '/ru/', url_kk: '/kk/' });
  });

  it('has a title and an address column in the GeoJSON properties for every language', () => {
    const keys = Object.keys(offerFeaturePropertiesSchema.shape);
    for (const lang of LANGS) expect(keys).toEqual(expect.arrayContaining([`title_${lang}`, `url_${lang}`]));
    const at = keys.indexOf('segments') + 1;
    expect(keys.slice(at, at + LANGS.length + 1)).toEqual([...LANGS.map((lang) => `title_${lang}`), 'url_en']);
  });
});

describe('the register columns per language', () => {
  const column = (name: string) => REGISTER_COLUMNS.find((c) => c.name === name);

  it('has a text column for each language of a translated fact, its note naming the language', () => {
    expect(column('targetPurpose.kk')).toEqual({
      name: 'targetPurpose.kk',
      path: ['targetPurpose', 'kk'],
      type: 'text',
      note: 'target purpose from the title document (Kazakh)',
    });
    expect(column('object.owner.ru')?.note).toBe('infrastructure: current owner (Russian)');
    expect(column('title.en')).toMatchObject({ note: 'title, used only to create a missing language file (English)', prose: true });
    for (const lang of LANGS) expect(column(`audit.auditor.${lang}`)?.type).toBe('text');
  });

  it('keeps the columns of one fact together, in the order of LANGS', () => {
    const names = REGISTER_COLUMNS.map((c) => c.name);
    const at = names.indexOf('title.en');
    expect(names.slice(at - 2, at + LANGS.length + 1)).toEqual(['kind', 'status', ...LANGS.map((lang) => `title.${lang}`), 'district']);
  });

  it('shows every language in the example of a JSON column', () => {
    const note = column('photos')?.note ?? '';
    expect(note.startsWith('photos as JSON: [{"file": "shore.jpg", "alt": {"en": …, "ru": …, "kk": …')).toBe(true);
    for (const lang of LANGS) expect(note).toContain(`"${lang}": …`);
  });

  it('opens the notes of a group with its label', () => {
    expect(column('utilities.road.surface')?.note).toMatch(/^road: .+ or /);
    expect(column('utilities.power.capacityKw')?.note).toBe('power: capacity available, kW');
    expect(column('project.paybackYears')?.note).toBe('large project: payback, years');
  });
});
