// Server-side only: reads Astro's collections. Client code must never import this file.
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../../schemas/index.ts';
import { buildCatalog, type Catalog } from './buildCatalog.ts';
import { catalogToday } from '../today.ts';
import { toCatalogInput } from '../content/catalogInput.ts';
import { textId } from '../content/layout.ts';
import { offerFileBytes } from '../content/offerFiles.ts';

let cached: Promise<Catalog> | undefined;

/** Build day, overridable (CATALOG_TODAY=YYYY-MM-DD) so builds and tests are reproducible; the checker uses the same day. */
export function buildDay(): string {
  return catalogToday();
}

async function load(): Promise<Catalog> {
  const [offers, offerTexts, districts, districtTexts, places, contacts, incentives, mci, grantors, exchangeRates] = await Promise.all([
    getCollection('offers'),
    getCollection('offerTexts'),
    getCollection('districts'),
    getCollection('districtTexts'),
    getCollection('places'),
    getCollection('contacts'),
    getCollection('incentives'),
    getCollection('mci'),
    getCollection('grantors'),
    getCollection('exchangeRates'),
  ]);
  return buildCatalog(
    toCatalogInput(
      { offers, offerTexts, districts, districtTexts, places, contacts, incentives, mci, grantors, exchangeRates },
      buildDay(),
      (id, file) => offerFileBytes(id, file),
    ),
  );
}

/** The catalog, loaded once per build. */
export function loadCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/**
 * The MDX entry with an offer's body in a language (after fallback). A direct lookup: filtering
 * getCollection() here would resolve every text of every offer once per page, O(offers²) per build.
 */
export function getOfferTextEntry(id: string, lang: Lang) {
  return getEntry('offerTexts', textId(id, lang));
}

/** The MDX entry with a district's body in a language. */
export function getDistrictTextEntry(id: string, lang: Lang) {
  return getEntry('districtTexts', textId(id, lang));
}
