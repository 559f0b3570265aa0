import { z } from 'astro/zod';
import { idSchema, latitudeSchema, localizedTextSchema, longitudeSchema } from './common.ts';

/** What sort of place a place entry is; hubs are used for distances. */
export const PLACE_TYPES = ['city', 'town', 'village', 'airport', 'lake', 'park', 'landmark'] as const;

/** One settlement, hub or landmark (content/places.yaml). */
export const placeSchema = z.strictObject({
  /** Id that offers use in `place:`, e.g. `karkaraly`. */
  id: idSchema,
  /** Name in each language. */
  name: localizedTextSchema,
  /** What the place is. */
  type: z.enum(PLACE_TYPES, { error: `must be one of: ${PLACE_TYPES.join(', ')}` }),
  /** Latitude, decimal degrees. */
  lat: latitudeSchema,
  /** Longitude, decimal degrees. */
  lon: longitudeSchema,
  /** Area the place belongs to, if it is inside one of the catalog's areas. */
  district: idSchema.optional(),
  /** True for places every offer page measures its distance to (airports, the regional centre, district seats). */
  hub: z.boolean().default(false),
  /** True when the coordinates are approximate. */
  approximate: z.boolean().default(false),
});
export type Place = z.infer<typeof placeSchema>;
