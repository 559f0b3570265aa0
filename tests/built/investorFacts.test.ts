// What an investor reads on the built pages: the price of an offer on its catalog card, its own page and its
// embed card, and the "needs re-verification" warning on offers whose audit is old. The expected texts are
// written here by hand from content/offers/<id>/facts.yaml (the amount) and the site's number style, not
// computed by the site's formatting code, so a price shown a thousand times too small (or the warning
// dropped) fails here even when every unit test of the formatter still passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/quality/distSite.ts';
import { DIST } from './site.ts';

type Lang = 'en' | 'ru' | 'kk';
const LANGS: Lang[] = ['en', 'ru', 'kk'];
const OFFERS_DIR = 'content/offers';

/** Text as a reader sees it: any run of spaces (including the no-break spaces Intl puts in numbers) is one space. */
const seen = (text: string | undefined) => text?.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The label → value pairs of every `<dt>`/`<dd>` in an element (cards and fact lists use them). */
function factsIn(el: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of el.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') out[seen(dt.text)!] = seen(dd.text)!;
  }
  return out;
}

const docs = new Map<string, HTMLElement>();
function page(urlPath: string): HTMLElement {
  const file = join(DIST, urlPath, 'index.html');
  let doc = docs.get(file);
  if (!doc) {
    expect(existsSync(file), `${urlPath} is not in dist/`).toBe(true);
    doc = parseDocument(readFileSync(file, 'utf8'));
    docs.set(file, doc);
  }
  return doc;
}

/** The raw value of a top-level field in an offer's facts.yaml, read as text (not through the site's schema). */
function rawFact(id: string, pattern: RegExp): string | undefined {
  return pattern.exec(readFileSync(join(OFFERS_DIR, id, 'facts.yaml'), 'utf8'))?.[1];
}

// Basis labels as each language prints them above the price.
const BASIS: Record<string, Record<Lang, string>> = {
  'start-price': { en: 'Start price', ru: 'Стартовая цена', kk: 'Бастапқы баға' },
  'sale-price': { en: 'Sale price', ru: 'Цена продажи', kk: 'Сату бағасы' },
  'annual-lease': { en: 'Annual lease', ru: 'Годовая арендная плата', kk: 'Жылдық жалдау ақысы' },
  'on-request': { en: 'Price', ru: 'Цена', kk: 'Бағасы' },
};

// On the offer page the label also says how often the amount is paid (issue 13: never one scale for both).
const PERIOD: Record<string, Record<Lang, string>> = {
  'start-price': { en: ', paid once', ru: ', единовременно', kk: ', біржолғы төлем' },
  'sale-price': { en: ', paid once', ru: ', единовременно', kk: ', біржолғы төлем' },
  // A yearly basis says so in its own name; the amount carries "a year".
  'annual-lease': { en: '', ru: '', kk: '' },
  'on-request': { en: '', ru: '', kk: '' },
};

interface PriceCase {
  id: string;
  /** `price:` in facts.yaml, as written there. */
  basis: keyof typeof BASIS;
  amountKzt: number | undefined;
  /** In full, on the offer page. */
  full: Record<Lang, string>;
  /** Short, on catalog and embed cards. */
  short: Record<Lang, string>;
}

// Amounts from five millions down to a few hundred thousand and up to hundreds of millions, so that a unit that is
// wrong by a factor of 1,000 (k ↔ m, m ↔ bn) shows in every language.
const PRICES: PriceCase[] = [
  {
    // A property-lease tender bids on the yearly rent.
    id: 'balkhash-shubartubek-recreation-base',
    basis: 'annual-lease',
    amountKzt: 2_100_000,
    full: { en: '₸2,100,000 a year', ru: '2 100 000 ₸ в год', kk: 'жылына 2 100 000 ₸' },
    short: { en: '₸2.1m a year', ru: '2,1 млн ₸ в год', kk: 'жылына 2,1 млн ₸' },
  },
  {
    id: 'karkaraly-town-centre-hotel',
    basis: 'sale-price',
    amountKzt: 310_000_000,
    full: { en: '₸310,000,000', ru: '310 000 000 ₸', kk: '310 000 000 ₸' },
    short: { en: '₸310m', ru: '310 млн ₸', kk: '310 млн ₸' },
  },
  {
    id: 'balkhash-north-roadside-site',
    basis: 'annual-lease',
    amountKzt: 380_000,
    full: { en: '₸380,000 a year', ru: '380 000 ₸ в год', kk: 'жылына 380 000 ₸' },
    short: { en: '₸380k a year', ru: '380 тыс. ₸ в год', kk: 'жылына 380 м. ₸' },
  },
  {
    // 1.85 million is shown to one decimal on cards: rounded up, never cut to 1.8.
    id: 'shaitankol-glamping',
    basis: 'annual-lease',
    amountKzt: 1_850_000,
    full: { en: '₸1,850,000 a year', ru: '1 850 000 ₸ в год', kk: 'жылына 1 850 000 ₸' },
    short: { en: '₸1.9m a year', ru: '1,9 млн ₸ в год', kk: 'жылына 1,9 млн ₸' },
  },
  {
    id: 'balkhash-childrens-camp',
    basis: 'on-request',
    amountKzt: undefined,
    full: { en: 'On request', ru: 'По запросу', kk: 'Сұрау бойынша' },
    short: { en: 'On request', ru: 'По запросу', kk: 'Сұрау бойынша' },
  },
];

