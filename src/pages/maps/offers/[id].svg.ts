// /maps/offers/<id>.svg (English), <id>.ru.svg and <id>.kk.svg: an offer's static location thumbnail,
// with place names, distances and scale in that language, generated at build time.
// Offer cards, the offer page header and embeds use it where an offer has no photo.
import type { APIRoute, GetStaticPaths } from 'astro';
import lake from '../../../data/geo/lake-balkhash.geojson.ts';
import { LANGS, type Lang } from '../../../schemas/langs.ts';
import { loadCatalog } from '../../../lib/catalog/loadCatalog.ts';
import { offerThumbnailPath } from '../../../lib/embed/paths.ts';
import { loadVectorBase } from '../../../lib/map/loadVectorBase.ts';
import { locationThumbnailSvg } from '../../../lib/map/locationThumbnail.ts';
import { offerThumbnailInput } from '../../../lib/map/offerThumbnail.ts';

// The route's [id] is the file name without `.svg`, taken from offerThumbnailPath so the two cannot disagree.
const fileId = (id: string, lang: Lang) =>
  offerThumbnailPath(id, lang)
    .replace(/^\/maps\/offers\//, '')
    .replace(/\.svg$/, '');

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await loadCatalog();
  return catalog.offers.flatMap((offer) =>
    LANGS.map((lang) => ({ params: { id: fileId(offer.id, lang) }, props: { offerId: offer.id, lang } })),
  );
};

export const GET: APIRoute<{ offerId: string; lang: Lang }> = async ({ props }) => {
  const catalog = await loadCatalog();
  const offer = catalog.offers.find((o) => o.id === props.offerId);
  if (!offer) return new Response('Not found', { status: 404 });
  const svg = locationThumbnailSvg(offerThumbnailInput(offer, catalog.places, loadVectorBase(), lake.coordinates, props.lang));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
