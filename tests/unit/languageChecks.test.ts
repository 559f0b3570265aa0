import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import {
  checkLanguage,
  cyrillicSpelling,
  outsideBracketsAndQuotes,
  trapPattern,
  type LanguageSegment,
} from '../../src/lib/validation/languageChecks.ts';
import { check, fixtureWith, replaceIn, writeIn } from './helpers.ts';

const KK = 'offers/shaitankol-glamping/kk.mdx';
const RU = 'offers/shaitankol-glamping/ru.mdx';
const FACTS = 'offers/shaitankol-glamping/facts.yaml';
const TRAPS = 'docs/language-traps.yaml';

// A small traps file of the test's own, so a change to the real list cannot change what this test expects.
const TEST_TRAPS = `- lang: kk
  word: "жер телім*"
  preferred: "жер учаскесі"
  note: "legal term"
- lang: ru
  word: "освобожден* от земельного налога"
  preferred: "применение коэффициента 0 к ставкам земельного налога"
- lang: ru
  word: "глампинг"
  preferred: "глэмпинг"
`;

const LETTER_HINT = ' (check whether a Kazakh letter such as Қ, Ң, Ү, Ұ, Ө, Ә, Ғ, Һ or І is meant)';
const RUSSIAN_HINT = '; a Russian term may follow the Kazakh one in parentheses at first use';

/** The language warnings of a check, as file, line, message and fix, by file and line (in order found within a line). */
function languageWarnings(problems: readonly ContentProblem[]) {
  return problems
    .filter((p) => p.severity === 'warning' && !p.field)
    .map(({ file, line, message, hint }) => ({ file, line, message, hint }))
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

describe('language warnings on a fixture copy', () => {
  it('finds nothing in correct Russian and Kazakh, and accepts the traps file in content/docs/', () => {
    const { errors, problems } = check(fixtureWith((d) => writeIn(d, TRAPS, TEST_TRAPS)));
    expect(errors).toEqual([]);
    expect(languageWarnings(problems)).toEqual([]);
  });

  it('reports each planted trap with its file, line, the word found and the form to write', () => {
    const dir = fixtureWith((d) => {
      writeIn(d, TRAPS, TEST_TRAPS);
      // Glossary traps, in a Kazakh body and in a Russian title (front matter).
      replaceIn(d, KK, 'Учаске — парктің', 'Жер телімдері — парктің');
      replaceIn(d, RU, 'title: Участок под глэмпинг', 'title: Участок под глампинг');
      replaceIn(
        d,
        RU,
        'Мобильный интернет работает',
        'Проект предусматривает освобождение от земельного налога. Мобильный интернет работает',
      );
      // Latin letters in Cyrillic words: a Latin K, a Latin i, and a Latin a in a YAML value.
      replaceIn(d, KK, 'Қарқаралы қаласына', 'Kарқаралы қаласына');
      replaceIn(d, KK, 'учаскелерін конкурс', 'учаскелерiн конкурс');
      replaceIn(d, FACTS, 'ru: Для размещения', 'ru: Для рaзмещения');
      // Kazakh typed without its letters: a common word, a place name in content/*.yaml, a whole sentence.
      replaceIn(d, KK, 'алуға немесе тасып', 'алуға жане тасып');
      replaceIn(d, 'places.yaml', 'kk: Балқаш }', 'kk: Балкаш }');
      replaceIn(d, KK, 'Ұялы интернет бүкіл учаскеде жұмыс істейді.', 'Уялы интернет букил учаскеде жумыс истейди.');
      // Russian words in Kazakh: outside parentheses they are reported, inside parentheses and «quotes» not.
      replaceIn(d, KK, 'шағын қызметтік ғимарат.', 'шағын гостевой дом (гостевой дом) және «дом отдыха».');
    });
    expect(languageWarnings(check(dir).problems)).toEqual([
      {
        file: 'content/offers/shaitankol-glamping/facts.yaml',
        line: 18,
        message: '«рaзмещения» mixes Latin and Cyrillic letters (Latin: a), which breaks search and sorting',
        hint: 'type it in Cyrillic: «размещения»',
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 5,
        message: '«Жер телімдері» is a form to avoid in Kazakh text (legal term)',
        hint: 'write «жер учаскесі»',
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 5,
        message: '«Kарқаралы» mixes Latin and Cyrillic letters (Latin: K), which breaks search and sorting',
        hint: `type it in Cyrillic: «Карқаралы»${LETTER_HINT}`,
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 7,
        message: '«учаскелерiн» mixes Latin and Cyrillic letters (Latin: i), which breaks search and sorting',
        hint: `type it in Cyrillic: «учаскелерін»${LETTER_HINT}`,
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 7,
        message: '«гостевой» is a Russian word in Kazakh text',
        hint: `write it in Kazakh (қонақ үй)${RUSSIAN_HINT}`,
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 7,
        message: '«дом» is a Russian word in Kazakh text',
        hint: `write it in Kazakh (үй)${RUSSIAN_HINT}`,
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 9,
        message: '«жане» is written without its Kazakh letter',
        hint: 'write «және»',
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 9,
        message: '«жумыс» is written without its Kazakh letter',
        hint: 'write «жұмыс»',
      },
      {
        file: 'content/offers/shaitankol-glamping/kk.mdx',
        line: 9,
        message: 'this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «Уялы интернет букил учаскеде жумыс истейди»',
        hint: 'type the Kazakh letters where the words need them; if the sentence is Russian, write it in Kazakh',
      },
      {
        file: 'content/offers/shaitankol-glamping/ru.mdx',
        line: 2,
        message: '«глампинг» is a form to avoid in Russian text',
        hint: 'write «глэмпинг»',
      },
      {
        file: 'content/offers/shaitankol-glamping/ru.mdx',
        line: 9,
        message: '«освобождение от земельного налога» is a form to avoid in Russian text',
        hint: 'write «применение коэффициента 0 к ставкам земельного налога»',
      },
      {
        file: 'content/places.yaml',
        line: 19,
        message: '«Балкаш» is written without its Kazakh letter',
        hint: 'write «Балқаш»',
      },
    ]);
  });

  it('never reports a language warning as an error', () => {
    const dir = fixtureWith((d) => replaceIn(d, KK, 'алуға немесе тасып', 'алуға жане тасып'));
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toContain('«жане» is written without its Kazakh letter');
  });

  it('leaves the search aliases of places.yaml alone: they are loose spellings on purpose', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'places.yaml', 'kk: Балқаш }', 'kk: Балқаш }\n  aliases: { kk: [Балкаш] }'));
    expect(languageWarnings(check(dir).problems)).toEqual([]);
  });

  it('refuses a traps entry for a language the check does not read, on its line', () => {
    const dir = fixtureWith((d) => writeIn(d, TRAPS, `${TEST_TRAPS}- lang: en\n  word: "tourist"\n  preferred: "touristic"\n`));
    const errors = check(dir).errors.map(({ file, line, field }) => ({ file, line, field }));
    expect(errors).toEqual([{ file: 'content/docs/language-traps.yaml', line: 11, field: '[3].lang' }]);
  });
});

