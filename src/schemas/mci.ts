import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { legalSourceSchema } from './legalSource.ts';

/** The monthly calculation index (MCI) of one year (content/mci.yaml); investment thresholds in MCI are converted with it. */
export const mciSchema = z.strictObject({
  /** Id, `mci-` and the year, e.g. `mci-2026`. */
  id: idSchema
    .regex(/^mci-\d{4}$/, { error: 'write `mci-` and the year, e.g. `mci-2026`' })
    .describe('Id, `mci-` and the year, e.g. `mci-2026`.'),
  /** The calendar year the value applies to. */
  year: z.number().int().min(2000).max(2100).describe('The calendar year the value applies to.'),
  /** Value of one MCI that year, tenge. */
  valueKzt: z
    .number()
    .int()
    .positive({ error: 'the MCI is a positive number of tenge, e.g. 4325' })
    .describe('Value of one MCI that year, tenge.'),
  /** The act that sets it (the republican budget law of that year). */
  source: legalSourceSchema.describe('The act that sets it (the republican budget law of that year).'),
});
export type Mci = z.infer<typeof mciSchema>;
