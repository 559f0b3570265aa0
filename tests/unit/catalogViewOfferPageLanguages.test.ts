// The fact groups of an offer page (src/lib/catalog/toOfferPageView.ts) as an investor reads them in Kazakh and
// Russian, on the good fixture. Each test asks a fresh copy of the catalog (views are cached per catalog object),
// so the page is computed inside the test. Labels are the words of src/i18n/kk.json and ru.json, written out.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferPageView } from '../../src/lib/catalog/toOfferPageView.ts';
import { fixtureCatalog } from './helpers.ts';

let built: Catalog;
let catalog: Catalog;
beforeEach(() => {
  built ??= fixtureCatalog();
  catalog = { ...built };
});
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u202f]/g, ' '));

describe('the Kazakh page of the Balkhash recreation base (a tender, price on request)', () => {
  it('sums up area, price, investment, right with its term and foreign participation', () => {
    const page = toOfferPageView(catalog, 'balkhash-test-base', 'kk');
    expect(plain(page.keyFacts.map(({ approx, ...rest }) => rest))).toEqual([
      { label: 'Учаскенің көлемі', value: '2,5 га', fact: 'area' },
      { label: 'Бағасы', value: 'Сұрау бойынша', fact: 'price' },
      { label: 'Инвестицияның болжамды көлемі', value: '350 000 000 ₸', fact: 'investment' },
      { label: 'Ұсынылатын құқық', value: 'Сенімгерлік басқару, 10 жыл', fact: 'right' },
      { label: 'Шетелдік қатысуы бар заңды тұлғалар', value: 'Қолжетімді', fact: 'foreign' },
    ]);
    expect(page.keyFacts[1]).not.toHaveProperty('approx', expect.anything());
    expect(page.keyFacts[2]!.approx).toContain('≈');
  });

  it('gives the legal status, who grants the right, the route, the date bids close and the lot', () => {
    expect(plain(toOfferPageView(catalog, 'balkhash-test-base', 'kk').legalFacts)).toEqual([
      { label: 'Жер санаты', value: 'Елді мекендердің жерлері', fact: 'category' },
      { label: 'Нысаналы мақсаты', value: 'Демалыс базасы үшін' },
      { label: 'Кадастрлық нөмір', value: '00-000-999-001', fact: 'cadastral' },
      { label: 'Құқықты беретін тарап', value: 'Әкімдік (коммуналдық мүлік)', fact: 'grantor' },
      {
        label: 'Құқықты алу тәртібі',
        value:
          'Мемлекеттік мүлік тізілімінің веб-порталындағы мүліктік жалдауға (жалға алуға) немесе сенімгерлік басқаруға арналған тендер',
        fact: 'route',
      },
      { label: 'Өтінімдер қабылданатын соңғы күн', value: '2026 жылғы 15 желтоқсан', fact: 'bid-date' },
      { label: 'Лот', value: 'https://gosreestr.example.kz/lot/1', href: 'https://gosreestr.example.kz/lot/1', fact: 'lot' },
    ]);
  });

  it('gives the audit and catalog dates, and warns that an audit over 12 months old needs checking again', () => {
    const page = toOfferPageView(catalog, 'balkhash-test-base', 'kk');
    expect(plain(page.auditFacts)).toEqual([
      { label: 'Тексеру күні', value: '2025 жылғы 10 маусым', fact: 'audit' },
      { label: 'Аудитор', value: 'Сынақ аудиторы' },
      { label: 'Техникалық жай-күйі', value: 'Жөндеуді қажет етеді' },
      { label: 'Жарияланды', value: '2026 жылғы 10 қаңтар' },
      { label: 'Жаңартылды', value: '2026 жылғы 1 ақпан' },
    ]);
    expect(page.offer.stale).toBe(true);
    expect(page.offer.staleLabel).toBe('Мәліметтер ескірген: аудит жүргізілгеннен бері 12 айдан астам уақыт өтті, қайта тексеру қажет.');
    expect(page.projectFacts).toEqual([]);
    expect(page.missingTranslation).toBeUndefined();
  });
});

describe('an offer without an investment estimate', () => {
  it('has no investment row among its key facts', () => {
    const offers = built.offers.map((o) =>
      o.id === 'balkhash-test-base' ? ({ ...o, facts: { ...o.facts, investmentKzt: undefined } } as typeof o) : o,
    );
    const page = toOfferPageView({ ...built, offers }, 'balkhash-test-base', 'kk');
    expect(page.keyFacts.map((f) => f.fact)).toEqual(['area', 'price', 'right', 'foreign']);
  });
});

describe('the Russian page of the glamping plot (a yearly lease from a national park)', () => {
  it('labels the price by its basis and says it is paid every year, and that foreign participation is unverified', () => {
    const page = toOfferPageView(catalog, 'shaitankol-glamping', 'ru');
    expect(plain(page.keyFacts.map(({ approx, ...rest }) => rest))).toEqual([
      { label: 'Площадь участка', value: '4,2 га', fact: 'area' },
      { label: 'Годовая арендная плата', value: '1 850 000 ₸ в год', fact: 'price' },
      { label: 'Оценка инвестиций', value: '180 000 000 ₸', fact: 'investment' },
      { label: 'Предлагаемое право', value: 'Землепользование на территории национального парка, 25 лет', fact: 'right' },
      { label: 'Юрлица с иностранным участием', value: 'Для земель национального парка не проверено', fact: 'foreign' },
    ]);
    expect(page.offer.stale).toBe(false);
  });

  it('has no bid date or lot row while content gives neither', () => {
    const page = toOfferPageView(catalog, 'shaitankol-glamping', 'ru');
    expect(page.legalFacts.map((f) => f.label)).toEqual([
      'Категория земель',
      'Целевое назначение',
      'Кадастровый номер',
      'Кто предоставляет право',
      'Порядок приобретения',
    ]);
    expect(page.legalFacts.find((f) => f.fact === 'route')?.value).toBe(
      'Конкурс, который проводит уполномоченный орган национального парка',
    );
  });
});
