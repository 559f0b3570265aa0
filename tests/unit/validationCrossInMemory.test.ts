import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck, isOlderThanMonths } from '../../src/lib/validation/crossChecks.ts';
import { type ContentTree, loadContent, type OfferEntry } from '../../src/lib/validation/loadContent.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { GOOD_FIXTURE, TODAY, tempDir } from './helpers.ts';

// The cross-file checks run on the good fixture's tree, read once, then changed in memory (no temp copies of the
// tree): each test changes one thing and states the whole message an official would read.

let cached: ContentTree | undefined;
/** The good fixture as the loader reads it (read on first use, inside a test). */
function good(): ContentTree {
  cached ??= loadContent(GOOD_FIXTURE, { today: TODAY }).tree;
  return cached;
}

const ROOT = 'tests/fixtures';
const BASE_FILE = 'content-good/offers/balkhash-test-base/facts.yaml';
const GLAMPING_FILE = 'content-good/offers/shaitankol-glamping/facts.yaml';

/** The field of a problem; an item of a list file is written `[3].phone`, as the schema's own messages write it. */
function field(p: ContentProblem): string {
  return p.field ?? '-';
}

/** Each problem as `severity file:line field: message (fix: hint)`, with `[time]` for what only time made wrong. */
function lines(problems: readonly ContentProblem[]): string[] {
  return problems.map(
    (p) =>
      `${p.severity}${p.timeDependent ? ' [time]' : ''} ${p.file.replace(/^content-good\//, '')}:${p.line ?? '-'} ${field(p)}: ${p.message} (fix: ${p.hint})`,
  );
}

/** The tree with the offer `id` changed by `edit` (its facts are a shallow copy, safe to change). */
function withOffer(id: string, edit: (facts: OfferEntry['facts']) => void, tree = good()): ContentTree {
  return {
    ...tree,
    offers: tree.offers.map((o) => {
      if (o.id !== id) return o;
      const facts = structuredClone(o.facts);
      edit(facts);
      return { ...o, facts };
    }),
  };
}

/** The problems of a tree on a day, without the fixture's one standing warning (the base's audit is old on TODAY). */
function run(tree: ContentTree, today = TODAY, options: { root?: string; illustrative?: boolean } = {}): string[] {
  return lines(crossCheck(tree, { today, root: options.root ?? ROOT, illustrative: options.illustrative ?? true })).filter(
    (l) => !l.includes('the audit of 2025-06-10'),
  );
}

describe('isOlderThanMonths: when an audit becomes stale', () => {
  it('counts a date exactly the given months back as not older, and the day before as older', () => {
    expect(isOlderThanMonths('2025-11-29', '2026-11-29', 12)).toBe(false);
    expect(isOlderThanMonths('2025-11-28', '2026-11-29', 12)).toBe(true);
    expect(isOlderThanMonths('2026-11-29', '2026-11-29', 0)).toBe(false);
    expect(isOlderThanMonths('2026-05-28', '2026-11-29', 6)).toBe(true);
    expect(isOlderThanMonths('2026-05-29', '2026-11-29', 6)).toBe(false);
  });
});

describe('the good fixture is clean', () => {
  it('gives only the base offer’s audit warning on TODAY', () => {
    expect(lines(crossCheck(good(), { today: TODAY, root: ROOT }))).toEqual([
      'warning [time] offers/balkhash-test-base/facts.yaml:25 audit.date: the audit of 2025-06-10 is more than 12 months old, so the site marks the offer as needing re-verification (fix: visit the site again and update `audit.date` (and `updated`))',
    ]);
  });

  it('does not call the audit stale while it is exactly 12 months old', () => {
    // On these days the glamping offer's dates are still ahead, so only the audit warning is looked at here.
    const audit = (today: string) => lines(crossCheck(good(), { today, root: ROOT }).filter((p) => p.message.startsWith('the audit of')));
    expect(audit('2026-06-10')).toEqual([]);
    expect(audit('2026-06-11')).toEqual([
      'warning [time] offers/balkhash-test-base/facts.yaml:25 audit.date: the audit of 2025-06-10 is more than 12 months old, so the site marks the offer as needing re-verification (fix: visit the site again and update `audit.date` (and `updated`))',
    ]);
  });
});

