// The view models every page renders, on the good fixture tree. Expected values are written out by hand
// from tests/fixtures/content-good, so a change in wording or formatting shows up here as a diff.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toContactView } from '../../src/lib/catalog/toContactView.ts';
import { toHomeView } from '../../src/lib/catalog/toHomeView.ts';
import { toCatalogView } from '../../src/lib/catalog/toCatalogView.ts';
import { toDistrictView } from '../../src/lib/catalog/toDistrictView.ts';
import { toInvestView } from '../../src/lib/catalog/toInvestView.ts';
import { toOfferPageView } from '../../src/lib/catalog/toOfferPageView.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import {
  toEmbedBuilderView,
  toEmbedCardView,
  toEmbedIndex,
  toEmbedListView,
  toEmbedOfferChoices,
} from '../../src/lib/catalog/toEmbedView.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { GOOD_FIXTURE, TODAY, check } from './helpers.ts';

// Built before each test, not once for the file: Stryker credits a test only with code run inside it (see
// scripts/mutation/README.md), so the catalog's own mutants would otherwise look untested by these assertions.
let catalog: ReturnType<typeof buildCatalog>;
beforeEach(() => {
  catalog = buildCatalog(catalogInputFromTree(check(GOOD_FIXTURE).tree, TODAY));
});

describe('the contact view', () => {
  it('names the person, their role and organisation in the page language, and the languages they speak in themselves', () => {
    const officer = catalog.contacts.find((c) => c.id === 'karkaraly-tourism-officer')!;
    expect(toContactView(officer, 'ru')).toEqual({
      id: 'karkaraly-tourism-officer',
      name: 'Ерлан Демо-Жаксыбеков (демо)',
      role: 'Специалист по туризму и инвестициям',
      organisation: 'Акимат Каркаралинского района (условно)',
      phone: '+7 700 000 00 04',
      phoneHref: 'tel:+77000000004',
      email: 'karkaraly.invest@example.kz',
      languages: 'Қазақша, Русский, English',
    });
  });

  it('is the same on an offer page and on the invest page', () => {
    const offer = toOfferView(catalog.offers.find((o) => o.id === 'shaitankol-glamping')!, 'en', catalog);
    const invest = toInvestView(catalog, 'en');
    // A national-park plot is answered for by the park's officer, not the akimat's.
    expect(invest.contacts.find((c) => c.id === 'karkaraly-park-recreation-officer')).toEqual(offer.contact);
  });
});

describe('the offer view', () => {
  let base: ReturnType<typeof toOfferView>;
  beforeEach(() => {
    base = toOfferView(catalog.offers.find((o) => o.id === 'balkhash-test-base')!, 'en', catalog);
  });

  it('says how old an audit may be before it needs re-verification, from the site setting', () => {
    expect(base.stale).toBe(true);
    expect(base.staleLabel).toBe('Needs re-verification: the audit is more than 12 months old.');
  });

  it('carries the segment ids for filtering beside their labels for reading', () => {
    expect(base.segmentIds).toEqual(['beach', 'recreation-base']);
    expect(base.segments).toEqual(['Beach', 'Recreation base']);
  });

  it('describes the location thumbnail by the nearest settlement', () => {
    expect(base.thumbnailAlt).toBe('Location map of Test recreation base (en): 5.6 km in a straight line from Shubartubek');
    expect(base.coordinatesLabel).toBe('46.8120, 75.2100');
    expect(base.published).toBe('2026-01-10');
  });
});

