// /og/{lang}/site.png: the share picture of the home page and every page that is not an offer.
import type { APIRoute } from 'astro';
import { siteConfig } from '../../../site.config.ts';
import type { Lang } from '../../../schemas/langs.ts';
import { loadCatalog } from '../../../lib/catalog/loadCatalog.ts';
import { languagePaths } from '../../../lib/catalog/pageContext.ts';
import { siteOgPicture } from '../../../lib/share/ogInputs.ts';
import { renderOgPng } from '../../../lib/share/ogImageRender.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) => {
  const picture = siteOgPicture(params.lang as Lang, await loadCatalog(), siteConfig.illustrativeData);
  return new Response(new Uint8Array(await renderOgPng(picture)), { headers: { 'Content-Type': 'image/png' } });
};
