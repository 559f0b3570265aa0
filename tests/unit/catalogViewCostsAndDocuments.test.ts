// What an investor reads on an offer page (src/lib/catalog/toOfferView.ts) about expected costs, the status once
// a bid date has passed, the offer's documents and the legal source of a statement. Offers are the good
// fixture's, with facts changed in the test; every expected value is written out by hand from src/i18n/*.json.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, OfferModel } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferView, toSourceView } from '../../src/lib/catalog/toOfferView.ts';
import type { OfferFacts } from '../../src/schemas/offer.ts';
import { fixtureCatalog } from './helpers.ts';

let catalog: Catalog;
beforeEach(() => {
  catalog ??= fixtureCatalog();
});

const glamping = (): OfferModel => catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
/** The glamping plot with some facts changed, as a fresh model (views are cached per model). */
const changed = (facts: Partial<OfferFacts>, more: Partial<OfferModel> = {}): OfferModel =>
  ({ ...glamping(), ...more, facts: { ...glamping().facts, ...facts } }) as OfferModel;
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
const costs = (model: OfferModel, lang: 'en' | 'ru' | 'kk' = 'en') =>
  Object.fromEntries(toOfferView(model, lang, catalog).expectedCosts.map((c) => [c.fact, [c.label, plain(c.amount), c.basis]]));

const noUtility = { available: false };
const noUtilities = { power: noUtility, water: noUtility, sewage: noUtility, heat: noUtility, gas: noUtility, internet: noUtility };

describe('the expected costs of an offer', () => {
  it('for the glamping plot: a yearly lease, a competition deposit, one known and one unknown connection', () => {
    expect(costs(changed({}))).toEqual({
      'cost-price': ['Price of the right', '₸1,850,000 a year', 'Annual lease'],
      'cost-deposit': ['Bid deposit (guarantee fee)', 'Unknown', 'Set in the lot notice when the lot is published'],
      'cost-yearly': ['Every year after acquiring', '₸1,850,000 a year', 'The price above is already the yearly payment'],
      'cost-connections': [
        'Utility connections',
        '₸9,500,000',
        'Sum of the connection costs given for: power. Cost not known for: road access',
      ],
      'cost-investment': ['Estimated investment', '₸180,000,000', 'Illustrative estimate of this demonstration catalog'],
    });
  });

  it('says what is paid every year for each kind of right, and gives the amount when content has it', () => {
    const right = glamping().facts.right;
    const yearly = (type: OfferFacts['right']['type'], yearlyAfterKzt?: number) =>
      costs(
        changed({
          right: { ...right, type } as OfferFacts['right'],
          price: { basis: 'start-price', amountKzt: 5_000_000, ...(yearlyAfterKzt === undefined ? {} : { yearlyAfterKzt }) },
        }),
      )['cost-yearly'];
    expect(yearly('lease', 240_000)).toEqual(['Every year after acquiring', '₸240,000', 'Annual rent under the lease contract']);
    expect(yearly('ownership')).toEqual([
      'Every year after acquiring',
      'Unknown',
      'Land tax and property tax, at the rates of the Tax Code',
    ]);
    expect(yearly('park-land-use')![2]).toBe('Payment for land use under the contract');
    expect(yearly('ppp')![2]).toBe('Set by the PPP agreement');
  });

  it('gives a one-off price with “paid once” beside its basis', () => {
    const model = changed({ price: { basis: 'start-price', amountKzt: 5_000_000 } });
    expect(costs(model)['cost-price']).toEqual(['Price of the right', '₸5,000,000', 'Start price, paid once']);
    const view = toOfferView(model, 'en', catalog);
    expect([plain(view.priceLabel), view.priceBasisLabel, view.priceFactLabel]).toEqual([
      '₸5,000,000',
      'Start price, paid once',
      'Start price',
    ]);
  });

  it('asks no deposit where nothing is bid for: a direct sale, or an auction already closed', () => {
    const acquisition = glamping().facts.acquisition;
    const direct = changed({
      acquisition: { ...acquisition, grantor: 'private-owner', route: 'direct-sale' } as OfferFacts['acquisition'],
    });
    expect(costs(direct)['cost-deposit']).toEqual(['Bid deposit (guarantee fee)', '—', 'None: the route has no bidding']);
    expect(costs(changed({ status: 'closed' }))['cost-deposit']).toEqual([
      'Bid deposit (guarantee fee)',
      '—',
      'None: the route has no bidding',
    ]);
  });

  it('says every utility is on site when no connection has to be paid for', () => {
    const onSite = changed({
      utilities: {
        ...noUtilities,
        internet: { available: true, distanceM: 0 },
        road: { ...glamping().facts.utilities.road, distanceM: 0 },
      },
    } as Partial<OfferFacts>);
    expect(costs(onSite)['cost-connections']).toEqual(['Utility connections', '—', 'Every utility is on site']);
  });

  it('lists the connections without a cost, in lower case, when none has one', () => {
    const unknown = changed({
      utilities: {
        ...noUtilities,
        power: { available: true, distanceM: 500 },
        water: { available: true },
        road: { ...glamping().facts.utilities.road, distanceM: 0 },
      },
    } as Partial<OfferFacts>);
    expect(costs(unknown)['cost-connections']).toEqual(['Utility connections', 'Unknown', 'Cost not known for: power, water supply']);
    expect(costs(unknown, 'ru')['cost-connections']).toEqual([
      'Подключение к сетям',
      'Неизвестно',
      'Стоимость не указана: электроснабжение, водоснабжение',
    ]);
  });

  it('adds up the connection costs that are given', () => {
    const both = changed({
      utilities: {
        ...noUtilities,
        power: { available: true, distanceM: 900, connectionCostKzt: 9_500_000, connectionMonths: 4 },
        gas: { available: true, distanceM: 2000, connectionCostKzt: 3_000_000, connectionMonths: 6 },
        road: { ...glamping().facts.utilities.road, distanceM: 0 },
      },
    } as Partial<OfferFacts>);
    expect(costs(both)['cost-connections']).toEqual([
      'Utility connections',
      '₸12,500,000',
      'Sum of the connection costs given for: power, gas supply',
    ]);
  });
});