describe('references between the list files', () => {
  it('names a place whose district does not exist, suggesting the near one', () => {
    const tree = good();
    const places = tree.places.map((p) => (p.value.id === 'sayak' ? { ...p, value: { ...p.value, district: 'balkash' } } : p));
    expect(run({ ...tree, places })).toEqual([
      'error places.yaml:57 [7].district: there is no district with the id `balkash` (fix: did you mean `balkhash`?)',
    ]);
  });

  it('lists the ids of the right file when nothing is close', () => {
    const tree = good();
    const places = tree.places.map((p) => (p.value.id === 'sayak' ? { ...p, value: { ...p.value, district: 'zzz' } } : p));
    expect(run({ ...tree, places })).toEqual([
      'error places.yaml:57 [7].district: there is no district with the id `zzz` (fix: use one of the ids in content/districts/: balkhash, karkaraly)',
    ]);
  });

  it('warns about a contact with neither phone nor email, and accepts one of the two', () => {
    const tree = good();
    const edit = (change: Record<string, unknown>) => ({
      ...tree,
      contacts: tree.contacts.map((c) => (c.index === 1 ? { ...c, value: { ...c.value, ...change } } : c)),
    });
    expect(run(edit({ phone: undefined, email: undefined }))).toEqual([
      'warning contacts.yaml:12 [1]: Timur Demo-Akhmetov (demo) has neither a phone nor an email, so investors cannot reach them (fix: add `phone:` or `email:`)',
    ]);
    expect(run(edit({ phone: undefined }))).toEqual([]);
    expect(run(edit({ email: undefined }))).toEqual([]);
  });

  it('names a district centre that is not a place', () => {
    const tree = good();
    const districts = tree.districts.map((d) => (d.id === 'karkaraly' ? { ...d, facts: { ...d.facts, centre: 'qqq' } } : d));
    expect(run({ ...tree, districts })).toEqual([
      'error districts/karkaraly/district.yaml:2 centre: there is no place with the id `qqq` (fix: use one of the ids in content/places.yaml: karaganda, karaganda-airport, balkhash, balkhash-airport, shubartubek, torangalyk, gulshat, sayak, karkaraly, karkaraly-national-park, shaitankol, bolshoye-shchuchye, pashennoye, kent)',
    ]);
  });

  it('names an unknown district in an investment threshold of an incentive, at its full path', () => {
    const tree = good();
    const incentives = tree.incentives.map((x) => {
      if (x.index !== 0) return x;
      const value = structuredClone(x.value);
      value.eligibility.minInvestment![1]!.districts = ['balkhash', 'karkaralyy'];
      return { ...x, value };
    });
    expect(run({ ...tree, incentives })).toEqual([
      'error incentives.yaml:28 [0].eligibility.minInvestment[1].districts[1]: there is no district with the id `karkaralyy` (fix: did you mean `karkaraly`?)',
    ]);
    const far = tree.incentives.map((x) => {
      if (x.index !== 0) return x;
      const value = structuredClone(x.value);
      value.eligibility.minInvestment![1]!.districts = ['zzz'];
      return { ...x, value };
    });
    expect(run({ ...tree, incentives: far })).toEqual([
      'error incentives.yaml:28 [0].eligibility.minInvestment[1].districts[0]: there is no district with the id `zzz` (fix: use one of the ids in content/districts/: balkhash, karkaraly)',
    ]);
  });
});