describe('the offer page view', () => {
  let page: ReturnType<typeof toOfferPageView>;
  beforeEach(() => {
    page = toOfferPageView(catalog, 'shaitankol-glamping', 'en');
  });

  it('sums up size, money and right in the key facts, each once', () => {
    expect(page.keyFacts).toEqual([
      { label: 'Land area', value: '4.2 ha', fact: 'area' },
      // In dollars and euros at the fixture's test rates (500 and 550 tenge, not verified).
      {
        label: 'Annual lease',
        value: '₸1,850,000 a year',
        approx: '≈ $3,700 · €3,360 a year (NBK rate of 20 November 2026; rate not verified)',
        fact: 'price',
      },
      {
        label: 'Estimated investment',
        value: '₸180,000,000',
        approx: '≈ $360,000 · €327,000 (NBK rate of 20 November 2026; rate not verified)',
        fact: 'investment',
      },
      { label: 'Right offered', value: 'Use of national-park land, 25 years', fact: 'right' },
      // Content says true, but nobody has verified it for a national park's competition.
      { label: 'Companies with foreign participation', value: 'Not verified for national-park land', fact: 'foreign' },
    ]);
  });

  it('lists the legal status and the acquisition route, without repeating the key facts', () => {
    expect(page.legalFacts.map((f) => f.label)).toEqual([
      'Land category',
      'Target purpose',
      'Cadastral number',
      'Granted by',
      'Acquisition route',
    ]);
    expect(page.legalFacts.find((f) => f.fact === 'cadastral')?.value).toBe('00-000-001-001');
    expect(page.legalFacts.find((f) => f.fact === 'grantor')?.value).toBe(
      "The national park's administration, under the Committee of Forestry and Wildlife",
    );
    expect(page.legalFacts.find((f) => f.fact === 'route')?.value).toBe("Competition held by the national park's authorised body");
    expect(page.offer.routeSource).toMatchObject({ url: 'https://karkaralinskpark.kz/ob-organizacii/turizm', verified: false });
    const keyLabels = new Set(page.keyFacts.map((f) => f.label));
    for (const list of [page.legalFacts, page.auditFacts, page.projectFacts])
      for (const f of list) expect(keyLabels.has(f.label), f.label).toBe(false);
  });

  it('links the lot and gives the date bids close when content has them', () => {
    const base = toOfferPageView(catalog, 'balkhash-test-base', 'en');
    expect(base.offer.statusLabel).toBe('Tender announced');
    expect(base.legalFacts.slice(-3)).toEqual([
      {
        label: 'Acquisition route',
        value: 'Tender for property lease or trust management on the state property register portal',
        fact: 'route',
      },
      { label: 'Bids close on', value: '15 December 2026', fact: 'bid-date' },
      { label: 'The lot', value: 'https://gosreestr.example.kz/lot/1', href: 'https://gosreestr.example.kz/lot/1', fact: 'lot' },
    ]);
    expect(base.keyFacts.find((f) => f.fact === 'price')).toEqual({ label: 'Price', value: 'On request', fact: 'price' });
  });

  it('gives the audit and the catalog dates', () => {
    expect(page.auditFacts).toEqual([
      { label: 'Audit visit', value: '16 July 2026', fact: 'audit' },
      { label: 'Auditor', value: 'Regional tourism audit team (illustrative)' },
      { label: 'Condition', value: 'No buildings' },
      { label: 'Published', value: '1 August 2026' },
      { label: 'Updated', value: '1 August 2026' },
    ]);
  });

  it('has no project facts for a land plot, and no translation notice when the text is in the page language', () => {
    expect(page.projectFacts).toEqual([]);
    expect(page.missingTranslation).toBeUndefined();
  });

  it('says which language the text is shown in when the translation is missing', () => {
    const plot = catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
    const withoutKk = { ...catalog, offers: [{ ...plot, texts: { en: plot.texts.en! } }] };
    expect(toOfferPageView(withoutKk, 'shaitankol-glamping', 'ru').missingTranslation).toMatch(/English/);
  });

  it('maps the offer with its outline and the hubs it is measured to', () => {
    expect(page.map.mode).toBe('offer');
    expect(page.map.offers).toHaveLength(1);
    expect(page.map.offers[0]!.boundary).toHaveLength(4);
    expect(page.map.hubs.map((h) => h.id)).toContain('karkaraly');
  });

  it('indexes the place and area names of the other languages for the site search', () => {
    expect(page.keywords).toEqual(expect.arrayContaining(['озеро Шайтанколь', 'Каркаралинский район', 'Қарқаралы ауданы']));
    expect(page.keywords).not.toContain('Karkaraly district');
  });
});

describe('the home view', () => {
  it('gives the figures in the page language', () => {
    const home = toHomeView(catalog, 'ru');
    expect(home.offerCount).toBe(2);
    expect(home.offerCountLabel).toBe('2');
    expect(home.openLandLabel).toBe('6,7');
    expect(home.byKind).toEqual([
      { kind: 'land-plot', label: 'Свободный земельный участок', count: 1 },
      { kind: 'infrastructure', label: 'Объект туристской инфраструктуры', count: 1 },
      { kind: 'large-project', label: 'Крупный проект', count: 0 },
    ]);
  });

  it('lists the areas in their order with summaries and counts, and the open featured offers', () => {
    const home = toHomeView(catalog, 'en');
    expect(home.districts.map((d) => [d.id, d.name, d.url, d.offerCount, d.offerCountLabel])).toEqual([
      ['balkhash', 'Balkhash area', '/en/districts/balkhash/', 1, '1 offer'],
      ['karkaraly', 'Karkaraly district', '/en/districts/karkaraly/', 1, '1 offer'],
    ]);
    expect(home.districts[1]!.summary).toMatch(/^Granite mountains, pine forest and lakes/);
    expect(home.featured.map((o) => o.id)).toEqual(['shaitankol-glamping']);
  });
});

