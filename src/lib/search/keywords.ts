// Extra words a page is found by, kept out of sight in a hidden element that Pagefind indexes.
// People in Kazakhstan often type place names in Russian (or Latin) on a Kazakh page, and Kazakh
// has no stemmer in Pagefind, so offers carry their place names in every language, known
// alternative spellings, and everyday synonyms of their kind and segments.
// Alternative spellings are domain facts, so they live in content/places.yaml (`aliases:`), not here.
import { uiStrings, type UiKey } from '../../i18n/index.ts';
import { LANGS, type Lang } from '../../schemas/common.ts';

type Names = Record<Lang, string>;
/** Other spellings by language, as content/places.yaml gives them under `aliases:`. */
type Aliases = Partial<Record<Lang, readonly string[]>>;

/**
 * Every alias of a place, whatever the page's language: people type a Russian or Latin spelling on a Kazakh
 * page too. In reverse order of LANGS (Kazakh, then Russian, then Latin), so the index reads from the local
 * spelling outwards.
 */
function allAliases(aliases: Aliases | undefined): string[] {
  return [...LANGS].reverse().flatMap((lang) => aliases?.[lang] ?? []);
}

/**
 * Everyday words for a kind or segment in the page's language: `search.synonyms.<id>` in src/i18n/<lang>.json,
 * a comma-separated list, so a new language brings its own words with its translations.
 */
function synonyms(lang: Lang, id: string): string[] {
  const words = uiStrings[lang][`search.synonyms.${id}` as UiKey] ?? '';
  return words
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

export interface KeywordInput {
  lang: Lang;
  /** The offer's place: its names and the other spellings content gives for it. */
  place: { id: string; name: Names; aliases: Aliases };
  /** The lake, park or landmark the offer lies at, when content names one; searched like the place. */
  namedLocation?: { id: string; name: Names; aliases: Aliases } | undefined;
  /** The offer's area: its names, and the aliases of its centre place (people search an area by its town's name). */
  district: { id: string; name: Names; aliases: Aliases };
  kind: string;
  segments: readonly string[];
}

/** Words to index for an offer page in `lang`, without repeats and without what the page already says in its own language. */
export function offerKeywords(input: KeywordInput): string[] {
  const { lang } = input;
  const others = (names: Names) => (Object.keys(names) as Lang[]).filter((l) => l !== lang).map((l) => names[l]);
  const words = [
    ...others(input.place.name),
    ...allAliases(input.place.aliases),
    ...(input.namedLocation ? [...others(input.namedLocation.name), ...allAliases(input.namedLocation.aliases)] : []),
    ...others(input.district.name),
    ...allAliases(input.district.aliases),
    ...synonyms(lang, input.kind),
    ...input.segments.flatMap((s) => synonyms(lang, s)),
  ];
  return [...new Set(words)];
}

/** Words to index for an area page: its name in the other languages and its centre's other spellings. */
export function districtKeywords(lang: Lang, district: { id: string; name: Names; aliases: Aliases }): string[] {
  const words = [
    ...(Object.keys(district.name) as Lang[]).filter((l) => l !== lang).map((l) => district.name[l]),
    ...allAliases(district.aliases),
  ];
  return [...new Set(words)];
}