describe('the MCI of the build year', () => {
  it('warns, as time-dependent, that no threshold can pass when there is no MCI at all', () => {
    const problems = crossCheck({ ...good(), mci: [] }, { today: TODAY, root: ROOT }).filter((p) => p.file === 'content/mci.yaml');
    expect(lines(problems)).toEqual([
      'warning [time] content/mci.yaml:- -: there is no MCI value for 2026 or any earlier year, so no offer can pass an investment threshold (fix: add `- { id: mci-2026, year: 2026, valueKzt: …, source: … }` from the republican budget law for 2026)',
    ]);
  });

  it('uses the year of the build day: in 2027 the 2026 value stands in, with a warning', () => {
    const problems = crossCheck(good(), { today: '2027-01-01', root: ROOT }).filter((p) => p.file === 'content/mci.yaml');
    expect(problems.map((p) => p.message)).toEqual(['there is no MCI value for 2027, so investment thresholds use the value of 2026']);
  });

  it('says nothing about the MCI when no incentive has an investment threshold', () => {
    const tree = good();
    const incentives = tree.incentives.map((x) => ({
      ...x,
      value: { ...x.value, eligibility: { ...x.value.eligibility, minInvestment: undefined } },
    }));
    expect(crossCheck({ ...tree, mci: [], incentives }, { today: TODAY, root: ROOT }).filter((p) => p.file === 'content/mci.yaml')).toEqual(
      [],
    );
  });
});

describe('exchange rates', () => {
  const rates = (dates: Record<string, string>, tree = good()) => ({
    ...tree,
    exchangeRates: tree.exchangeRates.flatMap((r) =>
      dates[r.value.id] === undefined ? [] : [{ ...r, value: { ...r.value, date: dates[r.value.id]! } }],
    ),
  });

  it('accepts a rate exactly 31 days old and warns, as time-dependent, at 32 days, naming the currency', () => {
    expect(run(rates({ usd: '2026-10-29', eur: '2026-10-29' }))).toEqual([]);
    expect(run(rates({ usd: '2026-10-28', eur: '2026-11-29' }))).toEqual([
      "warning [time] exchange-rates.yaml:6 [0].date: the USD rate of 2026-10-28 is 32 days old (more than 31), so the dollar amounts on offer pages are out of date (fix: copy a recent day's official rate from the NBK's table, set `kztPerUnit:` and `date:`, and `verified: true` once you have compared them)",
    ]);
    expect(run(rates({ usd: '2026-11-29', eur: '2026-10-28' }))[0]).toContain(
      'exchange-rates.yaml:16 [1].date: the EUR rate of 2026-10-28 is 32 days old (more than 31), so the euro amounts',
    );
  });

  it('refuses a rate dated after the build day, and accepts one of the build day itself', () => {
    expect(run(rates({ usd: '2026-11-30', eur: '2026-11-29' }))).toEqual([
      'error exchange-rates.yaml:6 [0].date: the date 2026-11-30 is in the future (fix: use the date of the NBK table you copied, on or before 2026-11-29)',
    ]);
  });

  it('names each missing currency, and the first of them in the fix', () => {
    expect(run(rates({ usd: '2026-11-20' }))).toEqual([
      "warning content/exchange-rates.yaml:- -: there is no rate for EUR, so offer pages show no amounts in it (fix: add `- { id: eur, kztPerUnit: …, date: …, source: …, verified: … }` from the NBK's table of official rates)",
    ]);
    expect(run(rates({}))).toEqual([
      "warning content/exchange-rates.yaml:- -: there is no rate for USD and EUR, so offer pages show no amounts in it (fix: add `- { id: usd, kztPerUnit: …, date: …, source: …, verified: … }` from the NBK's table of official rates)",
    ]);
  });

  it('judges a currency listed twice once, by its first entry', () => {
    const tree = good();
    const usd = tree.exchangeRates[0]!;
    const twice = { ...tree, exchangeRates: [...tree.exchangeRates, { ...usd, index: 2, value: { ...usd.value, date: '2020-01-01' } }] };
    expect(run(twice)).toEqual([]);
  });
});

