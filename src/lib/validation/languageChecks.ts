import type { LanguageTrap } from '../../schemas/languageTrap.ts';
import type { ContentProblem } from './problems.ts';
import type { YamlSource } from './parseYaml.ts';

/**
 * Warnings on the Russian and Kazakh wording of content: glossary trap words, words that mix Latin and
 * Cyrillic letters, Kazakh written without its own letters, and Russian words inside Kazakh text. Such
 * slips break search and sorting and read as careless to a native reader, but the page still works, so
 * each is a warning with the form to write instead. Pure: the caller reads the files.
 */

/** The languages whose wording is checked. */
export type CheckedLang = 'ru' | 'kk';

/** One piece of text in one language, with the line of the file where it starts. */
export interface LanguageSegment {
  file: string;
  lang: CheckedLang;
  text: string;
  /** 1-based line of the file where `text` starts. */
  line: number;
  /**
   * The file's lines, when `text` is a YAML value that may span several of them (or was unfolded by the
   * parser): a finding is then placed on the first line, from `line` on, that holds the word.
   */
  fileLines?: readonly string[];
}

/** The letters Kazakh has and Russian does not; a Kazakh sentence of any length almost always has one. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
/** A Kazakh sentence with this many Cyrillic words and no Kazakh letter is taken as typed without them. */
export const MIN_WORDS_WITHOUT_KAZAKH_LETTERS = 6;

/**
 * Very common Kazakh words as they come out when typed on a Russian keyboard, with the right spelling. Only
 * forms that are not words of their own in either language are listed (so «бойынша», which has no Kazakh
 * letter, is right as it is).
 */
export const KAZAKH_WITHOUT_LETTERS: Readonly<Record<string, string>> = {
  жане: 'және',
  ушін: 'үшін',
  ушин: 'үшін',
  үшин: 'үшін',
  кала: 'қала',
  каласы: 'қаласы',
  каласында: 'қаласында',
  калалык: 'қалалық',
  каркаралы: 'Қарқаралы',
  балкаш: 'Балқаш',
  караганды: 'Қарағанды',
  облысынын: 'облысының',
  учаскеси: 'учаскесі',
  мемлекеттик: 'мемлекеттік',
  улттык: 'ұлттық',
  табиги: 'табиғи',
  кажет: 'қажет',
  жагажай: 'жағажай',
  конак: 'қонақ',
  конакуй: 'қонақүй',
  туристик: 'туристік',
  кызмет: 'қызмет',
  курылыс: 'құрылыс',
  тенге: 'теңге',
  казакстан: 'Қазақстан',
  республикасынын: 'Республикасының',
  инвестициялык: 'инвестициялық',
  жылгы: 'жылғы',
  жок: 'жоқ',
  жумыс: 'жұмыс',
  орналаскан: 'орналасқан',
};

/**
 * Russian words that are never Kazakh words, with the Kazakh to write instead. Kazakh text may give a Russian
 * term in parentheses or quotes at first use, so those parts are not searched. Words that are also
 * Kazakh words («от» fire, «без» gland, «не» what, «да», «же», «мен», «база») are deliberately absent.
 */
export const RUSSIAN_ONLY_WORDS: Readonly<Record<string, string>> = {
  и: 'және',
  в: 'a case ending (-да/-де, -ға/-ге)',
  во: 'a case ending (-да/-де, -ға/-ге)',
  на: 'a case ending (-да/-де, -ға/-ге)',
  для: 'үшін',
  или: 'немесе',
  по: 'бойынша',
  что: 'деген / екенін',
  как: 'ретінде / сияқты',
  это: 'бұл',
  из: '-дан/-ден',
  до: 'дейін',
  при: 'кезінде',
  но: 'бірақ',
  если: 'егер',
  также: 'сондай-ақ',
  который: 'ол / -тын/-тін',
  которая: 'ол / -тын/-тін',
  которые: 'ол / -тын/-тін',
  гостевой: 'қонақ үй',
  гостевого: 'қонақ үй',
  гостевые: 'қонақ үйлер',
  дом: 'үй',
  отдыха: 'демалыс',
  земельный: 'жер',
  участок: 'учаске',
  участка: 'учаске',
  земли: 'жерлер',
  здание: 'ғимарат',
  гостиница: 'қонақүй',
  гостиницы: 'қонақүй',
  услуги: 'қызметтер',
  отдых: 'демалыс',
  аренда: 'жалдау',
  аренды: 'жалдау',
  площадь: 'ауданы',
  город: 'қала',
  района: 'ауданы',
  область: 'облыс',
  области: 'облысы',
  озеро: 'көл',
  год: 'жыл',
  года: 'жыл',
  лет: 'жыл',
};

