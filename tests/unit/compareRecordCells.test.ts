// The compare page's cells, one by one, as an investor reads them side by side: where the site is, what
// right for how long, when bids close, how old the audit is, whom to call, what else it costs, which
// utilities are there, how far the hubs are. Every expected value is written out by hand from the
// fixture files (tests/fixtures/content-rich, tests/fixtures/content-good) and src/i18n/*.json, never
// taken from the code under test.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { toCompareRecord } from '../../src/lib/shortlist/compareRecord.ts';
import { fixtureCatalog, fixtureWith, replaceIn, RICH_FIXTURE } from './helpers.ts';

const rich = fixtureCatalog(RICH_FIXTURE);
/** Kent camping: park land for 10 years by competition, no bid date, audit of 22 July 2025 (stale on 29 November 2026). */
let kent: ReturnType<typeof toCompareRecord>;
/** Karkaraly guest house: a private sale, no named location, audit of 6 October 2026 (fresh), condition good. */
let guestHouse: ReturnType<typeof toCompareRecord>;
// Made in each test, not once for the file, so that Stryker credits these checks to toCompareRecord
// (scripts/mutation/README.md, "Writing tests the run can see").
beforeEach(() => {
  kent = toCompareRecord(rich, 'karkaraly-kent-camping', 'en');
  guestHouse = toCompareRecord(rich, 'karkaraly-town-guest-house', 'en');
});

const GOOD_BASE = 'offers/balkhash-test-base/facts.yaml';

describe('compare record: where the site is', () => {
  it('gives the district, with the nearest settlement and the named lake, park or landmark under it', () => {
    expect(kent.cells.district).toEqual({ value: 'Karkaraly district', note: 'Karkaraly, Kent mountains' });
    expect(toCompareRecord(rich, 'karkaraly-kent-camping', 'ru').cells.district).toEqual({
      value: 'Каркаралинский район',
      note: 'Каркаралинск, горы Кент',
    });
  });

  it('gives only the settlement when content names no landmark, with no dangling separator', () => {
    expect(guestHouse.cells.district).toEqual({ value: 'Karkaraly district', note: 'Karkaraly' });
  });
});

describe('compare record: right and bid date', () => {
  it('gives the right with its term', () => {
    expect(kent.cells.right).toEqual({ value: 'Use of national-park land, 10 years' });
    expect(toCompareRecord(rich, 'balkhash-shore-resort-zone', 'en').cells.right).toEqual({
      value: 'Public-private partnership, 30 years',
    });
    expect(guestHouse.cells.right).toEqual({ value: 'Private ownership' });
  });

  it('shows a dash, not a date and not "unknown", for an offer that takes no bids and has no date', () => {
    expect(kent.cells['bid-date']).toEqual({ value: '—' });
    expect(guestHouse.cells['bid-date']).toEqual({ value: '—' });
  });

  it('gives an upcoming bid date alone', () => {
    expect(toCompareRecord(rich, 'karkaraly-shaitankol-trailhead-glamping', 'en').cells['bid-date']).toEqual({ value: '15 December 2026' });
  });

  it('says a bid date has passed while the result is not recorded', () => {
    const dir = fixtureWith((d) => replaceIn(d, GOOD_BASE, 'date: 2026-12-15', 'date: 2026-11-01'));
    const catalog = fixtureCatalog(dir);
    expect(toCompareRecord(catalog, 'balkhash-test-base', 'en').cells['bid-date']).toEqual({
      value: '1 November 2026',
      note: 'This date has passed; the result is being confirmed.',
    });
    expect(toCompareRecord(catalog, 'balkhash-test-base', 'kk').cells['bid-date']).toEqual({
      value: '2026 жылғы 1 қараша',
      note: 'Бұл күн өтті, қорытындысы нақтылануда.',
    });
  });

  it('marks the bid date unknown while the offer takes bids and the model has no date', () => {
    // The content checker refuses such an offer ("give the date bids close"), so the model is edited here:
    // the trailhead glamping plot is at competition; its date is taken away.
    const model = rich.offers.find((o) => o.id === 'karkaraly-shaitankol-trailhead-glamping')!;
    const { date: _date, ...acquisition } = model.facts.acquisition;
    const undated = { ...model, bidDate: undefined, facts: { ...model.facts, acquisition } };
    const catalog = { ...rich, offers: [undated] };
    expect(toCompareRecord(catalog, undated.id, 'en').cells['bid-date']).toEqual({ value: 'Unknown', unknown: true });
    expect(toCompareRecord(catalog, undated.id, 'ru').cells['bid-date']).toEqual({ value: 'Неизвестно', unknown: true });
  });
});

describe('compare record: audit and contact', () => {
  it('gives the audit date with the condition, and says when the audit is too old', () => {
    expect(kent.cells.audit).toEqual({
      value: '22 July 2025',
      note: 'No buildings. Needs re-verification: the audit is more than 12 months old.',
    });
    expect(guestHouse.cells.audit).toEqual({ value: '6 October 2026', note: 'Good' });
  });

  it('gives the contact with role and organisation, and links the phone and the email', () => {
    expect(kent.cells.contact).toEqual({
      value: 'Asel Demo-Tokanova (demo)',
      note: 'Recreation-use specialist, Karkaraly State National Nature Park administration (illustrative)',
    });
    expect(kent.cells['contact-phone']).toEqual({ value: '+7 700 000 00 06', href: 'tel:+77000000006' });
    expect(kent.cells['contact-email']).toEqual({ value: 'karkaraly.park@example.kz', href: 'mailto:karkaraly.park@example.kz' });
    expect(guestHouse.cells['contact-email']).toEqual({ value: 'karkaraly.invest@example.kz', href: 'mailto:karkaraly.invest@example.kz' });
  });
});

