// /maps/points/<lang>.json: every offer as the interactive catalog and area maps show it, fetched only
// when a reader opens one of them (see lib/map/mapPoints.ts).
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../schemas/langs.ts';
import { loadCatalog } from '../../../lib/catalog/loadCatalog.ts';
import { toOfferView } from '../../../lib/catalog/toOfferView.ts';
import { toMapOffer } from '../../../lib/map/mapData.ts';
import { packMapPoints } from '../../../lib/map/mapPoints.ts';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const catalog = await loadCatalog();
  const offers = catalog.offers.map((o) => ({ ...toMapOffer(toOfferView(o, lang, catalog)), district: o.facts.district }));
  return new Response(JSON.stringify(packMapPoints(lang, offers)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
