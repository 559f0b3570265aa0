// Expectations written out by hand from the fixture files (tests/fixtures/content-good) and the officials'
// register (seeds/audit-register.csv), for outputs whose other tests compare the code with itself: the
// register header with REGISTER_HEADER, open-data facts with offerFactsSchema.parse, and open-data
// distances with the view model that computed them. Those tests stay (they check that two outputs agree);
// these check that the agreed value is right. Distances were worked out separately (haversine, R = 6371.0088 km,
// rounded to 0.1 km) from the coordinates in places.yaml and the offer's facts.yaml.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { toOffersDocument } from '../../src/lib/data/toOpenData.ts';
import { registerCsv } from '../../src/lib/register/exportRegister.ts';
import { GOOD_FIXTURE, fixtureCatalog } from './helpers.ts';
import { offersOf } from './registerHelpers.ts';

// Built before each test so that Stryker credits these checks to the code that built the values (see
// scripts/mutation/README.md).
let catalog: ReturnType<typeof fixtureCatalog>;
let glamping: (typeof catalog)['offers'][number];
let document: ReturnType<typeof toOffersDocument>;
beforeEach(() => {
  catalog = fixtureCatalog(GOOD_FIXTURE);
  glamping = catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
  document = toOffersDocument(catalog, new URL('https://catalog.example/'), '2026-11-29T10:00:00.000Z', true);
});
const seen = (text: string | undefined) => text?.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('distances of shaitankol-glamping (49.4035, 75.4120)', () => {
  // The lake it lies at (its named location), its nearest settlement and district centre (Karkaraly, 8 km by
  // road per facts.yaml), and the hubs that are not another district's centre (so not Balkhash), nearest first.
  const EXPECTED = [
    { place: 'shaitankol', straightKm: 1.5 },
    { place: 'karkaraly', straightKm: 4.5, roadKm: 8 },
    { place: 'karaganda-airport', straightKm: 152.7 },
    { place: 'karaganda', straightKm: 171.8 },
    { place: 'balkhash-airport', straightKm: 280.7 },
  ];

  it('in the catalog model', () => {
    expect(
      glamping.distances.map((d) => ({
        place: d.placeId,
        straightKm: d.straightKm,
        ...(d.roadKm === undefined ? {} : { roadKm: d.roadKm }),
      })),
    ).toEqual(EXPECTED);
  });

  it('in offers.json', () => {
    expect(document.offers.find((o) => o.id === 'shaitankol-glamping')!.distances.map(({ name: _name, ...d }) => d)).toEqual(EXPECTED);
  });

  it('as the offer page prints them', () => {
    const view = toOfferView(glamping, 'en', catalog);
    expect(view.distances.map((d) => [d.straightLabel, d.roadLabel])).toEqual([
      ['1.5 km in a straight line', undefined],
      ['4.5 km in a straight line', '8 km by road'],
      ['153 km in a straight line', undefined],
      ['172 km in a straight line', undefined],
      ['281 km in a straight line', undefined],
    ]);
  });
});

describe('facts of shaitankol-glamping in offers.json, as its facts.yaml writes them', () => {
  it('keeps every figure an investor compares', () => {
    expect(document.offers.find((o) => o.id === 'shaitankol-glamping')!.facts).toMatchObject({
      kind: 'land-plot',
      status: 'available',
      district: 'karkaraly',
      place: 'karkaraly',
      namedLocation: 'shaitankol',
      location: { lat: 49.4035, lon: 75.412 },
      land: { areaHa: 4.2, cadastralNumber: '00-000-001-001', category: 'protected-recreational' },
      right: { type: 'park-land-use', termYears: 25, foreignOwnedEligible: true },
      acquisition: { grantor: 'national-park', route: 'competition' },
      price: { basis: 'annual-lease', amountKzt: 1_850_000 },
      investmentKzt: 180_000_000,
      utilities: {
        power: { available: true, distanceM: 900, capacityKw: 60, connectionCostKzt: 9_500_000, connectionMonths: 4 },
        water: { available: false },
        internet: { available: true, distanceM: 0, speedMbps: 20 },
        road: { available: true, surface: 'gravel', allSeason: false, distanceM: 300 },
      },
      segments: ['glamping', 'eco-tourism', 'hiking'],
      audit: { date: '2026-07-16', condition: 'no-buildings' },
      roadDistances: [{ place: 'karkaraly', km: 8 }],
      published: '2026-08-01',
      updated: '2026-08-01',
      featured: true,
    });
  });

  it('and the price as the offer page and the cards print it', () => {
    const en = toOfferView(glamping, 'en', catalog);
    const ru = toOfferView(glamping, 'ru', catalog);
    expect([en.priceBasisLabel, en.priceLabel, en.priceShort]).toEqual(['Annual lease', '₸1,850,000 a year', '₸1.9m a year']);
    expect([ru.priceBasisLabel, ru.priceLabel, ru.priceShort].map(seen)).toEqual([
      'Годовая арендная плата',
      '1 850 000 ₸ в год',
      '1,9 млн ₸ в год',
    ]);
  });
});

describe('the register header', () => {
  it('is the header of the register officials already keep (seeds/audit-register.csv)', () => {
    const seedHeader = readFileSync('seeds/audit-register.csv', 'utf8').split(/\r?\n/)[0]!;
    const exported = registerCsv(offersOf(GOOD_FIXTURE)).split('\r\n')[0]!;
    expect(exported).toBe(seedHeader);
    const columns = exported.replace(/^\uFEFF/, '').split(',');
    // 94 columns before issue 13, plus namedLocation, acquisition.grantor, acquisition.depositKzt and price.yearlyAfterKzt.
    expect(columns).toHaveLength(98);
    expect(columns.slice(0, 13)).toEqual([
      'id',
      'kind',
      'status',
      'title.en',
      'title.ru',
      'title.kk',
      'district',
      'place',
      'namedLocation',
      'location.lat',
      'location.lon',
      'boundary',
      'land.areaHa',
    ]);
    expect(columns.slice(21, 30)).toEqual([
      'acquisition.grantor',
      'acquisition.route',
      'acquisition.lotUrl',
      'acquisition.date',
      'acquisition.depositKzt',
      'price.basis',
      'price.amountKzt',
      'price.yearlyAfterKzt',
      'investmentKzt',
    ]);
    expect(columns.at(-1)).toBe('project.partnersSought');
  });
});
