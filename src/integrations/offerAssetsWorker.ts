// The worker thread of the offer-assets integration (offerAssets.ts): reads the content the way the checker does,
// builds the same catalog the pages use, and writes every offer's thumbnails, compare records and share pictures
// into the folder it is given. Runs in plain Node (no Vite, no astro:content), beside Astro's page rendering.
import { parentPort, workerData } from 'node:worker_threads';
import { writeOfferAssets } from '../lib/build/offerAssets.ts';
import { buildCatalog } from '../lib/catalog/buildCatalog.ts';
import { catalogInputFromTree } from '../lib/content/catalogInput.ts';
import { offerFileBytes } from '../lib/content/offerFiles.ts';
import { catalogToday } from '../lib/today.ts';
import { loadContent } from '../lib/validation/loadContent.ts';
import { siteConfig } from '../site.config.ts';

export interface OfferAssetsJob {
  /** The project root (content paths in messages are relative to it). */
  root: string;
  /** The content folder the build reads (CATALOG_CONTENT_DIR, or content/ in the root). */
  contentDir: string;
  /** Where to write the files; the integration moves them into the build's output. */
  outDir: string;
}

const { root, contentDir, outDir } = workerData as OfferAssetsJob;
const today = catalogToday();
// The content guard has already checked this content and stopped the build on any error.
const { tree } = loadContent(contentDir, { root, today });
const catalog = buildCatalog(catalogInputFromTree(tree, today, (id, file) => offerFileBytes(id, file, contentDir)));
parentPort?.postMessage(await writeOfferAssets(catalog, outDir, siteConfig.illustrativeData));
