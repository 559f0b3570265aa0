import { z } from 'astro/zod';
import { formatMessage, type MessageParams, messageParams, messageProblems } from '../lib/i18n/plural.ts';
import { LANGS, type Lang } from '../schemas/langs.ts';
import en from './en.json' with { type: 'json' };

export type UiKey = keyof typeof en;

/**
 * Every language must have exactly the English keys, each with non-empty text that uses only the
 * English message's parameters and gives each plural block the forms `lang` needs (ru: one, few,
 * many, other; en, kk: one, other; see lib/i18n/plural.ts).
 */
export const uiStringsSchema = (lang: Lang) =>
  z.strictObject(
    Object.fromEntries(
      Object.entries(en).map(([key, english]) => [
        key,
        z
          .string()
          .min(1)
          .superRefine((text, ctx) => {
            const problems = messageProblems(lang, text);
            const known = new Set(messageParams(english));
            const unknown = problems.length ? [] : messageParams(text).filter((name) => !known.has(name));
            if (unknown.length) problems.push(`{${unknown.join('}, {')}} is not a parameter of the English message`);
            for (const message of problems) ctx.addIssue({ code: 'custom', message });
          }),
      ]),
    ) as Record<UiKey, z.ZodString>,
  );

// Each language's file is found by its code in LANGS, so a new language needs no line here, only its
// <lang>.json (English, imported above for its keys, is loaded the same way). Loaded once, when this
// module is first imported; a missing or incomplete file fails the build then.
const files = await Promise.all(
  LANGS.map(async (lang) => {
    const file: unknown = (await import(`./${lang}.json`, { with: { type: 'json' } })).default;
    return [lang, uiStringsSchema(lang).parse(file)] as const;
  }),
);

export const uiStrings = Object.fromEntries(files) as Record<Lang, Record<UiKey, string>>;

/** A UI string with `{name}` placeholders filled and plural forms chosen by the counts. A missing key is a type error. */
export function t(lang: Lang, key: UiKey, params: MessageParams = {}): string {
  return formatMessage(lang, uiStrings[lang][key], params);
}

/** A translator bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: MessageParams) => t(lang, key, params);
}
