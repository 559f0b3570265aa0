// A proofreader's table: every UI message that takes a number, rendered with the numbers that
// exercise each plural rule, next to what a native editor expects. Every expected string below is
// written out by hand; none comes from the code under test.
import { describe, expect, it } from 'vitest';
import { t, uiStrings, type UiKey } from '../../src/i18n/index.ts';
import { formatDate, formatMonth, formatSeason } from '../../src/lib/format.ts';
import { formatMessage, pluralCategories, pluralCategory, pluralParams } from '../../src/lib/i18n/plural.ts';
import type { Lang } from '../../src/schemas/langs.ts';

/** 0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5: one, few, many and fractions in Russian; one and other elsewhere. */
const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5] as const;

// ICU writes some spaces as no-break spaces; the table is easier to read with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

type Row = Record<Lang, readonly string[]>;
interface Entry {
  /** The parameter that carries the number. */
  param: string;
  /** Other parameters, fixed. */
  fixed?: Record<string, string | number>;
  expected: Row;
}

/** The same sentence around a hand-written numeral phrase for each number. */
const around = (before: string, middles: readonly string[], after: string) => middles.map((m) => `${before}${m}${after}`);

const OFFERS: Row = {
  en: [
    '0 offers',
    '1 offer',
    '2 offers',
    '3 offers',
    '5 offers',
    '11 offers',
    '21 offers',
    '22 offers',
    '25 offers',
    '101 offers',
    '1.5 offers',
  ],
  ru: [
    '0 предложений',
    '1 предложение',
    '2 предложения',
    '3 предложения',
    '5 предложений',
    '11 предложений',
    '21 предложение',
    '22 предложения',
    '25 предложений',
    '101 предложение',
    '1,5 предложения',
  ],
  kk: [
    '0 ұсыныс',
    '1 ұсыныс',
    '2 ұсыныс',
    '3 ұсыныс',
    '5 ұсыныс',
    '11 ұсыныс',
    '21 ұсыныс',
    '22 ұсыныс',
    '25 ұсыныс',
    '101 ұсыныс',
    '1,5 ұсыныс',
  ],
};

const YEARS: Row = {
  en: ['0 years', '1 year', '2 years', '3 years', '5 years', '11 years', '21 years', '22 years', '25 years', '101 years', '1.5 years'],
  ru: ['0 лет', '1 год', '2 года', '3 года', '5 лет', '11 лет', '21 год', '22 года', '25 лет', '101 год', '1,5 года'],
  kk: ['0 жыл', '1 жыл', '2 жыл', '3 жыл', '5 жыл', '11 жыл', '21 жыл', '22 жыл', '25 жыл', '101 жыл', '1,5 жыл'],
};

const EN_MONTHS = [
  '0 months',
  '1 month',
  '2 months',
  '3 months',
  '5 months',
  '11 months',
  '21 months',
  '22 months',
  '25 months',
  '101 months',
  '1.5 months',
];
// After «за» (accusative) and after «более» (genitive) Russian needs different forms.
const RU_MONTHS_ACC = [
  '0 месяцев',
  '1 месяц',
  '2 месяца',
  '3 месяца',
  '5 месяцев',
  '11 месяцев',
  '21 месяц',
  '22 месяца',
  '25 месяцев',
  '101 месяц',
  '1,5 месяца',
];
const RU_MONTHS_GEN = [
  '0 месяцев',
  '1 месяца',
  '2 месяцев',
  '3 месяцев',
  '5 месяцев',
  '11 месяцев',
  '21 месяца',
  '22 месяцев',
  '25 месяцев',
  '101 месяца',
  '1,5 месяца',
];
const KK_MONTHS_ABL = [
  '0 айдан',
  '1 айдан',
  '2 айдан',
  '3 айдан',
  '5 айдан',
  '11 айдан',
  '21 айдан',
  '22 айдан',
  '25 айдан',
  '101 айдан',
  '1,5 айдан',
];
const EN_BARE = ['0', '1', '2', '3', '5', '11', '21', '22', '25', '101', '1.5'];
const BARE = ['0', '1', '2', '3', '5', '11', '21', '22', '25', '101', '1,5'];

