// What an investor reads in the fact groups of an offer page (toOfferPageView.ts) for the offers the good fixture
// has none of: an auction whose date has passed, a lot not yet published, a plot with no cadastral number, a large
// project with its IRR and payback, and a text shown in another language. The catalog is built in beforeEach, not
// when the file loads, so each test computes its own offer views (they are cached per catalog). Labels are the
// English, Russian and Kazakh words of src/i18n/*.json, written out.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferPageView } from '../../src/lib/catalog/toOfferPageView.ts';
import { fixtureCatalog, fixtureWith, RICH_FIXTURE, replaceIn } from './helpers.ts';

let catalog: Catalog;
beforeEach(() => {
  catalog = fixtureCatalog(RICH_FIXTURE);
});

const factOf = (facts: Array<{ fact?: string }>, fact: string) => facts.filter((f) => f.fact === fact);

describe('the legal facts of an offer page', () => {
  // The good fixture's tender closes on 15 December 2026; moved to 1 October, its date has passed by TODAY (29 November).
  const passedTender = () =>
    fixtureCatalog(fixtureWith((dir) => replaceIn(dir, 'offers/balkhash-test-base/facts.yaml', 'date: 2026-12-15', 'date: 2026-10-01')));

  it('says that the bid date has passed and the result is being confirmed, and still links the lot', () => {
    const page = toOfferPageView(passedTender(), 'balkhash-test-base', 'en');
    expect(page.legalFacts.slice(-2)).toEqual([
      { label: 'Bids close on', value: '1 October 2026. This date has passed; the result is being confirmed.', fact: 'bid-date' },
      { label: 'The lot', value: 'https://gosreestr.example.kz/lot/1', href: 'https://gosreestr.example.kz/lot/1', fact: 'lot' },
    ]);
  });

  it('says the same in Russian, with one full stop after the Russian date ("г." ends it already)', () => {
    const page = toOfferPageView(passedTender(), 'balkhash-test-base', 'ru');
    expect(factOf(page.legalFacts, 'bid-date')).toEqual([
      { label: 'Приём заявок до', value: '1 октября 2026 г. Эта дата прошла, итоги уточняются.', fact: 'bid-date' },
    ]);
  });

  it('gives a closed auction its date alone: the offer is over, no result is awaited', () => {
    const page = toOfferPageView(catalog, 'karkaraly-north-edge-hotel-plot', 'en');
    expect(factOf(page.legalFacts, 'bid-date')).toEqual([{ label: 'Bids close on', value: '18 June 2026', fact: 'bid-date' }]);
  });

  it('promises the lot link while a competition still to come has no lot published (15 December 2026, no lotUrl)', () => {
    const page = toOfferPageView(catalog, 'karkaraly-shaitankol-trailhead-glamping', 'en');
    expect(factOf(page.legalFacts, 'lot')).toEqual([
      { label: 'The lot', value: 'The link to the lot will be added here when the lot is published.', fact: 'lot' },
    ]);
    expect(factOf(page.legalFacts, 'bid-date')).toEqual([{ label: 'Bids close on', value: '15 December 2026', fact: 'bid-date' }]);
  });

  it('gives no lot row for a closed auction, whose lot is no longer to come', () => {
    const page = toOfferPageView(catalog, 'karkaraly-north-edge-hotel-plot', 'en');
    expect(factOf(page.legalFacts, 'lot')).toEqual([]);
  });

  it('says a cadastral number is not assigned yet when the plot has none (the mountain resort)', () => {
    expect(factOf(toOfferPageView(catalog, 'karkaraly-all-season-mountain-resort', 'en').legalFacts, 'cadastral')).toEqual([
      { label: 'Cadastral number', value: 'Not assigned yet', fact: 'cadastral' },
    ]);
    expect(factOf(toOfferPageView(catalog, 'karkaraly-all-season-mountain-resort', 'kk').legalFacts, 'cadastral')).toEqual([
      { label: 'Кадастрлық нөмір', value: 'Әлі берілмеген', fact: 'cadastral' },
    ]);
  });
});

describe('the project facts of a large project', () => {
  it('gives the estimated IRR and the payback of the mountain resort (14.5 % and 11 years in its facts.yaml)', () => {
    expect(toOfferPageView(catalog, 'karkaraly-all-season-mountain-resort', 'en').projectFacts).toEqual([
      { label: 'Estimated IRR', value: '14.5%' },
      { label: 'Payback', value: '11 years' },
    ]);
  });

  it('writes them with the Russian decimal comma and plural', () => {
    expect(toOfferPageView(catalog, 'karkaraly-all-season-mountain-resort', 'ru').projectFacts).toEqual([
      { label: 'Оценка IRR', value: '14,5 %' },
      { label: 'Окупаемость', value: '11 лет' },
    ]);
  });

  it('leaves out the IRR or the payback a project does not give, not a row without a value', () => {
    const resort = catalog.offers.find((o) => o.id === 'karkaraly-all-season-mountain-resort')!;
    if (resort.facts.kind !== 'large-project') throw new Error('the fixture resort is a large project');
    const noIrr = { ...resort.facts, project: { ...resort.facts.project, irrPct: undefined } };
    const noPayback = { ...resort.facts, project: { ...resort.facts.project, paybackYears: undefined } };
    const withFacts = (facts: typeof resort.facts) => ({ ...catalog, offers: [{ ...resort, facts }] });
    expect(toOfferPageView(withFacts(noIrr), resort.id, 'en').projectFacts).toEqual([{ label: 'Payback', value: '11 years' }]);
    expect(toOfferPageView(withFacts(noPayback), resort.id, 'en').projectFacts).toEqual([{ label: 'Estimated IRR', value: '14.5%' }]);
  });
});

describe('the notice of a missing translation', () => {
  it('tells a Kazakh reader, in Kazakh, that the text is shown in English', () => {
    const plot = catalog.offers.find((o) => o.id === 'karkaraly-kent-camping')!;
    const onlyEnglish = { ...catalog, offers: [{ ...plot, texts: { en: plot.texts.en! } }] };
    expect(toOfferPageView(onlyEnglish, plot.id, 'kk').missingTranslation).toBe(
      'Бұл мәтін әлі қазақ тіліне аударылмаған; ол мына тілде көрсетілген: English.',
    );
  });
});

describe('an offer page that cannot be made', () => {
  it('names the unknown offer', () => {
    expect(() => toOfferPageView(catalog, 'no-such-offer', 'en')).toThrow('Unknown offer no-such-offer');
  });

  it('names the district the catalog does not have, and the offer that points to it', () => {
    const plot = catalog.offers.find((o) => o.id === 'karkaraly-kent-camping')!;
    const orphan = { ...catalog, districts: catalog.districts.filter((d) => d.id !== 'karkaraly'), offers: [plot] };
    expect(() => toOfferPageView(orphan, plot.id, 'en')).toThrow('Unknown district karkaraly of karkaraly-kent-camping');
  });
});
