// The built site under test: where it is, its pages grouped by type, and its public origin.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { discoverPages, groupByType, parseDocument, type DistPage } from '../../scripts/quality/distSite.ts';
import { siteConfig } from '../../src/site.config.ts';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST} has no built site: run \`npm run build\` first (npm test does).`);

/** The origin the build used for absolute URLs (canonical, hreflang, sitemap), as astro.config.mjs reads it. */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? siteConfig.siteUrl).origin;

export const pages: DistPage[] = discoverPages(DIST);
export const pagesByType = groupByType(pages);

const docs = new Map<string, ReturnType<typeof parseDocument>>();
/** The parsed document of a page (cached). */
export function docOf(page: DistPage) {
  let doc = docs.get(page.file);
  if (!doc) {
    doc = parseDocument(readFileSync(page.file, 'utf8'));
    docs.set(page.file, doc);
  }
  return doc;
}

/** The path of an absolute URL on the site's origin, or undefined for another origin. */
export function sitePath(url: string): string | undefined {
  const u = new URL(url, SITE_ORIGIN);
  return u.origin === SITE_ORIGIN ? u.pathname : undefined;
}