describe('prices as investors read them', () => {
  it.each(PRICES)('the table still matches content/offers/$id/facts.yaml', ({ id, basis, amountKzt }) => {
    expect(rawFact(id, /^price:\s*\{\s*basis:\s*([\w-]+)/m), `update PRICES when ${id}'s price basis changes`).toBe(basis);
    const amount = rawFact(id, /^price:\s*\{[^}]*amountKzt:\s*(\d+)/m);
    expect(amount === undefined ? undefined : Number(amount), `update PRICES when ${id}'s price changes`).toBe(amountKzt);
  });

  describe.each(LANGS)('in %s', (lang) => {
    it.each(PRICES)('shows $id in full on its offer page', ({ id, basis, full }) => {
      const dd = page(`/${lang}/offers/${id}/`).querySelector('dd[data-fact="price"]');
      expect(dd, `${id} has no price fact`).not.toBeNull();
      expect(seen(dd!.previousElementSibling?.text)).toBe(`${BASIS[basis]![lang]}${PERIOD[basis]![lang]}`);
      // The tenge amount, without the approximate dollars and euros printed under it (tested below).
      const approx = dd!.querySelector('[data-approx]')?.text ?? '';
      expect(seen(dd!.text.replace(approx, ''))).toBe(full[lang]);
    });

    it.each(PRICES)('shows $id short on its catalog card', ({ id, basis, short }) => {
      // The catalog lists 12 offers a page: the card is on whichever built page holds it.
      const listPages = [`/${lang}/offers/`, ...readdirSync(join(DIST, lang, 'offers', 'page')).map((n) => `/${lang}/offers/page/${n}/`)];
      const card =
        listPages.map((p) => page(p).querySelector(`article.offer-card[data-offer-id="${id}"]`)).find((found) => found !== null) ?? null;
      expect(card, `the catalog has no card for ${id}`).not.toBeNull();
      expect(factsIn(card!)[BASIS[basis]![lang]]).toBe(short[lang]);
    });

    it.each(PRICES)('shows $id short on its embed card and in the embedded list', ({ id, basis, short }) => {
      const single = page(`/${lang}/embed/offers/${id}/`).querySelector(`article.embed-card[data-offer-id="${id}"]`);
      // The list page holds its six default cards; the widget fetches any other offer's list card from its fragment.
      const fragment = JSON.parse(readFileSync(join(DIST, lang, 'offers', id, 'card.json'), 'utf8')) as { embedHtml: string };
      const fetched = parseDocument(fragment.embedHtml).querySelector(`article.embed-card[data-offer-id="${id}"]`);
      const inList = page(`/${lang}/embed/offers/`).querySelector(`article.embed-card[data-offer-id="${id}"]`);
      for (const [where, card] of [
        ['embed card', single],
        ['embed list fragment', fetched],
        ...(inList ? [['embed list page', inList] as const] : []),
      ] as const) {
        expect(card, `the ${where} has no card for ${id}`).not.toBeNull();
        expect(factsIn(card!)[BASIS[basis]![lang]], where).toBe(short[lang]);
      }
    });
  });
});

// The warning, word for word: it names the limit (12 months), so the limit and the text must change together.
const STALE_WARNING: Record<Lang, string> = {
  en: 'Needs re-verification: the audit is more than 12 months old.',
  ru: 'Сведения устарели: аудит проведён более 12 месяцев назад, нужна повторная проверка.',
  kk: 'Мәліметтер ескірген: аудит жүргізілгеннен бері 12 айдан астам уақыт өтті, қайта тексеру қажет.',
};

/** The day the site was built (CATALOG_TODAY when the build was given one, else the day of its data file). */
function buildDay(): string {
  if (process.env.CATALOG_TODAY) return process.env.CATALOG_TODAY;
  const data = JSON.parse(readFileSync(join(DIST, 'data/offers.json'), 'utf8')) as { generatedAt: string };
  return data.generatedAt.slice(0, 10);
}

/** Published offers with their audit day, read from facts.yaml as text. */
const audited = readdirSync(OFFERS_DIR)
  .filter((id) => existsSync(join(OFFERS_DIR, id, 'facts.yaml')) && rawFact(id, /^draft:\s*(true)\b/m) === undefined)
  .map((id) => {
    const date = rawFact(id, /^audit:\s*\{\s*date:\s*(\d{4}-\d{2}-\d{2})/m) ?? rawFact(id, /^audit:\s*\n\s+date:\s*(\d{4}-\d{2}-\d{2})/m);
    if (!date) throw new Error(`cannot read audit.date of ${id}`);
    return { id, date };
  });

describe('the "needs re-verification" warning on offer pages', () => {
  const today = buildDay();
  // More than 12 months old: before the same calendar day one year earlier.
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const stale = new Set(audited.filter((o) => o.date < yearAgo).map((o) => o.id));

  it('has offers on both sides of the limit to check (else this test would prove nothing)', () => {
    expect(audited.length).toBeGreaterThan(10);
    expect(stale.size, `no audit older than ${yearAgo}`).toBeGreaterThan(0);
    expect(stale.size, `every audit is older than ${yearAgo}`).toBeLessThan(audited.length);
  });

  it.each(LANGS)('is on every offer audited more than 12 months before the build day, and on no other (%s)', (lang) => {
    const shown = audited
      .filter(({ id }) => seen(page(`/${lang}/offers/${id}/`).querySelector('main')?.text)?.includes(STALE_WARNING[lang]))
      .map((o) => o.id);
    expect(shown.sort()).toEqual([...stale].sort());
  });
});

// At the NBK rates in content/exchange-rates.yaml (444.32 tenge a dollar, 473.33 a euro, of 24 April 2024, not
// verified), worked out by hand and rounded to three significant figures: 1,850,000 / 444.32 = 4,163.7 → $4,160.
const RATES = { usd: '444.32', eur: '473.33', date: '2024-04-24' };
const APPROX: Array<{ id: string; text: Record<Lang, string> }> = [
  {
    id: 'shaitankol-glamping',
    text: {
      en: '≈ $4,160 · €3,910 a year (NBK rate of 24 April 2024; rate not verified)',
      ru: '≈ 4 160 $ · 3 910 € в год (по курсу НБРК на 24 апреля 2024 г.; курс не проверен)',
      kk: 'жылына ≈ 4 160 $ · 3 910 € (Ұлттық Банктің 2024 жылғы 24 сәуірдегі бағамы бойынша; бағам тексерілмеген)',
    },
  },
  {
    // 310,000,000 / 444.32 = 697,695 → $698,000; / 473.33 = 654,934 → €655,000.
    id: 'karkaraly-town-centre-hotel',
    text: {
      en: '≈ $698,000 · €655,000 (NBK rate of 24 April 2024; rate not verified)',
      ru: '≈ 698 000 $ · 655 000 € (по курсу НБРК на 24 апреля 2024 г.; курс не проверен)',
      kk: '≈ 698 000 $ · 655 000 € (Ұлттық Банктің 2024 жылғы 24 сәуірдегі бағамы бойынша; бағам тексерілмеген)',
    },
  },
  {
    // 380,000 / 444.32 = 855.2 → $855; / 473.33 = 802.8 → €803.
    id: 'balkhash-north-roadside-site',
    text: {
      en: '≈ $855 · €803 a year (NBK rate of 24 April 2024; rate not verified)',
      ru: '≈ 855 $ · 803 € в год (по курсу НБРК на 24 апреля 2024 г.; курс не проверен)',
      kk: 'жылына ≈ 855 $ · 803 € (Ұлттық Банктің 2024 жылғы 24 сәуірдегі бағамы бойынша; бағам тексерілмеген)',
    },
  },
];

describe('approximate dollars and euros on offer pages', () => {
  it('the rates still match content/exchange-rates.yaml', () => {
    const yaml = readFileSync('content/exchange-rates.yaml', 'utf8');
    const item = (id: string) => new RegExp(`- id: ${id}\\n\\s+kztPerUnit: ([\\d.]+)\\n\\s+date: (\\S+)`).exec(yaml);
    expect(item('usd')?.slice(1), 'update RATES and APPROX when the dollar rate changes').toEqual([RATES.usd, RATES.date]);
    expect(item('eur')?.slice(1), 'update RATES and APPROX when the euro rate changes').toEqual([RATES.eur, RATES.date]);
  });

  describe.each(LANGS)('in %s', (lang) => {
    it.each(APPROX)('shows $id in dollars and euros under its price', ({ id, text }) => {
      const approx = page(`/${lang}/offers/${id}/`).querySelector('dd[data-fact="price"] [data-approx]');
      expect(approx, `${id} shows no approximate price`).not.toBeNull();
      expect(seen(approx!.text)).toBe(text[lang]);
    });

    it('says under the expected costs that the amounts are approximate, at an unverified rate more than a month old', () => {
      const note = seen(page(`/${lang}/offers/shaitankol-glamping/`).querySelector('[data-currency-note]')?.text);
      const expected: Record<Lang, string[]> = {
        en: ['approximate', 'of 24 April 2024', 'has not been checked', 'more than a month old'],
        ru: ['приблизительные', 'на 24 апреля 2024 г.', 'не сверен', 'больше месяца'],
        kk: ['шамамен', '2024 жылғы 24 сәуірдегі', 'салыстырылмаған', 'бір айдан бұрын'],
      };
      for (const part of expected[lang]) expect(note).toContain(part);
    });
  });

  it('offers priced on request show no approximate price', () => {
    expect(page('/en/offers/balkhash-childrens-camp/').querySelector('dd[data-fact="price"] [data-approx]')).toBeNull();
  });
});
