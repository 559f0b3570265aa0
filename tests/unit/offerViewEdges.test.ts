// The parts of an offer view (toOfferView.ts) that the fixtures' offers do not reach: a deposit given as an
// amount, a photo with and without alt text, a project phase of one year, an offer with no text at all, the
// languages an offer is written in, its card alone, the threshold sentence without the MCI value, and the
// investment basis once the catalog holds audited rather than demonstration data. Also the PDF documents an
// offer publishes (offerDocuments.ts) and the site paths (paths.ts). Expected words are from src/i18n/*.json.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, OfferModel } from '../../src/lib/catalog/buildCatalog.ts';
import { documentHref, offerDocumentFiles } from '../../src/lib/catalog/offerDocuments.ts';
import { isLanguageHome, paths } from '../../src/lib/catalog/paths.ts';
import { offerLanguages, thresholdText, toOfferCardView, toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixtureCatalog, RICH_FIXTURE } from './helpers.ts';

let catalog: Catalog;
beforeEach(() => {
  catalog = fixtureCatalog(RICH_FIXTURE);
});

const offer = (id: string): OfferModel => catalog.offers.find((o) => o.id === id)!;
/** The offer with some of its facts changed, as the view of a fresh model (views are cached per model). */
const withFacts = (id: string, facts: Partial<OfferModel['facts']>): OfferModel =>
  ({ ...offer(id), facts: { ...offer(id).facts, ...facts } }) as OfferModel;

describe('the expected costs of an offer', () => {
  it('gives a bid deposit the content states as its amount, "as set in the lot notice"', () => {
    const plot = offer('karkaraly-shaitankol-trailhead-glamping');
    const model = withFacts(plot.id, { acquisition: { ...plot.facts.acquisition, depositKzt: 840000 } });
    const deposit = toOfferView(model, 'en', catalog).expectedCosts.find((c) => c.fact === 'cost-deposit');
    expect(deposit).toMatchObject({ label: 'Bid deposit (guarantee fee)', amount: '₸840,000', basis: 'As set in the lot notice' });
  });

  it('says the investment estimate is from the audit once the catalog no longer holds demonstration data', () => {
    const config = siteConfig as { illustrativeData: boolean };
    config.illustrativeData = false;
    try {
      const investment = toOfferView(offer('karkaraly-kent-camping'), 'en', catalog).expectedCosts.find(
        (c) => c.fact === 'cost-investment',
      );
      expect(investment?.basis).toBe('Estimate recorded in the audit');
    } finally {
      config.illustrativeData = true;
    }
  });
});

describe('photos, project phases and texts of an offer view', () => {
  it('gives each photo the alt text of the page language, and an empty one where the official wrote none yet', () => {
    const model = withFacts('karkaraly-kent-camping', {
      photos: [{ file: 'shore.jpg', alt: { en: 'The shore at dawn', ru: 'Берег на рассвете', kk: 'Таңғы жаға' } }, { file: 'gate.jpg' }],
    });
    expect(toOfferView(model, 'ru', catalog).photos).toEqual([
      { file: 'shore.jpg', alt: 'Берег на рассвете' },
      { file: 'gate.jpg', alt: '' },
    ]);
  });

  it('writes a project phase that starts and ends in one year as that year alone, a longer one as a range', () => {
    const resort = offer('karkaraly-all-season-mountain-resort');
    if (resort.facts.kind !== 'large-project') throw new Error('the fixture resort is a large project');
    const [first, second] = resort.facts.project.phases;
    const project = { ...resort.facts.project, phases: [{ ...first!, startYear: 2027, endYear: 2027 }, second!] };
    const view = toOfferView(withFacts(resort.id, { project } as Partial<OfferModel['facts']>), 'en', catalog);
    expect(view.project?.phases.map((p) => p.years)).toEqual(['2027', '2029–2032']);
  });

  it('titles an offer with no text in any language by its id, with an empty summary', () => {
    const view = toOfferView({ ...offer('karkaraly-kent-camping'), texts: {} }, 'kk', catalog);
    expect(view.title).toBe('karkaraly-kent-camping');
    expect(view.summary).toBe('');
  });

  it('lists the languages an offer has its own text in, in the site order', () => {
    const plot = offer('karkaraly-kent-camping');
    expect(offerLanguages(plot)).toEqual(['en', 'ru', 'kk']);
    expect(offerLanguages({ ...plot, texts: { kk: plot.texts.kk!, en: plot.texts.en! } })).toEqual(['en', 'kk']);
  });
});

