import { z } from 'astro/zod';
import {
  ACQUISITION_ROUTES,
  LAND_CATEGORIES,
  OFFER_KINDS,
  OFFER_STATUSES,
  PRICE_BASES,
  RIGHTS,
  SEGMENTS,
  contactSchema,
  idSchema,
  isoDateSchema,
  offerFactsSchema,
  urlSchema,
} from '../../schemas/index.ts';
import { byLang, LANGS, type Lang } from '../../schemas/langs.ts';

/**
 * Version of the open-data format. Bump the major part when a field is removed or
 * changes meaning, the minor part when a field is added.
 */
export const OPEN_DATA_SCHEMA_VERSION = '1.1.0';

/**
 * One flat column per language, `title_en`, `title_ru`, …, for GeoJSON properties (GIS tools show
 * flat properties as columns but not nested objects).
 */
export function perLangColumns<P extends string, T>(prefix: P, make: (lang: Lang) => T): Record<`${P}_${Lang}`, T> {
  return Object.fromEntries(LANGS.map((lang) => [`${prefix}_${lang}`, make(lang)])) as Record<`${P}_${Lang}`, T>;
}

/** Text in each language: a language is absent while its translation is missing. */
const translatedTextSchema = z.strictObject(byLang(() => z.string().min(1).optional()));

/** An absolute URL per language. */
const urlPerLanguageSchema = z.strictObject(byLang(() => urlSchema));

/** A distance from the offer to a place investors measure by. */
export const openDataDistanceSchema = z.strictObject({
  /** Place id from places.yaml. */
  place: idSchema,
  /** Place name in each language. */
  name: translatedTextSchema,
  /** Great-circle distance, km, rounded to 0.1. */
  straightKm: z.number().nonnegative(),
  /** Road distance, km, where an official gave one. */
  roadKm: z.number().positive().optional(),
});

/** One offer in /data/offers.json: its facts exactly as in facts.yaml, plus texts, links and distances. */
export const openDataOfferSchema = z.strictObject({
  /** Offer id: the folder name in content/offers/. Stable; used in every URL. */
  id: idSchema,
  /** Title in each language. */
  title: translatedTextSchema,
  /** One or two sentence summary in each language. */
  summary: translatedTextSchema,
  /** Name of the offer's area in each language. */
  districtName: translatedTextSchema,
  /** Name of the nearest settlement in each language. */
  placeName: translatedTextSchema,
  /** Absolute addresses of the offer's pages. */
  links: z.strictObject({
    /** The full offer page in each language. */
    page: urlPerLanguageSchema,
    /** The embeddable single-offer card in each language. */
    embedCard: urlPerLanguageSchema,
    /** A small static map of the location (SVG). */
    thumbnail: urlSchema,
    /**
     * The absolute address of each document, in the order of `facts.documents`: the web address it was given
     * (`url`), or the site's own copy of a PDF kept with the offer (`file`). Added in 1.1.0.
     */
    documents: z.array(urlSchema),
  }),
  /** Distances to the nearest settlement, the area centre and the hubs, nearest first. */
  distances: z.array(openDataDistanceSchema),
  /** True when the audit visit is older than the stale limit on the day the file was built. */
  stale: z.boolean(),
  /** The responsible officer named in facts.contact. */
  contact: contactSchema,
  /** The facts exactly as content/offers/<id>/facts.yaml holds them, after validation. */
  facts: offerFactsSchema,
});
export type OpenDataOffer = z.infer<typeof openDataOfferSchema>;

/** The licence every data file is published under. */
export const openDataLicenceSchema = z.strictObject({
  /** SPDX identifier. */
  id: z.string().min(1),
  /** Licence text. */
  url: urlSchema,
});

/** /data/offers.json as a whole. */
export const offersDocumentSchema = z.strictObject({
  /** Format version (semantic versioning); see OPEN_DATA_SCHEMA_VERSION. */
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** When the file was built (ISO 8601, UTC). */
  generatedAt: z.iso.datetime(),
  /** Address of the JSON Schema that describes each offer. */
  schema: urlSchema,
  /** Licence of the data. */
  licence: openDataLicenceSchema,
  /** True while the offers are illustrative demonstration data, not official facts. */
  illustrative: z.boolean(),
  /** Number of offers. */
  count: z.number().int().nonnegative(),
  /** Every published offer, newest first. */
  offers: z.array(openDataOfferSchema),
});
export type OffersDocument = z.infer<typeof offersDocumentSchema>;

