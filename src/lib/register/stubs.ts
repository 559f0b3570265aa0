import { t } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/index.ts';

/**
 * The marker for "still to be written". The checker warns about every TODO in a draft
 * and refuses to publish an offer that still has one.
 */
export const TODO = 'TODO';

/** The placeholders of a new language file, in that language (`stub.*` in src/i18n/<lang>.json). */
function hints(lang: Lang): { translate: string; summary: string; body: string[] } {
  return {
    translate: t(lang, 'stub.title.translate'),
    summary: t(lang, 'stub.summary'),
    body: [t(lang, 'stub.body.describe'), t(lang, 'stub.body.facts')],
  };
}

/** A title that fits the 90-character limit. */
function fit(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 87).trimEnd()}…`;
}

/**
 * A language file that passes the checker but is visibly unfinished: every placeholder
 * starts with TODO. The title is the register's (or the English one marked for translation).
 */
export function offerStub(lang: Lang, titles: Partial<Record<Lang, string>>, id: string): string {
  const hint = hints(lang);
  const title = titles[lang] ?? (titles.en ? fit(`${hint.translate}: ${titles.en}`) : `TODO: title of ${id}`);
  return [
    '---',
    `title: ${JSON.stringify(fit(title))}`,
    `summary: ${JSON.stringify(hint.summary)}`,
    '---',
    hint.body.join('\n\n'),
    '',
  ].join('\n');
}
