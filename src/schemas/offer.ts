import { z } from 'astro/zod';
import {
  idSchema,
  isoDateSchema,
  kztSchema,
  localizedNameSchema,
  localizedText,
  localizedTextSchema,
  pointSchema,
  tooLong,
  polygonSchema,
  urlSchema,
} from './common.ts';
import { acquisitionProblems } from '../lib/rules/acquisition.ts';

const oneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

/** The three kinds of offer. */
export const OFFER_KINDS = ['land-plot', 'infrastructure', 'large-project'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * Where an offer stands. The three bidding statuses follow the route: an auction, a tender and a
 * competition are different procedures. `closed` stays published so links keep working.
 */
export const OFFER_STATUSES = [
  'available',
  'reserved',
  'at-auction',
  'at-tender',
  'at-competition',
  'under-negotiation',
  'closed',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** The seven land categories of the Land Code. */
export const LAND_CATEGORIES = [
  'agricultural',
  'settlement',
  'industry-transport',
  'protected-recreational',
  'forest-fund',
  'water-fund',
  'reserve',
] as const;
export type LandCategory = (typeof LAND_CATEGORIES)[number];

/**
 * The right an investor would get. `lease` is a land-lease right (temporary paid land use);
 * `property-lease` lets a building; `park-land-use` is use of national-park land.
 */
export const RIGHTS = ['lease', 'property-lease', 'park-land-use', 'ownership', 'trust-management', 'ppp'] as const;
export type Right = (typeof RIGHTS)[number];

/** How the right is acquired. Which routes are allowed depends on the grantor (src/lib/rules/acquisition.ts). */
export const ACQUISITION_ROUTES = ['auction', 'tender', 'competition', 'direct-sale', 'negotiation'] as const;
export type AcquisitionRoute = (typeof ACQUISITION_ROUTES)[number];

/**
 * Who grants the right: the akimat for state land outside protected areas, the park's authorised
 * body for national-park land, the akimat as owner of communal buildings, the public partner of a
 * PPP, or a private owner.
 */
export const GRANTORS = ['akimat-land', 'national-park', 'communal-property', 'ppp', 'private-owner'] as const;
export type Grantor = (typeof GRANTORS)[number];

/**
 * What a price figure means. `start-price` and `sale-price` are paid once; `annual-lease` is paid every
 * year; `cadastral-value` is a reference value, paid once if at all. `on-request` means no figure is published.
 */
export const PRICE_BASES = ['start-price', 'sale-price', 'cadastral-value', 'annual-lease', 'on-request'] as const;
export type PriceBasis = (typeof PRICE_BASES)[number];

/** Tourism segments an offer suits. */
export const SEGMENTS = [
  'beach',
  'eco-tourism',
  'glamping',
  'hotel',
  'camping',
  'ski',
  'health-resort',
  'ethno-tourism',
  'roadside-service',
  'recreation-base',
  'hiking',
] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Audited technical condition of buildings. */
export const CONDITIONS = ['good', 'satisfactory', 'needs-repair', 'emergency', 'no-buildings'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** The utilities an offer reports on. */
export const UTILITY_KEYS = ['power', 'water', 'sewage', 'heat', 'gas', 'internet', 'road'] as const;
export type UtilityKey = (typeof UTILITY_KEYS)[number];

/** Road surfaces. */
export const ROAD_SURFACES = ['asphalt', 'gravel', 'dirt'] as const;

/** What an owner of an existing object offers. */
export const OBJECT_OFFERS = ['sale', 'lease', 'trust-management', 'ppp', 'operator-wanted'] as const;

/** Utilities an existing object has of its own. */
export const OWN_UTILITIES = ['borehole', 'septic-tank', 'generator', 'boiler', 'solar'] as const;

/** Kinds of document an offer may link. */
export const DOCUMENT_TYPES = [
  'title',
  'cadastral-plan',
  'audit-report',
  'master-plan',
  'technical-conditions',
  'presentation',
  'other',
] as const;

const utilityBase = {
  /** True when the network is on the plot or at the given distance and can be connected. */
  available: z
    .boolean({ error: 'write `available: true` or `available: false`' })
    .describe('True when the network is on the plot or at the given distance and can be connected.'),
  /** Distance to the nearest connection point, metres (0 = on site). */
  distanceM: z
    .number()
    .min(0, { error: 'a distance cannot be negative' })
    .optional()
    .describe('Distance to the nearest connection point, metres (0 = on site).'),
  /** Estimated cost to connect, tenge. */
  connectionCostKzt: kztSchema.optional().describe('Estimated cost to connect, tenge.'),
  /** Estimated time to connect, months. */
  connectionMonths: z.number().positive().optional().describe('Estimated time to connect, months.'),
};

/** Availability of the seven utilities, each with capacity and distance where known. */
export const utilitiesSchema = z.strictObject({
  /** Electricity; capacity in kW. */
  power: z
    .strictObject({
      ...utilityBase,
      /** Capacity available, kW. */ capacityKw: z.number().positive().optional().describe('Capacity available, kW.'),
    })
    .describe('Electricity; capacity in kW.'),
  /** Water supply; capacity in cubic metres a day. */
  water: z
    .strictObject({
      ...utilityBase,
      /** Capacity available, m³ per day. */ capacityM3PerDay: z.number().positive().optional().describe('Capacity available, m³ per day.'),
    })
    .describe('Water supply; capacity in cubic metres a day.'),
  /** Sewerage. */
  sewage: z.strictObject(utilityBase).describe('Sewerage.'),
  /** Heat supply. */
  heat: z.strictObject(utilityBase).describe('Heat supply.'),
  /** Gas supply. */
  gas: z.strictObject(utilityBase).describe('Gas supply.'),
  /** Fixed or mobile internet; speed in Mbit/s. */
  internet: z
    .strictObject({
      ...utilityBase,
      /** Typical speed, Mbit/s. */ speedMbps: z.number().positive().optional().describe('Typical speed, Mbit/s.'),
    })
    .describe('Fixed or mobile internet; speed in Mbit/s.'),
  /** Road access. */
  road: z
    .strictObject({
      ...utilityBase,
      /** Surface of the last stretch to the site. */
      surface: z.enum(ROAD_SURFACES, { error: oneOf(ROAD_SURFACES) }).describe('Surface of the last stretch to the site.'),
      /** True when the road is passable all year, winter included. */
      allSeason: z
        .boolean({ error: 'write `allSeason: true` or `allSeason: false`' })
        .describe('True when the road is passable all year, winter included.'),
    })
    .describe('Road access.'),
});
export type Utilities = z.infer<typeof utilitiesSchema>;

/** Size and legal status of the land. */
export const landSchema = z.strictObject({
  /** Area in hectares. */
  areaHa: z
    .number({ error: 'must be the area in hectares as a number, e.g. 12.5' })
    .positive({ error: 'the area must be more than zero hectares' })
    .describe('Area in hectares.'),
  /** Cadastral number, digits and dashes. Demonstration numbers start with 00- so they are visibly fictitious. */
  cadastralNumber: z
    .string({ error: 'must be written in quotes, e.g. "00-000-000-001"' })
    .regex(/^\d{2}(?:-\d{1,4}){2,4}$/, { error: 'must be digits in groups separated by dashes, e.g. "09-134-021-345"' })
    .optional()
    .describe('Cadastral number, digits and dashes. Demonstration numbers start with 00- so they are visibly fictitious.'),
  /** Land category under the Land Code. */
  category: z.enum(LAND_CATEGORIES, { error: oneOf(LAND_CATEGORIES) }).describe('Land category under the Land Code.'),
});

/** The right offered and its term. */
export const rightSchema = z.strictObject({
  /** The right the investor would hold. */
  type: z.enum(RIGHTS, { error: oneOf(RIGHTS) }).describe('The right the investor would hold.'),
  /** Term in years, for a lease or trust management. */
  termYears: z.number().int().positive().max(99).optional().describe('Term in years, for a lease or trust management.'),
  /** Whether a Kazakh company with foreign participation may acquire it. Always false on agricultural land. */
  foreignOwnedEligible: z
    .boolean({ error: 'write `foreignOwnedEligible: true` or `false`' })
    .describe('Whether a Kazakh company with foreign participation may acquire it. Always false on agricultural land.'),
});

/** How to acquire. */
export const acquisitionSchema = z.strictObject({
  /** Who grants the right; it decides which routes and rights are possible. */
  grantor: z.enum(GRANTORS, { error: oneOf(GRANTORS) }).describe('Who grants the right; it decides which routes and rights are possible.'),
  /** The legal route. */
  route: z.enum(ACQUISITION_ROUTES, { error: oneOf(ACQUISITION_ROUTES) }).describe('The legal route.'),
  /** Link to the lot itself (not the portal's home page); leave it out until the lot is published. */
  lotUrl: urlSchema.optional().describe("Link to the lot itself (not the portal's home page); leave it out until the lot is published."),
  /** Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition. */
  date: isoDateSchema
    .optional()
    .describe('Date bids close (auction, tender or competition); required while the status is at-auction, at-tender or at-competition.'),
  /** Guarantee fee a bidder pays, tenge, as the lot notice sets it. */
  depositKzt: kztSchema.optional().describe('Guarantee fee a bidder pays, tenge, as the lot notice sets it.'),
});

/** The price and what it means. */
export const priceSchema = z.strictObject({
  /** What the amount means, or `on-request`. */
  basis: z.enum(PRICE_BASES, { error: oneOf(PRICE_BASES) }).describe('What the amount means, or `on-request`.'),
  /** Amount in tenge; leave out only when the basis is on-request. */
  amountKzt: kztSchema.optional().describe('Amount in tenge; leave out only when the basis is on-request.'),
  /** What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known. */
  yearlyAfterKzt: kztSchema
    .optional()
    .describe('What the holder pays every year after acquiring (annual rent or land-use fee), tenge, where known.'),
});

/** The audit of this site. */
export const auditSchema = z.strictObject({
  /** Date of the site visit. */
  date: isoDateSchema.describe('Date of the site visit.'),
  /** Organisation that did it, in each language. */
  auditor: localizedNameSchema.describe('Organisation that did it, in each language.'),
  /** Condition of the buildings, or `no-buildings` for bare land. */
  condition: z.enum(CONDITIONS, { error: oneOf(CONDITIONS) }).describe('Condition of the buildings, or `no-buildings` for bare land.'),
});

/** A photo; the file sits in the offer's folder. */
export const photoSchema = z.strictObject({
  /** File name in the offer folder, e.g. `shore.jpg`. */
  file: z
    .string()
    .max(100, tooLong('the file name', 100))
    .regex(/^[\w.-]+\.(?:jpe?g|png|webp|avif)$/i, { error: 'must be a .jpg, .png, .webp or .avif file name in the offer folder' })
    .describe('File name in the offer folder, e.g. `shore.jpg`.'),
  /** What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error. */
  alt: localizedTextSchema
    .optional()
    .describe('What the photo shows, in each language, for people who cannot see it. Missing alt text is a warning, not an error.'),
});

/**
 * A document investors can download or open: a web address (`url`) or a PDF kept in the offer's folder (`file`),
 * exactly one of the two. The site publishes a `file` once, at /offers/<id>/docs/<file>, for every language.
 */
export const documentSchema = z
  .strictObject({
    /** Title in each language. */
    title: localizedText(200).describe('Title in each language.'),
    /** What sort of document. */
    type: z.enum(DOCUMENT_TYPES, { error: oneOf(DOCUMENT_TYPES) }).describe('What sort of document.'),
    /** Web address of the document on another site; leave out when the PDF is in the offer folder (`file`). */
    url: urlSchema
      .optional()
      .describe('Web address of the document on another site; leave out when the PDF is in the offer folder (`file`).'),
    /** PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`). */
    file: z
      .string()
      .max(100, tooLong('the file name', 100))
      .regex(/^[\w.-]+\.pdf$/i, { error: 'must be a .pdf file name in the offer folder' })
      .optional()
      .describe('PDF file name in the offer folder, e.g. `title.pdf`; leave out when the document is a web address (`url`).'),
  })
  // Exactly one of the two: the page links one place, and an official sees which one the site will use.
  .superRefine((doc, ctx) => {
    if (doc.url === undefined && doc.file === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          'a document needs `file:` (the name of a PDF in the offer folder, e.g. `title.pdf`) or `url:` (a web address starting with https://): add one of them',
      });
    if (doc.url !== undefined && doc.file !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          'a document has both `file:` and `url:`, and the site can link only one: keep `file:` for the PDF in the offer folder or `url:` for the web address, and delete the other line',
      });
  });
export type OfferDocument = z.infer<typeof documentSchema>;

/** A road distance an official knows, to a place. */
export const roadDistanceSchema = z.strictObject({
  /** Place id. */
  place: idSchema.describe('Place id.'),
  /** Kilometres by road. */
  km: z.number().positive().describe('Kilometres by road.'),
});

const commonFields = {
  /** Where the offer stands. */
  status: z.enum(OFFER_STATUSES, { error: oneOf(OFFER_STATUSES) }).describe('Where the offer stands.'),
  /** Area id: `balkhash` or `karkaraly`. */
  district: idSchema.describe('Area id: `balkhash` or `karkaraly`.'),
  /** Id of the nearest settlement (city, town or village) in places.yaml. */
  place: idSchema.describe('Id of the nearest settlement (city, town or village) in places.yaml.'),
  /** Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml. */
  namedLocation: idSchema
    .optional()
    .describe('Id of the named location the site lies in or at (a lake, the national park, a landmark) in places.yaml.'),
  /** The point investors see on maps. */
  location: pointSchema.describe('The point investors see on maps.'),
  /** Optional outline of the plot. */
  boundary: polygonSchema.optional().describe('Optional outline of the plot.'),
  /** Area and legal category of the land. */
  land: landSchema.describe('Area and legal category of the land.'),
  /** Land target purpose in each language, quoted from the title document. */
  targetPurpose: localizedText(400).describe('Land target purpose in each language, quoted from the title document.'),
  /** The right offered. */
  right: rightSchema.describe('The right offered.'),
  /** How to acquire it. */
  acquisition: acquisitionSchema.describe('How to acquire it.'),
  /** Price or on request. */
  price: priceSchema.describe('Price or on request.'),
  /** Estimated total investment needed, tenge. */
  investmentKzt: kztSchema.optional().describe('Estimated total investment needed, tenge.'),
  /** Utilities. */
  utilities: utilitiesSchema.describe('Utilities.'),
  /** Tourism segments it suits (at least one). */
  segments: z
    .array(z.enum(SEGMENTS, { error: oneOf(SEGMENTS) }))
    .min(1, { error: 'list at least one segment' })
    .describe('Tourism segments it suits (at least one).'),
  /** Optional: ids from incentives.yaml. The site computes the list from each programme's rules; a listed id the rules reject is an error. */
  incentives: z
    .array(idSchema)
    .default([])
    .describe(
      "Optional: ids from incentives.yaml. The site computes the list from each programme's rules; a listed id the rules reject is an error.",
    ),
  /** The audit visit. */
  audit: auditSchema.describe('The audit visit.'),
  /** Photos with alt text. */
  photos: z.array(photoSchema).default([]).describe('Photos with alt text.'),
  /** Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two. */
  documents: z
    .array(documentSchema)
    .default([])
    .describe('Documents, each a web address (`url`) or a PDF in the offer folder (`file`), exactly one of the two.'),
  /** Id of the responsible officer in contacts.yaml. */
  contact: idSchema.describe('Id of the responsible officer in contacts.yaml.'),
  /** Road distances officials know. Straight-line distances are computed by the site. */
  roadDistances: z
    .array(roadDistanceSchema)
    .default([])
    .describe('Road distances officials know. Straight-line distances are computed by the site.'),
  /** Date first published. */
  published: isoDateSchema.describe('Date first published.'),
  /** Date the facts were last changed or confirmed. */
  updated: isoDateSchema.describe('Date the facts were last changed or confirmed.'),
  /** Show on the home page. */
  featured: z.boolean().default(false).describe('Show on the home page.'),
  /** Not ready: the checker lists it, the site does not publish it. Delete the line to publish. */
  draft: z
    .boolean({ error: 'write `draft: true`, or delete the line to publish the offer' })
    .default(false)
    .describe('Not ready: the checker lists it, the site does not publish it. Delete the line to publish.'),
};

/** Extra facts for an existing building or complex. */
export const infrastructureObjectSchema = z.strictObject({
  /** Object type in each language, e.g. "recreation base". */
  type: localizedNameSchema.describe('Object type in each language, e.g. "recreation base".'),
  /** Current owner, in each language. */
  owner: localizedNameSchema.describe('Current owner, in each language.'),
  /** What the owner offers. */
  offered: z
    .array(z.enum(OBJECT_OFFERS, { error: oneOf(OBJECT_OFFERS) }))
    .min(1)
    .describe('What the owner offers.'),
  /** Total floor area, m². */
  floorAreaM2: z.number().positive().optional().describe('Total floor area, m².'),
  /** Year built. */
  yearBuilt: z.number().int().min(1850).max(2100).optional().describe('Year built.'),
  /** Year of the last major renovation. */
  yearRenovated: z.number().int().min(1850).max(2100).optional().describe('Year of the last major renovation.'),
  /** Rooms. */
  rooms: z.number().int().nonnegative().optional().describe('Rooms.'),
  /** Beds (one-time capacity). */
  beds: z.number().int().nonnegative().optional().describe('Beds (one-time capacity).'),
  /** Months it operates, 1–12. */
  seasonMonths: z.array(z.number().int().min(1).max(12)).optional().describe('Months it operates, 1–12.'),
  /** Beach frontage, metres. */
  beachFrontageM: z.number().positive().optional().describe('Beach frontage, metres.'),
  /** Utilities it has of its own. */
  ownUtilities: z
    .array(z.enum(OWN_UTILITIES, { error: oneOf(OWN_UTILITIES) }))
    .default([])
    .describe('Utilities it has of its own.'),
  /** Disclosed average occupancy in season, percent. */
  occupancyPct: z.number().min(0).max(100).optional().describe('Disclosed average occupancy in season, percent.'),
  /** Disclosed annual revenue, tenge. */
  revenueKzt: kztSchema.optional().describe('Disclosed annual revenue, tenge.'),
});

/** A phase of a large project. */
export const projectPhaseSchema = z.strictObject({
  /** Phase name in each language. */
  name: localizedNameSchema.describe('Phase name in each language.'),
  /** First year. */
  startYear: z.number().int().min(2024).max(2060).describe('First year.'),
  /** Last year. */
  endYear: z.number().int().min(2024).max(2060).describe('Last year.'),
  /** Investment in this phase, tenge. */
  investmentKzt: kztSchema.describe('Investment in this phase, tenge.'),
});

/** Extra facts for a large project. */
export const largeProjectSchema = z.strictObject({
  /** Estimated internal rate of return, percent. */
  irrPct: z.number().min(-100).max(100).optional().describe('Estimated internal rate of return, percent.'),
  /** Estimated payback, years. */
  paybackYears: z.number().positive().max(50).optional().describe('Estimated payback, years.'),
  /** Phases in order. */
  phases: z.array(projectPhaseSchema).min(1).describe('Phases in order.'),
  /** Partners sought, in each language. */
  partnersSought: z.array(localizedNameSchema).min(1).describe('Partners sought, in each language.'),
});

/** Facts of a vacant land plot. */
export const landPlotOfferSchema = z.strictObject({
  /** Offer kind. */
  kind: z.literal('land-plot').describe('Offer kind.'),
  ...commonFields,
});

/** Facts of an existing infrastructure object. */
export const infrastructureOfferSchema = z.strictObject({
  /** Offer kind. */
  kind: z.literal('infrastructure').describe('Offer kind.'),
  ...commonFields,
  /** Building facts. */
  object: infrastructureObjectSchema.describe('Building facts.'),
});

/** Facts of a large project. */
export const largeProjectOfferSchema = z.strictObject({
  /** Offer kind. */
  kind: z.literal('large-project').describe('Offer kind.'),
  ...commonFields,
  /** Project economics. Its total investment is `investmentKzt`, which is required here. */
  investmentKzt: kztSchema.describe('Project economics. Its total investment is `investmentKzt`, which is required here.'),
  /** Project facts. */
  project: largeProjectSchema.describe('Project facts.'),
});

/** The language-neutral facts of one offer: content/offers/<id>/facts.yaml. */
export const offerFactsSchema = z
  .discriminatedUnion('kind', [landPlotOfferSchema, infrastructureOfferSchema, largeProjectOfferSchema], {
    error: `kind ${oneOf(OFFER_KINDS)}`,
  })
  .superRefine((offer, ctx) => {
    if (offer.price.basis === 'on-request' && offer.price.amountKzt !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['price', 'amountKzt'],
        message: 'remove the amount, or change `basis` from on-request to what the amount means',
      });
    }
    if (offer.price.basis !== 'on-request' && offer.price.amountKzt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['price', 'amountKzt'], message: 'give the amount in tenge, or set `basis: on-request`' });
    }
    if (offer.land.category === 'agricultural' && offer.right.foreignOwnedEligible) {
      ctx.addIssue({
        code: 'custom',
        path: ['right', 'foreignOwnedEligible'],
        message: 'agricultural land cannot go to companies with foreign participation (Land Code, 2021): set it to false',
      });
    }
    if (offer.right.type !== 'ownership' && offer.right.type !== 'ppp' && offer.right.termYears === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['right', 'termYears'],
        message: 'give the term of the right in years, e.g. `termYears: 49`',
      });
    }
    for (const problem of acquisitionProblems(offer)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    if (offer.price.yearlyAfterKzt !== undefined && offer.price.basis === 'annual-lease') {
      ctx.addIssue({
        code: 'custom',
        path: ['price', 'yearlyAfterKzt'],
        message: 'the price is already the annual rent: remove `yearlyAfterKzt`',
      });
    }
    if (offer.updated < offer.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'the updated date is earlier than the published date' });
    }
    if (offer.kind === 'large-project') {
      offer.project.phases.forEach((phase, i) => {
        if (phase.endYear < phase.startYear) {
          ctx.addIssue({ code: 'custom', path: ['project', 'phases', i, 'endYear'], message: 'the phase ends before it starts' });
        }
      });
    }
    if (
      offer.kind === 'infrastructure' &&
      offer.object.yearRenovated !== undefined &&
      offer.object.yearBuilt !== undefined &&
      offer.object.yearRenovated < offer.object.yearBuilt
    ) {
      ctx.addIssue({ code: 'custom', path: ['object', 'yearRenovated'], message: 'the renovation year is earlier than the year built' });
    }
  });
export type OfferFacts = z.infer<typeof offerFactsSchema>;

/** The front matter of each language file: content/offers/<id>/<lang>.mdx. */
export const offerTextSchema = z.strictObject({
  /** Offer title in this language, up to 90 characters. */
  title: z
    .string()
    .trim()
    .min(5, { error: 'the title is missing or too short' })
    .max(90, tooLong('the title', 90))
    .describe('Offer title in this language, up to 90 characters.'),
  /** One or two sentences for cards and search results, up to 280 characters. */
  summary: z
    .string()
    .trim()
    .min(20, { error: 'the summary is missing or too short (write one or two sentences)' })
    .max(280, tooLong('the summary', 280))
    .describe('One or two sentences for cards and search results, up to 280 characters.'),
});
export type OfferText = z.infer<typeof offerTextSchema>;

/** The front matter of each district language file. */
export const districtTextSchema = z.strictObject({
  /** Short description for cards. */
  summary: z.string().trim().min(20).max(280, tooLong('the summary', 280)).describe('Short description for cards.'),
});
