import { describe, expect, it } from 'vitest';
import {
  checkedLangOfFile,
  checkLanguage,
  cyrillicSpelling,
  KAZAKH_WITHOUT_LETTERS,
  mdxSegments,
  outsideBracketsAndQuotes,
  RUSSIAN_ONLY_WORDS,
  trapPattern,
  yamlSegments,
  type LanguageSegment,
} from '../../src/lib/validation/languageChecks.ts';
import type { YamlSource } from '../../src/lib/validation/parseYaml.ts';
import type { LanguageTrap } from '../../src/schemas/languageTrap.ts';

// The Russian and Kazakh wording warnings called directly on small segments: each warning's words, its line,
// and the exact boundaries (six words, a lone list letter, the span searched for a YAML value's line).

const seg = (lang: 'ru' | 'kk', text: string, line = 1, fileLines?: string[]): LanguageSegment => ({
  file: 'content/offers/x/kk.mdx',
  lang,
  text,
  line,
  ...(fileLines ? { fileLines } : {}),
});
const warnings = (segments: LanguageSegment[], traps: LanguageTrap[] = []) =>
  checkLanguage(segments, traps).map((p) => `${p.severity} ${p.line}: ${p.message} | ${p.hint}`);

const LETTER_HINT = ' (check whether a Kazakh letter such as Қ, Ң, Ү, Ұ, Ө, Ә, Ғ, Һ or І is meant)';
const NO_LETTER_HINT = 'type the Kazakh letters where the words need them; if the sentence is Russian, write it in Kazakh';
const RUSSIAN_HINT = (kazakh: string) =>
  `write it in Kazakh (${kazakh}); a Russian term may follow the Kazakh one in parentheses at first use`;

describe('glossary traps', () => {
  const traps: LanguageTrap[] = [
    { lang: 'ru', word: 'глампинг', preferred: 'глэмпинг', note: 'the glossary spelling' },
    { lang: 'kk', word: 'жер  телім*', preferred: 'жер учаскесі' },
    { lang: 'ru', word: 'т.е.', preferred: 'то есть' },
  ];

  it('warns in the trap’s own language only, with its note when it has one', () => {
    expect(warnings([seg('ru', 'Наш Глампинг у озера.'), seg('kk', 'глампинг')], traps.slice(0, 1))).toEqual([
      'warning 1: «Глампинг» is a form to avoid in Russian text (the glossary spelling) | write «глэмпинг»',
    ]);
    expect(warnings([seg('kk', 'Бұл жер\n   телімін сату.', 3)], traps.slice(1, 2))).toEqual([
      'warning 3: «жер телімін» is a form to avoid in Kazakh text | write «жер учаскесі»',
    ]);
  });

  it('matches the characters of a trap literally, and only as whole words', () => {
    expect(trapPattern('т.е.').test('тхех')).toBe(false);
    expect(trapPattern('т.е.').test('это т.е. так')).toBe(true);
    expect(trapPattern('a+b').test('aab')).toBe(false);
    expect(trapPattern('  жер  ').test('жер')).toBe(true);
    expect(trapPattern('жер').test('жер2')).toBe(false);
    expect(trapPattern('жер').test('2жер')).toBe(false);
    expect(trapPattern('телім*').test('телімін')).toBe(true);
    expect(trapPattern('телім').test('телімін')).toBe(false);
    expect(trapPattern('телім*').test('телім')).toBe(true);
    expect(trapPattern('телім*').test('телім1')).toBe(false);
    expect(trapPattern('a*b').test('a*b')).toBe(true);
    expect(trapPattern('жер  телім').test('жер телім')).toBe(true);
    expect(trapPattern('телім*').test('тау')).toBe(false);
  });

  it('does not look for traps in addresses, code or tags', () => {
    expect(
      warnings(
        [seg('ru', 'См. https://глампинг.kz/глампинг, http://глампинг.kz, www.глампинг.рф, `глампинг`, <Глампинг />')],
        traps.slice(0, 1),
      ),
    ).toEqual([]);
  });
});

