import { z } from 'astro/zod';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import type { Lang } from '../schemas/langs.ts';
import { formatMessage, type MessageParams, messageParams, messageProblems } from '../lib/i18n/plural.ts';

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

export const uiStrings: Record<Lang, Record<UiKey, string>> = {
  en: uiStringsSchema('en').parse(en),
  ru: uiStringsSchema('ru').parse(ru),
  kk: uiStringsSchema('kk').parse(kk),
};

/** A UI string with `{name}` placeholders filled and plural forms chosen by the counts. A missing key is a type error. */
export function t(lang: Lang, key: UiKey, params: MessageParams = {}): string {
  return formatMessage(lang, uiStrings[lang][key], params);
}

/** A translator bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: MessageParams) => t(lang, key, params);
}
