// UI messages with numbers, for the server (t() in src/i18n) and client scripts alike, so a count
// reads the same before and after JavaScript runs. A message may hold plural blocks in a small
// subset of ICU MessageFormat that translation tools know:
//
//   "{count, plural, one {# предложение} few {# предложения} many {# предложений} other {# предложения}}"
//
// `#` is the number, `{name}` a plain placeholder. Which forms a language needs comes from
// Intl.PluralRules (CLDR): Russian one/few/many/other, Kazakh and English one/other. Imports
// nothing but the language list, so client bundles stay small.
import { LOCALE_TAGS, type Lang } from '../../schemas/langs.ts';

export type PluralCategory = Intl.LDMLPluralRule;
export type MessageParams = Record<string, string | number>;

type Part =
  | string
  | { kind: 'param'; name: string }
  | { kind: 'number' }
  | { kind: 'plural'; name: string; forms: Partial<Record<PluralCategory, Part[]>>; source: string };

const CATEGORY_ORDER: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
// Counts and quantities show at most two decimals; plural rules must see the same digits.
const DIGITS = 2;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function rules(lang: Lang, fractionDigits?: number): Intl.PluralRules {
  const key = `${lang}|${fractionDigits ?? ''}`;
  let r = pluralRules.get(key);
  if (!r) {
    r = new Intl.PluralRules(
      LOCALE_TAGS[lang],
      fractionDigits === undefined
        ? { maximumFractionDigits: DIGITS }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
    );
    pluralRules.set(key, r);
  }
  return r;
}

function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[lang], { maximumFractionDigits: DIGITS });
    numberFormats.set(lang, f);
  }
  return f;
}

/** The plural forms a message in `lang` must give, in CLDR order: ru → one, few, many, other. */
export function pluralCategories(lang: Lang): PluralCategory[] {
  const used = new Set(rules(lang).resolvedOptions().pluralCategories);
  return CATEGORY_ORDER.filter((c) => used.has(c));
}

/**
 * The number in a string already formatted for `lang` ("11,5", "1 234", "1,234.5"), with the count
 * of fraction digits it shows, or undefined. Views format numbers once and pass the text on; the form
 * must agree with the digits as shown ("1,0 гектара" is not "1 гектар").
 */
function parseFormatted(lang: Lang, text: string): { value: number; fractionDigits: number } | undefined {
  const parts = numberFormat(lang).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (group.trim()) s = s.split(group).join('');
  const [whole = '', fraction, extra] = s.split(decimal);
  if (extra !== undefined || !/^-?\d+$/.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  return { value: Number(`${whole}.${fraction ?? '0'}`), fractionDigits: fraction?.length ?? 0 };
}

/** The CLDR plural category of a count, given as a number or as text formatted for `lang`. */
export function pluralCategory(lang: Lang, value: number | string): PluralCategory {
  if (typeof value === 'number') return Number.isFinite(value) ? rules(lang).select(value) : 'other';
  const parsed = parseFormatted(lang, value);
  return parsed ? rules(lang, parsed.fractionDigits).select(parsed.value) : 'other';
}

class MessageSyntaxError extends Error {}

const parsed = new Map<string, Part[]>();

function parse(template: string): Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    let i = 0;
    const read = (inPlural: boolean, depth: number): Part[] => {
      const out: Part[] = [];
      let text = '';
      const flush = () => {
        if (text) out.push(text);
        text = '';
      };
      while (i < template.length) {
        const ch = template[i]!;
        if (ch === '}') {
          if (depth === 0) throw new MessageSyntaxError(`a "}" at ${i} closes nothing`);
          break;
        }
        if (ch === '#' && inPlural) {
          flush();
          out.push({ kind: 'number' });
          i++;
          continue;
        }
        if (ch !== '{') {
          text += ch;
          i++;
          continue;
        }
        flush();
        const start = i;
        const head = /^\{\s*(\w+)\s*(\}|,\s*plural\s*,)/.exec(template.slice(i));
        if (!head) throw new MessageSyntaxError(`"{" at ${i} starts neither {name} nor {name, plural, …}`);
        i += head[0].length;
        if (head[2] === '}') {
          out.push({ kind: 'param', name: head[1]! });
          continue;
        }
        const forms: Partial<Record<PluralCategory, Part[]>> = {};
        for (;;) {
          const sel = /^\s*(\w+)\s*\{/.exec(template.slice(i));
          if (!sel) break;
          const category = sel[1] as PluralCategory;
          if (!CATEGORY_ORDER.includes(category)) throw new MessageSyntaxError(`"${category}" is not a plural form`);
          if (forms[category]) throw new MessageSyntaxError(`the form "${category}" of {${head[1]}} is given twice`);
          i += sel[0].length;
          forms[category] = read(true, depth + 1);
          if (template[i] !== '}') throw new MessageSyntaxError(`the form "${category}" of {${head[1]}} is not closed`);
          i++;
        }
        const close = /^\s*\}/.exec(template.slice(i));
        if (!close) throw new MessageSyntaxError(`the plural block {${head[1]}, plural, …} is not closed`);
        i += close[0].length;
        out.push({ kind: 'plural', name: head[1]!, forms, source: template.slice(start, i) });
      }
      flush();
      return out;
    };
    parts = read(false, 0);
    parsed.set(template, parts);
  }
  return parts;
}

