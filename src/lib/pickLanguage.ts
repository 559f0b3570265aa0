import { DEFAULT_LANG, langOfTag, type Lang } from '../schemas/langs.ts';

/** The first of the browser's preferred languages that the site has; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const match = langOfTag(tag);
    if (match) return match;
  }
  return DEFAULT_LANG;
}
