// The rules of src/lib/rules/ case by case, with the exact words an official reads: who grants a right
// and how, what the "Expected costs" block says is paid, and which support programmes apply and why not.
import { describe, expect, it } from 'vitest';
import {
  type AcquisitionFacts,
  acquisitionProblems,
  bidDateState,
  foreignEligibility,
  isBidding,
} from '../../src/lib/rules/acquisition.ts';
import { checkIncentive, eligibleIncentives, explainIneligible, mciForYear } from '../../src/lib/rules/incentives.ts';
import { connectionCosts, expectedCosts, priceByPeriod } from '../../src/lib/rules/price.ts';
import type { Incentive, Mci, OfferFacts } from '../../src/schemas/index.ts';

const facts = (over: Partial<AcquisitionFacts> = {}): AcquisitionFacts => ({
  kind: 'land-plot',
  status: 'available',
  land: { category: 'settlement' },
  right: { type: 'lease', termYears: 25 },
  acquisition: { grantor: 'akimat-land', route: 'auction' },
  ...over,
});

describe('who grants a right, and how it is acquired', () => {
  it('names the routes the grantor uses when the route is wrong', () => {
    expect(acquisitionProblems(facts({ acquisition: { grantor: 'akimat-land', route: 'tender' } }))).toEqual([
      { path: ['acquisition', 'route'], message: 'a right granted by `akimat-land` is not acquired by `tender`: write `route: auction`' },
    ]);
    const ppp = facts({ kind: 'large-project', right: { type: 'ppp' }, acquisition: { grantor: 'ppp', route: 'direct-sale' } });
    expect(acquisitionProblems(ppp)).toEqual([
      {
        path: ['acquisition', 'route'],
        message: 'a right granted by `ppp` is not acquired by `direct-sale`: write `route: competition` or `route: negotiation`',
      },
    ]);
  });

  it('explains the national park’s own procedure when its land is put up at auction', () => {
    const park = facts({
      land: { category: 'protected-recreational' },
      right: { type: 'park-land-use', termYears: 25 },
      acquisition: { grantor: 'national-park', route: 'auction' },
    });
    expect(acquisitionProblems(park)).toEqual([
      {
        path: ['acquisition', 'route'],
        message:
          "national-park land is not sold or leased at an akimat's auction: the park's authorised body gives recreation-zone plots for use by competition. Write `route: competition` and `right: { type: park-land-use, … }`",
      },
    ]);
  });

  it('names the rights a route gives when the right is wrong', () => {
    const building = facts({
      kind: 'infrastructure',
      right: { type: 'ownership' },
      acquisition: { grantor: 'communal-property', route: 'tender' },
    });
    expect(acquisitionProblems(building)).toEqual([
      {
        path: ['right', 'type'],
        message: '`communal-property` does not give `ownership` by tender: write `type: property-lease` or `type: trust-management`',
      },
    ]);
  });

  it('refuses a land-lease right on a building', () => {
    expect(acquisitionProblems(facts({ kind: 'infrastructure' }))).toEqual([
      {
        path: ['right', 'type'],
        message: 'a building is let by property lease, not by a land-lease right: write `type: property-lease`',
      },
    ]);
    expect(acquisitionProblems(facts({ kind: 'large-project' }))).toEqual([]);
  });

  it('offers a land plot only by lease, park land use or ownership', () => {
    const letBuildingRight = facts({ right: { type: 'property-lease' }, acquisition: { grantor: 'private-owner', route: 'negotiation' } });
    expect(acquisitionProblems(letBuildingRight)).toEqual([
      {
        path: ['right', 'type'],
        message: 'a land plot is offered as `lease` or `park-land-use` or `ownership`, not as `property-lease`',
      },
    ]);
    expect(
      acquisitionProblems(facts({ right: { type: 'ownership' }, acquisition: { grantor: 'private-owner', route: 'direct-sale' } })),
    ).toEqual([]);
    // A building may be let by property lease.
    expect(acquisitionProblems({ ...letBuildingRight, kind: 'infrastructure' })).toEqual([]);
  });

  it('keeps park land in its category, with a message naming it', () => {
    const park = facts({
      right: { type: 'park-land-use', termYears: 25 },
      acquisition: { grantor: 'national-park', route: 'competition' },
    });
    expect(acquisitionProblems(park)).toEqual([
      {
        path: ['land', 'category'],
        message: 'land granted by `national-park` is in the category `protected-recreational`: check `grantor` or `category`',
      },
    ]);
    expect(acquisitionProblems({ ...park, land: { category: 'protected-recreational' } })).toEqual([]);
  });

  it('allows the longest term exactly, one year more is refused, and no term is not too long', () => {
    expect(acquisitionProblems(facts({ right: { type: 'lease', termYears: 49 } }))).toEqual([]);
    expect(acquisitionProblems(facts({ right: { type: 'lease', termYears: 50 } }))).toEqual([
      {
        path: ['right', 'termYears'],
        message: '`akimat-land` gives a right for at most 49 years: write a term of 49 or less',
      },
    ]);
    expect(acquisitionProblems(facts({ right: { type: 'lease' } }))).toEqual([]);
    // Communal property has no longest term.
    const building = facts({
      kind: 'infrastructure',
      right: { type: 'property-lease', termYears: 99 },
      acquisition: { grantor: 'communal-property', route: 'tender' },
    });
    expect(acquisitionProblems(building)).toEqual([]);
  });

  it('asks for the status of the route’s own bidding', () => {
    const building = facts({
      kind: 'infrastructure',
      status: 'at-auction',
      right: { type: 'property-lease' },
      acquisition: { grantor: 'communal-property', route: 'tender', date: '2026-12-17' },
    });
    expect(acquisitionProblems(building)).toEqual([
      {
        path: ['status'],
        message: 'the route is tender, so bids are taken "at-tender", not "at-auction": write `status: at-tender`',
      },
    ]);
    expect(acquisitionProblems({ ...building, status: 'at-tender' })).toEqual([]);
  });

  it('refuses a bidding status on a route without bids, and asks for the closing date', () => {
    const sale = facts({
      status: 'at-auction',
      right: { type: 'ownership' },
      acquisition: { grantor: 'private-owner', route: 'direct-sale' },
    });
    expect(acquisitionProblems(sale)).toEqual([
      {
        path: ['status'],
        message:
          'the route `direct-sale` takes no bids, so the status cannot be `at-auction`: write `status: available` or `under-negotiation`',
      },
      {
        path: ['acquisition', 'date'],
        message: 'give the date bids close for the direct-sale, e.g. `date: 2026-12-17`, or change the status',
      },
    ]);
  });

  it('asks for the lot’s own page instead of the portal’s home page', () => {
    expect(
      acquisitionProblems(facts({ acquisition: { grantor: 'akimat-land', route: 'auction', lotUrl: 'https://e-auction.gosreestr.kz/' } })),
    ).toEqual([
      {
        path: ['acquisition', 'lotUrl'],
        message:
          'the link points at a portal home page, not at the lot: paste the address of the lot itself (it ends in the lot number), or delete the line until the lot is published',
      },
    ]);
    expect(
      acquisitionProblems(
        facts({ acquisition: { grantor: 'akimat-land', route: 'auction', lotUrl: 'https://e-auction.gosreestr.kz/lot/42' } }),
      ),
    ).toEqual([]);
  });

  it('takes a path of slashes alone for the portal home page', () => {
    expect(
      acquisitionProblems(facts({ acquisition: { grantor: 'akimat-land', route: 'auction', lotUrl: 'https://e-auction.gosreestr.kz//' } })),
    ).toHaveLength(1);
  });

  it('knows which statuses take bids and when a bid date has no state', () => {
    expect(['available', 'at-auction', 'at-tender', 'at-competition', 'closed'].map((s) => isBidding(s as never))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(bidDateState({ status: 'at-auction', acquisition: { grantor: 'akimat-land', route: 'auction' } }, '2026-12-01')).toBeUndefined();
    expect(
      bidDateState({ status: 'at-auction', acquisition: { grantor: 'akimat-land', route: 'auction', date: '2026-12-01' } }, '2026-12-01'),
    ).toBe('upcoming');
  });

  it('says what the site may claim about companies with foreign participation', () => {
    expect(foreignEligibility({ right: { foreignOwnedEligible: false }, acquisition: { grantor: 'akimat-land' } })).toBe('no');
    expect(foreignEligibility({ right: { foreignOwnedEligible: true }, acquisition: { grantor: 'akimat-land' } })).toBe('yes');
    expect(foreignEligibility({ right: { foreignOwnedEligible: true }, acquisition: { grantor: 'national-park' } })).toBe('unverified');
    expect(foreignEligibility({ right: { foreignOwnedEligible: false }, acquisition: { grantor: 'national-park' } })).toBe('no');
  });
});

type Utilities = OfferFacts['utilities'];
const NONE = { available: false };
const utilities = (over: Partial<Utilities> = {}): Utilities =>
  ({ power: NONE, water: NONE, sewage: NONE, heat: NONE, gas: NONE, internet: NONE, road: NONE, ...over }) as Utilities;

const costFacts = (over: Record<string, unknown> = {}): OfferFacts =>
  ({
    status: 'available',
    price: { basis: 'start-price', amountKzt: 1_000_000 },
    right: { type: 'lease' },
    acquisition: { grantor: 'akimat-land', route: 'auction' },
    utilities: utilities(),
    ...over,
  }) as unknown as OfferFacts;

describe('what an investor should expect to pay', () => {
  it('puts every one-off basis on the one-off scale, and a missing amount nowhere', () => {
    expect(priceByPeriod({ basis: 'sale-price', amountKzt: 7 })).toEqual({ oneOff: 7, perYear: null });
    expect(priceByPeriod({ basis: 'cadastral-value', amountKzt: 8 })).toEqual({ oneOff: 8, perYear: null });
    expect(priceByPeriod({ basis: 'start-price' } as never)).toEqual({ oneOff: null, perYear: null });
  });

  it('counts a connection cost when given, and an unknown one only for an available network not on site', () => {
    const costs = connectionCosts(
      utilities({
        power: { available: true, distanceM: 300, connectionCostKzt: 2_000_000 },
        // A cost given for a network marked unavailable is still a cost.
        gas: { available: false, connectionCostKzt: 500_000 },
        water: { available: true, distanceM: 0 },
        sewage: { available: true },
        heat: { available: false, distanceM: 900 },
        road: { available: true, distanceM: 1200, surface: 'gravel', allSeason: true },
      }),
    );
    expect(costs).toEqual({ knownKzt: 2_500_000, known: ['power', 'gas'], unknown: ['sewage', 'road'] });
  });

  it('names the yearly payment by the right held', () => {
    const yearly = (type: string) => expectedCosts(costFacts({ right: { type } })).yearly.kind;
    expect(yearly('lease')).toBe('rent');
    expect(yearly('property-lease')).toBe('rent');
    expect(yearly('trust-management')).toBe('rent');
    expect(yearly('park-land-use')).toBe('land-use-fee');
    expect(yearly('ppp')).toBe('ppp-agreement');
    expect(yearly('ownership')).toBe('taxes');
    expect(expectedCosts(costFacts({ price: { basis: 'annual-lease', amountKzt: 5 } })).yearly.kind).toBe('is-price');
  });

  it('carries the yearly amount and the investment through', () => {
    const costs = expectedCosts(costFacts({ price: { basis: 'start-price', amountKzt: 1, yearlyAfterKzt: 380_000 }, investmentKzt: 9 }));
    expect(costs.yearly).toEqual({ kind: 'rent', amountKzt: 380_000 });
    expect(costs.investmentKzt).toBe(9);
  });

  it('gives the deposit as an amount, "in the lot notice" while bids are taken, or none', () => {
    expect(expectedCosts(costFacts({ acquisition: { grantor: 'akimat-land', route: 'auction', depositKzt: 120_000 } })).deposit).toEqual({
      kind: 'amount',
      amountKzt: 120_000,
    });
    expect(expectedCosts(costFacts()).deposit).toEqual({ kind: 'lot-notice' });
    expect(expectedCosts(costFacts({ acquisition: { grantor: 'communal-property', route: 'tender' } })).deposit).toEqual({
      kind: 'lot-notice',
    });
    expect(expectedCosts(costFacts({ acquisition: { grantor: 'ppp', route: 'competition' } })).deposit).toEqual({ kind: 'lot-notice' });
    expect(expectedCosts(costFacts({ status: 'closed' })).deposit).toEqual({ kind: 'none' });
    expect(expectedCosts(costFacts({ acquisition: { grantor: 'private-owner', route: 'direct-sale' } })).deposit).toEqual({ kind: 'none' });
  });
});

const source = { act: { en: 'Fixture act', ru: 'Акт', kk: 'Акт' }, article: '1' } as unknown as Mci['source'];
const MCI: Mci[] = [
  { id: 'mci-2024', year: 2024, valueKzt: 3692, source },
  { id: 'mci-2026', year: 2026, valueKzt: 4325, source },
  { id: 'mci-2025', year: 2025, valueKzt: 3932, source },
];

const programme = (eligibility: Incentive['eligibility']): Incentive =>
  ({ id: 'fixture-programme', name: { en: 'P', ru: 'П', kk: 'Б' }, eligibility }) as unknown as Incentive;

const offer = (over: Record<string, unknown> = {}) =>
  ({
    kind: 'land-plot',
    district: 'balkhash',
    segments: ['beach'],
    investmentKzt: 1_000_000_000,
    right: { type: 'lease' },
    acquisition: { grantor: 'akimat-land' },
    ...over,
  }) as unknown as Parameters<typeof checkIncentive>[0];

describe('support programmes', () => {
  it('takes the MCI of the year, or of the latest year before it, from an unordered list', () => {
    expect(mciForYear(2026, MCI)?.valueKzt).toBe(4325);
    expect(mciForYear(2025, MCI)?.valueKzt).toBe(3932);
    expect(mciForYear(2030, MCI)?.valueKzt).toBe(4325);
    expect(mciForYear(2023, MCI)).toBeUndefined();
  });

  it('gives one reason per rule failed, in rule order', () => {
    const strict = programme({ kinds: ['infrastructure'], rights: ['ownership'], grantors: ['ppp'], segments: ['glamping'] } as never);
    expect(checkIncentive(offer(), strict, MCI[1], 2026).reasons).toEqual(['kind', 'right', 'grantor', 'segment']);
    const met = programme({ kinds: ['land-plot'], rights: ['lease'], grantors: ['akimat-land'], segments: ['glamping', 'beach'] } as never);
    const check = checkIncentive(offer(), met, MCI[1], 2026);
    expect(check).toMatchObject({ eligible: true, reasons: [], threshold: undefined });
  });

  it('applies the area’s own minimum before the general one, converted with the MCI', () => {
    const p = programme({
      minInvestment: [
        { mci: 100_000, source },
        { mci: 200_000, districts: ['balkhash'], source },
      ],
    } as never);
    // 200,000 MCI × 4,325 tenge = 865,000,000 tenge.
    expect(checkIncentive(offer(), p, MCI[1], 2026).threshold).toEqual({ mci: 200_000, kzt: 865_000_000, year: 2026, source });
    // Karkaraly has no own minimum: 100,000 × 4,325 = 432,500,000.
    expect(checkIncentive(offer({ district: 'karkaraly' }), p, MCI[1], 2026).threshold?.kzt).toBe(432_500_000);
  });

  it('falls back to the minimum without areas even when an area’s own minimum is listed first', () => {
    const p = programme({
      minInvestment: [
        { mci: 200_000, districts: ['balkhash'], source },
        { mci: 100_000, source },
      ],
    } as never);
    expect(checkIncentive(offer({ district: 'karkaraly' }), p, MCI[1], 2026).threshold?.mci).toBe(100_000);
    expect(checkIncentive(offer(), p, MCI[1], 2026).threshold?.mci).toBe(200_000);
  });

  it('needs one eligible activity among the offer’s segments, not all of them', () => {
    const p = programme({ segments: ['glamping'] } as never);
    expect(checkIncentive(offer({ segments: ['beach', 'glamping'] }), p, MCI[1], 2026).reasons).toEqual([]);
    expect(checkIncentive(offer({ segments: ['beach'] }), p, MCI[1], 2026).reasons).toEqual(['segment']);
  });

  it('accepts an investment equal to the minimum and refuses one tenge less', () => {
    const p = programme({ minInvestment: [{ mci: 200_000, source }] } as never);
    expect(checkIncentive(offer({ investmentKzt: 865_000_000 }), p, MCI[1], 2026).eligible).toBe(true);
    expect(checkIncentive(offer({ investmentKzt: 864_999_999 }), p, MCI[1], 2026).reasons).toEqual(['investment-below']);
    expect(checkIncentive(offer({ investmentKzt: undefined }), p, MCI[1], 2026).reasons).toEqual(['investment-unknown']);
    const noMci = checkIncentive(offer(), p, undefined, 2031);
    expect(noMci.reasons).toEqual(['mci-unknown']);
    expect(noMci.threshold).toEqual({ mci: 200_000, kzt: undefined, year: 2031, source });
  });

  it('lists only the programmes that apply, in their order', () => {
    const a = { ...programme({ kinds: ['land-plot'] } as never), id: 'a' };
    const b = { ...programme({ kinds: ['infrastructure'] } as never), id: 'b' };
    const c = { ...programme({} as never), id: 'c' };
    expect(eligibleIncentives(offer(), [a, b, c], MCI[1], 2026).map((x) => x.incentive.id)).toEqual(['a', 'c']);
  });

  it('explains in plain English why a programme does not apply', () => {
    const p = programme({
      kinds: ['infrastructure'],
      rights: ['ownership'],
      grantors: ['ppp'],
      segments: ['glamping'],
      minInvestment: [{ mci: 200_000, source }],
    } as never);
    expect(explainIneligible(checkIncentive(offer({ investmentKzt: 1 }), p, MCI[1], 2026))).toBe(
      'the programme is not for this kind of offer; the programme is not for this right; the programme is not for land or property granted this way; none of the offer’s segments is an eligible activity; the estimated investment is below the minimum of 200,000 MCI (865,000,000 tenge in 2026)',
    );
    expect(explainIneligible(checkIncentive(offer({ investmentKzt: undefined }), p, MCI[1], 2026))).toContain(
      'the programme needs at least 200,000 MCI of investment and the offer gives no `investmentKzt`',
    );
    expect(explainIneligible(checkIncentive(offer(), p, undefined, 2026))).toContain(
      'content/mci.yaml has no MCI value for this year, so the minimum cannot be converted to tenge',
    );
  });
});
