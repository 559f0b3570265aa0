import type { Lang } from '../../schemas/langs.ts';
import { formatMessage } from '../i18n/plural.ts';

/**
 * "5 offers", "5 предложений", "5 ұсыныс": the accessible name of a cluster of `count` offers, from
 * the `map.cluster` message (a plural message, see lib/i18n/plural.ts).
 */
export function clusterLabel(count: number, lang: Lang, template: string): string {
  return formatMessage(lang, template, { count });
}
