// The catalog's and area maps' offers for Leaflet, as one file per language (/maps/points/<lang>.json)
// fetched only when a reader opens the interactive map: columns instead of objects, so 5,000 offers stay
// small, and nothing of it in the page's HTML. Type-only imports: the map runs it in the browser, without zod.
import type { Lang } from '../../schemas/langs.ts';
import type { OfferKind, OfferStatus } from '../../schemas/offer.ts';
import type { MapOffer } from './mapData.ts';

export const mapPointsPath = (lang: Lang) => `/maps/points/${lang}.json`;

export interface MapPointsFile {
  version: 1;
  lang: Lang;
  id: string[];
  /** Degrees, 5 decimals (about 1 m). */
  lat: number[];
  lon: number[];
  /** The kinds and statuses that occur, and each row's index into them. */
  kinds: OfferKind[];
  kind: number[];
  statuses: OfferStatus[];
  status: number[];
  title: string[];
  /** Language of a title that is not in `lang` (a missing translation), by row. */
  titleLang: Record<number, Lang>;
  area: string[];
  price: string[];
  /** Area (district) ids, and each row's index into them. */
  districts: string[];
  district: number[];
}

const r5 = (n: number) => Math.round(n * 1e5) / 1e5;

export function packMapPoints(lang: Lang, offers: ReadonlyArray<MapOffer & { district: string }>): MapPointsFile {
  const districts = [...new Set(offers.map((o) => o.district))];
  const kinds = [...new Set(offers.map((o) => o.kind))];
  const statuses = [...new Set(offers.map((o) => o.status))];
  const titleLang: Record<number, Lang> = {};
  offers.forEach((o, i) => {
    if (o.titleLang) titleLang[i] = o.titleLang;
  });
  return {
    version: 1,
    lang,
    id: offers.map((o) => o.id),
    lat: offers.map((o) => r5(o.lat)),
    lon: offers.map((o) => r5(o.lon)),
    kinds,
    kind: offers.map((o) => kinds.indexOf(o.kind)),
    statuses,
    status: offers.map((o) => statuses.indexOf(o.status)),
    title: offers.map((o) => o.title),
    titleLang,
    area: offers.map((o) => o.area),
    price: offers.map((o) => o.price),
    districts,
    district: offers.map((o) => districts.indexOf(o.district)),
  };
}

/** The offers of the file, or only those of one area. Offer URLs follow the site's paths. */
export function unpackMapPoints(file: MapPointsFile, district?: string): MapOffer[] {
  const only = district === undefined ? -1 : file.districts.indexOf(district);
  const out: MapOffer[] = [];
  for (let i = 0; i < file.id.length; i++) {
    if (district !== undefined && file.district[i] !== only) continue;
    const id = file.id[i]!;
    const offer: MapOffer = {
      id,
      title: file.title[i]!,
      lat: file.lat[i]!,
      lon: file.lon[i]!,
      kind: file.kinds[file.kind[i]!]!,
      status: file.statuses[file.status[i]!]!,
      area: file.area[i]!,
      price: file.price[i]!,
      url: `/${file.lang}/offers/${id}/`,
    };
    const titleLang = file.titleLang[i];
    if (titleLang) offer.titleLang = titleLang;
    out.push(offer);
  }
  return out;
}
