import type { Lang } from '../../schemas/common.ts';

/** Site paths, in one place, so links never drift. All end in a slash (trailingSlash: always). */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  offers: (lang: Lang) => `/${lang}/offers/`,
  offer: (lang: Lang, id: string) => `/${lang}/offers/${id}/`,
  district: (lang: Lang, id: string) => `/${lang}/districts/${id}/`,
  invest: (lang: Lang) => `/${lang}/invest/`,
};

/** The same page in another language: swaps the first path segment. */
export function switchLanguage(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(en|ru|kk)(?=\/|$)/, `/${to}`);
}
