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

/** A whole amount of a foreign currency: en "$4,160", "€3,910"; ru/kk "4 160 $", "3 910 €". */
export function formatForeign(amount: number, currency: 'usd' | 'eur', lang: Lang): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: currency.toUpperCase(),
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(amount);
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

// Kazakh dates are written by hand, not by ICU: ICU gives "2026 ж. 19 мамыр" and capitalised
// stand-alone months ("Маусым"), while official Kazakh writes "2026 жылғы 19 мамыр", lower-case
// months, and "2026 жылғы 19 мамырдағы" before a noun ("… жағдай бойынша").
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
// The -дағы/-дегі/-тағы/-тегі ending follows each month's last vowel and last sound.
const KK_MONTHS_ATTRIBUTIVE = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

/**
 * How a date stands in its sentence. `attributive` is the form before a noun, which only Kazakh
 * marks: "2026 жылғы 19 мамырдағы жағдай бойынша" (as of 19 May 2026).
 */
export type DateForm = 'standalone' | 'attributive';

/** A calendar date: en "16 July 2026", ru "16 июля 2026 г.", kk "2026 жылғы 16 шілде" (attributive: "… 16 шілдедегі"). */
export function formatDate(isoDate: string, lang: Lang, form: DateForm = 'standalone'): string {
  if (lang === 'kk') {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    return `${year} жылғы ${day} ${(form === 'attributive' ? KK_MONTHS_ATTRIBUTIVE : KK_MONTHS)[month - 1]}`;
  }
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A month's name as a list shows it: "June", "июнь", "маусым" (lower-case in Russian and Kazakh). */
export function formatMonth(month: number, lang: Lang): string {
  if (lang === 'kk') return KK_MONTHS[month - 1]!;
  return dateFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

/**
 * The months something operates in, in words: all twelve → "year-round" / "круглый год" / "жыл бойы";
 * three or more consecutive months → a range ("June–August", "маусым–тамыз"), also across the new
 * year ("December–February"); other months listed ("маусым, шілде").
 */
export function formatSeason(months: readonly number[], lang: Lang): string {
  const set = new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12));
  if (set.size === 12) return t(lang, 'offer.object.yearRound');
  // Start the walk after a month that is not in the season, so a run across December joins up.
  const first = [...Array(12).keys()].map((i) => i + 1).find((m) => set.has(m) && !set.has(m === 1 ? 12 : m - 1));
  if (first === undefined) return '';
  const runs: number[][] = [];
  for (let i = 0; i < 12; i++) {
    const m = ((first - 1 + i) % 12) + 1;
    if (!set.has(m)) continue;
    const run = runs.at(-1);
    const prev = m === 1 ? 12 : m - 1;
    if (run && run.at(-1) === prev) run.push(m);
    else runs.push([m]);
  }
  return runs
    .map((run) =>
      run.length >= 3 ? `${formatMonth(run[0]!, lang)}–${formatMonth(run.at(-1)!, lang)}` : run.map((m) => formatMonth(m, lang)).join(', '),
    )
    .join(', ');
}
