import { LOCALE_TAGS, type Lang } from '../schemas/langs.ts';
import { t } from '../i18n/index.ts';

// Building an Intl formatter costs far more than using one, and a build formats numbers and dates
// hundreds of thousands of times (it was a fifth of the build's CPU time at 1,000 offers), so each
// formatter is made once per language and options, then reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions) =>
  cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE_TAGS[lang], options));
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALE_TAGS[lang], options));

/** A plain number in the language's style: `12.5` → en "12.5", ru/kk "12,5". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** Tenge, in full: en "₸1,850,000", ru/kk "1 850 000 ₸". */
export function formatKzt(amount: number, lang: Lang): string {
  return numberFormat(lang, { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** Tenge, short for cards: en "₸2.5B", ru "2,5 млрд ₸". */
export function formatKztCompact(amount: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: 'KZT',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** Hectares with the unit: "4.2 ha", "4,2 га". */
export function formatHectares(ha: number, lang: Lang): string {
  return t(lang, 'unit.ha', { value: formatNumber(ha, lang) });
}

/** Kilometres with the unit, rounded sensibly for distances. */
export function formatKm(km: number, lang: Lang): string {
  return t(lang, 'unit.km', { value: formatNumber(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), lang, 1) });
}

/** A distance in metres shown in m below 1 km, else in km. */
export function formatMetres(m: number, lang: Lang): string {
  return m < 1000 ? t(lang, 'unit.m', { value: formatNumber(m, lang, 0) }) : formatKm(m / 1000, lang);
}

/** A calendar date: en "16 July 2026", ru "16 июля 2026 г.", kk per ICU. */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Month names for season lists. */
export function formatMonth(month: number, lang: Lang): string {
  return dateFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
}
