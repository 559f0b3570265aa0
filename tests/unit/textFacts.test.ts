import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGS, type Lang } from '../../src/schemas/langs.ts';

/**
 * Facts stay identical across the three languages (issue 14): every number an offer's text writes in one
 * language must be written in each other language's text too, or be one of the offer's facts. This reads the
 * real content/ on purpose: it is a proofreading check of the texts officials and editors write.
 */

const OFFERS = 'content/offers';

/** Words that multiply the number before them, in the three languages. */
const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:млрд|миллиард\p{L}*|billion|bn)/iu, 1e9],
  [/^(?:млн|миллион\p{L}*|million|mln)/iu, 1e6],
  [/^(?:тыс\.?|тысяч\p{L}*|мың|thousand)/iu, 1e3],
];

/** Spaces that may group thousands: ordinary, no-break and narrow no-break. */
const GROUP = '[ \\u00A0\\u202F]';

/**
 * The numbers a text writes, as values: "1 850 000", "1,85 млн" and "1.85 million" are all 1850000, "12,5" and
 * "12.5" are 12.5. English groups thousands with commas and uses a decimal point; Russian and Kazakh group with
 * spaces and use a decimal comma. A date 01.02.2025 gives its day and year (the month is a word elsewhere).
 */
function numbersIn(text: string, lang: Lang): number[] {
  const out: number[] = [];
  const number =
    lang === 'en'
      ? /(\d{1,2})\.(\d{1,2})\.(\d{4})|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu
      : new RegExp(`(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|\\d{1,3}(?:${GROUP}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`, 'gu');
  for (const m of text.matchAll(number)) {
    // A digit glued to letters is part of a name or an id (B3, mci-2026, photo-1.jpg), not a figure.
    const before = text[m.index - 1] ?? '';
    if (/[\p{L}_-]/u.test(before) && !/[–-]/u.test(before)) continue;
    if (m[1] !== undefined) {
      out.push(Number(m[1]), Number(m[3]));
      continue;
    }
    const plain = lang === 'en' ? m[0].replace(/,/g, '') : m[0].replace(new RegExp(GROUP, 'gu'), '').replace(',', '.');
    let value = Number(plain);
    const after = text.slice(m.index + m[0].length).replace(/^[ \u00A0\u202F]*/u, '');
    for (const [word, factor] of MULTIPLIERS) {
      if (word.test(after)) {
        value = Math.round(value * factor);
        break;
      }
    }
    out.push(value);
  }
  return out;
}

/** Every number anywhere in the facts file (areas, prices, capacities, years, terms). */
function factNumbers(value: unknown, into = new Set<number>()): Set<number> {
  if (typeof value === 'number') into.add(value);
  else if (typeof value === 'string') for (const n of numbersIn(value, 'en')) into.add(n);
  else if (value instanceof Date) {
    into.add(value.getUTCFullYear());
    into.add(value.getUTCDate());
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) factNumbers(v, into);
  return into;
}

/** One number written in one language's text of an offer and missing from another's (and from its facts). */
interface Mismatch {
  offer: string;
  lang: Lang;
  number: number;
  missingIn: Lang;
}

/** The numbers of each language that another language of the same offer lacks and the facts do not give. */
function numberMismatches(offer: string, texts: Partial<Record<Lang, string>>, facts: ReadonlySet<number>): Mismatch[] {
  const found = Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, new Set(numbersIn(text, lang as Lang))])) as Partial<
    Record<Lang, Set<number>>
  >;
  const out: Mismatch[] = [];
  for (const lang of LANGS) {
    for (const number of found[lang] ?? []) {
      if (facts.has(number)) continue;
      for (const other of LANGS) {
        if (other !== lang && found[other] && !found[other].has(number)) out.push({ offer, lang, number, missingIn: other });
      }
    }
  }
  return out;
}

/** How a mismatch reads in the failure list: `offer-id: ru writes 85000000, kk does not`. */
const said = (m: Mismatch) => `${m.offer}: ${m.lang} writes ${m.number}, ${m.missingIn} does not`;

/**
 * TO CLEAR (issue 14): numbers that one language of an offer writes and another does not, found on the real
 * content while the editorial pass was still under way. Each line is a text to correct (never the test): when
 * the texts agree, delete the line. The lead clears this list; an empty list is the goal.
 */
const KNOWN_NUMBER_MISMATCHES_TO_CLEAR: ReadonlySet<string> = new Set([]);

describe('the numbers in an offer’s texts', () => {
  it('reads grouped thousands, decimal commas and points, and million/млн/мың as the same amounts', () => {
    expect(numbersIn('1 850 000 тенге, 1,85 млн тенге, участок 12,5 га', 'ru')).toEqual([1850000, 1850000, 12.5]);
    expect(numbersIn('KZT 1,850,000 or 1.85 million; 12.5 ha; 2.5 bn', 'en')).toEqual([1850000, 1850000, 12.5, 2500000000]);
    expect(numbersIn('1,85 млн теңге, 5 мың, 01.02.2025, B3 лоты, 5–49 жыл', 'kk')).toEqual([1850000, 5000, 1, 2025, 5, 49]);
  });

  it('reports a number one language writes and another does not, unless it is a fact', () => {
    expect(numberMismatches('x', { en: '12.5 ha, 60 kW', ru: '12,5 га, 60 кВт', kk: '12,5 га' }, new Set([60]))).toEqual([]);
    expect(numberMismatches('x', { en: '12.5 ha', ru: '12,6 га', kk: '12,5 га' }, new Set())).toEqual([
      { offer: 'x', lang: 'en', number: 12.5, missingIn: 'ru' },
      { offer: 'x', lang: 'ru', number: 12.6, missingIn: 'en' },
      { offer: 'x', lang: 'ru', number: 12.6, missingIn: 'kk' },
      { offer: 'x', lang: 'kk', number: 12.5, missingIn: 'ru' },
    ]);
  });

  it('agree across languages in every offer of content/ (or are facts)', () => {
    const found: string[] = [];
    for (const offer of readdirSync(OFFERS).sort()) {
      const dir = join(OFFERS, offer);
      if (!existsSync(join(dir, 'facts.yaml'))) continue;
      let facts: unknown;
      try {
        facts = parse(readFileSync(join(dir, 'facts.yaml'), 'utf8'));
      } catch {
        facts = {}; // a facts file mid-edit is the content check's business, not this test's
      }
      const texts: Partial<Record<Lang, string>> = {};
      for (const lang of LANGS) {
        const file = join(dir, `${lang}.mdx`);
        if (existsSync(file)) texts[lang] = readFileSync(file, 'utf8');
      }
      for (const m of numberMismatches(offer, texts, factNumbers(facts))) found.push(said(m));
    }
    expect(found.filter((line) => !KNOWN_NUMBER_MISMATCHES_TO_CLEAR.has(line))).toEqual([]);
  });
});
