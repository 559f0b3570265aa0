// The accessible names of the iframes a partner page gets, from the translations (`embed.frameTitle.*`), so a new
// language brings its own. Server-side only: the loader receives them at build time (src/pages/embed.js.ts) and
// the embed builder from its data attributes, so neither bundles every UI string.
import { t } from '../../i18n/index.ts';
import { byLang, type Lang } from '../../schemas/langs.ts';

/** The title of a list iframe and of a single-offer (card) iframe, per language. */
export type FrameTitles = Record<Lang, { list: string; card: string }>;

/** Every language's iframe titles, as the translations give them. */
export function frameTitles(): FrameTitles {
  return byLang((lang) => ({ list: t(lang, 'embed.frameTitle.list'), card: t(lang, 'embed.frameTitle.card') }));
}