describe('offers whose facts failed their schema are still checked for references and dates', () => {
  const invalid = (data: unknown): ContentTree => ({
    ...good(),
    invalidOffers: [{ id: 'broken', data, source: { file: 'content/offers/broken/facts.yaml', data, lineOf: (p) => p.length + 1 } }],
  });

  it('names every unknown id it can find: district, place, contact, incentives, road distances', () => {
    const data = {
      district: 'nowhere',
      place: 'karkaraly',
      contact: 'nobody-at-all',
      incentives: ['ppp-support', 'free-money'],
      roadDistances: [{ place: 'karkaraly', km: 3 }, { place: 'atlantis' }, 'not an object'],
      kind: 42,
    };
    expect(run(invalid(data))).toEqual([
      'error content/offers/broken/facts.yaml:2 district: there is no district with the id `nowhere` (fix: use one of the ids in content/districts/: balkhash, karkaraly)',
      'error content/offers/broken/facts.yaml:2 contact: there is no contact with the id `nobody-at-all` (fix: use one of the ids in content/contacts.yaml: balkhash-land-officer, balkhash-tourism-officer, karkaraly-land-officer, karkaraly-tourism-officer, regional-investment-officer, karkaraly-park-recreation-officer)',
      'error content/offers/broken/facts.yaml:3 incentives[1]: there is no incentive programme with the id `free-money` (fix: use one of the ids in content/incentives.yaml: investment-preferences, in-kind-grant, roadside-service-subsidy, ppp-support)',
      'error content/offers/broken/facts.yaml:4 roadDistances[1].place: there is no place with the id `atlantis` (fix: use one of the ids in content/places.yaml: karaganda, karaganda-airport, balkhash, balkhash-airport, shubartubek, torangalyk, gulshat, sayak, karkaraly, karkaraly-national-park, shaitankol, bolshoye-shchuchye, pashennoye, kent)',
    ]);
  });

  it('ignores fields that are not text or lists, and data that is not an object', () => {
    expect(run(invalid({ district: 5, place: null, incentives: 'ppp-support', roadDistances: { place: 'atlantis' } }))).toEqual([]);
    expect(run(invalid(['district', 'nowhere']))).toEqual([]);
    expect(run(invalid('district'))).toEqual([]);
  });

  it('refuses a published, updated or audit date after the build day, given as text or as a date', () => {
    const data = {
      published: '2026-11-30',
      updated: new Date('2027-01-05T00:00:00Z'),
      audit: { date: '2026-11-29' },
    };
    expect(run(invalid(data))).toEqual([
      'error content/offers/broken/facts.yaml:2 published: the date 2026-11-30 is in the future (fix: use a date on or before 2026-11-29)',
      'error content/offers/broken/facts.yaml:2 updated: the date 2027-01-05 is in the future (fix: use a date on or before 2026-11-29)',
    ]);
    expect(run(invalid({ audit: { date: '2027-02-01' } }))).toEqual([
      'error content/offers/broken/facts.yaml:3 audit.date: the date 2027-02-01 is in the future (fix: use a date on or before 2026-11-29)',
    ]);
  });

  it('names the item of a long list by its full index, and reads past an empty audit', () => {
    const incentives = [...Array(10).fill('ppp-support'), 'free-money'];
    expect(run(invalid({ incentives, audit: null }))).toEqual([
      'error content/offers/broken/facts.yaml:3 incentives[10]: there is no incentive programme with the id `free-money` (fix: use one of the ids in content/incentives.yaml: investment-preferences, in-kind-grant, roadside-service-subsidy, ppp-support)',
    ]);
  });

  it('leaves a date that is not written YYYY-MM-DD to the schema', () => {
    expect(run(invalid({ published: '2027-1-5', updated: '2027-01-05x', audit: { date: 'x2027-01-05' } }))).toEqual([]);
  });
});

