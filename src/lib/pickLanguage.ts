import { LANGS, type Lang } from '../schemas/langs.ts';

/** The first of the browser's preferred languages that the site has; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGS.find((l) => l === base);
    if (match) return match;
  }
  return 'en';
}