/** A parameter as the message shows it: numbers in the language's style ("1,5", "1 234"), text as given. */
const show = (lang: Lang, value: number | string) => (typeof value === 'number' ? numberFormat(lang).format(value) : value);

function render(parts: Part[], lang: Lang, params: MessageParams, count?: number | string): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.kind === 'number') out += count === undefined ? '#' : show(lang, count);
    else if (part.kind === 'param') out += part.name in params ? show(lang, params[part.name]!) : `{${part.name}}`;
    else {
      const value = params[part.name];
      const form = value === undefined ? undefined : (part.forms[pluralCategory(lang, value)] ?? part.forms.other);
      // A missing count leaves the block as written, like a missing {name}: visible, so a test catches it.
      out += form ? render(form, lang, params, value) : part.source;
    }
  }
  return out;
}

/**
 * A message in `lang` with `{name}` placeholders filled and each plural block reduced to the form its
 * count needs. Numbers are written in the language's style (counts only: years never go through a
 * message); text, such as a number a view has already formatted, is used as written.
 */
export function formatMessage(lang: Lang, template: string, params: MessageParams = {}): string {
  return render(parse(template), lang, params);
}

function walk(parts: Part[], visit: (part: Exclude<Part, string>) => void): void {
  for (const part of parts) {
    if (typeof part === 'string') continue;
    visit(part);
    if (part.kind === 'plural') for (const form of Object.values(part.forms)) walk(form, visit);
  }
}

/** Names of the parameters a message uses, plain or plural. */
export function messageParams(template: string): string[] {
  const names = new Set<string>();
  walk(parse(template), (p) => {
    if (p.kind !== 'number') names.add(p.name);
  });
  return [...names];
}

/** Names of the parameters a message chooses plural forms by. */
export function pluralParams(template: string): string[] {
  const names = new Set<string>();
  walk(parse(template), (p) => {
    if (p.kind === 'plural') names.add(p.name);
  });
  return [...names];
}

/**
 * What is wrong with a message in `lang`, for a translator: bad syntax, or a plural block that lacks
 * a form the language needs or gives one it never uses (Russian needs one, few, many and other).
 */
export function messageProblems(lang: Lang, template: string): string[] {
  let parts: Part[];
  try {
    parts = parse(template);
  } catch (error) {
    if (error instanceof MessageSyntaxError) return [error.message];
    throw error;
  }
  const needed = pluralCategories(lang);
  const problems: string[] = [];
  walk(parts, (p) => {
    if (p.kind !== 'plural') return;
    const given = CATEGORY_ORDER.filter((c) => p.forms[c]);
    const missing = needed.filter((c) => !given.includes(c));
    const unused = given.filter((c) => !needed.includes(c));
    if (missing.length || unused.length)
      problems.push(
        `{${p.name}, plural, …} must give exactly the forms ${needed.join(', ')} in ${lang}` +
          (missing.length ? `; missing ${missing.join(', ')}` : '') +
          (unused.length ? `; ${unused.join(', ')} not used in ${lang}` : ''),
      );
  });
  return problems;
}