describe('compare record: expected costs', () => {
  // Fixture rates: 500 tenge a dollar, 550 a euro; euros to three figures.
  it('gives each cost with its basis and the approximate dollars and euros', () => {
    // 420,000 / 500 = 840; / 550 = 763.6 → 764.
    expect(kent.cells['cost-yearly']).toEqual({
      value: '₸420,000 a year',
      note: 'The price above is already the yearly payment · ≈ $840 · €764 a year',
    });
    // Power only: 28,000,000 / 500 = 56,000; / 550 = 50,909 → 50,900.
    expect(kent.cells['cost-connections']).toEqual({
      value: '₸28,000,000',
      note: 'Sum of the connection costs given for: power · ≈ $56,000 · €50,900',
    });
    // 45,000,000 / 500 = 90,000; / 550 = 81,818 → 81,800.
    expect(kent.cells['cost-investment']).toEqual({
      value: '₸45,000,000',
      note: 'Illustrative estimate of this demonstration catalog · ≈ $90,000 · €81,800',
    });
  });

  it('gives a cost with no amount as unknown, with its basis alone', () => {
    // A competition that is still open: the deposit is set in the lot notice.
    expect(kent.cells['cost-deposit']).toEqual({
      value: 'Unknown',
      note: 'Set in the lot notice when the lot is published',
      unknown: true,
    });
  });

  it('gives a cost with no dollar figure and no amount needed as a dash, not unknown', () => {
    // A direct sale has no bidding, so no deposit.
    expect(guestHouse.cells['cost-deposit']).toEqual({ value: '—', note: 'None: the route has no bidding' });
  });
});

describe('compare record: utilities', () => {
  it('gives whether a utility is there, with its details when it has any', () => {
    expect(kent.cells['utility-road']).toEqual({ value: 'Yes', note: 'dirt road, not passable all year, on site' });
    expect(guestHouse.cells['utility-power']).toEqual({ value: 'Yes', note: '30 kW, on site' });
    expect(kent.cells['utility-water']).toEqual({ value: 'No' });
    expect(kent.cells['utility-gas']).toEqual({ value: 'No' });
  });
});

describe('compare record: rows and hubs', () => {
  it('has exactly one cell per row and per hub, nothing else (no duplicate price row, no non-hub place)', () => {
    const rows = [
      'kind',
      'status',
      'district',
      'area',
      'price',
      'right',
      'foreign',
      'route',
      'bid-date',
      'cost-deposit',
      'cost-yearly',
      'cost-connections',
      'cost-investment',
      'utility-power',
      'utility-water',
      'utility-sewage',
      'utility-heat',
      'utility-gas',
      'utility-internet',
      'utility-road',
      'audit',
      'contact',
      'contact-phone',
      'contact-email',
      'hub:karaganda',
      'hub:karaganda-airport',
      'hub:balkhash',
      'hub:balkhash-airport',
      'hub:karkaraly',
    ];
    expect(Object.keys(kent.cells).toSorted()).toEqual(rows.toSorted());
    expect(Object.keys(guestHouse.cells).toSorted()).toEqual(rows.toSorted());
  });

  it('gives the straight-line distance to each hub, with the road distance when content gives one', () => {
    // Haversine (R = 6371.0088 km) from 49.2551, 75.9252 to Karkaraly 49.4124, 75.4723: 37.19 km; road 52 km.
    expect(kent.cells['hub:karkaraly']).toEqual({ value: '37 km in a straight line', note: '52 km by road' });
    // To Karaganda 49.8047, 73.1094: 212.19 km; no road distance in content.
    expect(kent.cells['hub:karaganda']).toEqual({ value: '212 km in a straight line' });
  });
});

describe('compare record: title language', () => {
  it('says which language the title is in when it falls back to another one', () => {
    const dir = fixtureWith((d) => rmSync(join(d, 'offers/shaitankol-glamping/kk.mdx')));
    const catalog = fixtureCatalog(dir);
    const kk = toCompareRecord(catalog, 'shaitankol-glamping', 'kk');
    expect(kk.title).toBe('Glamping plot near Lake Shaitankol');
    expect(kk.titleLang).toBe('en');
    const ru = toCompareRecord(catalog, 'shaitankol-glamping', 'ru');
    expect(ru.title).toBe('Участок под глэмпинг у озера Шайтанколь');
    expect('titleLang' in ru).toBe(false);
    expect('titleLang' in toCompareRecord(catalog, 'shaitankol-glamping', 'en')).toBe(false);
  });
});

describe('compare record: unknown offer', () => {
  it('refuses an id the catalog does not have, naming it', () => {
    expect(() => toCompareRecord(rich, 'no-such-offer', 'en')).toThrow('Unknown offer no-such-offer');
  });
});
