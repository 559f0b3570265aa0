// Approximate dollars and euros of a tenge amount, at the National Bank's rates kept in
// content/exchange-rates.yaml. Pure and free of i18n, so the offer view, the content check and the
// compare and shortlist pages (also in the browser) convert and judge a rate's age the same way.
import { FOREIGN_CURRENCIES, type ExchangeRate, type ForeignCurrency } from '../../schemas/exchangeRate.ts';

/** A rate more than this many days older than build day is outdated: the content check warns and pages say so. */
export const RATE_MAX_AGE_DAYS = 31;

/** What a conversion needs of a rate. */
export type RateInput = Pick<ExchangeRate, 'id' | 'kztPerUnit'>;

/** One approximate amount in a foreign currency, already rounded. */
export interface ApproximateAmount {
  currency: ForeignCurrency;
  amount: number;
}

/**
 * Rounds a converted amount to three significant figures (4,163.6 → 4,160; 1,840,425 → 1,840,000), and below
 * 100 to whole units: a figure converted at a rate of some past day must not look exact to the cent.
 */
export function roundApproximate(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`cannot round ${value}`);
  const size = Math.abs(value);
  if (size < 100) return Math.round(value);
  const step = 10 ** (Math.floor(Math.log10(size)) - 2);
  return Math.round(value / step) * step;
}

/** The amount in tenge in the rate's currency, unrounded. */
export function convertKzt(amountKzt: number, rate: Pick<ExchangeRate, 'kztPerUnit'>): number {
  return amountKzt / rate.kztPerUnit;
}

/** `amountKzt` in each currency content has a rate for, rounded, dollars before euros. */
export function approximateAmounts(amountKzt: number, rates: readonly RateInput[]): ApproximateAmount[] {
  return FOREIGN_CURRENCIES.flatMap((currency) => {
    const rate = rates.find((r) => r.id === currency);
    return rate ? [{ currency, amount: roundApproximate(convertKzt(amountKzt, rate)) }] : [];
  });
}

/** Whole days from the rate's date to `today` (both YYYY-MM-DD); negative when the date is after today. */
export function rateAgeDays(rateDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${rateDate}T00:00:00Z`)) / 86_400_000);
}

/** True when the rate's date is more than `maxDays` days before `today` (31 days old is still current). */
export function isRateOutdated(rateDate: string, today: string, maxDays: number = RATE_MAX_AGE_DAYS): boolean {
  return rateAgeDays(rateDate, today) > maxDays;
}

/** The distinct dates of the rates, oldest first: pages name each date the amounts were converted at. */
export function rateDates(rates: ReadonlyArray<Pick<ExchangeRate, 'date'>>): string[] {
  return [...new Set(rates.map((r) => r.date))].sort();
}
