// The one description of how content/ is laid out. Astro's collections (src/content.config.ts), the checker
// (src/lib/validation/) and the catalog input (catalogInput.ts) all derive their paths and ids from it, so
// adding a collection is one declaration here plus its schema.
import type { z } from 'astro/zod';
import {
  LANGS,
  contactSchema,
  districtSchema,
  districtTextSchema,
  incentiveSchema,
  mciSchema,
  exchangeRateSchema,
  grantorSourceSchema,
  offerFactsSchema,
  offerTextSchema,
  placeSchema,
  type Lang,
} from '../../schemas/index.ts';
import type { Where } from '../mdx/contentComponents.ts';

/** A collection kept as one folder per entry: a facts YAML file plus one MDX text per language. */
export interface FolderCollection<F extends z.ZodType = z.ZodType, T extends z.ZodType = z.ZodType, N extends string = string> {
  shape: 'folders';
  /** Folder under content/ that holds one sub-folder per entry; the sub-folder's name is the entry id. */
  folder: string;
  /** The facts file in each entry folder. */
  factsFile: string;
  /** Schema of the facts file. */
  factsSchema: F;
  /** Name of the Astro collection of the language texts (ids `<entry id>/<lang>`). */
  textsCollection: N;
  /** Schema of a language file's front matter. */
  textSchema: T;
  /** What one entry is called in messages to officials; it also decides which MDX components its texts may use. */
  noun: Where;
  /** True when an entry folder may also hold photos and PDF documents. */
  holdsMedia: boolean;
}

/**
 * A collection kept as one YAML file holding a list of entries, each with an `id`. The list sits under one key
 * (`places:` in places.yaml), not at the file's top: the editor at /admin/ (Decap CMS) cannot edit a file whose
 * top level is a list (decaporg/decap-cms#531), and one layout serves both the editor and the people who edit in git.
 */
export interface ListCollection<S extends z.ZodType = z.ZodType> {
  shape: 'list';
  /** The YAML file under content/. */
  file: string;
  /** The one top-level key of the file, holding the list. */
  key: string;
  /** Schema of one item of the list. */
  schema: S;
}

const folders = <F extends z.ZodType, T extends z.ZodType, N extends string>(
  c: Omit<FolderCollection<F, T, N>, 'shape'>,
): FolderCollection<F, T, N> => ({ shape: 'folders', ...c });
const list = <S extends z.ZodType>(c: Omit<ListCollection<S>, 'shape'>): ListCollection<S> => ({ shape: 'list', ...c });

/** Every collection of content/, once. The key is the Astro collection name (and the checker's tree field). */
export const CONTENT_LAYOUT = {
  offers: folders({
    folder: 'offers',
    factsFile: 'facts.yaml',
    factsSchema: offerFactsSchema,
    textsCollection: 'offerTexts',
    textSchema: offerTextSchema,
    noun: 'offer',
    holdsMedia: true,
  }),
  districts: folders({
    folder: 'districts',
    factsFile: 'district.yaml',
    factsSchema: districtSchema,
    textsCollection: 'districtTexts',
    textSchema: districtTextSchema,
    noun: 'district',
    holdsMedia: false,
  }),
  places: list({ file: 'places.yaml', key: 'places', schema: placeSchema }),
  contacts: list({ file: 'contacts.yaml', key: 'contacts', schema: contactSchema }),
  incentives: list({ file: 'incentives.yaml', key: 'incentives', schema: incentiveSchema }),
  mci: list({ file: 'mci.yaml', key: 'mci', schema: mciSchema }),
  grantors: list({ file: 'grantors.yaml', key: 'grantors', schema: grantorSourceSchema }),
  exchangeRates: list({ file: 'exchange-rates.yaml', key: 'rates', schema: exchangeRateSchema }),
} as const;

/** The layout's type, for code that maps over it. */
export type ContentLayout = typeof CONTENT_LAYOUT;
/** Names of the folder collections (offers, districts). */
export type FolderCollectionName = {
  [K in keyof ContentLayout]: ContentLayout[K] extends FolderCollection ? K : never;
}[keyof ContentLayout];
/** Names of the list collections (places, contacts, incentives, …). */
export type ListCollectionName = { [K in keyof ContentLayout]: ContentLayout[K] extends ListCollection ? K : never }[keyof ContentLayout];

