// Kept free of zod so that client scripts can import the language list without bundling a schema library.

/** The catalog's languages, in the order the site shows them. */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];
