// Server-side only: where an offer's own files (its PDF documents) are on disk, and how big they are. The build
// reads them from here; pages read only the view model, which carries the published address and the size.
import { join } from 'node:path';
import { lstatOrUndefined, readBytesNoFollow } from '../validation/fileAccess.ts';
import { MAX_PDF_BYTES } from '../validation/limits.ts';
import { CONTENT_LAYOUT, contentDirectory } from './layout.ts';

/** The path of a file in an offer's folder. The name is a schema-checked bare file name, never a path. */
export const offerFilePath = (offerId: string, file: string, contentDir: string = contentDirectory()): string =>
  join(contentDir, CONTENT_LAYOUT.offers.folder, offerId, file);

/** Size in bytes of a file in an offer's folder; undefined when it is missing or is not an ordinary file. */
export function offerFileBytes(offerId: string, file: string, contentDir: string = contentDirectory()): number | undefined {
  const stats = lstatOrUndefined(offerFilePath(offerId, file, contentDir));
  return stats?.isFile() ? stats.size : undefined;
}

/**
 * The bytes of a PDF in an offer's folder, read without following a link and never more than the checker's limit
 * (the content guard has already refused a link, a bigger file or a PDF with script before the build starts).
 */
export function readOfferPdf(offerId: string, file: string, contentDir: string = contentDirectory()): Uint8Array | undefined {
  const path = offerFilePath(offerId, file, contentDir);
  const stats = lstatOrUndefined(path);
  if (!stats?.isFile() || stats.size > MAX_PDF_BYTES) return undefined;
  return readBytesNoFollow(path, MAX_PDF_BYTES);
}
