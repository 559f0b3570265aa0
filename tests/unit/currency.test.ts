// Approximate dollars and euros: the conversion and its rounding, the age rule the checker and the pages share,
// the number style of each language, and what an offer view shows. The fixture's test rates are 500 tenge a
// dollar and 550 a euro, dated 2026-11-20 and not verified; every expected figure below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { toCurrencyView } from '../../src/lib/catalog/toCurrencyView.ts';
import { toOfferPageView } from '../../src/lib/catalog/toOfferPageView.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { formatForeign } from '../../src/lib/format.ts';
import {
  approximateAmounts,
  convertKzt,
  isRateOutdated,
  RATE_MAX_AGE_DAYS,
  rateAgeDays,
  roundApproximate,
} from '../../src/lib/rules/currency.ts';
import type { ExchangeRate } from '../../src/schemas/index.ts';
import { check, fixtureCatalog, fixtureWith, replaceIn, TODAY } from './helpers.ts';

const NBSP = '\u00a0';
const rate = (id: 'usd' | 'eur', kztPerUnit: number, date = '2026-11-20', verified = true): ExchangeRate => ({
  id,
  kztPerUnit,
  date,
  verified,
  source: { name: { en: 'Test table', ru: 'Тестовая таблица', kk: 'Сынақ кестесі' }, url: 'https://example.org/rates' },
});

