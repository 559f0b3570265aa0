import { z } from 'astro/zod';
import { idSchema, localizedNameSchema, localizedText } from './common.ts';
import { legalSourceSchema } from './legalSource.ts';
import { GRANTORS, OFFER_KINDS, RIGHTS, SEGMENTS } from './offer.ts';

const oneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

/** A minimum investment in MCI, for all areas or for the listed ones. */
export const investmentThresholdSchema = z.strictObject({
  /** Minimum investment, in monthly calculation indices (MCI). */
  mci: z.number().int().positive().describe('Minimum investment, in monthly calculation indices (MCI).'),
  /** Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold. */
  districts: z
    .array(idSchema)
    .min(1)
    .optional()
    .describe('Areas this threshold applies to (e.g. a priority tourist area); leave out for the general threshold.'),
  /** Where the threshold comes from. */
  source: legalSourceSchema.describe('Where the threshold comes from.'),
});

/**
 * Which offers may qualify, as data. An offer qualifies when it passes every rule given; a rule
 * left out does not restrict. The site computes each offer's list from these rules.
 */
export const eligibilitySchema = z.strictObject({
  /** Offer kinds that can qualify. */
  kinds: z
    .array(z.enum(OFFER_KINDS, { error: oneOf(OFFER_KINDS) }))
    .min(1)
    .optional()
    .describe('Offer kinds that can qualify.'),
  /** Rights that can qualify. */
  rights: z
    .array(z.enum(RIGHTS, { error: oneOf(RIGHTS) }))
    .min(1)
    .optional()
    .describe('Rights that can qualify.'),
  /** Grantors whose offers can qualify. */
  grantors: z
    .array(z.enum(GRANTORS, { error: oneOf(GRANTORS) }))
    .min(1)
    .optional()
    .describe('Grantors whose offers can qualify.'),
  /** Activities (segments) that can qualify; an offer needs at least one of them. */
  segments: z
    .array(z.enum(SEGMENTS, { error: oneOf(SEGMENTS) }))
    .min(1)
    .optional()
    .describe('Activities (segments) that can qualify; an offer needs at least one of them.'),
  /** Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas. */
  minInvestment: z
    .array(investmentThresholdSchema)
    .min(1)
    .optional()
    .describe("Minimum estimated investment in MCI: the threshold listing the offer's area wins, else the one without areas."),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

/** A support programme an offer may qualify for (content/incentives.yaml). Never a promise. */
export const incentiveSchema = z.strictObject({
  /** Id of the programme. */
  id: idSchema.describe('Id of the programme.'),
  /** Programme name in each language. */
  name: localizedNameSchema.describe('Programme name in each language.'),
  /** One or two sentences in each language on what the programme gives and to whom. */
  summary: localizedText(500).describe('One or two sentences in each language on what the programme gives and to whom.'),
  /** The act and article it comes from. */
  source: legalSourceSchema.describe('The act and article it comes from.'),
  /** Which offers may qualify. */
  eligibility: eligibilitySchema.describe('Which offers may qualify.'),
});
export type Incentive = z.infer<typeof incentiveSchema>;
