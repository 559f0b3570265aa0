import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t, uiStrings, uiStringsSchema } from '../../src/i18n/index.ts';
import {
  LANGS,
  OFFER_KINDS,
  OFFER_STATUSES,
  SEGMENTS,
  LAND_CATEGORIES,
  RIGHTS,
  ACQUISITION_ROUTES,
  PRICE_BASES,
  CONDITIONS,
  UTILITY_KEYS,
} from '../../src/schemas/index.ts';

const load = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

describe('UI strings', () => {
  it('has every English key in Russian and Kazakh, and no extra keys', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const result = uiStringsSchema(lang).safeParse(load(lang));
      expect(result.success ? [] : result.error.issues.map((i) => `${lang}: ${i.path.join('.')} ${i.code}`)).toEqual([]);
    }
  });

  it('rejects a language file with a missing key', () => {
    const { 'nav.offers': _dropped, ...rest } = load('ru');
    expect(uiStringsSchema('ru').safeParse(rest).success).toBe(false);
  });

  it('requires the plural forms each language needs: one, few, many, other in Russian; one, other in English and Kazakh', () => {
    const withCount = (lang: string, text: string) => ({ ...load(lang), 'offers.count': text });
    const ruForms = '{count, plural, one {# предложение} few {# предложения} many {# предложений} other {# предложения}}';
    expect(uiStringsSchema('ru').safeParse(withCount('ru', ruForms)).success).toBe(true);
    const ruWithoutMany = '{count, plural, one {# предложение} few {# предложения} other {# предложения}}';
    const issues = uiStringsSchema('ru').safeParse(withCount('ru', ruWithoutMany)).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['offers.count', '{count, plural, …} must give exactly the forms one, few, many, other in ru; missing many'],
    ]);
    expect(uiStringsSchema('kk').safeParse(withCount('kk', '{count, plural, one {# ұсыныс} other {# ұсыныс}}')).success).toBe(true);
    expect(uiStringsSchema('kk').safeParse(withCount('kk', ruForms)).error?.issues[0]?.message).toBe(
      '{count, plural, …} must give exactly the forms one, other in kk; few, many not used in kk',
    );
    expect(uiStringsSchema('en').safeParse(withCount('en', '{count, plural, other {# offers}}')).error?.issues[0]?.message).toBe(
      '{count, plural, …} must give exactly the forms one, other in en; missing one',
    );
  });

  it('rejects a broken plural block and a parameter the English message does not have', () => {
    const withCount = (text: string) => ({ ...load('kk'), 'offers.count': text });
    expect(uiStringsSchema('kk').safeParse(withCount('{count, plural, one {# ұсыныс} other {# ұсыныс}')).success).toBe(false);
    expect(
      uiStringsSchema('kk').safeParse(withCount('{count, plural, one {# ұсыныс} other {# ұсыныс}} {total}')).error?.issues[0]?.message,
    ).toBe('{total} is not a parameter of the English message');
  });

  it('has a label for every value of every enum in every language', () => {
    const enums: Array<[string, readonly string[]]> = [
      ['kind', OFFER_KINDS],
      ['status', OFFER_STATUSES],
      ['segment', SEGMENTS],
      ['category', LAND_CATEGORIES],
      ['right', RIGHTS],
      ['route', ACQUISITION_ROUTES],
      ['basis', PRICE_BASES],
      ['condition', CONDITIONS],
      ['utility', UTILITY_KEYS],
    ];
    for (const lang of LANGS)
      for (const [prefix, values] of enums)
        for (const v of values) expect(uiStrings[lang], `${lang} ${prefix}.${v}`).toHaveProperty(`${prefix}.${v}`);
  });

  it('uses Kazakh letters, never Latin look-alikes inside Cyrillic words', () => {
    const mixed = Object.entries(load('kk')).filter(([, v]) => /[а-яәғқңөұүһі][a-z]|[a-z][а-яәғқңөұүһі]/i.test(v));
    expect(mixed).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(t('en', 'offers.count', { count: 3 })).toBe('3 offers');
    expect(t('ru', 'offer.termYears', { years: 49 })).toBe('49 лет');
    expect(t('ru', 'offer.termYears', { years: 21 })).toBe('21 год');
    expect(t('en', 'offers.count', { count: 1 })).toBe('1 offer');
  });
});
