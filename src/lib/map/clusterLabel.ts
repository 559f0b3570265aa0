/** Plural forms of "N offers" in one language: CLDR categories that language uses. */
export interface ClusterStrings {
  one: string;
  few: string;
  many: string;
  other: string;
}

const TAGS = { en: 'en', ru: 'ru', kk: 'kk' } as const;

/** "5 offers", "5 предложений", "5 ұсыныс": the accessible name of a cluster of `count` offers. */
export function clusterLabel(count: number, lang: keyof typeof TAGS, strings: ClusterStrings, formatted = String(count)): string {
  const category = new Intl.PluralRules(TAGS[lang]).select(count) as keyof ClusterStrings | 'zero' | 'two';
  const template = category === 'zero' || category === 'two' ? strings.other : strings[category];
  return template.replace('{count}', formatted);
}