/** Flat properties of each feature in /data/offers.geojson (flat so GIS tools show them as columns). */
export const offerFeaturePropertiesSchema = z.strictObject({
  /** Offer id. */
  id: idSchema,
  /** `location` for the offer's point, `boundary` for its plot outline. */
  featureType: z.enum(['location', 'boundary']),
  kind: z.enum(OFFER_KINDS),
  status: z.enum(OFFER_STATUSES),
  /** Area id. */
  district: idSchema,
  /** Nearest settlement id. */
  place: idSchema,
  /** Land area, hectares. */
  areaHa: z.number().positive(),
  landCategory: z.enum(LAND_CATEGORIES),
  right: z.enum(RIGHTS),
  acquisitionRoute: z.enum(ACQUISITION_ROUTES),
  foreignOwnedEligible: z.boolean(),
  priceBasis: z.enum(PRICE_BASES),
  /** Price in tenge; null when the price is on request. */
  priceKzt: z.number().positive().nullable(),
  /** Estimated total investment in tenge; null when not given. */
  investmentKzt: z.number().positive().nullable(),
  /** Tourism segments, comma-separated, e.g. `beach,camping`. */
  segments: z.string().regex(new RegExp(`^(?:${SEGMENTS.join('|')})(?:,(?:${SEGMENTS.join('|')}))*$`)),
  /** Title in each language (`title_en`, …); null while that translation is missing. */
  ...perLangColumns('title', () => z.string().nullable()),
  /** The offer page in each language (`url_en`, …). */
  ...perLangColumns('url', () => urlSchema),
  /** Date of the audit visit. */
  auditDate: isoDateSchema,
  /** Date the facts were last changed or confirmed. */
  updated: isoDateSchema,
  stale: z.boolean(),
  /** True while the offer is illustrative demonstration data, not official facts (on every feature, for GIS tools that drop the file's own members). */
  illustrative: z.boolean(),
});
export type OfferFeatureProperties = z.infer<typeof offerFeaturePropertiesSchema>;

const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A GeoJSON feature (RFC 7946): a point for the offer, or a polygon for its plot outline. */
export const offerFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  /** `<offer id>` for points, `<offer id>/boundary` for outlines. */
  id: z.string(),
  geometry: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Point'), coordinates: positionSchema }),
    z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(positionSchema).min(4)).min(1) }),
  ]),
  properties: offerFeaturePropertiesSchema,
});
export type OfferFeature = z.infer<typeof offerFeatureSchema>;

/** /data/offers.geojson as a whole. */
export const offersFeatureCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  /** Same as in offers.json (a foreign member, allowed by RFC 7946). */
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  generatedAt: z.iso.datetime(),
  licence: openDataLicenceSchema,
  /** True while the offers are illustrative demonstration data, not official facts. */
  illustrative: z.boolean(),
  features: z.array(offerFeatureSchema),
});
export type OffersFeatureCollection = z.infer<typeof offersFeatureCollectionSchema>;

/**
 * The JSON Schema published at /data/offer.schema.json, generated from the zod schemas
 * above so it cannot drift from the content schema. Its root validates one offer;
 * `$defs` also holds the whole offers.json document, the GeoJSON collection and its
 * feature properties, so every data file can be checked against this one file.
 */
export function buildOfferJsonSchema(schemaUrl: string): Record<string, unknown> {
  const definitions = [
    [openDataOfferSchema, { id: 'Offer', title: 'One tourism investment offer' }],
    [offersDocumentSchema, { id: 'OffersDocument', title: 'The file /data/offers.json' }],
    [offerFeaturePropertiesSchema, { id: 'OfferFeatureProperties', title: 'Properties of a feature in /data/offers.geojson' }],
    [offersFeatureCollectionSchema, { id: 'OffersFeatureCollection', title: 'The file /data/offers.geojson' }],
  ] as const;
  const registry = z.registry<{ id: string; title: string }>();
  for (const [schema, meta] of definitions) registry.add(schema, meta);
  const { schemas } = z.toJSONSchema(registry, { io: 'output', uri: (id) => `#/$defs/${id}` });
  const defs: Record<string, unknown> = {};
  const titles = new Map<string, string>(definitions.map(([, meta]) => [meta.id, meta.title]));
  for (const [id, schema] of Object.entries(schemas)) {
    // Each def arrives as a standalone document; inside one file it needs neither $schema nor an $id.
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
    // z.toJSONSchema reads titles from the global metadata registry (which holds the fields' descriptions),
    // not from this one, so each definition's title is set here.
    defs[id] = { title: titles.get(id), ...rest };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Karaganda Tourism Investment Catalog: offer',
    description: `Open data format ${OPEN_DATA_SCHEMA_VERSION}. The root describes one item of offers.json; $defs describe the whole files.`,
    $ref: '#/$defs/Offer',
    $defs: defs,
  };
}
