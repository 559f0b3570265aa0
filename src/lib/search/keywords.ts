// Extra words a page is found by, kept out of sight in a hidden element that Pagefind indexes.
// People in Kazakhstan often type place names in Russian (or Latin) on a Kazakh page, and Kazakh
// has no stemmer in Pagefind, so offers carry their place names in every language, known
// alternative spellings, and everyday synonyms of their kind and segments.
import type { Lang } from '../../schemas/common.ts';

type Names = Record<Lang, string>;

/** Spellings people use that differ from the catalog's own names (see GLOSSARY.md). */
export const PLACE_ALIASES: Record<string, string[]> = {
  shubartubek: ['Шұбартөбек', 'Чубартюбек', 'Chubar-Tyubek', 'Shubartobek'],
  torangalyk: ['Тораңғалық', 'Torangalyq'],
  karkaraly: ['Каркаралы', 'Karkaralinsk', 'Qarqaraly'],
  balkhash: ['Балкаш', 'Balqash'],
  karaganda: ['Караганды', 'Qaragandy', 'Karagandy'],
};

/** Everyday words for each segment and kind, per language of the page. */
const SYNONYMS: Record<Lang, Record<string, string[]>> = {
  en: {
    beach: ['shore', 'lakeside', 'swimming'],
    'health-resort': ['sanatorium', 'spa'],
    'recreation-base': ['holiday', 'resort'],
    hotel: ['lodging', 'accommodation'],
    ski: ['skiing', 'slope'],
    hiking: ['trail', 'trekking'],
    camping: ['campsite', 'tents'],
    'land-plot': ['land', 'site'],
    infrastructure: ['building', 'property'],
    'large-project': ['project', 'investment'],
  },
  ru: {
    beach: ['пляж', 'побережье', 'берег'],
    'health-resort': ['санаторий', 'курорт'],
    'recreation-base': ['база отдыха', 'турбаза', 'дом отдыха'],
    hotel: ['гостиница', 'отель'],
    ski: ['лыжи', 'горнолыжный'],
    hiking: ['тропа', 'треккинг', 'поход'],
    camping: ['кемпинг', 'палатки'],
    glamping: ['глэмпинг', 'глампинг'],
    'land-plot': ['земельный участок', 'земля'],
    infrastructure: ['здание', 'объект'],
    'large-project': ['проект', 'инвестиционный проект'],
  },
  kk: {
    beach: ['жағажай', 'жағалау', 'пляж'],
    'eco-tourism': ['экотуризм', 'табиғат'],
    glamping: ['глэмпинг', 'глампинг'],
    hotel: ['қонақүй', 'мейманхана', 'отель', 'гостиница'],
    camping: ['кемпинг', 'шатыр'],
    ski: ['шаңғы', 'тау шаңғысы', 'лыжи'],
    'health-resort': ['шипажай', 'санаторий'],
    'ethno-tourism': ['этнотуризм', 'этноауыл'],
    'roadside-service': ['жол бойы', 'сервис'],
    'recreation-base': ['демалыс базасы', 'демалыс үйі', 'база отдыха'],
    hiking: ['жаяу', 'соқпақ', 'маршрут', 'треккинг'],
    'land-plot': ['жер учаскесі', 'жер телімі', 'учаске', 'участок'],
    infrastructure: ['нысан', 'ғимарат', 'объект'],
    'large-project': ['жоба', 'инвестициялық жоба', 'проект'],
  },
};

export interface KeywordInput {
  lang: Lang;
  /** Place id and its names. */
  place: { id: string; name: Names };
  district: { id: string; name: Names };
  kind: string;
  segments: readonly string[];
}

/** Words to index for an offer page in `lang`, without repeats and without what the page already says in its own language. */
export function offerKeywords(input: KeywordInput): string[] {
  const { lang } = input;
  const others = (names: Names) => (Object.keys(names) as Lang[]).filter((l) => l !== lang).map((l) => names[l]);
  const words = [
    ...others(input.place.name),
    ...(PLACE_ALIASES[input.place.id] ?? []),
    ...others(input.district.name),
    ...(PLACE_ALIASES[input.district.id] ?? []),
    ...(SYNONYMS[lang][input.kind] ?? []),
    ...input.segments.flatMap((s) => SYNONYMS[lang][s] ?? []),
  ];
  return [...new Set(words)];
}

/** Words to index for an area page: its name in the other languages and known spellings. */
export function districtKeywords(lang: Lang, district: { id: string; name: Names }): string[] {
  const words = [...(Object.keys(district.name) as Lang[]).filter((l) => l !== lang).map((l) => district.name[l]), ...(PLACE_ALIASES[district.id] ?? [])];
  return [...new Set(words)];
}