const TABLE: Partial<Record<UiKey, Entry>> = {
  'offers.count': { param: 'count', expected: OFFERS },
  'map.cluster': { param: 'count', expected: OFFERS },
  'map.overview.cluster': {
    param: 'count',
    expected: {
      en: [
        '0 offers here: show them in the list',
        '1 offer here: show it in the list',
        '2 offers here: show them in the list',
        '3 offers here: show them in the list',
        '5 offers here: show them in the list',
        '11 offers here: show them in the list',
        '21 offers here: show them in the list',
        '22 offers here: show them in the list',
        '25 offers here: show them in the list',
        '101 offers here: show them in the list',
        '1.5 offers here: show them in the list',
      ],
      ru: around('', OFFERS.ru, ' здесь: показать в списке'),
      kk: around('Мұнда ', OFFERS.kk, ' бар: тізімде көрсету'),
    },
  },
  'offer.termYears': { param: 'years', expected: YEARS },
  'offer.project.paybackYears': { param: 'years', expected: YEARS },
  'home.figure.offers': {
    param: 'count',
    expected: {
      en: ['offers', 'offer', 'offers', 'offers', 'offers', 'offers', 'offers', 'offers', 'offers', 'offers', 'offers'],
      ru: [
        'предложений',
        'предложение',
        'предложения',
        'предложения',
        'предложений',
        'предложений',
        'предложение',
        'предложения',
        'предложений',
        'предложение',
        'предложения',
      ],
      kk: ['ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс', 'ұсыныс'],
    },
  },
  'home.figure.landArea': {
    param: 'count',
    expected: {
      en: around(
        '',
        ['hectares', 'hectare', 'hectares', 'hectares', 'hectares', 'hectares', 'hectares', 'hectares', 'hectares', 'hectares', 'hectares'],
        ' of land on offer',
      ),
      ru: around(
        '',
        ['гектаров', 'гектар', 'гектара', 'гектара', 'гектаров', 'гектаров', 'гектар', 'гектара', 'гектаров', 'гектар', 'гектара'],
        ' земли предлагается инвесторам',
      ),
      kk: around('', Array(11).fill('гектар'), ' жер инвесторларға ұсынылады'),
    },
  },
  'offer.stale': {
    param: 'months',
    expected: {
      en: around('Needs re-verification: the audit is more than ', EN_MONTHS, ' old.'),
      ru: around('Сведения устарели: аудит проведён более ', RU_MONTHS_GEN, ' назад, нужна повторная проверка.'),
      kk: around('Мәліметтер ескірген: аудит жүргізілгеннен бері ', KK_MONTHS_ABL, ' астам уақыт өтті, қайта тексеру қажет.'),
    },
  },
  'data.field.stale': {
    param: 'months',
    expected: {
      en: around('true when the audit visit was more than ', EN_MONTHS, ' before the file was built.'),
      ru: around('true, если выезд аудита был более чем за ', RU_MONTHS_ACC, ' до сборки файла.'),
      kk: around('Аудит сапары файл жиналардан ', KK_MONTHS_ABL, ' астам бұрын болса, true.'),
    },
  },
  'offer.utility.connection': {
    param: 'months',
    fixed: { cost: '1 200 000 ₸' },
    expected: {
      en: around('connection about 1 200 000 ₸, ', EN_MONTHS, ''),
      ru: around('подключение: около 1 200 000 ₸, срок ', RU_MONTHS_ACC, ''),
      kk: around(
        'қосылу құны шамамен 1 200 000 ₸, мерзімі ',
        ['0 ай', '1 ай', '2 ай', '3 ай', '5 ай', '11 ай', '21 ай', '22 ай', '25 ай', '101 ай', '1,5 ай'],
        '',
      ),
    },
  },
  'embed.builder.default': {
    param: 'limit',
    expected: {
      en: around(
        'This is the default widget: ',
        [
          'the 0 newest offers that are not closed',
          'the newest offer that is not closed',
          'the 2 newest offers that are not closed',
          'the 3 newest offers that are not closed',
          'the 5 newest offers that are not closed',
          'the 11 newest offers that are not closed',
          'the 21 newest offers that are not closed',
          'the 22 newest offers that are not closed',
          'the 25 newest offers that are not closed',
          'the 101 newest offers that are not closed',
          'the 1.5 newest offers that are not closed',
        ],
        ", in this page's language. Turn on JavaScript to choose the language, area, kind, number and colour.",
      ),
      ru: around(
        'Это виджет по умолчанию: ',
        [
          '0 самых новых незакрытых предложений',
          '1 самое новое незакрытое предложение',
          '2 самых новых незакрытых предложения',
          '3 самых новых незакрытых предложения',
          '5 самых новых незакрытых предложений',
          '11 самых новых незакрытых предложений',
          '21 самое новое незакрытое предложение',
          '22 самых новых незакрытых предложения',
          '25 самых новых незакрытых предложений',
          '101 самое новое незакрытое предложение',
          '1,5 самых новых незакрытых предложения',
        ],
        ' на языке этой страницы. Включите JavaScript, чтобы выбрать язык, территорию, вид, количество и цвет.',
      ),
      kk: around(
        'Бұл әдепкі виджет: осы беттің тіліндегі жабылмаған ең жаңа ',
        [
          '0 ұсыныс',
          '1 ұсыныс',
          '2 ұсыныс',
          '3 ұсыныс',
          '5 ұсыныс',
          '11 ұсыныс',
          '21 ұсыныс',
          '22 ұсыныс',
          '25 ұсыныс',
          '101 ұсыныс',
          '1,5 ұсыныс',
        ],
        '. Тілді, аумақты, түрді, санды және түсті таңдау үшін JavaScript-ті қосыңыз.',
      ),
    },
  },
  'data.counts': {
    param: 'count',
    fixed: { boundaries: 0 },
    expected: {
      en: around('', OFFERS.en, ', 0 of them with a plot outline.'),
      ru: around('Предложений: ', BARE, ', из них с контуром участка: 0.'),
      kk: around('Ұсыныстар: ', BARE, ', оның ішінде учаске контуры барлары: 0.'),
    },
  },
  'home.browseAll': {
    param: 'count',
    expected: {
      en: [
        'Browse all 0 offers',
        'See the 1 offer',
        'Browse all 2 offers',
        'Browse all 3 offers',
        'Browse all 5 offers',
        'Browse all 11 offers',
        'Browse all 21 offers',
        'Browse all 22 offers',
        'Browse all 25 offers',
        'Browse all 101 offers',
        'Browse all 1.5 offers',
      ],
      ru: around('Все предложения (', BARE, ')'),
      kk: around('Барлық ұсыныстар (', BARE, ')'),
    },
  },
  'offers.lead': {
    param: 'count',
    expected: {
      en: around(
        '',
        [
          'All 0 offers in the catalog.',
          'The 1 offer in the catalog.',
          'All 2 offers in the catalog.',
          'All 3 offers in the catalog.',
          'All 5 offers in the catalog.',
          'All 11 offers in the catalog.',
          'All 21 offers in the catalog.',
          'All 22 offers in the catalog.',
          'All 25 offers in the catalog.',
          'All 101 offers in the catalog.',
          'All 1.5 offers in the catalog.',
        ],
        ' Each card links to a page with the full facts.',
      ),
      ru: around('Все предложения каталога: ', BARE, '. Каждая карточка ведёт на страницу с полными сведениями.'),
      kk: around('Каталогтағы барлық ұсыныстар: ', BARE, '. Әр карточка толық мәліметтері бар бетке апарады.'),
    },
  },
  'shortlist.count': {
    param: 'count',
    expected: {
      en: around('', OFFERS.en, ' saved'),
      ru: around('Сохранено ', OFFERS.ru, ''),
      kk: around('', OFFERS.kk, ' сақталды'),
    },
  },
  'compare.leftOut': {
    param: 'count',
    expected: {
      en: [
        '0 more offers were left out',
        '1 more offer was left out',
        '2 more offers were left out',
        '3 more offers were left out',
        '5 more offers were left out',
        '11 more offers were left out',
        '21 more offers were left out',
        '22 more offers were left out',
        '25 more offers were left out',
        '101 more offers were left out',
        '1.5 more offers were left out',
      ].map((s) => `${s}: the comparison shows at most four.`),
      ru: [
        'Ещё 0 предложений не показаны',
        'Ещё 1 предложение не показано',
        'Ещё 2 предложения не показаны',
        'Ещё 3 предложения не показаны',
        'Ещё 5 предложений не показаны',
        'Ещё 11 предложений не показаны',
        'Ещё 21 предложение не показано',
        'Ещё 22 предложения не показаны',
        'Ещё 25 предложений не показаны',
        'Ещё 101 предложение не показано',
        'Ещё 1,5 предложения не показаны',
      ].map((s) => `${s}: в сравнении не больше четырёх.`),
      kk: around('Тағы ', OFFERS.kk, ' көрсетілмеді: салыстыруда төрттен аспайды.'),
    },
  },
  'embed.allOffers': {
    param: 'count',
    expected: {
      en: [
        'See all 0 offers in the catalog',
        'See the 1 offer in the catalog',
        'See all 2 offers in the catalog',
        'See all 3 offers in the catalog',
        'See all 5 offers in the catalog',
        'See all 11 offers in the catalog',
        'See all 21 offers in the catalog',
        'See all 22 offers in the catalog',
        'See all 25 offers in the catalog',
        'See all 101 offers in the catalog',
        'See all 1.5 offers in the catalog',
      ],
      ru: around('Все предложения каталога (', BARE, ')'),
      kk: around('Каталогтағы барлық ұсыныстар (', BARE, ')'),
    },
  },
  'search.all': {
    param: 'count',
    expected: {
      en: [
        'All 0 offers',
        '1 offer',
        'All 2 offers',
        'All 3 offers',
        'All 5 offers',
        'All 11 offers',
        'All 21 offers',
        'All 22 offers',
        'All 25 offers',
        'All 101 offers',
        'All 1.5 offers',
      ],
      ru: around('Все предложения: ', BARE, ''),
      kk: around('Барлық ұсыныстар: ', BARE, ''),
    },
  },
  'search.some': {
    param: 'count',
    fixed: { total: 31 },
    expected: {
      en: [
        '0 offers match out of 31',
        '1 offer matches out of 31',
        '2 offers match out of 31',
        '3 offers match out of 31',
        '5 offers match out of 31',
        '11 offers match out of 31',
        '21 offers match out of 31',
        '22 offers match out of 31',
        '25 offers match out of 31',
        '101 offers match out of 31',
        '1.5 offers match out of 31',
      ],
      ru: around('Найдено: ', BARE, ' из 31'),
      kk: around('Табылды: ', BARE, ' (барлығы 31)'),
    },
  },
  'search.filtersActive': {
    param: 'count',
    expected: { en: around('Filters (', EN_BARE, ')'), ru: around('Фильтры (', BARE, ')'), kk: around('Сүзгілер (', BARE, ')') },
  },
  'search.relaxOption': {
    param: 'count',
    fixed: { filter: '«X»' },
    expected: {
      en: around('Remove «X» (matches: ', EN_BARE, ')'),
      ru: around('Убрать «X» (найдётся: ', BARE, ')'),
      kk: around('Алып тастау: «X» (табылады: ', BARE, ')'),
    },
  },
};

