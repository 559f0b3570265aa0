// /{lang}/offers/<id>/card.json: the offer's catalog card as the list shows it (`html`, by OfferGrid and OfferCard)
// and its card in the partners' list widget (`embedHtml`, by EmbedOfferCard), rendered at build time and kept as
// HTML. The catalog's search and the widget fetch it for an offer that is not on the page they opened, so a card's
// markup lives in one place and a page of results costs one small file per card it lacks, however large the
// catalog grows. One file for both, not two: every file per offer costs build time at 3,000 offers.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import EmbedOfferCard from '../../../../components/embed/EmbedOfferCard.astro';
import OfferGrid from '../../../../components/offer/OfferGrid.astro';
import { offerPaths, pageContext } from '../../../../lib/catalog/pageContext.ts';
import { toOfferCardView } from '../../../../lib/catalog/toOfferView.ts';

export const getStaticPaths = offerPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute = async (context) => {
  const { lang, catalog, id } = await pageContext(context);
  container ??= AstroContainer.create();
  const offer = toOfferCardView(catalog, id, lang);
  const rendered = await (await container).renderToString(OfferGrid, { props: { offers: [offer] } });
  const embedHtml = await (await container).renderToString(EmbedOfferCard, { props: { offer } });
  // The page that shows the card already runs its scripts (the Save button's); the container would name them by
  // their source path. Content text is escaped by Astro, so a "<script" here can only be a component's own tag.
  const html = rendered.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  return new Response(JSON.stringify({ id, html, embedHtml }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
