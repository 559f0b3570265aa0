import type { Lang } from '../../schemas/langs.ts';

/** Addresses of the shortlist feature (all end in a slash, as every page does). */
export const shortlistPaths = {
  shortlist: (lang: Lang) => `/${lang}/shortlist/`,
  compare: (lang: Lang) => `/${lang}/compare/`,
  /** An offer's compare record in one language (what the shortlist and compare pages read). */
  record: (lang: Lang, id: string) => `/${lang}/shortlist/${id}.json`,
};