/** Folder collections, in layout order. */
export const FOLDER_COLLECTIONS = (Object.keys(CONTENT_LAYOUT) as Array<keyof ContentLayout>).filter(
  (k): k is FolderCollectionName => CONTENT_LAYOUT[k].shape === 'folders',
);
/** List collections, in layout order. */
export const LIST_COLLECTIONS = (Object.keys(CONTENT_LAYOUT) as Array<keyof ContentLayout>).filter(
  (k): k is ListCollectionName => CONTENT_LAYOUT[k].shape === 'list',
);

/** Why a list file's data is not `{ <key>: [ … ] }`, in words for an official, with the fix; undefined when it is. */
export interface ListShapeProblem {
  message: string;
  hint: string;
}

/**
 * The items of a list file as parsed (`{ places: [ … ] }` → the list), or what is wrong with its shape. One
 * function for the build's loader and the content check, so they cannot disagree on what a list file is.
 */
export function listItemsOf(collection: ListCollection, data: unknown): { items: unknown[] } | { problem: ListShapeProblem } {
  const { key } = collection;
  const where = `see content/README.md, "Lists"`;
  if (Array.isArray(data))
    return {
      problem: {
        message: `the list must sit under \`${key}:\` (the file starts with \`- id: …\`, the old layout)`,
        hint: `add a line \`${key}:\` above the first \`- id:\` (after the comments at the top), and leave the items as they are; ${where}`,
      },
    };
  const isMapping = typeof data === 'object' && data !== null;
  const keys = isMapping ? Object.keys(data) : [];
  if (!isMapping || keys.length !== 1 || keys[0] !== key)
    return {
      problem: {
        message: `must hold one key, \`${key}:\`, with the list of items under it${keys.length > 0 ? ` (found ${keys.map((k) => `\`${k}\``).join(', ')})` : ''}`,
        hint: `write \`${key}:\` on its own line, then each item starting with \`- id: …\`; ${where}`,
      },
    };
  const items = (data as Record<string, unknown>)[key];
  if (items === null) return { items: [] };
  if (!Array.isArray(items))
    return {
      problem: {
        message: `\`${key}:\` must be a list, each item starting with \`- id: …\``,
        hint: `put each item on its own lines under \`${key}:\`, starting with \`- id: …\`; ${where}`,
      },
    };
  return { items };
}

/** Folders at the top of content/ that hold no collection: the officials' guide. */
export const GUIDE_FOLDER = 'docs';
/** The one data file of the guide folder: words to avoid in ru/kk texts, read by the content check only. */
export const LANGUAGE_TRAPS_FILE = 'language-traps.yaml';
/** Files at the top of content/ that hold no collection. */
export const TOP_README = 'README.md';

/** Name of an entry's language file: `en.mdx`. */
export const languageFile = (lang: Lang): string => `${lang}.mdx`;
/** Every language file name an entry folder may hold, in language order. */
export const LANGUAGE_FILES: readonly string[] = LANGS.map(languageFile);

/** Files an entry folder of `collection` holds besides media: its facts file and its language files. */
export function entryTextFiles(collection: FolderCollection): ReadonlySet<string> {
  return new Set([collection.factsFile, ...LANGUAGE_FILES]);
}

/** Glob, relative to the collection folder, of the facts files: `*\/facts.yaml`. */
export const factsGlob = (collection: FolderCollection): string => `*/${collection.factsFile}`;
/** Glob, relative to the collection folder, of the language files: `*\/{en,ru,kk}.mdx`. */
export const textsGlob = (): string => `*/{${LANGS.join(',')}}.mdx`;

/** Id of an entry from a facts path relative to its collection folder: `<id>/facts.yaml` → `<id>`. */
export const entryIdOf = (relativePath: string): string => relativePath.split('/')[0]!;
/** Id of a language text from its path relative to the collection folder: `<id>/<lang>.mdx` → `<id>/<lang>`. */
export const textIdOf = (relativePath: string): string => relativePath.replace(/\.mdx$/, '');
/** The text id of an entry in a language, as Astro stores it: `<id>/<lang>`. */
export const textId = (entryId: string, lang: Lang): string => `${entryId}/${lang}`;

/** Content lives in content/ unless CATALOG_CONTENT_DIR points elsewhere (benchmarks, fixture builds). */
export function contentDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CATALOG_CONTENT_DIR ?? './content';
}
