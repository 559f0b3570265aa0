// The words of the editor at /admin/ in each language it is offered in: field labels and hints from the field
// reference, pattern messages, and the names of collections and lists. The configuration is generated once per
// language from the same schemas (decapConfig.ts), so the Russian and the Kazakh editor always have the same
// fields; only what an official reads differs. Decap's own buttons come from its phrase sets: Russian ships with
// Decap, the Kazakh set is ours (decapKazakh.ts).
import { KK_DESCRIPTIONS, KK_PATTERN_MESSAGES } from '../fieldReference/kk.ts';
import { RU_DESCRIPTIONS, RU_PATTERN_MESSAGES } from '../fieldReference/ru.ts';
import type { ListCollectionName } from '../content/layout.ts';
import { EN_SHORT_LABELS, KK_SHORT_LABELS, RU_SHORT_LABELS } from './shortLabels.ts';

/**
 * The languages the editor is offered in; the first is the one at /admin/, each other at /admin/<lang>/. Officials
 * work in Russian or Kazakh; the English editor is for IT staff and consultants who read neither.
 */
export const EDITOR_LANGS = ['ru', 'kk', 'en'] as const;
export type EditorLang = (typeof EDITOR_LANGS)[number];

interface CollectionWords {
  label: string;
  /** One entry, as Decap's buttons name it ("Новая запись: <singular>"). */
  singular: string;
}

export interface EditorWords {
  /** The language's name, for error messages of the generator. */
  name: string;
  /** Field descriptions keyed by the schema's English description, and where they live. */
  descriptions: Readonly<Record<string, string>>;
  descriptionsFile: string;
  /** Short labels for descriptions whose first sentence is too long to be a label. */
  shortLabels: Readonly<Record<string, string>>;
  shortLabelsTable: string;
  /** Pattern messages keyed by the schema's English message: lower case, no full stop (Decap adds its own). */
  patternMessages: Readonly<Record<string, string>>;
  patternMessagesTable: string;
  /** Label of the entry's folder name (Decap's nested-collection path field). */
  pathLabel: string;
  /** Hint of a field only some offer kinds have. */
  onlyForKinds(kinds: readonly string[]): string;
  offerFacts: CollectionWords;
  offerTexts: CollectionWords;
  districtFacts: CollectionWords;
  districtTexts: CollectionWords;
  /** The files collection that holds the lists of content/. */
  lists: string;
  /** Each list file, and one item of it (the add button reads "<add> <item>"). */
  listFiles: Readonly<Record<ListCollectionName, { label: string; item: string }>>;
  body: { label: string; hint: string };
  photoHint: string;
  documentHint: string;
}

/** Each key as its own wording: the English editor reads the schemas' own descriptions and messages. */
const asWritten = (table: Readonly<Record<string, string>>): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.keys(table).map((english) => [english, english]));

