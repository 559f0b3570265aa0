import type { OfferDocument } from '../../schemas/index.ts';
import type { OfferModel } from './buildCatalog.ts';
import { paths } from './paths.ts';

/**
 * Where a document is: the web address it was given (`url:`), or the site path the build publishes the offer's own
 * PDF at (`file:`). The offer page, the open data and the PDF route all take it from here.
 */
export function documentHref(offerId: string, doc: OfferDocument): string {
  return doc.file === undefined ? (doc.url ?? '') : paths.offerDocument(offerId, doc.file);
}

/** The PDFs an offer publishes itself, in the order of `documents:`: the file name in its folder and the site path. */
export function offerDocumentFiles(offer: Pick<OfferModel, 'id' | 'facts'>): Array<{ file: string; path: string }> {
  return offer.facts.documents.flatMap((d) => (d.file === undefined ? [] : [{ file: d.file, path: documentHref(offer.id, d) }]));
}
