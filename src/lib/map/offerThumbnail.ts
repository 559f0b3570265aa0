// Turns an offer of the catalog into the input of its static location thumbnail.
// Distances come from the catalog (getOfferDistances); nothing is measured again here.
import type { Lang, Place } from '../../schemas/index.ts';
import type { OfferModel } from '../catalog/buildCatalog.ts';
import type { OfferDistance } from '../catalog/types.ts';
import type { OfferView } from '../catalog/toOfferView.ts';
import { t } from '../../i18n/index.ts';
import { formatKm } from '../format.ts';
import { textLanguage } from '../catalog/buildCatalog.ts';
import type { ThumbnailInput } from './locationThumbnail.ts';
import type { VectorBase } from './vectorBase.ts';
import type { LonLat } from './projection.ts';

/** Place types drawn and named as settlements. */
export const SETTLEMENT_TYPES: ReadonlyArray<Place['type']> = ['city', 'town', 'village'];

export const isSettlement = (p: Pick<Place, 'type'>) => SETTLEMENT_TYPES.includes(p.type);

/** The nearest settlement among the places the catalog already measured the offer to. */
export function nearestSettlement<D extends Pick<OfferDistance, 'placeId' | 'straightKm'>>(
  distances: readonly D[],
  places: readonly Place[],
): { place: Place; distance: D } | undefined {
  let best: { place: Place; distance: D } | undefined;
  for (const d of distances) {
    const place = places.find((p) => p.id === d.placeId);
    if (!place || !isSettlement(place)) continue;
    if (!best || d.straightKm < best.distance.straightKm) best = { place, distance: d };
  }
  return best;
}

function thumbnailPlaceType(p: Place): 'settlement' | 'water' | 'airport' | 'other' {
  if (isSettlement(p)) return 'settlement';
  if (p.type === 'lake') return 'water';
  return p.type === 'airport' ? 'airport' : 'other';
}

/** Alt text for the thumbnail in the page's language. */
export function thumbnailAlt(offer: OfferModel, places: readonly Place[], lang: Lang): string {
  const textLang = textLanguage(offer.texts, lang);
  return altText(offer.texts[textLang]?.title ?? offer.id, offer.distances, places, lang);
}

/** The same alt text from an offer's view model (cards, headers). */
export function thumbnailAltFromView(view: Pick<OfferView, 'title' | 'lang' | 'distances'>, places: readonly Place[]): string {
  return altText(view.title, view.distances, places, view.lang);
}

function altText(
  title: string,
  distances: ReadonlyArray<Pick<OfferDistance, 'placeId' | 'straightKm'>>,
  places: readonly Place[],
  lang: Lang,
): string {
  const near = nearestSettlement(distances, places);
  if (!near) return t(lang, 'map.thumbnail.altNoTown', { title });
  return t(lang, 'map.thumbnail.alt', { title, place: near.place.name[lang], distance: formatKm(near.distance.straightKm, lang) });
}

/** Everything the SVG needs, with its names, distances and title in one language. */
export function offerThumbnailInput(
  offer: OfferModel,
  places: readonly Place[],
  base: VectorBase,
  lake: ReadonlyArray<ReadonlyArray<LonLat>>,
  lang: Lang = 'en',
): ThumbnailInput {
  const near = nearestSettlement(offer.distances, places);
  const townPlace = near?.place ?? offer.place;
  const title = offer.texts[textLanguage(offer.texts, lang)]?.title ?? offer.id;
  const distanceLabel = near ? formatKm(near.distance.straightKm, lang) : '';
  return {
    title: t(lang, 'map.thumbnail.title', { title }),
    description: thumbnailAlt(offer, places, lang),
    kind: offer.facts.kind,
    status: offer.facts.status,
    point: offer.facts.location,
    ...(offer.facts.boundary ? { boundary: offer.facts.boundary } : {}),
    town: { name: townPlace.name[lang], lat: townPlace.lat, lon: townPlace.lon, distanceLabel },
    places: places.map((p) => ({ name: p.name[lang], lat: p.lat, lon: p.lon, type: thumbnailPlaceType(p) })),
    scaleLabel: (km) => formatKm(km, lang),
    lake,
    country: base.country,
    credit: 'Natural Earth · GSHHG (Wessel & Smith) LGPL-3.0',
  };
}
