// The data one <offer-map> needs, embedded in its page as JSON. Built on the server from view
// models (nothing is computed twice); read in the browser by the map element. Pure types + builders.
import type { Lang, Place } from '../../schemas/index.ts';
import { OFFER_KINDS, OFFER_STATUSES, type OfferKind, type OfferStatus } from '../../schemas/offer.ts';
import type { OfferView } from '../catalog/toOfferView.ts';
import { t, uiStrings } from '../../i18n/index.ts';
import { mapConfig } from '../../map.config.ts';
import type { HubType } from './markerStyle.ts';
import { isSettlement } from './offerThumbnail.ts';
import { mapPointsPath } from './mapPoints.ts';

export type MapMode = 'offer' | 'district' | 'catalog';

export interface MapOffer {
  id: string;
  title: string;
  /** Language of the title when it differs from the page (translation missing). */
  titleLang?: Lang;
  lat: number;
  lon: number;
  kind: OfferKind;
  status: OfferStatus;
  area: string;
  price: string;
  url: string;
  /** [lat, lon] vertices (offer maps only). */
  boundary?: Array<[number, number]>;
}

export interface MapHub {
  id: string;
  name: string;
  lat: number;
  lon: number;
  type: HubType;
  /** "165 km in a straight line", formatted once by the view model. */
  distance: string;
}

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  /** Cities and towns get bigger labels than villages. */
  major: boolean;
}

export interface MapStrings {
  /** The `map.cluster` plural message, filled on the client by clusterLabel(). */
  cluster: string;
  kinds: Record<OfferKind, string>;
  statuses: Record<OfferStatus, string>;
  areaLabel: string;
  priceLabel: string;
  open: string;
  viewOffer: string;
  viewHubs: string;
  tilesOff: string;
  none: string;
}

export interface MapTiles {
  enabled: boolean;
  url: string;
  attribution: string;
  maxZoom: number;
}

export interface MapData {
  mode: MapMode;
  lang: Lang;
  offers: MapOffer[];
  hubs: MapHub[];
  places: MapPlace[];
  /** Cluster the offers (district and catalog maps). */
  cluster: boolean;
  strings: MapStrings;
  tiles: MapTiles;
  baseAttribution: string;
  /** URL of the vector base (/maps/base.json). */
  baseUrl: string;
  /**
   * Catalog and area maps: where the interactive map fetches its offers (and which area's), so the
   * page carries none of them; `offers` then serves only the build-time overview and is left out of the page.
   */
  points?: { url: string; district?: string };
}

export const BASE_URL = '/maps/base.json';

export function mapStrings(lang: Lang): MapStrings {
  return {
    cluster: uiStrings[lang]['map.cluster'],
    kinds: Object.fromEntries(OFFER_KINDS.map((k) => [k, t(lang, `kind.${k}`)])) as Record<OfferKind, string>,
    statuses: Object.fromEntries(OFFER_STATUSES.map((s) => [s, t(lang, `status.${s}`)])) as Record<OfferStatus, string>,
    areaLabel: t(lang, 'offer.area'),
    priceLabel: t(lang, 'offer.price'),
    open: t(lang, 'map.popup.open'),
    viewOffer: t(lang, 'map.view.offer'),
    viewHubs: t(lang, 'map.view.hubs'),
    tilesOff: t(lang, 'map.tilesOff'),
    none: t(lang, 'map.filtered.none'),
  };
}

export function toMapOffer(view: OfferView, withBoundary = false): MapOffer {
  const offer: MapOffer = {
    id: view.id,
    title: view.title,
    lat: view.location.lat,
    lon: view.location.lon,
    kind: view.kind,
    status: view.status,
    area: view.areaLabel,
    price: view.priceShort,
    url: view.url,
  };
  if (view.textLang !== view.lang) offer.titleLang = view.textLang;
  if (withBoundary && view.boundary) offer.boundary = view.boundary;
  return offer;
}

/** Settlements with names in the page's language, for the base layer's labels. */
export function mapPlaces(places: readonly Place[], lang: Lang): MapPlace[] {
  return places.filter(isSettlement).map((p) => ({ name: p.name[lang], lat: p.lat, lon: p.lon, major: p.type !== 'village' }));
}

/** Hubs the offer page measures to, with the distances the view model already formatted. */
export function mapHubs(view: OfferView, places: readonly Place[]): MapHub[] {
  return view.distances.flatMap((d) => {
    const place = places.find((p) => p.id === d.placeId);
    if (!place) return [];
    return [
      {
        id: place.id,
        name: d.placeName,
        lat: place.lat,
        lon: place.lon,
        type: place.type === 'airport' ? 'airport' : 'city',
        distance: d.straightLabel,
      } satisfies MapHub,
    ];
  });
}

export function buildMapData(
  mode: MapMode,
  lang: Lang,
  offers: MapOffer[],
  places: readonly Place[],
  hubs: MapHub[] = [],
  district?: string,
): MapData {
  return {
    ...(mode !== 'offer' && { points: { url: mapPointsPath(lang), ...(district && { district }) } }),
    mode,
    lang,
    offers,
    hubs,
    places: mapPlaces(places, lang),
    cluster: mode !== 'offer',
    strings: mapStrings(lang),
    tiles: { enabled: mapConfig.tilesEnabled, url: mapConfig.tileUrl, attribution: mapConfig.tileAttribution, maxZoom: mapConfig.maxZoom },
    baseAttribution: mapConfig.baseAttribution,
    baseUrl: BASE_URL,
  };
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can close it early. */
export function serializeMapData(data: MapData): string {
  return JSON.stringify(data.points ? { ...data, offers: [] } : data).replace(/</g, '\\u003c');
}
