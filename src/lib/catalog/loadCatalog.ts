// Server-side only: reads Astro's collections. Client code must never import this file.
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../../schemas/index.ts';
import { buildCatalog, type Catalog } from './buildCatalog.ts';
import { catalogToday } from '../today.ts';

let cached: Promise<Catalog> | undefined;

/** Build day, overridable (CATALOG_TODAY=YYYY-MM-DD) so builds and tests are reproducible; the checker uses the same day. */
export function buildDay(): string {
  return catalogToday();
}

async function load(): Promise<Catalog> {
  const [offers, offerTexts, districts, districtTexts, places, contacts, incentives] = await Promise.all([
    getCollection('offers'),
    getCollection('offerTexts'),
    getCollection('districts'),
    getCollection('districtTexts'),
    getCollection('places'),
    getCollection('contacts'),
    getCollection('incentives'),
  ]);
  const textsOf = <T>(entries: Array<{ id: string; data: T }>, id: string) =>
    Object.fromEntries(entries.filter((e) => e.id.startsWith(`${id}/`)).map((e) => [e.id.slice(id.length + 1) as Lang, e.data])) as Partial<Record<Lang, T>>;
  return buildCatalog({
    offers: offers.map((o) => ({ id: o.id, facts: o.data, texts: textsOf(offerTexts, o.id) })),
    districts: districts.map((d) => ({ id: d.id, facts: d.data, texts: textsOf(districtTexts, d.id) })),
    places: places.map((p) => p.data),
    contacts: contacts.map((c) => c.data),
    incentives: incentives.map((i) => i.data),
    today: buildDay(),
  });
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
  return getEntry('offerTexts', `${id}/${lang}`);
}

export function getDistrictTextEntry(id: string, lang: Lang) {
  return getEntry('districtTexts', `${id}/${lang}`);
}
