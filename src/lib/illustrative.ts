// While the catalog shows demonstration data, every description a search engine, a feed reader or a
// messenger shows on its own (meta description, RSS channel) starts by saying so.
import { t } from '../i18n/index.ts';
import type { Lang } from '../schemas/langs.ts';

/** `text`, prefixed with the illustrative-data notice while `illustrative` is on. */
export function describeHonestly(lang: Lang, text: string, illustrative: boolean): string {
  return illustrative ? `${t(lang, 'meta.illustrative')} ${text}` : text;
}
