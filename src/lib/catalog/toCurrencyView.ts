// Approximate dollars and euros as a page shows them in one language. The conversion and the age rule are
// in rules/currency.ts; this module adds the words, the number format and the rate's date.
import type { ExchangeRate, Lang } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { formatDate, formatForeign } from '../format.ts';
import { approximateAmounts, isRateOutdated, rateDates } from '../rules/currency.ts';

/** The rates of a page in one language: what labels every approximate amount and the note that explains them. */
export interface CurrencyView {
  lang: Lang;
  rates: readonly ExchangeRate[];
  /** The rates' date(s) in the page language, attributive in Kazakh ("2026 жылғы 20 қарашадағы"). */
  dateLabel: string;
  /** False while any rate has not been compared with the NBK's table. */
  verified: boolean;
  /** True when a rate is more than 31 days older than build day. */
  outdated: boolean;
  /** The sentence shown once below the amounts: approximate, whose rate of which day, and the caveats. */
  note: string;
  /** The publisher's table the rates come from. */
  source: { name: string; url: string };
}

/** The currency view of `rates` on build day `today`; undefined when content has no rate (pages then show tenge only). */
export function toCurrencyView(rates: readonly ExchangeRate[], today: string, lang: Lang): CurrencyView | undefined {
  const first = rates[0];
  if (!first) return undefined;
  const dates = rateDates(rates);
  const dateLabel = dates.map((d) => formatDate(d, lang, 'attributive')).join(', ');
  const verified = rates.every((r) => r.verified);
  const outdated = rates.some((r) => isRateOutdated(r.date, today));
  const note = [
    t(lang, 'currency.note', { date: dateLabel }),
    verified ? undefined : t(lang, 'currency.note.unverified'),
    outdated ? t(lang, 'currency.note.outdated') : undefined,
  ]
    .filter((s) => s !== undefined)
    .join(' ');
  return { lang, rates, dateLabel, verified, outdated, note, source: { name: first.source.name[lang], url: first.source.url } };
}

const amountsIn = (amountKzt: number, currency: CurrencyView): string =>
  approximateAmounts(amountKzt, currency.rates)
    .map((a) => formatForeign(a.amount, a.currency, currency.lang))
    .join(' · ');

/** "≈ $4,160 · €3,910" (ru/kk "≈ 4 160 $ · 3 910 €"); `wrap` adds words around it, e.g. "… a year" ("жылына ≈ …"). */
export function approximateText(amountKzt: number, currency: CurrencyView, wrap: (text: string) => string = (a) => a): string {
  return wrap(t(currency.lang, 'currency.approx', { amounts: amountsIn(amountKzt, currency) }));
}

/** The same with the rate named: "≈ $4,160 · €3,910 (NBK rate of 20 November 2026)", and "rate not verified" while it is not. */
export function approximateWithRate(amountKzt: number, currency: CurrencyView, wrap: (text: string) => string = (a) => a): string {
  return t(currency.lang, currency.verified ? 'currency.approx.rate' : 'currency.approx.rate.unverified', {
    approx: approximateText(amountKzt, currency, wrap),
    date: currency.dateLabel,
  });
}
