import type { Lang } from '../../schemas/index.ts';

/**
 * The marker for "still to be written". The checker warns about every TODO in a draft
 * and refuses to publish an offer that still has one.
 */
export const TODO = 'TODO';

const HINTS: Record<Lang, { translate: string; summary: string; body: string[] }> = {
  en: {
    translate: 'TODO: check this title',
    summary: 'TODO: write one or two sentences for investors (up to 280 characters): what it is, where, and what is offered.',
    body: [
      'TODO: describe the offer for investors in two or three short paragraphs: what is on the site now, what it suits, its condition, the right offered and how to acquire it.',
      'The facts (area, price, utilities, distances, contact) are shown from facts.yaml: do not repeat the figures here. See content/README.md.',
    ],
  },
  ru: {
    translate: 'TODO: переведите заголовок',
    summary: 'TODO: напишите одно-два предложения для инвесторов (до 280 знаков): что это, где и что предлагается.',
    body: [
      'TODO: опишите предложение для инвесторов в двух-трёх коротких абзацах: что есть на участке сейчас, для чего он подходит, его состояние, предлагаемое право и порядок приобретения.',
      'Факты (площадь, цена, инженерные сети, расстояния, контакт) сайт берёт из facts.yaml: не повторяйте здесь цифры. См. content/README.md.',
    ],
  },
  kk: {
    translate: 'TODO: тақырыпты аударыңыз',
    summary: 'TODO: инвесторларға арналған бір-екі сөйлем жазыңыз (280 таңбаға дейін): бұл не, қай жерде және не ұсынылады.',
    body: [
      'TODO: ұсынысты инвесторларға екі-үш қысқа абзацпен сипаттаңыз: учаскеде қазір не бар, неге жарамды, жай-күйі, ұсынылатын құқық және құқықты алу тәртібі.',
      'Деректерді (көлемі, бағасы, инженерлік желілер, қашықтықтар, байланыс) сайт facts.yaml файлынан алады: сандарды мұнда қайталамаңыз. content/README.md қараңыз.',
    ],
  },
};

/** A title that fits the 90-character limit. */
function fit(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 87).trimEnd()}…`;
}

/**
 * A language file that passes the checker but is visibly unfinished: every placeholder
 * starts with TODO. The title is the register's (or the English one marked for translation).
 */
export function offerStub(lang: Lang, titles: Partial<Record<Lang, string>>, id: string): string {
  const hint = HINTS[lang];
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