describe("an offer's card on its own", () => {
  it('is the view of the offer with that id, in the language asked', () => {
    const card = toOfferCardView(catalog, 'karkaraly-kent-camping', 'ru');
    expect(card.id).toBe('karkaraly-kent-camping');
    expect(card.lang).toBe('ru');
    expect(card.url).toBe('/ru/offers/karkaraly-kent-camping/');
  });

  it('names an unknown offer instead of making a card', () => {
    expect(() => toOfferCardView(catalog, 'no-such-offer', 'en')).toThrow('Unknown offer no-such-offer');
  });
});

describe('the minimum-investment sentence', () => {
  it('gives no tenge amount, and says why, when the MCI of the year is not known', () => {
    expect(thresholdText({ mci: 200000, kzt: undefined, year: undefined }, 'en')).toBe(
      'Minimum investment: 200,000 MCI; no amount in tenge is given, because the catalog has no MCI value for that year.',
    );
    expect(thresholdText({ mci: 200000, kzt: undefined, year: 2026 }, 'ru')).toBe(
      'Минимальный объём инвестиций — 200\u00a0000 МРП; сумма в тенге не указана: в каталоге нет значения МРП на этот год.',
    );
  });

  it('writes the year without a thousands separator', () => {
    expect(thresholdText({ mci: 200000, kzt: 786_000_000, year: 2026 }, 'en')).toMatch(
      /^Minimum investment: 200,000 MCI, about .+ at the 2026 MCI\.$/,
    );
  });
});

describe('the PDFs an offer publishes', () => {
  const title = { en: 'Plan', ru: 'План', kk: 'Жоспар' };

  it('publishes the PDFs of its folder under the offer id, in the order of documents:, and not the web links', () => {
    const model = withFacts('karkaraly-kent-camping', {
      documents: [
        { type: 'master-plan', title, file: 'plan.pdf' },
        { type: 'other', title, url: 'https://example.kz/lot.pdf' },
        { type: 'title', title, file: 'title.pdf' },
      ],
    });
    expect(offerDocumentFiles(model)).toEqual([
      { file: 'plan.pdf', path: '/offers/karkaraly-kent-camping/docs/plan.pdf' },
      { file: 'title.pdf', path: '/offers/karkaraly-kent-camping/docs/title.pdf' },
    ]);
  });

  it('publishes nothing for an offer whose documents are all web links', () => {
    const model = withFacts('karkaraly-kent-camping', { documents: [{ type: 'other', title, url: 'https://example.kz/a.pdf' }] });
    expect(offerDocumentFiles(model)).toEqual([]);
  });

  it('links a document that has neither a file nor an address (the checker refuses it) nowhere, not to "undefined"', () => {
    expect(documentHref('karkaraly-kent-camping', { type: 'other', title })).toBe('');
  });
});

describe('site paths', () => {
  it('gives each language its home, offer list, district pages and the card of an offer', () => {
    expect(paths.home('kk')).toBe('/kk/');
    expect(paths.offers('ru')).toBe('/ru/offers/');
    expect(paths.district('en', 'balkhash')).toBe('/en/districts/balkhash/');
    expect(paths.offerCard('ru', 'balkhash-city-beach')).toBe('/ru/offers/balkhash-city-beach/card.json');
  });

  it("knows a language's home page from its other pages", () => {
    expect(isLanguageHome('/kk/')).toBe(true);
    expect(isLanguageHome('/en/')).toBe(true);
    expect(isLanguageHome('/kk/offers/')).toBe(false);
    expect(isLanguageHome('/')).toBe(false);
    expect(isLanguageHome('/de/')).toBe(false);
  });
});

afterEach(() => {
  // A failed expectation inside the config test must not leave the rest of the run on audited data.
  (siteConfig as { illustrativeData: boolean }).illustrativeData = true;
});
