import { LANGS, type Lang, type LocalizedText } from '../../schemas/index.ts';
import { byLang } from '../../schemas/langs.ts';
import type { Catalog, OfferModel } from '../catalog/buildCatalog.ts';
import { paths } from '../catalog/paths.ts';
import { documentHref } from '../catalog/offerDocuments.ts';
import { dataPaths, embedPaths, offerThumbnailPath } from '../embed/paths.ts';
import {
  OPEN_DATA_SCHEMA_VERSION,
  type OfferFeature,
  type OfferFeatureProperties,
  type OffersDocument,
  type OffersFeatureCollection,
  type OpenDataOffer,
  perLangColumns,
} from './openDataSchema.ts';

/** The licence of the open data files. */
export const DATA_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

type Translated = OpenDataOffer['title'];

const absolute = (path: string, site: URL) => new URL(path, site).href;
const perLanguage = (site: URL, path: (lang: Lang) => string) => byLang((lang) => absolute(path(lang), site));

function translated(pick: (lang: Lang) => string | undefined): Translated {
  const out: Translated = {};
  for (const lang of LANGS) {
    const value = pick(lang);
    if (value !== undefined) out[lang] = value;
  }
  return out;
}
const fromLocalized = (text: LocalizedText | undefined): Translated => translated((lang) => text?.[lang]);

/** One offer as the open data publishes it. Everything comes from the view model; nothing is recomputed. */
export function toOpenDataOffer(offer: OfferModel, catalog: Pick<Catalog, 'places' | 'districts'>, site: URL): OpenDataOffer {
  const placeName = (id: string) => fromLocalized(catalog.places.find((p) => p.id === id)?.name);
  return {
    id: offer.id,
    title: translated((lang) => offer.texts[lang]?.title),
    summary: translated((lang) => offer.texts[lang]?.summary),
    districtName: fromLocalized(catalog.districts.find((d) => d.id === offer.facts.district)?.facts.name),
    placeName: fromLocalized(offer.place.name),
    links: {
      page: perLanguage(site, (lang) => paths.offer(lang, offer.id)),
      embedCard: perLanguage(site, (lang) => embedPaths.card(lang, offer.id)),
      thumbnail: absolute(offerThumbnailPath(offer.id), site),
      documents: offer.facts.documents.map((d) => absolute(documentHref(offer.id, d), site)),
    },
    distances: offer.distances.map((d) => ({
      place: d.placeId,
      name: placeName(d.placeId),
      straightKm: d.straightKm,
      ...(d.roadKm === undefined ? {} : { roadKm: d.roadKm }),
    })),
    stale: offer.stale,
    contact: offer.contact,
    facts: offer.facts,
  };
}

/** /data/offers.json. */
export function toOffersDocument(catalog: Catalog, site: URL, generatedAt: string, illustrative: boolean): OffersDocument {
  const offers = catalog.offers.map((o) => toOpenDataOffer(o, catalog, site));
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    generatedAt,
    schema: absolute(dataPaths.schema, site),
    licence: { ...DATA_LICENCE },
    illustrative,
    count: offers.length,
    offers,
  };
}

/** Flat GeoJSON properties of an offer. */
export function toFeatureProperties(
  offer: OpenDataOffer,
  featureType: OfferFeatureProperties['featureType'],
  illustrative: boolean,
): OfferFeatureProperties {
  const f = offer.facts;
  return {
    id: offer.id,
    featureType,
    kind: f.kind,
    status: f.status,
    district: f.district,
    place: f.place,
    areaHa: f.land.areaHa,
    landCategory: f.land.category,
    right: f.right.type,
    acquisitionRoute: f.acquisition.route,
    foreignOwnedEligible: f.right.foreignOwnedEligible,
    priceBasis: f.price.basis,
    priceKzt: f.price.amountKzt ?? null,
    investmentKzt: f.investmentKzt ?? null,
    segments: f.segments.join(','),
    ...perLangColumns('title', (lang) => offer.title[lang] ?? null),
    ...perLangColumns('url', (lang) => offer.links.page[lang]),
    auditDate: f.audit.date,
    updated: f.updated,
    stale: offer.stale,
    illustrative,
  };
}

/** Twice the signed area of a ring in [lon, lat]; positive means counter-clockwise. */
function signedArea(ring: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * A content outline ([lat, lon] corners, open) as a GeoJSON exterior ring:
 * [lon, lat] positions, closed, counter-clockwise (RFC 7946 right-hand rule).
 */
export function toExteriorRing(boundary: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const ring = boundary.map(([lat, lon]) => [lon, lat] as [number, number]);
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
  return signedArea(ring) < 0 ? ring.reverse() : ring;
}

/**
 * The features of one offer: always a Point at its location; and, when the offer has
 * a plot outline, a second feature with a Polygon and the same properties
 * (featureType `boundary`). Separate features, not a GeometryCollection, because
 * most GIS tools handle single-geometry layers best.
 */
export function toOfferFeatures(offer: OpenDataOffer, illustrative: boolean): OfferFeature[] {
  const { location, boundary } = offer.facts;
  const features: OfferFeature[] = [
    {
      type: 'Feature',
      id: offer.id,
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
      properties: toFeatureProperties(offer, 'location', illustrative),
    },
  ];
  if (boundary) {
    features.push({
      type: 'Feature',
      id: `${offer.id}/boundary`,
      geometry: { type: 'Polygon', coordinates: [toExteriorRing(boundary)] },
      properties: toFeatureProperties(offer, 'boundary', illustrative),
    });
  }
  return features;
}

/** /data/offers.geojson, built from the same records as offers.json. */
export function toFeatureCollection(document: OffersDocument): OffersFeatureCollection {
  return {
    type: 'FeatureCollection',
    schemaVersion: document.schemaVersion,
    generatedAt: document.generatedAt,
    licence: document.licence,
    illustrative: document.illustrative,
    features: document.offers.flatMap((offer) => toOfferFeatures(offer, document.illustrative)),
  };
}
