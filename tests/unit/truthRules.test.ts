// What the catalog tells investors about routes, statuses, incentives, lots, places and dates must follow
// the rules, so each wrong case of issue 13 is planted in a copy of the good fixture and must be refused by
// the content check with the offer's file, the field and the fix. Expected texts are written here by hand.
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { routeKey } from '../../src/lib/catalog/toOfferView.ts';
import { GRANTOR_RULES, acquisitionProblems, bidDateState, isSpecificLotUrl } from '../../src/lib/rules/acquisition.ts';
import { checkIncentive, mciForYear } from '../../src/lib/rules/incentives.ts';
import { connectionCosts, expectedCosts, priceByPeriod } from '../../src/lib/rules/price.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { GRANTORS, LANGS, type Grantor, type Incentive, type Mci, type OfferFacts } from '../../src/schemas/index.ts';
import { GOOD_FIXTURE, check, fixtureCatalog, fixtureWith, replaceIn } from './helpers.ts';

const PARK_PLOT = 'offers/shaitankol-glamping/facts.yaml';
const BUILDING = 'offers/balkhash-test-base/facts.yaml';

function only(problems: readonly ContentProblem[], file: string, field: string): ContentProblem {
  const found = problems.filter((p) => p.file.endsWith(file) && p.field === field);
  expect(found, `${file} ${field}: ${JSON.stringify(problems.map((p) => [p.file, p.field, p.message]))}`).toHaveLength(1);
  return found[0]!;
}

describe('check:content refuses what would mislead an investor', () => {
  it('passes the good fixture with none of these errors', () => {
    expect(check(GOOD_FIXTURE).errors).toEqual([]);
  });

  it('a national-park plot routed to a land auction', () => {
    const dir = fixtureWith((d) => replaceIn(d, PARK_PLOT, 'route: competition', 'route: auction'));
    const problem = only(check(dir).errors, PARK_PLOT, 'acquisition.route');
    expect(problem.message).toContain("national-park land is not sold or leased at an akimat's auction");
    expect(problem.message).toContain('Write `route: competition`');
  });

  it("a national-park plot whose contact is the akimat's officer", () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, PARK_PLOT, 'contact: karkaraly-park-recreation-officer', 'contact: karkaraly-tourism-officer'),
    );
    const problem = only(check(dir).errors, PARK_PLOT, 'contact');
    expect(problem.message).toBe(
      "national-park land is granted by the park's authorised body, so the contact must be a national-park officer, not `karkaraly-tourism-officer` (akimat)",
    );
    expect(problem.hint).toBe('use one of: karkaraly-park-recreation-officer');
  });

  it('a tender offer with the status "at auction"', () => {
    const dir = fixtureWith((d) => replaceIn(d, BUILDING, 'status: at-tender', 'status: at-auction'));
    const problem = only(check(dir).errors, BUILDING, 'status');
    expect(problem.message).toBe('the route is tender, so bids are taken "at-tender", not "at-auction": write `status: at-tender`');
  });

  it('a building lease labelled as a land-lease right', () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, BUILDING, 'right: { type: trust-management, termYears: 10', 'right: { type: lease, termYears: 10'),
    );
    const messages = check(dir)
      .errors.filter((p) => p.file.endsWith(BUILDING) && p.field === 'right.type')
      .map((p) => p.message);
    expect(messages).toContain('a building is let by property lease, not by a land-lease right: write `type: property-lease`');
  });

  it('a lot link that is the portal home page', () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, BUILDING, 'lotUrl: "https://gosreestr.example.kz/lot/1"', 'lotUrl: "https://gosreestr.kz/"'),
    );
    const problem = only(check(dir).errors, BUILDING, 'acquisition.lotUrl');
    expect(problem.message).toContain('the link points at a portal home page, not at the lot');
  });

  it('a bid date that has passed: an error for a pull request, marked as caused by the calendar', () => {
    const dir = fixtureWith((d) => replaceIn(d, BUILDING, 'date: 2026-12-15', 'date: 2026-11-20'));
    const problem = only(check(dir).errors, BUILDING, 'acquisition.date');
    expect(problem.message).toBe(
      'bids closed on 2026-11-20, but the status is still `at-tender`; the site now says the result is being confirmed',
    );
    expect(problem.hint).toContain('`status: closed`');
    expect(problem.timeDependent).toBe(true);
  });

  it('a hand-listed programme whose rules the offer does not meet', () => {
    // 180 million tenge is far below the priority-project minimum of 2,000,000 MCI in Karkaraly.
    const dir = fixtureWith((d) =>
      replaceIn(d, PARK_PLOT, 'investmentKzt: 180000000', 'investmentKzt: 180000000\nincentives: [investment-preferences]'),
    );
    const problem = only(check(dir).errors, PARK_PLOT, 'incentives[0]');
    expect(problem.message).toBe(
      'the offer does not meet the rules of `investment-preferences`: the estimated investment is below the minimum of 2,000,000 MCI (8,650,000,000 tenge in 2026)',
    );
  });

  it('a lake given as the nearest settlement', () => {
    const dir = fixtureWith((d) => replaceIn(d, PARK_PLOT, 'place: karkaraly', 'place: shaitankol'));
    const problem = only(check(dir).errors, PARK_PLOT, 'place');
    expect(problem.message).toBe('`place` is the nearest settlement, but `shaitankol` is a lake');
    expect(problem.hint).toContain('move `shaitankol` to `namedLocation: shaitankol`');
  });
});

