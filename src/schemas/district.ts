import { z } from 'astro/zod';
import { idSchema, localizedTextSchema, polygonSchema } from './common.ts';

/** An area of the catalog (content/districts/<id>/district.yaml); its prose is in en/ru/kk.mdx beside it. */
export const districtSchema = z.strictObject({
  /** Name in each language, e.g. "Karkaraly district". */
  name: localizedTextSchema,
  /** Id of the place that is the area's administrative centre. */
  centre: idSchema,
  /** Schematic outline used to check that offers lie inside the area. Not a legal boundary. */
  outline: polygonSchema,
  /** Order on the site (lower first). */
  order: z.number().int().default(0),
});
export type District = z.infer<typeof districtSchema>;
