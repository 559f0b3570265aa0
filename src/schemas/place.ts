import { z } from 'astro/zod';
import { idSchema, latitudeSchema, localizedNameSchema, longitudeSchema } from './common.ts';

/** What sort of place a place entry is; hubs are used for distances. */
export const PLACE_TYPES = ['city', 'town', 'village', 'airport', 'lake', 'park', 'landmark'] as const;

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
  district: idSchema.optional().describe('Area the place belongs to, if it is inside one of the catalog\'s areas.'),
  /** True for places every offer page measures its distance to (airports, the regional centre, district seats). */
  hub: z.boolean().default(false).describe('True for places every offer page measures its distance to (airports, the regional centre, district seats).'),
  /** True when the coordinates are approximate. */
  approximate: z.boolean().default(false).describe('True when the coordinates are approximate.'),
});
export type Place = z.infer<typeof placeSchema>;
