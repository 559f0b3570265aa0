// Where the share pictures live. One per offer and language, because the picture carries the title,
// kind, status and place names in the language of the page that is shared (a Kazakh link previews in
// Kazakh); one site picture per language for every other page.
import type { Lang } from '../../schemas/langs.ts';

export const ogImagePaths = {
  offer: (lang: Lang, id: string) => `/og/${lang}/offers/${id}.png`,
  site: (lang: Lang) => `/og/${lang}/site.png`,
};
