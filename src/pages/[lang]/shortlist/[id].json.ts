// /{lang}/shortlist/{id}.json: one offer's compare record in one language (see lib/shortlist/compareRecord.ts).
// One small file per offer, so the shortlist and compare pages fetch only the offers they show, and the
// offline worker keeps only the saved ones, however large the catalog grows. Served here by `astro dev`
// only: `astro build` writes every record in a worker thread (src/integrations/offerAssets.ts) from the
// same function.
import type { APIRoute, GetStaticPaths } from 'astro';
import { offerCompareJson } from '../../../lib/build/offerAssets.ts';
import { offerPaths, pageContext } from '../../../lib/catalog/pageContext.ts';

export const getStaticPaths: GetStaticPaths = () => (import.meta.env.PROD ? [] : offerPaths());

export const GET: APIRoute = async (context) => {
  const { lang, catalog, id } = await pageContext(context);
  return new Response(offerCompareJson(catalog, id, lang), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
