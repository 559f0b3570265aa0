// Wires content/ to the schemas in src/schemas/. Nothing else belongs here.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  contactSchema,
  districtSchema,
  districtTextSchema,
  incentiveSchema,
  offerFactsSchema,
  offerTextSchema,
  placeSchema,
} from './schemas/index.ts';

/** Content lives in content/ unless CATALOG_CONTENT_DIR points elsewhere (benchmarks, fixture builds). */
const contentDir = process.env.CATALOG_CONTENT_DIR ?? './content';

/** `content/offers/<id>/facts.yaml` → id `<id>`. */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0]!;
/** `content/offers/<id>/<lang>.mdx` → id `<id>/<lang>`. */
const folderLangId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  offers: defineCollection({
    loader: glob({ pattern: '*/facts.yaml', base: `${contentDir}/offers`, generateId: folderId }),
    schema: offerFactsSchema,
  }),
  offerTexts: defineCollection({
    loader: glob({ pattern: '*/{en,ru,kk}.mdx', base: `${contentDir}/offers`, generateId: folderLangId }),
    schema: offerTextSchema,
  }),
  districts: defineCollection({
    loader: glob({ pattern: '*/district.yaml', base: `${contentDir}/districts`, generateId: folderId }),
    schema: districtSchema,
  }),
  districtTexts: defineCollection({
    loader: glob({ pattern: '*/{en,ru,kk}.mdx', base: `${contentDir}/districts`, generateId: folderLangId }),
    schema: districtTextSchema,
  }),
  places: defineCollection({ loader: file(`${contentDir}/places.yaml`), schema: placeSchema }),
  contacts: defineCollection({ loader: file(`${contentDir}/contacts.yaml`), schema: contactSchema }),
  incentives: defineCollection({ loader: file(`${contentDir}/incentives.yaml`), schema: incentiveSchema }),
};
