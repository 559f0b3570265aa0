import { z } from 'astro/zod';
import { idSchema, localizedTextSchema, urlSchema } from './common.ts';

/** A support programme an offer may qualify for (content/incentives.yaml). Never a promise. */
export const incentiveSchema = z.strictObject({
  /** Id that offers use in `incentives:`. */
  id: idSchema,
  /** Programme name in each language. */
  name: localizedTextSchema,
  /** One or two sentences in each language on what the programme gives and to whom. */
  summary: localizedTextSchema,
  /** The law or act it comes from, as a citation. */
  legalBasis: localizedTextSchema,
  /** Official page that describes it. */
  url: urlSchema.optional(),
});
export type Incentive = z.infer<typeof incentiveSchema>;
