// /{lang}/embed/choices.json: every offer's id and title in the language, which the partner page's builder
// reads when a partner asks for one offer's card (src/components/embed/embedBuilder.ts).
import type { APIRoute } from 'astro';
import { languagePaths, pageContext } from '../../../lib/catalog/pageContext.ts';
import { toEmbedOfferChoices } from '../../../lib/catalog/toEmbedView.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async (context) => {
  const { lang, catalog } = await pageContext(context);
  return new Response(JSON.stringify(toEmbedOfferChoices(catalog, lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