describe('checks on a valid offer', () => {
  it('refuses a point outside the offer’s district', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.location = { lat: 49.4035, lon: 75.412 };
    });
    expect(run(tree)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:6 location: the point 49.4035, 75.412 lies outside the Balkhash area (fix: check that latitude and longitude are not swapped and that `district` is right)',
    ]);
  });

  it('refuses a lake as `place`, listing the settlements of the district', () => {
    const tree = withOffer('shaitankol-glamping', (f) => {
      f.place = 'shaitankol';
      f.namedLocation = undefined;
    });
    expect(run(tree)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:5 place: `place` is the nearest settlement, but `shaitankol` is a lake (fix: write the nearest city, town or village in `place` (karkaraly) and move `shaitankol` to `namedLocation: shaitankol`)',
    ]);
  });

  it('names a place that does not exist without stopping the other checks', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.place = 'atlantis';
    });
    expect(run(tree)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:5 place: there is no place with the id `atlantis` (fix: use one of the ids in content/places.yaml: karaganda, karaganda-airport, balkhash, balkhash-airport, shubartubek, torangalyk, gulshat, sayak, karkaraly, karkaraly-national-park, shaitankol, bolshoye-shchuchye, pashennoye, kent)',
    ]);
  });

  it('lists every settlement of the district when `place` is an airport', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.place = 'balkhash-airport';
    });
    expect(run(tree)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:5 place: `place` is the nearest settlement, but `balkhash-airport` is an airport (fix: write the nearest city, town or village in `place` (balkhash, shubartubek, torangalyk, gulshat, sayak) and move `balkhash-airport` to `namedLocation: balkhash-airport`)',
    ]);
  });

  it('names an unknown namedLocation and refuses a settlement as namedLocation', () => {
    const unknown = withOffer('shaitankol-glamping', (f) => {
      f.namedLocation = 'shaitankoll';
    });
    expect(run(unknown)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:33 namedLocation: there is no place with the id `shaitankoll` (fix: did you mean `shaitankol`?)',
    ]);
    const far = withOffer('shaitankol-glamping', (f) => {
      f.namedLocation = 'qqqqq';
    });
    expect(run(far)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:33 namedLocation: there is no place with the id `qqqqq` (fix: use one of the ids in content/places.yaml: karaganda, karaganda-airport, balkhash, balkhash-airport, shubartubek, torangalyk, gulshat, sayak, karkaraly, karkaraly-national-park, shaitankol, bolshoye-shchuchye, pashennoye, kent)',
    ]);
    const town = withOffer('shaitankol-glamping', (f) => {
      f.namedLocation = 'karkaraly';
    });
    expect(run(town)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:33 namedLocation: `namedLocation` is for a lake, park or landmark, but `karkaraly` is a town (fix: delete `namedLocation`, or write `place: karkaraly` if it is the nearest settlement)',
    ]);
  });

  it('warns when the place lies in another district than the offer', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.place = 'balkhash';
    });
    expect(run(tree)).toEqual([]);
    const other = withOffer('shaitankol-glamping', (f) => {
      f.place = 'karaganda';
    });
    // karaganda has no district in places.yaml: nothing to compare.
    expect(run(other)).toEqual([]);
    const wrong = withOffer('shaitankol-glamping', (f) => {
      f.place = 'gulshat';
    });
    expect(run(wrong)).toEqual([
      'warning offers/shaitankol-glamping/facts.yaml:5 place: the place `gulshat` belongs to `balkhash`, but the offer says `karkaraly` (fix: check `place` and `district`)',
    ]);
  });

  it('refuses a national-park offer whose contact is not a park officer, in the park’s own words', () => {
    const tree = withOffer('shaitankol-glamping', (f) => {
      f.contact = 'karkaraly-tourism-officer';
    });
    expect(run(tree)).toEqual([
      "error offers/shaitankol-glamping/facts.yaml:35 contact: national-park land is granted by the park's authorised body, so the contact must be a national-park officer, not `karkaraly-tourism-officer` (akimat) (fix: use one of: karkaraly-park-recreation-officer)",
    ]);
  });

  it('asks for the legal source of a grantor that grantors.yaml does not list', () => {
    const tree = good();
    const grantors = tree.grantors.filter((g) => g.value.id !== 'communal-property');
    expect(run({ ...tree, grantors })).toEqual([
      'error offers/balkhash-test-base/facts.yaml:13 acquisition.grantor: content/grantors.yaml gives no legal source for `communal-property`, so the page cannot cite one (fix: add `- id: communal-property` with its `source:` under `grantors:` in content/grantors.yaml)',
    ]);
  });

  it('refuses a park officer as the contact of a communal property, listing the officers who answer for it', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.contact = 'karkaraly-park-recreation-officer';
    });
    expect(run(tree)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:26 contact: the right is granted by `communal-property`, which `karkaraly-park-recreation-officer` (national-park) does not answer for (fix: use one of: balkhash-land-officer, balkhash-tourism-officer, karkaraly-land-officer, karkaraly-tourism-officer, regional-investment-officer)',
    ]);
    // With no akimat officer at all, the fix says which body to add.
    const parkOnly = { ...tree, contacts: tree.contacts.filter((c) => c.value.body === 'national-park') };
    expect(run(parkOnly)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:26 contact: the right is granted by `communal-property`, which `karkaraly-park-recreation-officer` (national-park) does not answer for (fix: add an officer with `body: akimat` under `contacts:` in content/contacts.yaml)',
    ]);
  });

  it('names a contact that does not exist, and checks nothing more about it', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.contact = 'nobody';
    });
    expect(run(tree)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:26 contact: there is no contact with the id `nobody` (fix: use one of the ids in content/contacts.yaml: balkhash-land-officer, balkhash-tourism-officer, karkaraly-land-officer, karkaraly-tourism-officer, regional-investment-officer, karkaraly-park-recreation-officer)',
    ]);
  });

  it('refuses each corner of a land plot that lies in Lake Balkhash, and accepts a plot with no boundary', () => {
    const wet = withOffer('shaitankol-glamping', (f) => {
      if (f.kind === 'land-plot')
        f.boundary = [
          [49.4052, 75.4098],
          [46.6, 74.8],
          [49.4019, 75.4149],
          [46.61, 74.81],
        ];
    });
    expect(run(wet)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:9 boundary[1]: corner 2 of the boundary is in the water of Lake Balkhash (fix: a land plot must lie on land: correct this corner)',
      'error offers/shaitankol-glamping/facts.yaml:11 boundary[3]: corner 4 of the boundary is in the water of Lake Balkhash (fix: a land plot must lie on land: correct this corner)',
    ]);
    const none = withOffer('shaitankol-glamping', (f) => {
      if (f.kind === 'land-plot') f.boundary = undefined;
    });
    expect(run(none)).toEqual([]);
  });

  it('refuses an incentive the offer does not qualify for, at its line in the list', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.incentives = ['nonexistent', 'ppp-support'];
    });
    const problems = run(tree);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^error offers\/balkhash-test-base\/facts\.yaml:\d+ incentives\[0\]: there is no incentive programme/);
    expect(problems[1]).toMatch(
      /^error offers\/balkhash-test-base\/facts\.yaml:\d+ incentives\[1\]: the offer does not meet the rules of `ppp-support`: .+ \(fix: delete this line: the site lists the programmes an offer may qualify for by itself, from content\/incentives\.yaml\)$/,
    );
  });

  it('accepts an incentive once the offer meets its threshold, counted in the MCI of the build year', () => {
    // Balkhash's tourism minimum is 200,000 MCI: 865,000,000 tenge at the 2026 MCI of 4,325.
    const below = withOffer('balkhash-test-base', (f) => {
      f.incentives = ['investment-preferences'];
      f.investmentKzt = 864_999_999;
    });
    expect(run(below)).toEqual([
      'error offers/balkhash-test-base/facts.yaml:2 incentives[0]: the offer does not meet the rules of `investment-preferences`: the estimated investment is below the minimum of 200,000 MCI (865,000,000 tenge in 2026) (fix: delete this line: the site lists the programmes an offer may qualify for by itself, from content/incentives.yaml)',
    ]);
    const enough = withOffer('balkhash-test-base', (f) => {
      f.incentives = ['investment-preferences'];
      f.investmentKzt = 865_000_000;
    });
    expect(run(enough)).toEqual([]);
  });

  it('refuses, as time-dependent, an offer still in bidding after its bid date, from the day after', () => {
    expect(run(good(), '2026-12-15')).toEqual([]);
    expect(run(good(), '2026-12-16')).toEqual([
      'error [time] offers/balkhash-test-base/facts.yaml:13 acquisition.date: bids closed on 2026-12-15, but the status is still `at-tender`; the site now says the result is being confirmed (fix: write the result: `status: closed` (or `reserved` / `under-negotiation`), or a new `date:` if the bidding was moved or repeated)',
    ]);
  });

  it('refuses a point in the water of Lake Balkhash', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.location = { lat: 46.6, lon: 74.8 };
    });
    expect(run(tree)).toContain(
      'error offers/balkhash-test-base/facts.yaml:6 location: the point 46.6, 74.8 is in the water of Lake Balkhash (fix: move the point onto the shore: compare it with the map on the offer page or any online map)',
    );
  });

  it('does not look at a boundary of an offer that is not a land plot', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      (f as { boundary?: unknown }).boundary = [[46.6, 74.8]];
    });
    expect(run(tree)).toEqual([]);
  });

  it('names the second offer that reuses a cadastral number, and only it', () => {
    const tree = withOffer('shaitankol-glamping', (f) => {
      f.land.cadastralNumber = '00-000-999-001';
    });
    expect(run(tree)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:14 land.cadastralNumber: the cadastral number 00-000-999-001 is also used by the offer `balkhash-test-base` (fix: each plot has its own cadastral number: check both offers)',
    ]);
    const none = withOffer('shaitankol-glamping', (f) => {
      f.land.cadastralNumber = undefined;
    });
    const both = withOffer(
      'balkhash-test-base',
      (f) => {
        f.land.cadastralNumber = undefined;
      },
      none,
    );
    expect(run(both)).toEqual([]);
  });

  it('warns about a missing lot link only for an upcoming bid of a real catalog', () => {
    const tree = withOffer('balkhash-test-base', (f) => {
      f.acquisition.lotUrl = undefined;
    });
    expect(run(tree, TODAY, { illustrative: false })).toEqual([
      'warning offers/balkhash-test-base/facts.yaml:13 acquisition: the offer is `at-tender` but gives no link to the lot (fix: add `lotUrl:` with the address of the lot itself on the portal where it is published)',
    ]);
    expect(run(tree, TODAY, { illustrative: true })).toEqual([]);
  });

  it('checks photo and document files in the offer folder, and the alt text of photos', () => {
    const root = tempDir('validation-cross-');
    const dir = join(root, 'content-good/offers/balkhash-test-base');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'shore.jpg'), 'x');
    writeFileSync(join(dir, 'plan.pdf'), 'x');
    const alt = { en: 'Shore', ru: 'Берег', kk: 'Жаға' };
    const tree = withOffer('balkhash-test-base', (f) => {
      f.photos = [{ file: 'shore.jpg', alt }, { file: 'gone.jpg', alt }, { file: 'shore.jpg' }] as typeof f.photos;
      f.documents = [
        { ...({} as (typeof f.documents)[number]), file: 'plan.pdf' },
        { ...({} as (typeof f.documents)[number]), file: 'missing.pdf' },
        { ...({} as (typeof f.documents)[number]), file: undefined },
      ];
    });
    expect(run(tree, TODAY, { root })).toEqual([
      'error offers/balkhash-test-base/facts.yaml:2 photos[1].file: the photo file gone.jpg is not in the offer folder (fix: add the file beside facts.yaml or correct the name)',
      'warning offers/balkhash-test-base/facts.yaml:2 photos[2]: the photo shore.jpg has no alt text, so people who cannot see it learn nothing from it (fix: add `alt: { en: …, ru: …, kk: … }` saying what the photo shows)',
      'error offers/balkhash-test-base/facts.yaml:2 documents[1].file: the document file missing.pdf is not in the offer folder, so the site cannot publish it (fix: put the PDF beside facts.yaml under exactly this name (capital letters count), or correct the name in `file:`)',
    ]);
  });
});

// Keeps the file paths above honest: the fixture's offers are where the expected lines say.
describe('fixture paths', () => {
  it('reads the two offers from their folders', () => {
    expect(good().offers.map((o) => o.source.file)).toEqual([BASE_FILE, GLAMPING_FILE]);
  });
});