describe('the proofreader’s table of messages with numbers', () => {
  for (const [key, entry] of Object.entries(TABLE) as Array<[UiKey, Entry]>)
    for (const lang of ['en', 'ru', 'kk'] as const)
      it(`${key} in ${lang}`, () => {
        const rendered = NUMBERS.map((n) => plain(t(lang, key, { ...entry.fixed, [entry.param]: n })));
        expect(rendered).toEqual(entry.expected[lang]);
      });

  it('has a row for every message that chooses a plural form, in any language', () => {
    const withPlurals = new Set<string>();
    for (const lang of ['en', 'ru', 'kk'] as const)
      for (const [key, text] of Object.entries(uiStrings[lang])) if (pluralParams(text).length) withPlurals.add(key);
    expect([...withPlurals].filter((key) => !(key in TABLE))).toEqual([]);
  });
});

describe('plural forms', () => {
  it('needs one, few, many and other in Russian, one and other in Kazakh and English', () => {
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('kk')).toEqual(['one', 'other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
  });

  it('reads a number already formatted for the page, with the fraction digits it shows', () => {
    expect(pluralCategory('ru', '623,9')).toBe('other');
    expect(pluralCategory('ru', '31')).toBe('one');
    expect(pluralCategory('ru', '25')).toBe('many');
    expect(pluralCategory('ru', '21')).toBe('one');
    expect(pluralCategory('ru', '1,0')).toBe('other');
    expect(pluralCategory('ru', '1\u00a0234')).toBe('few');
    expect(pluralCategory('en', '1,234.5')).toBe('other');
    expect(pluralCategory('en', '1')).toBe('one');
    expect(pluralCategory('kk', '1')).toBe('one');
    expect(pluralCategory('ru', 'no number')).toBe('other');
  });

  it('says "623,9 гектара" and "11,5 года" when the view passes formatted numbers', () => {
    expect(t('ru', 'home.figure.landArea', { count: '623,9' })).toBe('гектара земли предлагается инвесторам');
    expect(t('ru', 'offer.project.paybackYears', { years: '11,5' })).toBe('11,5 года');
    expect(t('ru', 'offer.termYears', { years: '49' })).toBe('49 лет');
    expect(t('en', 'offer.project.paybackYears', { years: '1' })).toBe('1 year');
  });

  it('groups large counts as the language does', () => {
    expect(plain(t('ru', 'offers.count', { count: 1234 }))).toBe('1 234 предложения');
    expect(t('en', 'offers.count', { count: 1234 })).toBe('1,234 offers');
  });

  it('leaves # alone outside a plural block and a block without its count visible', () => {
    expect(formatMessage('en', 'Colour #0b5c7a for {n}', { n: 'links' })).toBe('Colour #0b5c7a for links');
    expect(formatMessage('en', '{count, plural, one {# offer} other {# offers}}')).toBe('{count, plural, one {# offer} other {# offers}}');
  });
});

describe('dates', () => {
  it('writes Kazakh dates as official texts do, with the year first and lower-case months', () => {
    expect(formatDate('2026-05-19', 'kk')).toBe('2026 жылғы 19 мамыр');
    expect(formatDate('2025-02-01', 'kk')).toBe('2025 жылғы 1 ақпан');
    expect(formatDate('2026-12-17', 'kk')).toBe('2026 жылғы 17 желтоқсан');
  });

  it('gives each Kazakh month its genitive-locative ending before a noun', () => {
    const attributive = Array.from({ length: 12 }, (_, i) => formatDate(`2026-${String(i + 1).padStart(2, '0')}-05`, 'kk', 'attributive'));
    expect(attributive).toEqual([
      '2026 жылғы 5 қаңтардағы',
      '2026 жылғы 5 ақпандағы',
      '2026 жылғы 5 наурыздағы',
      '2026 жылғы 5 сәуірдегі',
      '2026 жылғы 5 мамырдағы',
      '2026 жылғы 5 маусымдағы',
      '2026 жылғы 5 шілдедегі',
      '2026 жылғы 5 тамыздағы',
      '2026 жылғы 5 қыркүйектегі',
      '2026 жылғы 5 қазандағы',
      '2026 жылғы 5 қарашадағы',
      '2026 жылғы 5 желтоқсандағы',
    ]);
  });

  it('reads "as of" in each language', () => {
    const asOf = (lang: Lang) => plain(t(lang, 'offer.verified', { date: formatDate('2026-05-19', lang, 'attributive') }));
    expect(asOf('kk')).toBe('Мәліметтер 2026 жылғы 19 мамырдағы жағдай бойынша');
    expect(asOf('ru')).toBe('Сведения актуальны на 19 мая 2026 г.');
    expect(asOf('en')).toBe('Information verified on 19 May 2026');
  });

  it('keeps Russian and English dates as ICU writes them', () => {
    expect(plain(formatDate('2026-05-19', 'ru'))).toBe('19 мая 2026 г.');
    expect(plain(formatDate('2026-12-17', 'ru', 'attributive'))).toBe('17 декабря 2026 г.');
    expect(formatDate('2026-12-17', 'en')).toBe('17 December 2026');
  });
});

describe('season lists', () => {
  it('writes month names in lower case in Russian and Kazakh', () => {
    expect(formatMonth(6, 'kk')).toBe('маусым');
    expect(formatMonth(7, 'ru')).toBe('июль');
    expect(formatMonth(7, 'en')).toBe('July');
  });

  it('lists two months and turns three or more in a row into a range', () => {
    expect(formatSeason([6, 7], 'kk')).toBe('маусым, шілде');
    expect(formatSeason([6, 7], 'ru')).toBe('июнь, июль');
    expect(formatSeason([6, 7], 'en')).toBe('June, July');
    expect(formatSeason([8, 6, 7], 'kk')).toBe('маусым–тамыз');
    expect(formatSeason([6, 7, 8], 'ru')).toBe('июнь–август');
    expect(formatSeason([6, 7, 8], 'en')).toBe('June–August');
    expect(formatSeason([5, 7], 'kk')).toBe('мамыр, шілде');
  });

  it('joins a season across the new year', () => {
    expect(formatSeason([12, 1, 2], 'kk')).toBe('желтоқсан–ақпан');
    expect(formatSeason([1, 2, 3, 6, 7, 8, 12], 'ru')).toBe('июнь–август, декабрь–март');
    expect(formatSeason([1, 2, 12], 'en')).toBe('December–February');
  });

  it('says year-round in words for all twelve months', () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(formatSeason(all, 'kk')).toBe('жыл бойы');
    expect(formatSeason(all, 'ru')).toBe('круглый год');
    expect(formatSeason(all, 'en')).toBe('year-round');
  });
});
