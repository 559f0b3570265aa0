import { z } from 'astro/zod';
import { legalSourceSchema } from './legalSource.ts';
import { GRANTORS } from './offer.ts';

/** The legal source of one grantor's acquisition rules (content/grantors.yaml); offer pages and the invest page cite it. */
export const grantorSourceSchema = z.strictObject({
  /** The grantor, one of the values offers use in `acquisition.grantor`. */
  id: z
    .enum(GRANTORS, { error: `must be one of: ${GRANTORS.join(', ')}` })
    .describe('The grantor, one of the values offers use in `acquisition.grantor`.'),
  /** Where its routes and rights come from. */
  source: legalSourceSchema.describe('Where its routes and rights come from.'),
});
export type GrantorSource = z.infer<typeof grantorSourceSchema>;
