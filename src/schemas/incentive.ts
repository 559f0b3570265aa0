import { z } from 'astro/zod';
import { idSchema, localizedNameSchema, localizedText, localizedTextSchema, urlSchema } from './common.ts';

/** A support programme an offer may qualify for (content/incentives.yaml). Never a promise. */
export const incentiveSchema = z.strictObject({
  /** Id that offers use in `incentives:`. */
  id: idSchema.describe('Id that offers use in `incentives:`.'),
  /** Programme name in each language. */
  name: localizedNameSchema.describe('Programme name in each language.'),
  /** One or two sentences in each language on what the programme gives and to whom. */
  summary: localizedText(500).describe('One or two sentences in each language on what the programme gives and to whom.'),
  /** The law or act it comes from, as a citation. */
  legalBasis: localizedTextSchema.describe('The law or act it comes from, as a citation.'),
  /** Official page that describes it. */
  url: urlSchema.optional().describe('Official page that describes it.'),
});
export type Incentive = z.infer<typeof incentiveSchema>;