describe('words that mix Latin and Cyrillic letters', () => {
  it('names the Latin letters once each and gives the word typed in Cyrillic, with the Kazakh letter hint only in Kazakh', () => {
    expect(warnings([seg('ru', 'Сдаётся oзеро и дом в paйонe.')])).toEqual([
      'warning 1: «oзеро» mixes Latin and Cyrillic letters (Latin: o), which breaks search and sorting | type it in Cyrillic: «озеро»',
      'warning 1: «paйонe» mixes Latin and Cyrillic letters (Latin: p, a, e), which breaks search and sorting | type it in Cyrillic: «районе»',
    ]);
    expect(warnings([seg('kk', 'Kала')])).toEqual([
      `warning 1: «Kала» mixes Latin and Cyrillic letters (Latin: K), which breaks search and sorting | type it in Cyrillic: «Кала»${LETTER_HINT}`,
    ]);
  });

  it('takes a whole Latin or whole Cyrillic word as it is', () => {
    expect(warnings([seg('ru', 'Проект Green Valley, ТОО')])).toEqual([]);
  });

  it('types every Latin look-alike in Cyrillic and keeps other letters', () => {
    expect(cyrillicSpelling('ABCEHKMOPTXYaceopxyIiı')).toBe('АВСЕНКМОРТХУасеорхуІіі');
    expect(cyrillicSpelling('Qжz')).toBe('Qжz');
    expect(cyrillicSpelling('дом')).toBe('дом');
  });

  it('places a finding on the line of the text it stands on', () => {
    expect(checkLanguage([seg('ru', 'первая\nвторая\nтрeтья', 10)], []).map((p) => p.line)).toEqual([12]);
  });
});

describe('Kazakh typed without its letters', () => {
  it('gives the right spelling, with a capital where the word had one', () => {
    expect(warnings([seg('kk', 'Балқаш жане Караганды, ЖАНЕ балкаш.')])).toEqual([
      'warning 1: «жане» is written without its Kazakh letter | write «және»',
      'warning 1: «Караганды» is written without its Kazakh letter | write «Қарағанды»',
      'warning 1: «ЖАНЕ» is written without its Kazakh letter | write «Және»',
      'warning 1: «балкаш» is written without its Kazakh letter | write «Балқаш»',
    ]);
    expect(warnings([seg('ru', 'жане караганды')])).toEqual([]);
  });

  it('takes a sentence of five Cyrillic words without Kazakh letters, and warns on six, quoting it', () => {
    expect(warnings([seg('kk', 'Бизнес план бойынша бастама болады.')])).toEqual([]);
    expect(warnings([seg('kk', 'Первое.  Бизнес план бойынша бастама болады енди; ok')])).toEqual([
      `warning 1: this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «Бизнес план бойынша бастама болады енди» | ${NO_LETTER_HINT}`,
    ]);
  });

  it('quotes eight words at most, and counts only words outside brackets and quotes', () => {
    expect(warnings([seg('kk', 'бир еки уш торт бес алты жети сегиз тогыз он')])).toEqual([
      `warning 1: this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «бир еки уш торт бес алты жети сегиз …» | ${NO_LETTER_HINT}`,
    ]);
    expect(warnings([seg('kk', 'бир еки уш (торт бес алты жети)')])).toEqual([]);
    expect(warnings([seg('kk', 'бир еки уш торт бес алты жеті')])).toEqual([]);
    // Latin and mixed words are not Cyrillic words.
    expect(warnings([seg('kk', 'бир еки уш торт бес Green')])).toEqual([]);
  });

  it('ends a sentence at . ! ? … ; and a line break', () => {
    for (const end of ['.', '!', '?', '…', ';', '\n']) {
      expect(warnings([seg('kk', `бир еки уш${end} торт бес алты`)]), JSON.stringify(end)).toEqual([]);
    }
  });

  it('quotes the sentence as written, after an address on its line, with its spaces made single', () => {
    expect(warnings([seg('kk', 'https://a.kz/x бир  еки уш торт бес алты  . Бұл')])).toEqual([
      `warning 1: this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «бир еки уш торт бес алты» | ${NO_LETTER_HINT}`,
    ]);
    expect(warnings([seg('kk', 'бир еки уш торт бес алты жети сегиз')])).toEqual([
      `warning 1: this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «бир еки уш торт бес алты жети сегиз» | ${NO_LETTER_HINT}`,
    ]);
  });

  it('does not count a word that mixes scripts as a Cyrillic word of the sentence', () => {
    expect(warnings([seg('kk', 'бир еки уш торт бес Kала')])).toEqual([
      `warning 1: «Kала» mixes Latin and Cyrillic letters (Latin: K), which breaks search and sorting | type it in Cyrillic: «Кала»${LETTER_HINT}`,
    ]);
  });

  it('puts the sentence warning on the line where the sentence starts', () => {
    expect(checkLanguage([seg('kk', 'Бұл.\n  бир еки уш торт бес алты', 4)], []).map((p) => p.line)).toEqual([5]);
  });
});

