// /{lang}/offers/<id>/card.json: the offer's catalog card as the list shows it, rendered at build time by the
// same components (OfferGrid and OfferCard) and kept as HTML. The catalog's search fetches it for a result that
// is not on the built page it opened, so a card's markup lives in one place and a page of results costs one
// small file per card it lacks, however large the catalog grows.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import OfferGrid from '../../../../components/offer/OfferGrid.astro';
import { offerPaths, pageContext } from '../../../../lib/catalog/pageContext.ts';
import { toOfferCardView } from '../../../../lib/catalog/toOfferView.ts';

export const getStaticPaths = offerPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute = async (context) => {
  const { lang, catalog, id } = await pageContext(context);
  container ??= AstroContainer.create();
  const rendered = await (await container).renderToString(OfferGrid, { props: { offers: [toOfferCardView(catalog, id, lang)] } });
  // The page that shows the card already runs its scripts (the Save button's); the container would name them by
  // their source path. Content text is escaped by Astro, so a "<script" here can only be a component's own tag.
  const html = rendered.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  return new Response(JSON.stringify({ id, html }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
