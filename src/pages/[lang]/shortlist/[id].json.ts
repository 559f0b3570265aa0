// /{lang}/shortlist/{id}.json: one offer's compare record in one language (see lib/shortlist/compareRecord.ts).
// One small file per offer, so the shortlist and compare pages fetch only the offers they show, and the
// offline worker keeps only the saved ones, however large the catalog grows.
import type { APIRoute } from 'astro';
import { offerPaths, pageContext } from '../../../lib/catalog/pageContext.ts';
import { toCompareRecord } from '../../../lib/shortlist/compareRecord.ts';

export const getStaticPaths = offerPaths;

export const GET: APIRoute = async (context) => {
  const { lang, catalog, id } = await pageContext(context);
  return new Response(JSON.stringify(toCompareRecord(catalog, id, lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
