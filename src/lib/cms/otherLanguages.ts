// Pure logic of the editor's "other languages" aid (src/lib/cms/otherLanguagesWidget.ts): an offer's texts are
// three files in one folder (`<id>/en.mdx`, `ru.mdx`, `kk.mdx`), which Decap shows as three collections. Beside
// each text field the aid shows the same field of the other two files, so an official writes one language with
// the others in view and can copy one in as a starting point.

/** Another language of the same text, as the generated configuration lists it on the field. */
export interface OtherLanguage {
  /** The Decap collection holding that language's files, e.g. `offer-texts-en`. */
  collection: string;
  /** The file's name in the entry's folder without extension, e.g. `en`. */
  file: string;
  /** The language's name in its own words, e.g. `English`. */
  label: string;
}

/** The field option that carries the list (snake case, as Decap's own options are). */
export const OTHER_LANGUAGES_OPTION = 'other_languages';

/** Each widget of the aid and the Decap widget it wraps. */
export const WIDGETS_WITH_OTHER_LANGUAGES: Readonly<Record<string, string>> = {
  'string-with-other-languages': 'string',
  'markdown-with-other-languages': 'markdown',
};

/** The aid's widget for a field of `baseWidget`, or undefined when the aid does not wrap that widget. */
export function widgetWithOtherLanguages(baseWidget: string): string | undefined {
  return Object.keys(WIDGETS_WITH_OTHER_LANGUAGES).find((name) => WIDGETS_WITH_OTHER_LANGUAGES[name] === baseWidget);
}

/** A folder name as the content layout allows it (lower-case Latin letters, digits and hyphens). */
const FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The folder of the entry being edited. Decap names an entry of a nested collection by its path without
 * extension (`balkhash-city-beach/ru`); a new entry has no name until it is saved, so its folder is the one the
 * official typed in the form's first field. Undefined while neither gives a valid folder name.
 */
export function entryFolder(slug: unknown, typedFolder: unknown): string | undefined {
  const folder = typeof slug === 'string' && slug.includes('/') ? slug.slice(0, slug.lastIndexOf('/')) : typedFolder;
  return typeof folder === 'string' && FOLDER.test(folder) ? folder : undefined;
}

/** Decap's name of the same text in another language: the same folder, that language's file. */
export function siblingSlug(folder: string | undefined, file: string): string | undefined {
  return folder === undefined ? undefined : `${folder}/${file}`;
}

/**
 * The list as the configuration gives it (Decap hands field options over as plain values). A malformed list
 * yields no languages rather than a broken form: the field itself must stay editable.
 */
export function readOtherLanguages(raw: unknown): OtherLanguage[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is OtherLanguage =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as OtherLanguage).collection === 'string' &&
      typeof (item as OtherLanguage).file === 'string' &&
      typeof (item as OtherLanguage).label === 'string',
  );
}

/** The value of `field` in another file's data, when it is text with something in it. */
export function textOf(data: unknown, field: string): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Whether copying into the field would replace words the official has already typed (then we ask first). */
export function wouldReplaceText(current: unknown): boolean {
  return typeof current === 'string' && current.trim() !== '';
}

/** What the aid says, in each language the editor is offered in (the editor page's `lang` picks one). */
export interface AidWords {
  /** Accessible name of the panel under field `field` (its key: the label is the field's own name). */
  panel(field: string): string;
  /** The copy button's text, and its accessible name for field `field`. */
  copy(language: string): string;
  copyInto(language: string, field: string): string;
  /** The question before replacing words already in the field labelled `label`. */
  replace(label: string, language: string): string;
  show: string;
  showHint: string;
  loading: string;
  empty: string;
}

export const AID_WORDS: Readonly<Record<'ru' | 'kk' | 'en', AidWords>> = {
  ru: {
    panel: (field) => `Другие языки: ${field}`,
    copy: (language) => `Скопировать ${language} сюда`,
    copyInto: (language, field) => `Скопировать ${language} в поле ${field}`,
    replace: (label, language) => `Заменить текст в поле «${label}» текстом (${language})?`,
    show: 'Показать',
    showHint: 'Укажите папку (первое поле формы) и нажмите «Показать», чтобы увидеть этот текст на других языках.',
    loading: 'Загрузка…',
    empty: 'На этом языке поле пока не заполнено.',
  },
  kk: {
    panel: (field) => `Басқа тілдер: ${field}`,
    copy: (language) => `${language} мәтінін осында көшіру`,
    copyInto: (language, field) => `${language} мәтінін ${field} өрісіне көшіру`,
    replace: (label, language) => `«${label}» өрісіндегі мәтін ${language} мәтінімен ауыстырылсын ба?`,
    show: 'Көрсету',
    showHint: 'Бұл мәтінді басқа тілдерде көру үшін қалтаны (форманың бірінші өрісі) көрсетіп, «Көрсету» түймесін басыңыз.',
    loading: 'Жүктелуде…',
    empty: 'Бұл тілде өріс әлі толтырылмаған.',
  },
  en: {
    panel: (field) => `Other languages: ${field}`,
    copy: (language) => `Copy ${language} here`,
    copyInto: (language, field) => `Copy ${language} into ${field}`,
    replace: (label, language) => `Replace the text in “${label}” with the ${language} text?`,
    show: 'Show',
    showHint: 'Type the folder (the first field of the form) and press “Show” to see this text in the other languages.',
    loading: 'Loading…',
    empty: 'Not filled in yet in this language.',
  },
};

/** The aid's words for an editor page in `lang` (the Russian ones for any other page). */
export const aidWordsFor = (lang: string | undefined): AidWords => (lang === 'kk' || lang === 'en' ? AID_WORDS[lang] : AID_WORDS.ru);