describe('Russian words in Kazakh text', () => {
  it('names the word and the Kazakh to write, outside brackets and quotes only', () => {
    expect(warnings([seg('kk', 'Көл и тау (и «для») "или"; Жер участок.')])).toEqual([
      `warning 1: «и» is a Russian word in Kazakh text | ${RUSSIAN_HINT('және')}`,
      `warning 1: «участок» is a Russian word in Kazakh text | ${RUSSIAN_HINT('учаске')}`,
    ]);
  });

  it('takes a lone letter before ) or . as a list number, but not a longer word or another sign', () => {
    expect(warnings([seg('kk', 'в) тізім; в. тізім')])).toEqual([]);
    expect(warnings([seg('kk', 'Қала в, тізім')])).toEqual([
      `warning 1: «в» is a Russian word in Kazakh text | ${RUSSIAN_HINT('a case ending (-да/-де, -ға/-ге)')}`,
    ]);
    expect(warnings([seg('kk', 'Көл на. Тау')])).toEqual([
      `warning 1: «на» is a Russian word in Kazakh text | ${RUSSIAN_HINT('a case ending (-да/-де, -ға/-ге)')}`,
    ]);
    expect(warnings([seg('ru', 'Дом и участок')])).toEqual([]);
    expect(warnings([seg('kk', 'Көл «и» тау')])).toEqual([]);
    expect(warnings([seg('kk', 'на) тау')])).toEqual([
      `warning 1: «на» is a Russian word in Kazakh text | ${RUSSIAN_HINT('a case ending (-да/-де, -ға/-ге)')}`,
    ]);
  });
});

describe('the word lists', () => {
  it('corrects every Kazakh word typed without its letters to a form that has one', () => {
    for (const word of Object.keys(KAZAKH_WITHOUT_LETTERS)) {
      const [problem] = checkLanguage([seg('kk', word)], []);
      expect(problem?.message, word).toBe(`«${word}» is written without its Kazakh letter`);
      expect(problem?.hint, word).toMatch(/^write «[^»]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ][^»]*»$/u);
    }
  });

  it('gives a Kazakh form for every Russian word it finds in Kazakh text', () => {
    for (const word of Object.keys(RUSSIAN_ONLY_WORDS)) {
      const [problem] = checkLanguage([seg('kk', `Көл ${word}`)], []);
      expect(problem?.message, word).toBe(`«${word}» is a Russian word in Kazakh text`);
      expect(problem?.hint, word).toMatch(/^write it in Kazakh \(.*[а-яәғқңөұүһі].*\); a Russian term/u);
    }
  });
});

describe('the line of a word in a YAML value', () => {
  it('finds the first line from the value’s own line on that holds the word, in any case', () => {
    const file = ['title:', '  ru: Дом', '  kk: >-', '    Көл жане', '    ТАУ ЖАНЕ', 'next: x'];
    expect(checkLanguage([seg('kk', 'Көл жане ТАУ ЖАНЕ', 3, file)], []).map((p) => p.line)).toEqual([4, 4]);
    expect(checkLanguage([seg('kk', 'тау жане', 5, file)], []).map((p) => p.line)).toEqual([5]);
  });

  it('looks no further than 30 lines on, and falls back to the value’s line', () => {
    const file = ['  kk: x', ...Array.from({ length: 30 }, () => '    бос'), '    жане'];
    // Line 32, the 30th after line 2, is the last one searched from line 2; from line 1 it is too far.
    expect(checkLanguage([seg('kk', 'жане', 2, file)], []).map((p) => p.line)).toEqual([32]);
    expect(checkLanguage([seg('kk', 'жане', 1, file)], []).map((p) => p.line)).toEqual([1]);
    expect(checkLanguage([seg('kk', 'жане', 3, ['a', 'b'])], []).map((p) => p.line)).toEqual([3]);
  });

  it('looks for the first word of a trap phrase', () => {
    const file = ['kk: |', '  Біз', '  жер', '  телімін'];
    const traps: LanguageTrap[] = [{ lang: 'kk', word: 'жер телім*', preferred: 'жер учаскесі' }];
    expect(checkLanguage([seg('kk', 'Біз\nжер\nтелімін', 1, file)], traps).map((p) => p.line)).toEqual([3]);
  });
});

