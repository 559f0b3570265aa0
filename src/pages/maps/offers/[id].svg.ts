// /maps/offers/<id>.svg (English), <id>.ru.svg and <id>.kk.svg: an offer's static location thumbnail,
// with place names, distances and scale in that language. Offer cards, the offer page header and embeds
// use it where an offer has no photo. Served here by `astro dev` only: `astro build` writes every
// thumbnail in a worker thread (src/integrations/offerAssets.ts) from the same function.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../schemas/langs.ts';
import { offerThumbnailSvg } from '../../../lib/build/offerAssets.ts';
import { loadCatalog } from '../../../lib/catalog/loadCatalog.ts';
import { offerThumbnailPath } from '../../../lib/embed/paths.ts';

// The route's [id] is the file name without `.svg`, taken from offerThumbnailPath so the two cannot disagree.
const fileId = (id: string, lang: Lang) =>
  offerThumbnailPath(id, lang)
    .replace(/^\/maps\/offers\//, '')
    .replace(/\.svg$/, '');

export const getStaticPaths: GetStaticPaths = async () => {
  if (import.meta.env.PROD) return [];
  const catalog = await loadCatalog();
  return catalog.offers.flatMap((offer) =>
    LANGS.map((lang) => ({ params: { id: fileId(offer.id, lang) }, props: { offerId: offer.id, lang } })),
  );
};

export const GET: APIRoute<{ offerId: string; lang: Lang }> = async ({ props }) => {
  const svg = offerThumbnailSvg(await loadCatalog(), props.offerId, props.lang);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
