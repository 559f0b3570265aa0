// /embed/offers.json: what the list widget filters on (id, area, kind, status, segments) for every offer,
// newest first. The widget's page holds only its default cards; a partner's query is answered from this
// file, so the widget's first view does not grow with the catalog.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/loadCatalog.ts';
import { toEmbedIndex } from '../../lib/catalog/toEmbedView.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toEmbedIndex(await loadCatalog())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