describe('the acquisition rules', () => {
  const facts = (over: Partial<Parameters<typeof acquisitionProblems>[0]> = {}): Parameters<typeof acquisitionProblems>[0] => ({
    kind: 'land-plot',
    status: 'available',
    land: { category: 'settlement' },
    right: { type: 'lease', termYears: 49 },
    acquisition: { grantor: 'akimat-land', route: 'auction' },
    ...over,
  });

  it('accepts a land-lease right sold by the akimat at auction, and refuses 50 years', () => {
    expect(acquisitionProblems(facts())).toEqual([]);
    expect(acquisitionProblems(facts({ right: { type: 'lease', termYears: 50 } })).map((p) => p.path)).toEqual([['right', 'termYears']]);
  });

  it('needs the closing date while bids are taken', () => {
    expect(acquisitionProblems(facts({ status: 'at-auction' })).map((p) => p.path)).toEqual([['acquisition', 'date']]);
    expect(
      acquisitionProblems(facts({ status: 'at-auction', acquisition: { grantor: 'akimat-land', route: 'auction', date: '2026-12-17' } })),
    ).toEqual([]);
  });

  it('keeps a national park on its own land category', () => {
    const park = facts({
      right: { type: 'park-land-use', termYears: 25 },
      acquisition: { grantor: 'national-park', route: 'competition' },
    });
    expect(acquisitionProblems(park).map((p) => p.path)).toEqual([['land', 'category']]);
  });

  it('tells a lot page from a portal home page', () => {
    expect(isSpecificLotUrl('https://gosreestr.kz/')).toBe(false);
    expect(isSpecificLotUrl('https://gosreestr.kz')).toBe(false);
    expect(isSpecificLotUrl('https://e-auction.gosreestr.kz/p/ru/auction-guest-list/auction/123')).toBe(true);
    expect(isSpecificLotUrl('https://gosreestr.kz/?lot=123')).toBe(true);
  });

  it('says a bid date has passed only from the day after it', () => {
    const bidding = {
      status: 'at-auction' as const,
      acquisition: { grantor: 'akimat-land' as const, route: 'auction' as const, date: '2026-12-10' },
    };
    expect(bidDateState(bidding, '2026-12-10')).toBe('upcoming');
    expect(bidDateState(bidding, '2026-12-11')).toBe('passed');
    expect(bidDateState({ ...bidding, status: 'closed' }, '2026-12-11')).toBeUndefined();
  });

  it('has a wording in every language for every route each grantor uses', () => {
    for (const grantor of GRANTORS as readonly Grantor[])
      for (const route of Object.keys(GRANTOR_RULES[grantor].routes) as Array<keyof (typeof GRANTOR_RULES)[Grantor]['routes']>)
        for (const lang of LANGS) expect(uiStrings[lang][routeKey(grantor, route)], `${lang} ${grantor} ${route}`).toMatch(/\S/);
  });
});

