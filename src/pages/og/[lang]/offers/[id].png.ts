// /og/{lang}/offers/<id>.png: an offer's share picture (og:image, twitter:image), 1200 × 630 PNG.
// Served here by `astro dev` only: `astro build` writes every offer's picture in a worker thread
// (src/integrations/offerAssets.ts) from the same function, so this route lists no pages in a build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../../site.config.ts';
import { offerSharePicture } from '../../../../lib/build/offerAssets.ts';
import { offerPaths, pageContext } from '../../../../lib/catalog/pageContext.ts';
import { renderOgPng } from '../../../../lib/share/ogImageRender.ts';

export const getStaticPaths: GetStaticPaths = () => (import.meta.env.PROD ? [] : offerPaths());

export const GET: APIRoute = async (context) => {
  const { lang, catalog, id } = await pageContext(context);
  const png = await renderOgPng(offerSharePicture(catalog, id, lang, siteConfig.illustrativeData));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
