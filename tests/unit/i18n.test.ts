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
    for (const lang of ['ru', 'kk']) {
      const result = uiStringsSchema.safeParse(load(lang));
      expect(result.success ? [] : result.error.issues.map((i) => `${lang}: ${i.path.join('.')} ${i.code}`)).toEqual([]);
    }
  });

  it('rejects a language file with a missing key', () => {
    const { 'nav.offers': _dropped, ...rest } = load('ru');
    expect(uiStringsSchema.safeParse(rest).success).toBe(false);
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
  });
});
