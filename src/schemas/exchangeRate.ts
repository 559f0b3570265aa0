import { z } from 'astro/zod';
import { isoDateSchema, localizedText, urlSchema } from './common.ts';

/** The currencies offer pages show approximate amounts in, besides tenge: lower-case ISO 4217 codes. */
export const FOREIGN_CURRENCIES = ['usd', 'eur'] as const;
export type ForeignCurrency = (typeof FOREIGN_CURRENCIES)[number];

/**
 * The official rate of the tenge to one foreign currency, set by the National Bank of Kazakhstan (NBK), in
 * content/exchange-rates.yaml. Offer pages convert tenge amounts with it and say that the result is
 * approximate, with the rate's date; while `verified` is false they also say that the rate was not checked.
 */
export const exchangeRateSchema = z.strictObject({
  /** The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency. */
  id: z
    .enum(FOREIGN_CURRENCIES, { error: 'write the currency as `usd` or `eur` (one item each)' })
    .describe('The currency, its lower-case ISO code: `usd` (US dollar) or `eur` (euro). One item per currency.'),
  /** Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals). */
  kztPerUnit: z
    .number({ error: 'write the tenge for one unit as a plain number with a dot, e.g. 444.32' })
    .positive({ error: 'the rate is a positive number of tenge, e.g. 444.32' })
    .max(100_000, { error: 'the rate is the tenge for ONE unit of the currency, e.g. 444.32; check the figure' })
    .describe('Tenge for one unit of the currency, as the NBK publishes it, e.g. 444.32 (a dot before the decimals).'),
  /** The day the NBK set the rate for (the date on its table), YYYY-MM-DD. The content check warns when it is more than 31 days old. */
  date: isoDateSchema.describe(
    'The day the NBK set the rate for (the date on its table), YYYY-MM-DD. The content check warns when it is more than 31 days old.',
  ),
  /** Where the rate comes from. */
  source: z
    .strictObject({
      /** Name of the publisher and its table, in each language. */
      name: localizedText(200).describe('Name of the publisher and its table, in each language.'),
      /** Address of the page that shows the rate. */
      url: urlSchema.describe('Address of the page that shows the rate.'),
    })
    .describe('Where the rate comes from.'),
  /** True only when someone has compared the figure with the NBK's published table of that date. */
  verified: z
    .boolean({
      error: "write `verified: true` only when you have compared the figure with the NBK's table of that date; otherwise `verified: false`",
    })
    .describe("True only when someone has compared the figure with the NBK's published table of that date."),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;
