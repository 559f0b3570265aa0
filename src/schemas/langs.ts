// The one list of the catalog's languages and what the site needs to know about each. Everything
// else (routes, the sitemap, Intl formatting, the embed loader, quality gates, the schemas' per-language
// fields, the open data and the register's columns) derives from it, so a new language is added here
// (its code in LANGS, its entry in LANGUAGES), in src/i18n/<lang>.json (UI strings, and the words code needs:
// embed iframe titles, new-file stubs, search synonyms) and in content. tests/unit/languageWords.test.ts says
// what is missing. Kept free of zod so that client scripts can import it without bundling a schema library.

/** The catalog's languages, in the order the site shows them. */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the x-default pages and the fallback for a missing translation. */
export const DEFAULT_LANG: Lang = 'en';

/** What the site needs to know about one language. */
interface LanguageSettings {
  /** Its name in itself, as the language switcher and picker show it. */
  name: string;
  /** Its name in English, for messages to officials and the register's notes. */
  englishName: string;
  /** BCP 47 tag for Intl formatting and the feeds' <language>: the region is Kazakhstan's, English is British. */
  locale: string;
  /** How officials write it, appended to "<englishName> wording" in the field reference. */
  writingRule: string;
  /** What a place's search aliases under this language's key are (content/places.yaml `aliases:`), for the field reference. */
  aliases: { group: string; description: string };
}

/** Everything per language, one entry each: a new language adds its code to LANGS and its entry here. */
const LANGUAGES: Record<Lang, LanguageSettings> = {
  en: {
    name: 'English',
    englishName: 'English',
    locale: 'en-GB',
    writingRule: '',
    // Latin spellings of Kazakh names are transliterations, not English words.
    aliases: { group: 'Latin', description: 'Latin spellings (transliterations such as `Balqash`, `Qarqaraly`).' },
  },
  ru: {
    name: 'Русский',
    englishName: 'Russian',
    locale: 'ru-KZ',
    writingRule: ', following GLOSSARY.md',
    aliases: {
      group: 'Russian',
      description: "Russian spellings people type besides the catalog's own name, e.g. colloquial forms (see GLOSSARY.md).",
    },
  },
  kk: {
    name: 'Қазақша',
    englishName: 'Kazakh',
    locale: 'kk-KZ',
    writingRule: ' in Cyrillic, following GLOSSARY.md',
    aliases: {
      group: 'Kazakh',
      description:
        "Kazakh spellings people type besides the catalog's own name, e.g. variants the official register uses (see GLOSSARY.md).",
    },
  },
};

/** One value for each language, in the order of LANGS: `byLang((lang) => z.string())`. */
export function byLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;
}

// The tables below are marked pure so that bundlers drop the ones a script does not use (the embed
// loader needs only LANGS), and with them the LANGUAGES entries.

/** Each language's name in itself, as the language switcher and picker show it. */
export const LANGUAGE_NAMES: Record<Lang, string> = /* @__PURE__ */ byLang((lang) => LANGUAGES[lang].name);

/** Each language's name in English, for messages to officials and the register's notes. */
export const LANGUAGE_NAMES_EN: Record<Lang, string> = /* @__PURE__ */ byLang((lang) => LANGUAGES[lang].englishName);

/** How officials write each language, for the field reference: `Kazakh wording in Cyrillic, following GLOSSARY.md.` */
export const WRITING_RULES: Record<Lang, string> = /* @__PURE__ */ byLang((lang) => LANGUAGES[lang].writingRule);

/** BCP 47 tags for Intl formatting and the feeds' <language>: the region is Kazakhstan's, English is British. */
export const LOCALE_TAGS: Record<Lang, string> = /* @__PURE__ */ byLang((lang) => LANGUAGES[lang].locale);

/** What each language's key under a place's `aliases:` holds: its group name ("Latin") and its field description. */
export const ALIAS_GROUPS: Record<Lang, { group: string; description: string }> = /* @__PURE__ */ byLang((lang) => LANGUAGES[lang].aliases);

/** Open Graph wants `ll_CC` rather than a BCP 47 tag. */
export const ogLocale = (lang: Lang): string => LOCALE_TAGS[lang].replace('-', '_');

/** `en|ru|kk`, for URL patterns that start with a language segment. */
export const LANG_ALTERNATION = LANGS.join('|');

/** True for one of the catalog's language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of a tag such as `kk-KZ` or `RU`, when the catalog has it. */
export function langOfTag(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split('-')[0];
  return isLang(base) ? base : undefined;
}
