import { z } from 'astro/zod';
import { idSchema, latitudeSchema, localizedNameSchema, longitudeSchema, tooLong } from './common.ts';
import { ALIAS_GROUPS, byLang, LANGS, LANGUAGE_NAMES_EN } from './langs.ts';

/** What sort of place a place entry is; hubs are used for distances. */
export const PLACE_TYPES = ['city', 'town', 'village', 'airport', 'lake', 'park', 'landmark'] as const;

/** Longest alternative spelling of a place name; real ones are under 20 characters. */
export const ALIAS_MAX = 60;

/** One other spelling of a place name that people type into the search. */
const aliasSchema = z
  .string({ error: 'an alias must be a word or two in quotes, e.g. `Balqash`' })
  .trim()
  .min(2, { error: 'an alias is empty or one letter: write the whole spelling, or delete it' })
  .max(ALIAS_MAX, tooLong('the alias', ALIAS_MAX));
const aliasList = (language: string) =>
  z
    .array(aliasSchema, { error: `the ${language} aliases must be a list, e.g. [Балкаш, Балхаш-город]` })
    .max(12, { error: `list at most 12 ${language} aliases: keep the spellings people really use` });

/** `en` (Latin), `ru` and `kk`: the keys aliases may be grouped under, for messages. */
const aliasKeys = LANGS.map((lang) =>
  ALIAS_GROUPS[lang].group === LANGUAGE_NAMES_EN[lang] ? `\`${lang}\`` : `\`${lang}\` (${ALIAS_GROUPS[lang].group})`,
);

/**
 * Other spellings of a place's name that people search for, one list per language of LANGS (Latin transliterations
 * under `en`); what each list holds is said in src/schemas/langs.ts.
 */
export const placeAliasesSchema = z.strictObject(
  byLang((lang) => aliasList(ALIAS_GROUPS[lang].group).optional().describe(ALIAS_GROUPS[lang].description)),
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `aliases are grouped by language: only ${aliasKeys.slice(0, -1).join(', ')} and ${aliasKeys.at(-1)} may be used`
        : 'aliases must be written like `{ ru: [Балкаш], en: [Balqash] }`',
  },
);
export type PlaceAliases = z.infer<typeof placeAliasesSchema>;

/** One settlement, hub or landmark (content/places.yaml). */
export const placeSchema = z.strictObject({
  /** Id that offers use in `place:`, e.g. `karkaraly`. */
  id: idSchema.describe('Id that offers use in `place:`, e.g. `karkaraly`.'),
  /** Name in each language. */
  name: localizedNameSchema.describe('Name in each language.'),
  /** What the place is. */
  type: z.enum(PLACE_TYPES, { error: `must be one of: ${PLACE_TYPES.join(', ')}` }).describe('What the place is.'),
  /** Latitude, decimal degrees. */
  lat: latitudeSchema.describe('Latitude, decimal degrees.'),
  /** Longitude, decimal degrees. */
  lon: longitudeSchema.describe('Longitude, decimal degrees.'),
  /** Area the place belongs to, if it is inside one of the catalog's areas. */
  district: idSchema.optional().describe("Area the place belongs to, if it is inside one of the catalog's areas."),
  /** True for places every offer page measures its distance to (airports, the regional centre, district seats). */
  hub: z
    .boolean()
    .default(false)
    .describe('True for places every offer page measures its distance to (airports, the regional centre, district seats).'),
  /** True when the coordinates are approximate. */
  approximate: z.boolean().default(false).describe('True when the coordinates are approximate.'),
  /** Other spellings people search for, by language; offers near the place (and its area) are found by them too. */
  aliases: placeAliasesSchema
    .default({})
    .describe('Other spellings people search for, by language; offers near the place (and its area) are found by them too.'),
});
export type Place = z.infer<typeof placeSchema>;
