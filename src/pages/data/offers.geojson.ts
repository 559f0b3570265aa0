import type { APIRoute } from 'astro';
import { loadOffersDocument, siteOf } from '../../lib/data/loadOpenData.ts';
import { toFeatureCollection } from '../../lib/data/toOpenData.ts';

/** Offer points, and plot outlines where content has them, as a GeoJSON FeatureCollection. */
export const GET: APIRoute = async ({ site }) => {
  const collection = toFeatureCollection(await loadOffersDocument(siteOf(site)));
  return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