/** Latin letters that look like Cyrillic ones, with the Cyrillic letter a typist most likely meant. */
const LATIN_LOOK_ALIKES = [...'ABCEHKMOPTXYaceopxyIiı'];
const CYRILLIC_MEANT = [...'АВСЕНКМОРТХУасеорхуІіі'];
const LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries(LATIN_LOOK_ALIKES.map((ch, i) => [ch, CYRILLIC_MEANT[i]!]));

const LETTER = String.raw`[\p{L}\p{M}]`;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Replaces every match of `pattern` with spaces, keeping offsets (and line breaks) where they were. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
}

/** Web and mail addresses, code in backticks and MDX/HTML tags: none of it is prose in a language. */
function proseOnly(text: string): string {
  return blank(text, /`[^`\n]*`|<[^>\n]*>|\b(?:https?:\/\/|www\.)[^\s)\]>»"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu);
}

/** Blanks what stands inside (parentheses), «guillemets», „quotes“ and "straight quotes", nested or not. */
export function outsideBracketsAndQuotes(text: string): string {
  const closers: string[] = [];
  const pairs: Record<string, string> = { '(': ')', '«': '»', '„': '“', '“': '”' };
  let out = '';
  for (const ch of text) {
    const open = pairs[ch];
    if (ch === closers.at(-1)) {
      closers.pop();
      out += ' ';
    } else if (ch === '"' && closers.at(-1) !== '"') {
      closers.push('"');
      out += ' ';
    } else if (open) {
      closers.push(open);
      out += ' ';
    } else out += closers.length && ch !== '\n' ? ' '.repeat(ch.length) : ch;
  }
  return out;
}

/** A pattern for a trap's word: whole words, any case, `*` for any ending, any run of spaces between words. */
export function trapPattern(word: string): RegExp {
  const parts = word
    .trim()
    .split(/\s+/)
    .map((w) => {
      const stem = w.endsWith('*') ? w.slice(0, -1) : w;
      const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return w.endsWith('*') ? `${escaped}${LETTER}*` : escaped;
    });
  // Boundaries by hand: \b knows only Latin letters, so «жер телімі» would match inside «жер телімін».
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

/** The word with its Latin look-alikes typed in Cyrillic. */
export function cyrillicSpelling(word: string): string {
  return [...word].map((ch) => (LATIN.test(ch) ? (LOOK_ALIKES[ch] ?? ch) : ch)).join('');
}

const lower = (s: string) => s.toLocaleLowerCase('kk');

/** The line of the file where a word found at `offset` of the segment stands. */
function lineOf(segment: LanguageSegment, offset: number, word: string): number {
  if (!segment.fileLines) return segment.line + (segment.text.slice(0, offset).match(/\n/g)?.length ?? 0);
  const first = lower(word.split(/\s+/)[0]!);
  // A YAML value spans a few lines at most; looking further would find the word in another value.
  for (let i = segment.line - 1; i < Math.min(segment.fileLines.length, segment.line + 30); i++) {
    if (lower(segment.fileLines[i]!).includes(first)) return i + 1;
  }
  return segment.line;
}

/** Sentences of a text with their offsets: a sentence ends at . ! ? … ; or a line break. */
function sentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = /[^.!?…;\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], offset: m.index });
  return out;
}

/** The quote shown in a message: at most eight words of the sentence. */
function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
}

const LANGUAGE_NAME: Record<CheckedLang, string> = { ru: 'Russian', kk: 'Kazakh' };

/** Every language warning for the segments, in the order found. */
export function checkLanguage(segments: readonly LanguageSegment[], traps: readonly LanguageTrap[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const warn = (segment: LanguageSegment, offset: number, word: string, message: string, hint: string) =>
    problems.push({ severity: 'warning', file: segment.file, line: lineOf(segment, offset, word), message, hint });
  const patterns = traps.map((trap) => ({ trap, pattern: trapPattern(trap.word) }));

  for (const segment of segments) {
    const prose = proseOnly(segment.text);

    for (const { trap, pattern } of patterns) {
      if (trap.lang !== segment.lang) continue;
      for (const m of prose.matchAll(pattern)) {
        warn(
          segment,
          m.index,
          m[0],
          `«${m[0].replace(/\s+/g, ' ')}» is a form to avoid in ${LANGUAGE_NAME[segment.lang]} text${trap.note ? ` (${trap.note})` : ''}`,
          `write «${trap.preferred}»`,
        );
      }
    }

    for (const m of prose.matchAll(WORD)) {
      const word = m[0];
      if (!LATIN.test(word) || !CYRILLIC.test(word)) continue;
      const latin = [...new Set([...word].filter((ch) => LATIN.test(ch)))].join(', ');
      warn(
        segment,
        m.index,
        word,
        `«${word}» mixes Latin and Cyrillic letters (Latin: ${latin}), which breaks search and sorting`,
        `type it in Cyrillic: «${cyrillicSpelling(word)}»${segment.lang === 'kk' ? ' (check whether a Kazakh letter such as Қ, Ң, Ү, Ұ, Ө, Ә, Ғ, Һ or І is meant)' : ''}`,
      );
    }

    if (segment.lang !== 'kk') continue;

    for (const m of prose.matchAll(WORD)) {
      const right = KAZAKH_WITHOUT_LETTERS[lower(m[0])];
      if (right)
        warn(
          segment,
          m.index,
          m[0],
          `«${m[0]}» is written without its Kazakh letter`,
          `write «${m[0][0] === m[0][0]!.toUpperCase() ? right[0]!.toUpperCase() + right.slice(1) : right}»`,
        );
    }

    const outside = outsideBracketsAndQuotes(prose);
    for (const sentence of sentences(outside)) {
      const words = sentence.text.match(WORD) ?? [];
      const cyrillic = words.filter((w) => CYRILLIC.test(w) && !LATIN.test(w));
      if (cyrillic.length < MIN_WORDS_WITHOUT_KAZAKH_LETTERS || cyrillic.some((w) => KAZAKH_LETTERS.test(w))) continue;
      const start = sentence.offset + sentence.text.search(/\S/);
      const quoted = segment.text.slice(start, sentence.offset + sentence.text.length);
      warn(
        segment,
        start,
        cyrillic[0]!,
        `this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «${opening(quoted)}»`,
        'type the Kazakh letters where the words need them; if the sentence is Russian, write it in Kazakh',
      );
    }

    for (const m of outside.matchAll(WORD)) {
      const kazakh = RUSSIAN_ONLY_WORDS[lower(m[0])];
      // A lone letter before ")" or "." numbers a list item (а), ә), б), в)), as in Kazakh legal texts.
      if (kazakh && !(m[0].length === 1 && /[).]/.test(outside[m.index + 1] ?? '')))
        warn(
          segment,
          m.index,
          m[0],
          `«${m[0]}» is a Russian word in Kazakh text`,
          `write it in Kazakh (${kazakh}); a Russian term may follow the Kazakh one in parentheses at first use`,
        );
    }
  }
  return problems;
}

/** The checked language of a language file name (`ru.mdx` → ru), or undefined for the others. */
export function checkedLangOfFile(file: string): CheckedLang | undefined {
  const m = /(?:^|[\\/])(ru|kk)\.mdx$/.exec(file);
  return m ? (m[1] as CheckedLang) : undefined;
}

/** A language file (front matter and body) as one segment per line, so every finding has its exact line. */
export function mdxSegments(file: string, lang: CheckedLang, text: string): LanguageSegment[] {
  return text.split('\n').map((line, i) => ({ file, lang, text: line, line: i + 1 }));
}

/** Fields whose ru/kk values are not prose: the search's alternative spellings are deliberately loose. */
const NOT_PROSE = new Set(['aliases']);

/** Every ru and kk string value of a YAML file (`{ en, ru, kk }` maps at any depth), with its line. */
export function yamlSegments(source: YamlSource): LanguageSegment[] {
  const segments: LanguageSegment[] = [];
  const fileLines = (source.text ?? '').split('\n');
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) {
        if (NOT_PROSE.has(key)) continue;
        if ((key === 'ru' || key === 'kk') && typeof child === 'string') {
          const line = source.lineOf([...path, key]);
          if (line !== undefined) segments.push({ file: source.file, lang: key, text: child, line, fileLines });
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(source.data, []);
  return segments;
}