describe('converting tenge', () => {
  it('divides by the tenge per unit', () => {
    expect(convertKzt(1_850_000, { kztPerUnit: 500 })).toBe(3700);
    expect(convertKzt(444_320, { kztPerUnit: 444.32 })).toBe(1000);
  });

  it('rounds to three significant figures, and below 100 to whole units', () => {
    expect(roundApproximate(4163.6)).toBe(4160);
    expect(roundApproximate(3908.5)).toBe(3910);
    expect(roundApproximate(1_840_425)).toBe(1_840_000);
    expect(roundApproximate(327_272.7)).toBe(327_000);
    expect(roundApproximate(999.5)).toBe(1000);
    expect(roundApproximate(100.4)).toBe(100);
    expect(roundApproximate(99.6)).toBe(100);
    expect(roundApproximate(12.4)).toBe(12);
    expect(roundApproximate(0)).toBe(0);
    expect(() => roundApproximate(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('gives dollars before euros, whatever the order in content, and leaves out a currency with no rate', () => {
    expect(approximateAmounts(1_850_000, [rate('eur', 550), rate('usd', 500)])).toEqual([
      { currency: 'usd', amount: 3700 },
      { currency: 'eur', amount: 3360 },
    ]);
    expect(approximateAmounts(1_850_000, [rate('eur', 550)])).toEqual([{ currency: 'eur', amount: 3360 }]);
    expect(approximateAmounts(1_850_000, [])).toEqual([]);
  });
});

describe('the age of a rate: outdated after 31 days', () => {
  it('counts whole days in UTC, across months and a leap day', () => {
    expect(rateAgeDays('2026-10-29', '2026-11-29')).toBe(31);
    expect(rateAgeDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(rateAgeDays('2026-11-30', '2026-11-29')).toBe(-1);
  });

  it('is current at 30 and 31 days and outdated at 32', () => {
    expect(RATE_MAX_AGE_DAYS).toBe(31);
    expect(isRateOutdated('2026-10-30', '2026-11-29')).toBe(false);
    expect(isRateOutdated('2026-10-29', '2026-11-29')).toBe(false);
    expect(isRateOutdated('2026-10-28', '2026-11-29')).toBe(true);
  });
});

describe('foreign amounts in each language', () => {
  it('writes dollars and euros as each language writes money', () => {
    expect(formatForeign(4160, 'usd', 'en')).toBe('$4,160');
    expect(formatForeign(1_840_000, 'eur', 'en')).toBe('€1,840,000');
    expect(formatForeign(4160, 'usd', 'ru')).toBe(`4${NBSP}160${NBSP}$`);
    expect(formatForeign(3910, 'eur', 'kk')).toBe(`3${NBSP}910${NBSP}€`);
  });
});

describe('the content check of content/exchange-rates.yaml (build day 2026-11-29)', () => {
  const rateWarnings = (date: string) => {
    const dir = fixtureWith((d) => replaceIn(d, 'exchange-rates.yaml', /date: 2026-11-20/g, `date: ${date}`));
    return check(dir).warnings.filter((w) => w.file === 'content/exchange-rates.yaml');
  };

  it('says nothing about rates 30 or 31 days old', () => {
    expect(rateWarnings('2026-10-30')).toEqual([]);
    expect(rateWarnings('2026-10-29')).toEqual([]);
  });

  it('warns about each rate 32 days old, naming its date, its age and the fix', () => {
    const warnings = rateWarnings('2026-10-28');
    expect(warnings.map((w) => [w.field, w.message])).toEqual([
      ['[0].date', 'the USD rate of 2026-10-28 is 32 days old (more than 31), so the dollar amounts on offer pages are out of date'],
      ['[1].date', 'the EUR rate of 2026-10-28 is 32 days old (more than 31), so the euro amounts on offer pages are out of date'],
    ]);
    expect(warnings[0]!.hint).toContain("copy a recent day's official rate from the NBK's table");
    expect(warnings[0]!.timeDependent).toBe(true);
  });

  it('rejects a rate dated after build day', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'exchange-rates.yaml', 'date: 2026-11-20', 'date: 2026-11-30'));
    expect(check(dir).errors.map((e) => [e.file, e.message])).toEqual([
      ['content/exchange-rates.yaml', 'the date 2026-11-30 is in the future'],
    ]);
  });

  it('rejects a currency listed twice and warns about a missing one', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'exchange-rates.yaml', '- id: eur', '- id: usd'));
    const result = check(dir);
    expect(result.errors.map((e) => e.message)).toEqual(['the id `usd` is used twice (also item 1)']);
    expect(result.warnings.filter((w) => w.file === 'content/exchange-rates.yaml').map((w) => w.message)).toEqual([
      'there is no rate for EUR, so offer pages show no amounts in it',
    ]);
  });

  it('rejects a currency the site does not show, and a rate written with a comma', () => {
    const dir = fixtureWith((d) => {
      replaceIn(d, 'exchange-rates.yaml', '- id: eur', '- id: rub');
      replaceIn(d, 'exchange-rates.yaml', 'kztPerUnit: 500', 'kztPerUnit: "444,32"');
    });
    const messages = check(dir).errors.map((e) => e.message);
    expect(messages.some((m) => m.includes('write the currency as `usd` or `eur`'))).toBe(true);
    expect(messages.some((m) => m.includes('write the tenge for one unit as a plain number with a dot, e.g. 444.32'))).toBe(true);
  });
});

