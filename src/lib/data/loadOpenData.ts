// Server-side only (reads the catalog through loadCatalog). Client code must never import this file.
import { loadCatalog } from '../catalog/loadCatalog.ts';
import { siteConfig } from '../../site.config.ts';
import type { OffersDocument } from './openDataSchema.ts';
import { toOffersDocument } from './toOpenData.ts';

/** One time stamp per build, so offers.json and offers.geojson agree. */
const generatedAt = new Date().toISOString();

const cached = new Map<string, Promise<OffersDocument>>();

/** The offers.json document for a site address, built once per build. */
export function loadOffersDocument(site: URL): Promise<OffersDocument> {
  let doc = cached.get(site.href);
  if (!doc) {
    doc = loadCatalog().then((catalog) => toOffersDocument(catalog, site, generatedAt, siteConfig.illustrativeData));
    cached.set(site.href, doc);
  }
  return doc;
}

/** The site address from an Astro context, falling back to the configured one. */
export const siteOf = (site: URL | undefined) => site ?? new URL(siteConfig.siteUrl);
