import { z } from 'astro/zod';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import type { Lang } from '../schemas/langs.ts';

export type UiKey = keyof typeof en;

/** Every language must have exactly the English keys, each with non-empty text. */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);

export const uiStrings: Record<Lang, Record<UiKey, string>> = {
  en,
  ru: uiStringsSchema.parse(ru),
  kk: uiStringsSchema.parse(kk),
};

/** A UI string with `{name}` placeholders filled in. A missing key is a type error. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return uiStrings[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** A translator bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}
