// /maps/offers/<id>.svg: a static location thumbnail per offer, generated at build time.
// Offer cards, the offer page header and embeds use it where an offer has no photo.
import type { APIRoute, GetStaticPaths } from 'astro';
import lake from '../../../data/geo/lake-balkhash.geojson.ts';
import { loadCatalog } from '../../../lib/catalog/loadCatalog.ts';
import { loadVectorBase } from '../../../lib/map/loadVectorBase.ts';
import { locationThumbnailSvg } from '../../../lib/map/locationThumbnail.ts';
import { offerThumbnailInput } from '../../../lib/map/offerThumbnail.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await loadCatalog();
  return catalog.offers.map((offer) => ({ params: { id: offer.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const catalog = await loadCatalog();
  const offer = catalog.offers.find((o) => o.id === params.id);
  if (!offer) return new Response('Not found', { status: 404 });
  const svg = locationThumbnailSvg(offerThumbnailInput(offer, catalog.places, loadVectorBase(), lake.coordinates));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