describe('the matching rules', () => {
  const segment = (lang: 'ru' | 'kk', text: string): LanguageSegment => ({ file: 'x.mdx', lang, text, line: 1 });

  it('matches a trap as whole words, in any case, across any run of spaces, with * for any ending', () => {
    expect('жер телімін'.match(trapPattern('жер телімі'))).toBeNull();
    expect('ЖЕР  ТЕЛІМІ бар'.match(trapPattern('жер телімі'))).toEqual(['ЖЕР  ТЕЛІМІ']);
    expect('бос жер\nтелімдері'.match(trapPattern('жер телім*'))).toEqual(['жер\nтелімдері']);
    expect('ортажер телімі'.match(trapPattern('жер телімі'))).toBeNull();
    expect('г. Каркаралы, г. Каркаралинск'.match(trapPattern('г. Каркаралы'))).toEqual(['г. Каркаралы']);
  });

  it('types Latin look-alikes in Cyrillic', () => {
    expect(cyrillicSpelling('KaрaганДы')).toBe('КараганДы');
    expect(cyrillicSpelling('учаскесi')).toBe('учаскесі');
  });

  it('blanks what stands in parentheses and quotes, keeping every offset', () => {
    // 16 = ' (гостевой дом) ', 22 = ' «база (отдыха)» "дом"'
    expect(outsideBracketsAndQuotes('үй (гостевой дом) және «база (отдыха)» "дом"')).toBe(`үй${' '.repeat(16)}және${' '.repeat(22)}`);
  });

  it('does not take addresses, mail, units or code for mixed words', () => {
    const text = 'Қуаты 2,5 kW, https://gosreestr.kz/лот және info@example.kz, `kWh` <FactsNote fact="power" />.';
    expect(checkLanguage([segment('kk', text)], [])).toEqual([]);
  });

  it('takes a Kazakh sentence of five words without Kazakh letters as fine, and one of six as typed without them', () => {
    expect(checkLanguage([segment('kk', 'Учаске жолдан бес метр жерде.')], [])).toEqual([]);
    expect(checkLanguage([segment('kk', 'Учаске жолдан бес метр жерде тур.')], []).map((p) => p.message)).toEqual([
      'this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «Учаске жолдан бес метр жерде тур»',
    ]);
  });

  it('takes a lone letter before ) or . as a list number, not as the Russian «в»', () => {
    expect(checkLanguage([segment('kk', 'в) жер учаскесі; в. ғимарат')], [])).toEqual([]);
    expect(checkLanguage([segment('kk', 'Ғимарат в қаласында')], []).map((p) => p.message)).toEqual([
      '«в» is a Russian word in Kazakh text',
    ]);
  });

  it('finds «тенге» spelt the Russian way in Kazakh text, keeping a capital where there was one', () => {
    expect(checkLanguage([segment('kk', 'Құны 5 млн тенге. Тенге')], []).map((p) => p.hint)).toEqual(['write «теңге»', 'write «Теңге»']);
  });

  it('looks for Russian words and Kazakh letters only in Kazakh text', () => {
    expect(checkLanguage([segment('ru', 'Участок для базы отдыха и гостевой дом у озера')], [])).toEqual([]);
  });

  it('places a finding in a multi-line YAML value on the line that holds the word', () => {
    const fileLines = ['name:', '  kk: >-', '    Балқаш көлінің', '    жағасындағы кала'];
    const [problem] = checkLanguage([{ file: 'p.yaml', lang: 'kk', text: 'Балқаш көлінің жағасындағы кала', line: 2, fileLines }], []);
    expect(problem).toMatchObject({ line: 4, message: '«кала» is written without its Kazakh letter', hint: 'write «қала»' });
  });
});
