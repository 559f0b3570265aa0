import { z } from 'astro/zod';
import { byLang, LANGUAGE_NAMES_EN, WRITING_RULES } from './langs.ts';

export { LANGS, type Lang } from './langs.ts';

/** Lower-case words joined by hyphens: the form of every id officials write. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id that other files refer to (an offer folder, a place, a contact). */
export const idSchema = z
  .string({ error: 'must be an id such as `shaitankol-glamping` (text in quotes is fine)' })
  .max(64, tooLong('an id', 64))
  .regex(ID_PATTERN, {
    error: 'must use only lower-case Latin letters, digits and single hyphens, e.g. `shaitankol-glamping`',
  });

/**
 * A limit on a text's length whose message says the limit and the current length, so an official knows how
 * much to cut: "the title is longer than 90 characters (it has 112): shorten it".
 */
export function tooLong(what: string, max: number) {
  return {
    error: (issue: { input?: unknown }) =>
      `${what} is longer than ${max} characters (it has ${typeof issue.input === 'string' ? issue.input.length : 'more'}): shorten it`,
  };
}

/**
 * A text written in every language of LANGS, each at most `max` characters. The limits keep pages, cards
 * and the open data readable and stop a pasted document from passing as a name.
 */
export function localizedText(max: number) {
  return z.strictObject(
    byLang((lang) =>
      z
        .string()
        .trim()
        .min(1, { error: `the ${LANGUAGE_NAMES_EN[lang]} text is empty` })
        .max(max, tooLong(`the ${LANGUAGE_NAMES_EN[lang]} text`, max))
        .describe(`${LANGUAGE_NAMES_EN[lang]} wording${WRITING_RULES[lang]}.`),
    ),
  );
}

/** Longest name of a place, an area, a person, a programme or an organisation (the longest real one is 95). */
export const NAME_MAX = 150;

/** A short text written in every language (labels and the like), at most 300 characters each. */
export const localizedTextSchema = localizedText(300);
/** A name in every language, at most NAME_MAX characters each. */
export const localizedNameSchema = localizedText(NAME_MAX);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A calendar date written as YYYY-MM-DD. YAML reads such a value as a Date,
 * so both forms are accepted and normalised to the string.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as YYYY-MM-DD, e.g. 2025-06-14' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD, e.g. 2025-06-14' })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: 'is not a real calendar date',
    }),
);

/** Latitude in decimal degrees (north positive). */
export const latitudeSchema = z
  .number({ error: 'latitude must be a number in decimal degrees, e.g. 49.4124' })
  .min(-90, { error: 'latitude must be between -90 and 90' })
  .max(90, { error: 'latitude must be between -90 and 90' });

/** Longitude in decimal degrees (east positive). */
export const longitudeSchema = z
  .number({ error: 'longitude must be a number in decimal degrees, e.g. 75.4723' })
  .min(-180, { error: 'longitude must be between -180 and 180' })
  .max(180, { error: 'longitude must be between -180 and 180' });

/** A point on the map. */
export const pointSchema = z.strictObject({
  /** Latitude, decimal degrees, WGS 84. */
  lat: latitudeSchema.describe('Latitude, decimal degrees, WGS 84.'),
  /** Longitude, decimal degrees, WGS 84. */
  lon: longitudeSchema.describe('Longitude, decimal degrees, WGS 84.'),
});
export type Point = z.infer<typeof pointSchema>;

/** A closed outline given as a list of [latitude, longitude] pairs (at least 3). */
export const polygonSchema = z
  .array(z.tuple([latitudeSchema, longitudeSchema], { error: 'each corner must be a pair [latitude, longitude]' }), {
    error: 'must be a list of [latitude, longitude] pairs',
  })
  .min(3, { error: 'an outline needs at least 3 corners' });
export type Polygon = z.infer<typeof polygonSchema>;

/** A positive amount of money in tenge (KZT). */
export const kztSchema = z
  .number({ error: 'must be an amount in tenge written as a plain number, e.g. 25000000 (no spaces or ₸)' })
  .positive({ error: 'must be more than zero' });

/** A web address starting with https:// (or http://). */
export const urlSchema = z
  .url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' })
  .max(2000, tooLong('the web address', 2000));
