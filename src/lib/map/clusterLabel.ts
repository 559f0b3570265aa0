import type { Lang } from '../../schemas/langs.ts';

/** Plural forms of "N offers" in one language: CLDR categories that language uses. */
export interface ClusterStrings {
  one: string;
  few: string;
  many: string;
  other: string;
}

/** "5 offers", "5 предложений", "5 ұсыныс": the accessible name of a cluster of `count` offers. */
export function clusterLabel(count: number, lang: Lang, strings: ClusterStrings, formatted = String(count)): string {
  const category = new Intl.PluralRules(lang).select(count) as keyof ClusterStrings | 'zero' | 'two';
  const template = category === 'zero' || category === 'two' ? strings.other : strings[category];
  return template.replace('{count}', formatted);
}