describe('approximate amounts on an offer page', () => {
  const catalog = fixtureCatalog();

  it('labels the price with its period, the rate date and "not verified" in each language', () => {
    expect(toOfferPageView(catalog, 'shaitankol-glamping', 'en').offer.priceApprox).toBe(
      '≈ $3,700 · €3,360 a year (NBK rate of 20 November 2026; rate not verified)',
    );
    expect(toOfferPageView(catalog, 'shaitankol-glamping', 'ru').offer.priceApprox).toBe(
      `≈ 3${NBSP}700${NBSP}$ · 3${NBSP}360${NBSP}€ в год (по курсу НБРК на 20 ноября 2026 г.; курс не проверен)`,
    );
    expect(toOfferPageView(catalog, 'shaitankol-glamping', 'kk').offer.priceApprox).toBe(
      `жылына ≈ 3${NBSP}700${NBSP}$ · 3${NBSP}360${NBSP}€ (Ұлттық Банктің 2026 жылғы 20 қарашадағы бағамы бойынша; бағам тексерілмеген)`,
    );
  });

  it('puts the approximate price and investment under their tenge amounts in the key facts', () => {
    const facts = toOfferPageView(catalog, 'shaitankol-glamping', 'en').keyFacts;
    expect(facts.find((f) => f.fact === 'price')).toMatchObject({ value: '₸1,850,000 a year' });
    expect(facts.find((f) => f.fact === 'investment')).toMatchObject({
      value: '₸180,000,000',
      approx: '≈ $360,000 · €327,000 (NBK rate of 20 November 2026; rate not verified)',
    });
  });

  it('converts each known expected cost, and nothing where the amount is unknown', () => {
    const rows = Object.fromEntries(
      toOfferView(catalog.offers.find((o) => o.id === 'shaitankol-glamping')!, 'en', catalog).expectedCosts.map((r) => [r.fact, r.approx]),
    );
    expect(rows).toEqual({
      'cost-price': '≈ $3,700 · €3,360 a year',
      'cost-deposit': undefined,
      'cost-yearly': '≈ $3,700 · €3,360 a year',
      'cost-connections': '≈ $19,000 · €17,300',
      'cost-investment': '≈ $360,000 · €327,000',
    });
  });

  it('shows no approximate price for a price on request', () => {
    const base = toOfferPageView(catalog, 'balkhash-test-base', 'en').offer;
    expect(base.priceApprox).toBeUndefined();
    expect(base.investmentApprox).toBe('≈ $700,000 · €636,000 (NBK rate of 20 November 2026; rate not verified)');
  });

  it('explains once which rate was used, that it is not verified, and where it comes from', () => {
    const { currency } = toOfferPageView(catalog, 'shaitankol-glamping', 'en').offer;
    expect(currency).toEqual({
      note:
        'Amounts in dollars and euros are approximate, for orientation only: tenge converted at the official rate of the National Bank of Kazakhstan of 20 November 2026. ' +
        "This rate has not been checked against the National Bank's table: do not rely on it.",
      sourceName: 'Test rate (not an NBK rate)',
      sourceUrl: 'https://example.org/test-rates',
    });
  });

  it('names the NBK rate without a caveat once verified, and says when it is outdated', () => {
    const verified = [rate('usd', 500), rate('eur', 550)];
    expect(toCurrencyView(verified, '2026-11-29', 'en')).toMatchObject({ verified: true, outdated: false });
    expect(toCurrencyView(verified, '2026-11-29', 'en')!.note).toBe(
      'Amounts in dollars and euros are approximate, for orientation only: tenge converted at the official rate of the National Bank of Kazakhstan of 20 November 2026.',
    );
    const withRates = { ...catalog, exchangeRates: verified };
    expect(toOfferPageView(withRates, 'shaitankol-glamping', 'en').offer.priceApprox).toBe(
      '≈ $3,700 · €3,360 a year (NBK rate of 20 November 2026)',
    );
    const old = toCurrencyView(verified, '2026-12-22', 'ru')!;
    expect(old.outdated).toBe(true);
    expect(old.note).toBe(
      'Суммы в долларах и евро приблизительные, только для ориентира: они пересчитаны из тенге по официальному курсу Национального Банка Республики Казахстан на 20 ноября 2026 г. и не являются ценой предложения. Курсу больше месяца; сегодняшний курс может отличаться.',
    );
  });

  it('shows tenge only when content has no rates', () => {
    const none = { ...catalog, exchangeRates: [] };
    const offer = toOfferPageView(none, 'shaitankol-glamping', 'kk').offer;
    expect(offer.priceApprox).toBeUndefined();
    expect(offer.currency).toBeUndefined();
    expect(offer.expectedCosts.every((r) => r.approx === undefined)).toBe(true);
  });

  it('the fixture tree keeps its build day inside the rates window', () => {
    expect(rateAgeDays('2026-11-20', TODAY)).toBe(9);
  });
});