describe('the status of an offer whose bid date has passed', () => {
  it('says the result is being confirmed, and files the offer under “result pending”', () => {
    const view = toOfferView(changed({ status: 'at-competition' }, { bidDate: 'passed' }), 'en', catalog);
    expect([view.statusLabel, view.statusFacet, view.bidDatePassed]).toEqual([
      'Competition date passed: result being confirmed',
      'result-pending',
      true,
    ]);
    expect(toOfferView(changed({ status: 'at-auction' }, { bidDate: 'passed' }), 'ru', catalog).statusLabel).toBe(
      'Срок торгов истёк, итоги уточняются',
    );
  });

  it('keeps the status of an offer no longer taking bids, and of one whose date is still ahead', () => {
    const reserved = toOfferView(changed({ status: 'reserved' }, { bidDate: 'passed' }), 'en', catalog);
    expect([reserved.statusLabel, reserved.statusFacet]).toEqual(['Reserved', 'result-pending']);
    const upcoming = toOfferView(changed({ status: 'at-competition' }, { bidDate: 'upcoming' }), 'en', catalog);
    expect([upcoming.statusLabel, upcoming.statusFacet, upcoming.bidDatePassed]).toEqual([
      'Competition announced',
      'at-competition',
      false,
    ]);
  });
});

describe('the documents of an offer', () => {
  const title = { en: 'Plan', ru: 'План', kk: 'Жоспар' };
  const documents = (bytes: Record<string, number>, lang: 'en' | 'ru' = 'en') =>
    toOfferView(
      changed(
        {
          documents: [
            { type: 'cadastral-plan', title, file: 'tiny.pdf' },
            { type: 'master-plan', title, file: 'plan.pdf' },
            { type: 'presentation', title, file: 'deck.pdf' },
            { type: 'audit-report', title, file: 'unknown.pdf' },
            { type: 'title', title, url: 'https://example.kz/title' },
          ],
        } as Partial<OfferFacts>,
        { documentBytes: bytes },
      ),
      lang,
      catalog,
    ).documents.map((d) => [d.typeLabel, d.title, d.external, d.formatLabel]);

  it('gives the offer’s own PDFs their size, at least 1 KB, in MB from one megabyte', () => {
    expect(documents({ 'tiny.pdf': 300, 'plan.pdf': 1024 * 1024, 'deck.pdf': 1.5 * 1024 * 1024 })).toEqual([
      ['Cadastral plan', 'Plan', false, 'PDF, 1 KB'],
      ['Master plan', 'Plan', false, 'PDF, 1 MB'],
      ['Presentation', 'Plan', false, 'PDF, 1.5 MB'],
      ['Audit report', 'Plan', false, 'PDF'],
      ['Title document', 'Plan', true, undefined],
    ]);
  });

  it('rounds kilobytes and writes sizes in the page language', () => {
    const sizes = documents({ 'tiny.pdf': 2600, 'plan.pdf': 1024 * 1024 - 1, 'deck.pdf': 2.25 * 1024 * 1024 }, 'ru').map((d) =>
      plain(d[3] as string | undefined),
    );
    expect(sizes).toEqual(['PDF, 3 КБ', 'PDF, 1 024 КБ', 'PDF, 2,3 МБ', 'PDF', undefined]);
  });
});

describe('the legal source of a statement', () => {
  const act = { en: 'Land Code', ru: 'Земельный кодекс', kk: 'Жер кодексі' };

  it('names the act and, when given, the article', () => {
    expect(toSourceView({ act, article: 'art. 43', url: 'https://adilet.zan.kz/x', verified: true }, 'ru')).toEqual({
      text: 'Земельный кодекс, art. 43',
      url: 'https://adilet.zan.kz/x',
      verified: true,
    });
    expect(toSourceView({ act, verified: false }, 'kk')).toEqual({ text: 'Жер кодексі', url: undefined, verified: false });
  });
});
