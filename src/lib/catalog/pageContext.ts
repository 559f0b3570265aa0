// Server-side only: the opening every page under src/pages/[lang]/ shares. It reads Astro's
// collections through loadCatalog, so client code must never import this file.
import { LANGS, isLang, type Lang } from '../../schemas/langs.ts';
import { useTranslations } from '../../i18n/index.ts';
import { dataPaths, embedPaths } from '../embed/paths.ts';
import type { Catalog } from './buildCatalog.ts';
import { loadCatalog } from './loadCatalog.ts';
import { paths } from './paths.ts';

/** getStaticPaths of a page that exists once per language. */
export function languagePaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** getStaticPaths of a page that exists once per offer and language. */
export async function offerPaths() {
  const catalog = await loadCatalog();
  return LANGS.flatMap((lang) => catalog.offers.map((offer) => ({ params: { lang, id: offer.id } })));
}

/** getStaticPaths of a page that exists once per area and language. */
export async function districtPaths() {
  const catalog = await loadCatalog();
  return LANGS.flatMap((lang) => catalog.districts.map((district) => ({ params: { lang, id: district.id } })));
}

/** The site's addresses in one language. */
export function localPaths(lang: Lang) {
  return {
    home: paths.home(lang),
    offers: paths.offers(lang),
    invest: paths.invest(lang),
    data: dataPaths.page(lang),
    embed: embedPaths.partner(lang),
    offer: (id: string) => paths.offer(lang, id),
    district: (id: string) => paths.district(lang, id),
  };
}

/** What every page starts from: its language, a translator bound to it, the catalog, its addresses, and its id if it has one. */
export interface PageContext {
  lang: Lang;
  t: ReturnType<typeof useTranslations>;
  catalog: Catalog;
  paths: ReturnType<typeof localPaths>;
  /** The `[id]` route parameter; an empty string on pages without one. */
  id: string;
}

/** The page's context from its route parameters (`Astro.params`). */
export async function pageContext(astro: { params: Record<string, string | undefined> }): Promise<PageContext> {
  const { lang, id = '' } = astro.params;
  if (!isLang(lang)) throw new Error(`No such language: ${String(lang)}`);
  return { lang, t: useTranslations(lang), catalog: await loadCatalog(), paths: localPaths(lang), id };
}
