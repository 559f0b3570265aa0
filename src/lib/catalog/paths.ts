import { LANG_ALTERNATION, type Lang } from '../../schemas/langs.ts';

/** Site paths, in one place, so links never drift. All end in a slash (trailingSlash: always). */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  offers: (lang: Lang) => `/${lang}/offers/`,
  offer: (lang: Lang, id: string) => `/${lang}/offers/${id}/`,
  /**
   * The offer's cards alone, as HTML in JSON: `html` the catalog card, which the catalog's search fetches for results
   * not on the page it opened; `embedHtml` the list widget's card, fetched the same way by the widget.
   */
  offerCard: (lang: Lang, id: string) => `/${lang}/offers/${id}/card.json`,
  district: (lang: Lang, id: string) => `/${lang}/districts/${id}/`,
  invest: (lang: Lang) => `/${lang}/invest/`,
  /**
   * A PDF kept in the offer's folder (`documents[].file`): published once for every language, under the offer's id
   * and its own file name, so the address stays the same while the file keeps its name.
   */
  offerDocument: (id: string, file: string) => `/offers/${id}/docs/${file}`,
};

const LANG_PREFIX = new RegExp(`^/(${LANG_ALTERNATION})(?=/|$)`);

/** True for a language's home page, `/kk/`. */
export const isLanguageHome = (pathname: string): boolean => new RegExp(`^/(${LANG_ALTERNATION})/$`).test(pathname);

/** The same page in another language: swaps the first path segment. */
export function switchLanguage(pathname: string, to: Lang): string {
  return pathname.replace(LANG_PREFIX, `/${to}`);
}
