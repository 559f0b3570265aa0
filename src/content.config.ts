// Wires content/ to the schemas in src/schemas/, following the one layout in src/lib/content/layout.ts.
// Nothing else belongs here: a new collection is declared in the layout, not here.
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import {
  CONTENT_LAYOUT,
  FOLDER_COLLECTIONS,
  LIST_COLLECTIONS,
  contentDirectory,
  entryIdOf,
  factsGlob,
  textIdOf,
  textsGlob,
  type ContentLayout,
  type FolderCollection,
  type FolderCollectionName,
  type ListCollection,
} from './lib/content/layout.ts';
import { listFileParser } from './lib/content/listFile.ts';

const contentDir = contentDirectory();

type SchemaOf<C> = C extends FolderCollection<infer F> ? F : C extends ListCollection<infer S> ? S : never;
type TextSchemaOf<C> = C extends FolderCollection<infer _F, infer T> ? T : never;
type TextsNameOf<C> = C extends FolderCollection<infer _F, infer _T, infer N> ? N : never;
/** One Astro collection per layout entry, plus one of language texts per folder collection, with their schemas' types. */
type Collection<S> = { loader: Loader; schema: S };
type Collections = { [K in keyof ContentLayout]: Collection<SchemaOf<ContentLayout[K]>> } & {
  [K in FolderCollectionName as TextsNameOf<ContentLayout[K]>]: Collection<TextSchemaOf<ContentLayout[K]>>;
};

const folderCollections = FOLDER_COLLECTIONS.flatMap((name) => {
  const c: FolderCollection = CONTENT_LAYOUT[name];
  const base = `${contentDir}/${c.folder}`;
  return [
    [
      name,
      defineCollection({
        loader: glob({ pattern: factsGlob(c), base, generateId: ({ entry }) => entryIdOf(entry) }),
        schema: c.factsSchema,
      }),
    ],
    [
      c.textsCollection,
      defineCollection({ loader: glob({ pattern: textsGlob(), base, generateId: ({ entry }) => textIdOf(entry) }), schema: c.textSchema }),
    ],
  ] as const;
});
const listCollections = LIST_COLLECTIONS.map((name) => {
  const c: ListCollection = CONTENT_LAYOUT[name];
  const path = `${contentDir}/${c.file}`;
  // The list sits under the file's one key (`places:`): the parser hands the file() loader the items under it.
  return [name, defineCollection({ loader: file(path, { parser: listFileParser(c, path) }), schema: c.schema })] as const;
});

// Built by walking the layout, so TypeScript cannot see the keys; the type above states them from the same layout.
export const collections = Object.fromEntries([...folderCollections, ...listCollections]) as unknown as Collections;