export const EDITOR_WORDS: Readonly<Record<EditorLang, EditorWords>> = {
  ru: {
    name: 'Russian',
    descriptions: RU_DESCRIPTIONS,
    descriptionsFile: 'src/lib/fieldReference/ru.ts',
    shortLabels: RU_SHORT_LABELS,
    shortLabelsTable: 'src/lib/cms/shortLabels.ts (RU_SHORT_LABELS)',
    patternMessages: RU_PATTERN_MESSAGES,
    patternMessagesTable: 'RU_PATTERN_MESSAGES in src/lib/fieldReference/ru.ts',
    pathLabel: 'Папка (id: строчные латинские буквы и дефисы)',
    onlyForKinds: (kinds) => `Только для вида: ${kinds.join(', ')}.`,
    offerFacts: { label: 'Предложения: факты', singular: 'предложение' },
    offerTexts: { label: 'Предложения: тексты', singular: 'текст предложения' },
    districtFacts: { label: 'Территории: факты', singular: 'территория' },
    districtTexts: { label: 'Территории: тексты', singular: 'текст территории' },
    lists: 'Справочники',
    listFiles: {
      places: { label: 'Места: населённые пункты, аэропорты, озёра', item: 'место' },
      contacts: { label: 'Ответственные сотрудники', item: 'сотрудника' },
      incentives: { label: 'Меры поддержки', item: 'меру поддержки' },
      mci: { label: 'МРП по годам', item: 'год' },
      grantors: { label: 'Кто предоставляет право: правовые основания', item: 'основание' },
      exchangeRates: { label: 'Курсы валют НБРК', item: 'валюту' },
    },
    body: { label: 'Текст страницы (body)', hint: 'Абзацы разделяйте пустой строкой. Код и HTML не допускаются.' },
    photoHint: 'Загрузите фото (.jpg, .png, .webp или .avif); файл сохраняется в папку предложения.',
    documentHint:
      'Загрузите PDF; файл сохраняется в папку предложения. Заполните либо файл, либо веб-адрес (url), но не оба: проверка требует ровно одно.',
  },
  kk: {
    name: 'Kazakh',
    descriptions: KK_DESCRIPTIONS,
    descriptionsFile: 'src/lib/fieldReference/kk.ts',
    shortLabels: KK_SHORT_LABELS,
    shortLabelsTable: 'src/lib/cms/shortLabels.ts (KK_SHORT_LABELS)',
    patternMessages: KK_PATTERN_MESSAGES,
    patternMessagesTable: 'KK_PATTERN_MESSAGES in src/lib/fieldReference/kk.ts',
    pathLabel: 'Қалта (id: кіші латын әріптері мен дефистер)',
    onlyForKinds: (kinds) => `Тек мына түр үшін: ${kinds.join(', ')}.`,
    offerFacts: { label: 'Ұсыныстар: деректер', singular: 'ұсыныс' },
    offerTexts: { label: 'Ұсыныстар: мәтіндер', singular: 'ұсыныс мәтіні' },
    districtFacts: { label: 'Аумақтар: деректер', singular: 'аумақ' },
    districtTexts: { label: 'Аумақтар: мәтіндер', singular: 'аумақ мәтіні' },
    lists: 'Анықтамалықтар',
    listFiles: {
      places: { label: 'Орындар: елді мекендер, әуежайлар, көлдер', item: 'орын' },
      contacts: { label: 'Жауапты қызметкерлер', item: 'қызметкер' },
      incentives: { label: 'Қолдау шаралары', item: 'қолдау шарасы' },
      mci: { label: 'Жылдар бойынша АЕК', item: 'жыл' },
      grantors: { label: 'Құқықты кім береді: құқықтық негіздер', item: 'негіз' },
      exchangeRates: { label: 'Ұлттық Банктің валюта бағамдары', item: 'валюта' },
    },
    body: { label: 'Беттің мәтіні (body)', hint: 'Абзацтарды бос жолмен бөліңіз. Код пен HTML жазуға болмайды.' },
    photoHint: 'Фотосуретті жүктеңіз (.jpg, .png, .webp немесе .avif); файл ұсыныстың қалтасына сақталады.',
    documentHint:
      'PDF файлын жүктеңіз; файл ұсыныстың қалтасына сақталады. Не файлды, не веб-мекенжайды (url) толтырыңыз, екеуін бірдей емес: тексеру біреуін ғана талап етеді.',
  },
  en: {
    name: 'English',
    descriptions: asWritten(RU_DESCRIPTIONS),
    descriptionsFile: 'src/lib/fieldReference/ru.ts (every description needs its Russian wording first)',
    shortLabels: EN_SHORT_LABELS,
    shortLabelsTable: 'src/lib/cms/shortLabels.ts (EN_SHORT_LABELS)',
    patternMessages: asWritten(RU_PATTERN_MESSAGES),
    patternMessagesTable: 'RU_PATTERN_MESSAGES in src/lib/fieldReference/ru.ts (every message needs its Russian wording first)',
    pathLabel: 'Folder (id: lower-case Latin letters and hyphens)',
    onlyForKinds: (kinds) => `Only for: ${kinds.join(', ')}.`,
    offerFacts: { label: 'Offers: facts', singular: 'offer' },
    offerTexts: { label: 'Offers: texts', singular: 'offer text' },
    districtFacts: { label: 'Areas: facts', singular: 'area' },
    districtTexts: { label: 'Areas: texts', singular: 'area text' },
    lists: 'Reference lists',
    listFiles: {
      places: { label: 'Places: settlements, airports, lakes', item: 'place' },
      contacts: { label: 'Responsible officers', item: 'officer' },
      incentives: { label: 'Support measures', item: 'measure' },
      mci: { label: 'MCI by year', item: 'year' },
      grantors: { label: 'Who grants the right: legal grounds', item: 'ground' },
      exchangeRates: { label: 'NBK exchange rates', item: 'currency' },
    },
    body: { label: 'Page text (body)', hint: 'Separate paragraphs with an empty line. No code or HTML.' },
    photoHint: 'Upload a photo (.jpg, .png, .webp or .avif); the file is saved in the offer folder.',
    documentHint:
      'Upload a PDF; the file is saved in the offer folder. Fill in either the file or the web address (url), not both: the check requires exactly one.',
  },
};