describe('incentives computed from their rules', () => {
  const MCI: Mci[] = [
    { id: 'mci-2025', year: 2025, valueKzt: 3932, source: { act: { en: 'a', ru: 'a', kk: 'a' }, verified: false } },
    { id: 'mci-2026', year: 2026, valueKzt: 4325, source: { act: { en: 'b', ru: 'b', kk: 'b' }, verified: false } },
  ];
  const source = { act: { en: 'x', ru: 'x', kk: 'x' }, verified: false };
  const preferences: Incentive = {
    id: 'p',
    name: { en: 'P', ru: 'P', kk: 'P' },
    summary: { en: 'P', ru: 'P', kk: 'P' },
    source,
    eligibility: {
      minInvestment: [
        { mci: 2_000_000, source },
        { mci: 200_000, districts: ['balkhash'], source },
      ],
    },
  };
  const offer = (district: string, investmentKzt: number | undefined) => ({
    kind: 'land-plot' as const,
    district,
    segments: ['beach' as const],
    investmentKzt,
    right: { type: 'lease' as const },
    acquisition: { grantor: 'akimat-land' as const },
  });

  it('uses the MCI of the build year, or the latest year before it', () => {
    expect(mciForYear(2026, MCI)?.valueKzt).toBe(4325);
    expect(mciForYear(2027, MCI)?.year).toBe(2026);
    expect(mciForYear(2024, MCI)).toBeUndefined();
  });

  it("applies the area's own minimum where it has one: 200,000 MCI = 865,000,000 tenge in Balkhash in 2026", () => {
    expect(checkIncentive(offer('balkhash', 865_000_000), preferences, MCI[1], 2026).eligible).toBe(true);
    expect(checkIncentive(offer('balkhash', 864_999_999), preferences, MCI[1], 2026).reasons).toEqual(['investment-below']);
    // Elsewhere the general minimum: 2,000,000 MCI = 8,650,000,000 tenge.
    expect(checkIncentive(offer('karkaraly', 8_650_000_000), preferences, MCI[1], 2026).eligible).toBe(true);
    expect(checkIncentive(offer('karkaraly', 8_649_999_999), preferences, MCI[1], 2026).eligible).toBe(false);
    expect(checkIncentive(offer('karkaraly', undefined), preferences, MCI[1], 2026).reasons).toEqual(['investment-unknown']);
  });

  it('lists on the real fixture only what the rules allow: no tax preferences for a 180-million glamping plot', () => {
    const catalog = fixtureCatalog();
    const plot = catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
    expect(plot.incentives.map((c) => c.incentive.id)).toEqual([]);
    const base = catalog.offers.find((o) => o.id === 'balkhash-test-base')!;
    // A communal building in Balkhash under trust management with 350 million of investment: no in-kind grant (that
    // starts with a lease), and no priority project (below 865 million).
    expect(base.incentives.map((c) => c.incentive.id)).toEqual([]);
  });
});

describe('prices and expected costs', () => {
  it('never gives one figure both periods', () => {
    expect(priceByPeriod({ basis: 'annual-lease', amountKzt: 1_850_000 })).toEqual({ oneOff: null, perYear: 1_850_000 });
    expect(priceByPeriod({ basis: 'start-price', amountKzt: 5_600_000 })).toEqual({ oneOff: 5_600_000, perYear: null });
    expect(priceByPeriod({ basis: 'on-request' })).toEqual({ oneOff: null, perYear: null });
  });

  it('adds up the connection costs given and names the connections with no cost', () => {
    const { facts } = check(GOOD_FIXTURE).tree.offers.find((o) => o.id === 'shaitankol-glamping')!;
    // Power 9.5 million; the road is 300 m away with no cost; internet is on site.
    expect(connectionCosts(facts.utilities)).toEqual({ knownKzt: 9_500_000, known: ['power'], unknown: ['road'] });
    const costs = expectedCosts(facts as OfferFacts);
    expect(costs.deposit).toEqual({ kind: 'lot-notice' });
    expect(costs.yearly).toEqual({ kind: 'is-price', amountKzt: undefined });
  });
});
