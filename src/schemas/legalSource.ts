import { z } from 'astro/zod';
import { localizedText, urlSchema } from './common.ts';

/** Where a legal statement comes from. The site shows it beside the statement, and says "not verified" while `verified` is false. */
export const legalSourceSchema = z.strictObject({
  /** The act (law, code, decree, order) or the report, in each language. */
  act: localizedText(300).describe('The act (law, code, decree, order) or the report, in each language.'),
  /** Article or paragraph, e.g. "art. 286"; leave out when the source has no articles. */
  article: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('Article or paragraph, e.g. "art. 286"; leave out when the source has no articles.'),
  /** Address of the official text or the report. */
  url: urlSchema.optional().describe('Address of the official text or the report.'),
  /** True only when someone has read the current text of the act and found the statement there. */
  verified: z
    .boolean({ error: 'write `verified: true` only when you have read the current text of the act; otherwise `verified: false`' })
    .describe('True only when someone has read the current text of the act and found the statement there.'),
});
export type LegalSource = z.infer<typeof legalSourceSchema>;
