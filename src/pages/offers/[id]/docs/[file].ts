// /offers/<id>/docs/<file>.pdf: each PDF an offer lists under `documents:` with `file:`, byte for byte as it is in
// the offer's folder. One address for all three languages: the file is the same document whatever the page's
// language (its title is what changes, and that is on the page), and the address stays stable while the file keeps
// its name. The content guard has already refused links, oversized files and PDFs with script before the build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../lib/catalog/loadCatalog.ts';
import { offerDocumentFiles } from '../../../../lib/catalog/offerDocuments.ts';
import { readOfferPdf } from '../../../../lib/content/offerFiles.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await loadCatalog();
  return catalog.offers.flatMap((offer) => offerDocumentFiles(offer).map(({ file }) => ({ params: { id: offer.id, file } })));
};

export const GET: APIRoute = ({ params }) => {
  const bytes = readOfferPdf(String(params.id), String(params.file));
  // A listed PDF that cannot be read is a broken build, not a page that silently links nowhere.
  if (!bytes) throw new Error(`content/offers/${params.id}/${params.file} cannot be read: run \`npm run check:content\``);
  // A copy with its own ArrayBuffer, the body type Response takes.
  return new Response(bytes.slice(), { headers: { 'Content-Type': 'application/pdf' } });
};
