// The compact, language-neutral offer facts the catalog page filters on the client.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/loadCatalog.ts';
import { compactCatalog } from '../../lib/search/compactCatalog.ts';
import { packCatalog } from '../../lib/search/compactFile.ts';

export const GET: APIRoute = async () => {
  const body = JSON.stringify(packCatalog(compactCatalog(await loadCatalog())));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
