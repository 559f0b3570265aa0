// Pagefind has no Kazakh stemmer, but it matches word prefixes. So a Kazakh query word is cut
// back to its stem here ("Балқаштағы" → "балқаш", "учаскелері" → "учаске") and Pagefind's
// prefix match finds every inflected form in the index.

/** Endings in the order they stack from the end of a word: case, then possessive, then plural. */
const SLOTS: string[][] = [
  [
    'ндағы',
    'ндегі',
    'дағы',
    'дегі',
    'тағы',
    'тегі',
    'менен',
    'мен',
    'бен',
    'пен',
    'нан',
    'нен',
    'дан',
    'ден',
    'тан',
    'тен',
    'ның',
    'нің',
    'дың',
    'дің',
    'тың',
    'тің',
    'нда',
    'нде',
    'на',
    'не',
    'ға',
    'ге',
    'қа',
    'ке',
    'да',
    'де',
    'та',
    'те',
    'ны',
    'ні',
    'ды',
    'ді',
    'ты',
    'ті',
  ],
  ['лары', 'лері', 'дары', 'дері', 'тары', 'тері', 'сы', 'сі', 'ы', 'і'],
  ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
].map((slot) => slot.sort((a, b) => b.length - a.length));

/** A stem shorter than this is too vague to search for. */
const MIN_STEM = 3;

const KAZAKH_WORD = /^[а-яёәғқңөұүһі-]+$/;

/** The stem of one Kazakh word, lower-cased. Words in other scripts come back unchanged (lower-cased). */
export function kazakhStem(word: string): string {
  let stem = word.toLocaleLowerCase('kk');
  if (!KAZAKH_WORD.test(stem)) return stem;
  for (const slot of SLOTS) {
    const suffix = slot.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (suffix) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** A Kazakh query ready for Pagefind: each word cut back to its stem. */
export function kazakhQuery(query: string): string {
  return query.split(/\s+/).filter(Boolean).map(kazakhStem).join(' ');
}