describe('the catalog view', () => {
  let view: ReturnType<typeof toCatalogView>;
  beforeEach(() => {
    view = toCatalogView(catalog, 'kk');
  });

  it('groups the offers by area and puts every one on the map', () => {
    expect(view.offerCount).toBe(2);
    expect(view.groups.map((g) => [g.district.name, g.offers.map((o) => o.id)])).toEqual([
      ['Балқаш қаласы және оған қарасты аумақ', ['balkhash-test-base']],
      ['Қарқаралы ауданы', ['shaitankol-glamping']],
    ]);
    expect(view.map?.mode).toBe('catalog');
    expect(view.map?.offers.map((o) => o.id).sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
  });

  it('gives the search form its data and the area names for its options', () => {
    expect(view.search.districtNames).toEqual({ balkhash: 'Балқаш қаласы және оған қарасты аумақ', karkaraly: 'Қарқаралы ауданы' });
    expect(view.search.data.offers).toHaveLength(2);
  });
});

describe('the district view', () => {
  it('shows the area with its offers, map and the names it has in other languages', () => {
    const view = toDistrictView(catalog, 'karkaraly', 'en');
    expect(view.name).toBe('Karkaraly district');
    expect(view.textLang).toBe('en');
    expect(view.offers.map((o) => o.id)).toEqual(['shaitankol-glamping']);
    expect(view.map?.mode).toBe('district');
    expect(view.keywords).toEqual(expect.arrayContaining(['Каркаралинский район', 'Қарқаралы ауданы']));
  });

  it('refuses an unknown area', () => {
    expect(() => toDistrictView(catalog, 'atlantis', 'en')).toThrow(/atlantis/);
  });
});

describe('the invest view', () => {
  it('describes each programme and shows its link by host name', () => {
    const view = toInvestView(catalog, 'en');
    // In the order of their ids, as Astro's store hands them to the build (lib/content/catalogInput.ts).
    expect(view.incentives.map((i) => i.id)).toEqual([
      'in-kind-grant',
      'investment-preferences',
      'ppp-support',
      'roadside-service-subsidy',
    ]);
    const programme = (id: string) => view.incentives.find((i) => i.id === id)!;
    expect(programme('investment-preferences')).toMatchObject({
      name: 'Investment preferences for a priority project',
      source: { text: 'Entrepreneurial Code of the Republic of Kazakhstan, investment priority projects, art. 286', verified: false },
    });
    // 2,000,000 MCI and 200,000 MCI at the 2026 MCI of 4,325 tenge.
    expect(programme('investment-preferences').thresholds.map((x) => x.text)).toEqual([
      'Minimum investment: 2,000,000 MCI, about ₸8.7bn at the 2026 MCI.',
      'Minimum investment: 200,000 MCI, about ₸865m at the 2026 MCI.',
    ]);
    expect(programme('roadside-service-subsidy').source).toMatchObject({ url: undefined, verified: false });
    expect(view.contacts).toHaveLength(6);
  });
});

describe('the embed views', () => {
  it('renders only the default selection in the list: open offers, newest first', () => {
    const list = toEmbedListView(catalog, 'en');
    expect(list.offers.map((o) => o.id)).toEqual(['shaitankol-glamping', 'balkhash-test-base']);
    expect(list.offers[0]!.title).toBe('Glamping plot near Lake Shaitankol');
    expect(list.vocabulary.district).toEqual(['balkhash', 'karkaraly']);
    expect(list.vocabulary.kind).toEqual(['land-plot', 'infrastructure', 'large-project']);
  });

  it('indexes every offer for the widget with what it filters on, in catalog order', () => {
    // As the two fixtures' facts.yaml write them.
    expect(toEmbedIndex(catalog)).toEqual([
      {
        id: 'shaitankol-glamping',
        district: 'karkaraly',
        kind: 'land-plot',
        status: 'available',
        segments: ['glamping', 'eco-tourism', 'hiking'],
      },
      {
        id: 'balkhash-test-base',
        district: 'balkhash',
        kind: 'infrastructure',
        status: 'at-tender',
        segments: ['beach', 'recreation-base'],
      },
    ]);
  });

  it('gives the card widget the offer view, and the builder its choices', () => {
    expect(toEmbedCardView(catalog, 'balkhash-test-base', 'ru').priceLabel).toBe('По запросу');
    const builder = toEmbedBuilderView(catalog, 'en');
    expect(builder.districts).toEqual([
      { id: 'balkhash', name: 'Balkhash area' },
      { id: 'karkaraly', name: 'Karkaraly district' },
    ]);
    expect(builder).not.toHaveProperty('offers');
    expect(toEmbedOfferChoices(catalog, 'en')).toEqual([
      { id: 'shaitankol-glamping', title: 'Glamping plot near Lake Shaitankol' },
      { id: 'balkhash-test-base', title: 'Test recreation base (en)' },
    ]);
  });
});
