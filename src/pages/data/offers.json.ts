import type { APIRoute } from 'astro';
import { loadOffersDocument, siteOf } from '../../lib/data/loadOpenData.ts';

/** Every offer with its facts, texts in three languages, page URLs and distances. */
export const GET: APIRoute = async ({ site }) => {
  const document = await loadOffersDocument(siteOf(site));
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
