// The three files every offer has in every language besides its pages: the location thumbnail
// (/maps/offers/<id>[.<lang>].svg), the compare record (/{lang}/shortlist/<id>.json) and the share picture
// (/og/{lang}/offers/<id>.png). Each is made from the catalog by one function here, whoever asks:
//
// - `astro dev` serves them through their routes in src/pages/, on request;
// - `astro build` writes them all with writeOfferAssets(), in a worker thread (src/integrations/offerAssets.ts),
//   while Astro renders the pages on the main thread. As Astro routes they were 27,000 of the 3,000-offer build's
//   55,000 routes and a third of its route time, all on one core; the second core was mostly idle.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import lake from '../../data/geo/lake-balkhash.geojson.ts';
import { LANGS, type Lang } from '../../schemas/langs.ts';
import type { Catalog } from '../catalog/buildCatalog.ts';
import { toOfferView } from '../catalog/toOfferView.ts';
import { offerThumbnailPath } from '../embed/paths.ts';
import { loadVectorBase } from '../map/loadVectorBase.ts';
import { locationThumbnailSvg } from '../map/locationThumbnail.ts';
import { offerThumbnailInput } from '../map/offerThumbnail.ts';
import { offerOgPicture } from '../share/ogInputs.ts';
import { type OgPicture, ogPngFile } from '../share/ogImageRender.ts';
import { ogImagePaths } from '../share/paths.ts';
import { toCompareRecord } from '../shortlist/compareRecord.ts';
import { shortlistPaths } from '../shortlist/paths.ts';

function offerModel(catalog: Catalog, offerId: string) {
  const offer = catalog.offers.find((o) => o.id === offerId);
  if (!offer) throw new Error(`offer ${offerId}: not in the catalog`);
  return offer;
}

/** The offer's location thumbnail in a language: place names, distances and scale in that language. */
export function offerThumbnailSvg(catalog: Catalog, offerId: string, lang: Lang): string {
  return locationThumbnailSvg(offerThumbnailInput(offerModel(catalog, offerId), catalog.places, loadVectorBase(), lake.coordinates, lang));
}

/** The offer's compare record in a language, as the file's text. */
export function offerCompareJson(catalog: Catalog, offerId: string, lang: Lang): string {
  return JSON.stringify(toCompareRecord(catalog, offerId, lang));
}

/** The offer's share picture in a language (its cache key, and its SVG when it must be drawn). */
export function offerSharePicture(catalog: Catalog, offerId: string, lang: Lang, illustrative: boolean): OgPicture {
  return offerOgPicture(toOfferView(offerModel(catalog, offerId), lang, catalog), catalog, illustrative);
}

export interface OfferAssetCounts {
  thumbnails: number;
  records: number;
  pictures: number;
}

/**
 * Writes every offer's three files in every language under `outDir`, at the addresses the pages link to.
 * Pictures come from the picture cache (drawn first when it lacks them), `drawing` at a time, so a cold
 * cache keeps the thread pool busy while the thumbnails and records are written.
 */
export async function writeOfferAssets(catalog: Catalog, outDir: string, illustrative: boolean, drawing = 2): Promise<OfferAssetCounts> {
  const counts: OfferAssetCounts = { thumbnails: 0, records: 0, pictures: 0 };
  /** The output file of a site path, its folder made. */
  const fileAt = (path: string) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    return file;
  };
  const write = (path: string, text: string) => writeFileSync(fileAt(path), text);
  const pictures: Array<{ path: string; picture: OgPicture }> = [];
  for (const lang of LANGS) {
    for (const offer of catalog.offers) {
      write(offerThumbnailPath(offer.id, lang), offerThumbnailSvg(catalog, offer.id, lang));
      counts.thumbnails++;
      write(shortlistPaths.record(lang, offer.id), offerCompareJson(catalog, offer.id, lang));
      counts.records++;
      pictures.push({ path: ogImagePaths.offer(lang, offer.id), picture: offerSharePicture(catalog, offer.id, lang, illustrative) });
    }
  }
  let next = 0;
  const copyPictures = async () => {
    while (next < pictures.length) {
      const { path, picture } = pictures[next++]!;
      copyFileSync(await ogPngFile(picture), fileAt(path));
      counts.pictures++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, drawing) }, copyPictures));
  return counts;
}
