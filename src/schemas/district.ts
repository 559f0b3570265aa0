import { z } from 'astro/zod';
import { idSchema, localizedNameSchema, polygonSchema } from './common.ts';

/** An area of the catalog (content/districts/<id>/district.yaml); its prose is in en/ru/kk.mdx beside it. */
export const districtSchema = z.strictObject({
  /** Name in each language, e.g. "Karkaraly district". */
  name: localizedNameSchema.describe('Name in each language, e.g. "Karkaraly district".'),
  /** Id of the place that is the area's administrative centre. */
  centre: idSchema.describe("Id of the place that is the area's administrative centre."),
  /** Schematic outline used to check that offers lie inside the area. Not a legal boundary. */
  outline: polygonSchema.describe('Schematic outline used to check that offers lie inside the area. Not a legal boundary.'),
  /** Order on the site (lower first). */
  order: z.number().int().default(0).describe('Order on the site (lower first).'),
});
export type District = z.infer<typeof districtSchema>;