describe('blanking what stands in brackets and quotes', () => {
  it('keeps every offset and line break, closing the innermost first', () => {
    expect(outsideBracketsAndQuotes('а (б «в» г) д')).toBe('а           д');
    expect(outsideBracketsAndQuotes('а "б\nв" г')).toBe('а   \n   г');
    expect(outsideBracketsAndQuotes('а „б“ “в” г')).toBe('а         г');
    expect(outsideBracketsAndQuotes('а) б')).toBe('а) б');
    expect(outsideBracketsAndQuotes('(😀) а')).toBe('     а');
  });
});

describe('segments', () => {
  it('knows the checked language of a language file by its name only', () => {
    expect(checkedLangOfFile('content/offers/x/ru.mdx')).toBe('ru');
    expect(checkedLangOfFile('kk.mdx')).toBe('kk');
    expect(checkedLangOfFile('content\\offers\\x\\kk.mdx')).toBe('kk');
    expect(checkedLangOfFile('content/offers/x/en.mdx')).toBeUndefined();
    expect(checkedLangOfFile('content/offers/x/menu.mdx')).toBeUndefined();
    expect(checkedLangOfFile('content/offers/x/ru.mdx.bak')).toBeUndefined();
  });

  it('cuts a language file into one segment per line', () => {
    expect(mdxSegments('f.mdx', 'kk', 'a\nb')).toEqual([
      { file: 'f.mdx', lang: 'kk', text: 'a', line: 1 },
      { file: 'f.mdx', lang: 'kk', text: 'b', line: 2 },
    ]);
  });

  it('takes every ru and kk text of a YAML file at any depth, but not aliases, dates or other values', () => {
    const lines: Record<string, number> = { '["name","ru"]': 2, '["name","kk"]': 3, '["phases",0,"title","kk"]': 6, '["x","kk"]': 9 };
    const source: YamlSource = {
      file: 'content/x.yaml',
      data: {
        name: { en: 'Lake', ru: 'Озеро', kk: 'Көл' },
        aliases: { ru: 'озеро', kk: 'көл' },
        phases: [{ title: { kk: 'Кезең' } }, 'plain'],
        when: new Date('2026-01-01T00:00:00Z'),
        count: { ru: 5, kk: { ru: 'вложенный' } },
        x: { kk: 'без строки' },
        y: { en: 'only English' },
        nothing: null,
      },
      lineOf: (path) => (path[0] === 'x' ? undefined : (lines[JSON.stringify(path)] ?? 99)),
      text: 'a\nb',
    };
    expect(yamlSegments(source)).toEqual([
      { file: 'content/x.yaml', lang: 'ru', text: 'Озеро', line: 2, fileLines: ['a', 'b'] },
      { file: 'content/x.yaml', lang: 'kk', text: 'Көл', line: 3, fileLines: ['a', 'b'] },
      { file: 'content/x.yaml', lang: 'kk', text: 'Кезең', line: 6, fileLines: ['a', 'b'] },
      // A group under kk is walked like any other; a number under ru is not text.
      { file: 'content/x.yaml', lang: 'ru', text: 'вложенный', line: 99, fileLines: ['a', 'b'] },
    ]);
    expect(yamlSegments({ ...source, data: { ru: 'Дом' }, lineOf: () => 1, text: undefined })).toEqual([
      { file: 'content/x.yaml', lang: 'ru', text: 'Дом', line: 1, fileLines: [''] },
    ]);
  });
});
