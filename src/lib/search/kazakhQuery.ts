// Pagefind has no Kazakh stemmer, but it matches word prefixes. So a Kazakh query word is cut
// back to its stem here ("Балқаштағы" → "балқаш", "учаскелері" → "учаске") and Pagefind's
// prefix match finds every inflected form in the index.

/** Case, plural and possessive endings, longest first within each round. */
const SUFFIXES = [
  'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі',
  'менен', 'мен', 'бен', 'пен',
  'лары', 'лері', 'дары', 'дері', 'тары', 'тері',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'нда', 'нде', 'на', 'не', 'ға', 'ге', 'қа', 'ке',
  'да', 'де', 'та', 'те',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'сы', 'сі', 'ы', 'і',
].sort((a, b) => b.length - a.length);

/** A stem shorter than this is too vague to search for. */
const MIN_STEM = 3;

const KAZAKH_WORD = /^[а-яёәғқңөұүһі-]+$/;

/** The stem of one Kazakh word, lower-cased. Words in other scripts come back unchanged (lower-cased). */
export function kazakhStem(word: string): string {
  let stem = word.toLocaleLowerCase('kk');
  if (!KAZAKH_WORD.test(stem)) return stem;
  for (let round = 0; round < 3; round++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** A Kazakh query ready for Pagefind: each word cut back to its stem. */
export function kazakhQuery(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map(kazakhStem)
    .join(' ');
}
