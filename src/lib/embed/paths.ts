import { DEFAULT_LANG, type Lang } from '../../schemas/langs.ts';

/** Addresses of the embeds, the data files and the partner pages, in one place (all directory URLs end in a slash). */
export const embedPaths = {
  /** The page for partners that builds a snippet. */
  partner: (lang: Lang) => `/${lang}/embed/`,
  /** Every offer's id and title in a language, for the builder's "one offer" choice. */
  choices: (lang: Lang) => `/${lang}/embed/choices.json`,
  /** The list widget; filtered by query parameters. */
  list: (lang: Lang) => `/${lang}/embed/offers/`,
  /** The single-offer card widget. */
  card: (lang: Lang, id: string) => `/${lang}/embed/offers/${id}/`,
  /** What the list widget filters on, for every offer (language-neutral); fetched only for a query past the default cards. */
  index: '/embed/offers.json',
  /** The loader script partners add with one tag. */
  loader: '/embed.js',
};

/** Addresses of the open data files and the page that explains them. */
export const dataPaths = {
  page: (lang: Lang) => `/${lang}/data/`,
  feed: (lang: Lang) => `/${lang}/feed.xml`,
  json: '/data/offers.json',
  geojson: '/data/offers.geojson',
  /** Built by the editor workflow (audit-register columns); linked from here. */
  csv: '/data/offers.csv',
  schema: '/data/offer.schema.json',
};

/**
 * The static location thumbnail of an offer in a language (an SVG built at build time). The English one
 * keeps the address the open data files have always linked to; Russian and Kazakh add the language.
 */
export const offerThumbnailPath = (id: string, lang: Lang = DEFAULT_LANG) =>
  lang === DEFAULT_LANG ? `/maps/offers/${id}.svg` : `/maps/offers/${id}.${lang}.svg`;
