// The one mapping from content entries to what buildCatalog() takes. Astro's collections (loadCatalog.ts)
// and the checker's tree (scripts, tests) both come through here, so they cannot drift apart.
import type { Contact, District, ExchangeRate, GrantorSource, Incentive, Lang, Mci, OfferFacts, Place } from '../../schemas/index.ts';
import { LANGS } from '../../schemas/index.ts';
import type { CatalogInput, OfferTextInput } from '../catalog/types.ts';
import type { ContentTree } from '../validation/loadContent.ts';
import { textId } from './layout.ts';

/** An entry the way Astro's collections hold it: an id and the data its schema returned. */
export interface ContentEntry<T> {
  id: string;
  data: T;
}

/** Every collection's entries, keyed by collection name (texts have ids `<entry id>/<lang>`). */
export interface ContentEntries {
  offers: ReadonlyArray<ContentEntry<OfferFacts>>;
  offerTexts: ReadonlyArray<ContentEntry<OfferTextInput>>;
  districts: ReadonlyArray<ContentEntry<District>>;
  districtTexts: ReadonlyArray<ContentEntry<{ summary: string }>>;
  places: ReadonlyArray<ContentEntry<Place>>;
  contacts: ReadonlyArray<ContentEntry<Contact>>;
  incentives: ReadonlyArray<ContentEntry<Incentive>>;
  mci: ReadonlyArray<ContentEntry<Mci>>;
  grantors: ReadonlyArray<ContentEntry<GrantorSource>>;
  exchangeRates: ReadonlyArray<ContentEntry<ExchangeRate>>;
}

/** The texts of one entry by language, looked up by id rather than by scanning every text. */
function textsOf<T>(byId: ReadonlyMap<string, T>, entryId: string): Partial<Record<Lang, T>> {
  const texts: Partial<Record<Lang, T>> = {};
  for (const lang of LANGS) {
    const text = byId.get(textId(entryId, lang));
    if (text !== undefined) texts[lang] = text;
  }
  return texts;
}

/**
 * Entries in the order of their ids. Astro's store hands them over sorted by id, the checker's tree in the order of
 * the files; the catalog takes one order, so the build's pages and its worker (lib/build/offerAssets.ts) agree to
 * the byte (the order of places decides which map labels win a tight spot).
 */
const byId = <T extends { id: string }>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const dataById = <T>(entries: ReadonlyArray<ContentEntry<T>>): Map<string, T> => new Map(entries.map((e) => [e.id, e.data]));

/** Size in bytes of a file in an offer's folder, or undefined; given by loaders that can see the files. */
export type OfferFileBytes = (offerId: string, file: string) => number | undefined;

/** The sizes of an offer's PDF documents, only when it has any (so an offer without them maps as before). */
function documentBytesOf(id: string, facts: OfferFacts, bytesOf: OfferFileBytes | undefined): { documentBytes?: Record<string, number> } {
  if (!bytesOf) return {};
  const files = facts.documents.flatMap((d) => (d.file === undefined ? [] : [d.file]));
  if (files.length === 0) return {};
  const documentBytes: Record<string, number> = {};
  for (const file of files) {
    const bytes = bytesOf(id, file);
    if (bytes !== undefined) documentBytes[file] = bytes;
  }
  return { documentBytes };
}

/** What buildCatalog() takes, from every collection's entries and the build day. */
export function toCatalogInput(entries: ContentEntries, today: string, bytesOf?: OfferFileBytes): CatalogInput {
  const offerTexts = dataById(entries.offerTexts);
  const districtTexts = dataById(entries.districtTexts);
  return {
    offers: byId(entries.offers).map((o) => ({
      id: o.id,
      facts: o.data,
      texts: textsOf(offerTexts, o.id),
      ...documentBytesOf(o.id, o.data, bytesOf),
    })),
    districts: byId(entries.districts).map((d) => ({ id: d.id, facts: d.data, texts: textsOf(districtTexts, d.id) })),
    places: byId(entries.places).map((p) => p.data),
    contacts: byId(entries.contacts).map((c) => c.data),
    incentives: byId(entries.incentives).map((i) => i.data),
    mci: byId(entries.mci).map((m) => m.data),
    grantors: byId(entries.grantors).map((g) => g.data),
    exchangeRates: byId(entries.exchangeRates).map((r) => r.data),
    today,
  };
}

/** The checker's tree as collection entries, with the same ids Astro gives them. */
export function entriesFromTree(tree: ContentTree): ContentEntries {
  const texts = <T>(items: ReadonlyArray<{ id: string; texts: Partial<Record<Lang, { data: T }>> }>) =>
    items.flatMap((item) =>
      LANGS.flatMap((lang) => (item.texts[lang] ? [{ id: textId(item.id, lang), data: item.texts[lang].data }] : [])),
    );
  const values = <T>(items: ReadonlyArray<{ value: T & { id: string } }>) => items.map((i) => ({ id: i.value.id, data: i.value }));
  return {
    offers: tree.offers.map((o) => ({ id: o.id, data: o.facts })),
    offerTexts: texts(tree.offers),
    districts: tree.districts.map((d) => ({ id: d.id, data: d.facts })),
    districtTexts: texts(tree.districts),
    places: values(tree.places),
    contacts: values(tree.contacts),
    incentives: values(tree.incentives),
    mci: values(tree.mci),
    grantors: values(tree.grantors),
    exchangeRates: values(tree.exchangeRates),
  };
}

/** What buildCatalog() takes, from the checker's tree: for scripts and tests, which have no Astro. */
export function catalogInputFromTree(tree: ContentTree, today: string, bytesOf?: OfferFileBytes): CatalogInput {
  return toCatalogInput(entriesFromTree(tree), today, bytesOf);
}
