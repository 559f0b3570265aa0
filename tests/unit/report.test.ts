import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFER_STATUSES, type OfferFacts } from '../../src/schemas/index.ts';
import { type AttentionList, type OfferAttention, groupAttention } from '../../src/lib/report/attention.ts';
import { bidDateState } from '../../src/lib/report/bidDate.ts';
import { attentionCsv, formatAttention } from '../../src/lib/report/format.ts';
import { UnreadableContentError, loadAttention } from '../../src/lib/report/loadAttention.ts';
import { missingFacts } from '../../src/lib/report/missingFacts.ts';
import { findTodoMarkers } from '../../src/lib/report/todos.ts';
import { RICH_FIXTURE, replaceIn } from './helpers.ts';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A copy of the rich fixture under <tmp>/content, edited by `edit`; returns the root (problem paths start with content/). */
function richCopy(edit: (dir: string) => void = () => {}): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'catalog-report-'));
  made.push(root);
  const dir = join(root, 'content');
  cpSync(RICH_FIXTURE, dir, { recursive: true });
  edit(dir);
  return { root, dir };
}

const TRAILHEAD = 'karkaraly-shaitankol-trailhead-glamping';
const KENT = 'karkaraly-kent-camping';
const BIDDING = OFFER_STATUSES.filter((s) => s.startsWith('at-'));

describe('a bid date in the report', () => {
  it('is watched under every bidding status of the schema, and there is at least the auction', () => {
    expect(BIDDING).toContain('at-auction');
    for (const status of BIDDING) expect(bidDateState(status, '2026-11-30', '2026-12-01'), status).toEqual({ state: 'passed', daysAgo: 1 });
  });

  it('has passed the day after it, and is near (not passed) on the day itself', () => {
    expect(bidDateState('at-auction', '2026-11-30', '2026-12-01')).toEqual({ state: 'passed', daysAgo: 1 });
    expect(bidDateState('at-auction', '2026-12-01', '2026-12-01')).toEqual({ state: 'near', daysLeft: 0 });
  });

  it('is near up to 14 days ahead and not on the 15th, across a month and a year end', () => {
    expect(bidDateState('at-auction', '2026-12-15', '2026-12-01')).toEqual({ state: 'near', daysLeft: 14 });
    expect(bidDateState('at-auction', '2026-12-16', '2026-12-01')).toBeUndefined();
    expect(bidDateState('at-auction', '2027-01-08', '2026-12-25')).toEqual({ state: 'near', daysLeft: 14 });
    expect(bidDateState('at-auction', '2027-01-09', '2026-12-25')).toBeUndefined();
    expect(bidDateState('at-auction', '2026-02-28', '2026-03-01')).toEqual({ state: 'passed', daysAgo: 1 });
  });

  it('means nothing once bids are not open, or without a date', () => {
    for (const status of ['available', 'reserved', 'under-negotiation', 'closed'])
      expect(bidDateState(status, '2026-11-30', '2026-12-01'), status).toBeUndefined();
    expect(bidDateState('at-auction', undefined, '2026-12-01')).toBeUndefined();
  });
});

describe('TODO markers', () => {
  it('finds TODO, FIXME and TBD as whole upper-case words, with their line', () => {
    const text = [
      'kind: land-plot',
      'investmentKzt: 1 # TODO ask the akimat',
      '# FIXME: the boundary is a guess',
      'nothing to do here, todo in lower case, TODOS and XTBD',
      'The deposit is TBD.',
    ].join('\r\n');
    expect(findTodoMarkers('facts.yaml', text)).toEqual([
      { file: 'facts.yaml', line: 2, marker: 'TODO', text: 'investmentKzt: 1 # TODO ask the akimat' },
      { file: 'facts.yaml', line: 3, marker: 'FIXME', text: 'FIXME: the boundary is a guess' },
      { file: 'facts.yaml', line: 5, marker: 'TBD', text: 'The deposit is TBD.' },
    ]);
  });

  it('gives an indented comment without its indent and hash, and cuts a long line at 120 characters', () => {
    const long = `TODO ${'x'.repeat(200)}`;
    expect(findTodoMarkers('facts.yaml', `land:\n    #TODO: confirm with the cadastre\n${long}`)).toEqual([
      { file: 'facts.yaml', line: 2, marker: 'TODO', text: 'TODO: confirm with the cadastre' },
      { file: 'facts.yaml', line: 3, marker: 'TODO', text: long.slice(0, 120) },
    ]);
  });
});

const area = (id: string, order: number) => ({ id, name: `${id} area`, order });
const offer = (id: string, areaId: string, order: number, contact: string): OfferAttention => ({
  id,
  title: `Title of ${id}`,
  status: 'available',
  draft: false,
  area: area(areaId, order),
  contact: { id: contact, name: contact, phone: '+7 700 000 00 01', email: `${contact}@example.kz` },
  items: [{ kind: 'missing-fact', what: 'no photos', file: `content/offers/${id}/facts.yaml` }],
});

describe('grouping', () => {
  it('orders areas by their site order, officers by name and offers by id', () => {
    const groups = groupAttention([
      offer('z-plot', 'karkaraly', 2, 'Zhanna'),
      offer('b-plot', 'balkhash', 1, 'Timur'),
      offer('a-plot', 'karkaraly', 2, 'Zhanna'),
      offer('c-plot', 'balkhash', 1, 'Aliya'),
      offer('m-plot', 'karkaraly', 2, 'Dana'),
    ]);
    expect(groups.map((g) => [g.area.id, g.contacts.map((c) => [c.contact.id, c.offers.map((o) => o.id)])])).toEqual([
      [
        'balkhash',
        [
          ['Aliya', ['c-plot']],
          ['Timur', ['b-plot']],
        ],
      ],
      [
        'karkaraly',
        [
          ['Dana', ['m-plot']],
          ['Zhanna', ['a-plot', 'z-plot']],
        ],
      ],
    ]);
  });

  it('prints each officer with phone and email above their own offers', () => {
    const list: AttentionList = { today: '2026-12-01', offersRead: 3, offers: [offer('b-plot', 'balkhash', 1, 'Timur')], shared: [] };
    expect(formatAttention(list)).toBe(
      [
        'What needs attention in the catalog on 2026-12-01',
        '1 of 3 offers need attention · 1 item',
        '',
        '== balkhash area ==',
        '',
        'Timur',
        '  phone +7 700 000 00 01 · email Timur@example.kz',
        '',
        '  Title of b-plot [b-plot] · status available',
        '    - Missing fact: no photos',
        '      in content/offers/b-plot/facts.yaml',
      ].join('\n'),
    );
  });
});

describe('the CSV', () => {
  // A phone number starts with + too: it gets the apostrophe, which Excel shows as "this is text", not as a character.
  it('starts with a BOM, keeps Cyrillic, and no cell can run as a formula', () => {
    const risky: OfferAttention = {
      ...offer('b-plot', 'balkhash', 1, 'Тимур'),
      title: '=HYPERLINK("http://evil.example","Участок")',
      items: [{ kind: 'todo', what: '+7 call, then -1', fix: '@once', file: 'content/offers/b-plot/en.mdx', line: 4 }],
    };
    const csv = attentionCsv({ today: '2026-12-01', offersRead: 1, offers: [risky], shared: [] });
    expect(
      csv.startsWith(
        '\uFEFFArea,Officer,Phone,Email,Offer,Title,Status,Kind,What needs attention,How to fix,Blocks the build,File,Line\r\n',
      ),
    ).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      `balkhash area,Тимур,"'+7 700 000 00 01",Тимур@example.kz,b-plot,"'=HYPERLINK(""http://evil.example"",""Участок"")",available,Left unfinished,"'+7 call, then -1","'@once",no,content/offers/b-plot/en.mdx,4`,
    );
  });
});

describe('missing facts', () => {
  // Only the fields missingFacts reads; a whole offer would hide which field each expectation is about.
  const facts = (over: Record<string, unknown> = {}) =>
    ({
      kind: 'land-plot',
      status: 'available',
      land: { areaHa: 1, cadastralNumber: '00-000-000-001', category: 'reserve' },
      acquisition: { grantor: 'akimat-land', route: 'auction' },
      price: { basis: 'start-price', amountKzt: 1_000_000 },
      investmentKzt: 5_000_000,
      photos: [{ file: 'a.jpg' }],
      documents: [{ title: {}, type: 'title', url: 'https://example.kz/a.pdf' }],
      roadDistances: [{ place: 'karkaraly', km: 9 }],
      utilities: Object.fromEntries(
        ['power', 'water', 'sewage', 'heat', 'gas', 'internet', 'road'].map((k) => [k, { available: true, distanceM: 0 }]),
      ),
      ...over,
    }) as unknown as OfferFacts;

  it('finds none on an offer that gives everything', () => {
    expect(missingFacts(facts())).toEqual([]);
  });

  it('names each missing fact an investor would look for, with where it goes', () => {
    const found = missingFacts(
      facts({
        status: 'at-auction',
        price: { basis: 'on-request' },
        investmentKzt: undefined,
        land: { areaHa: 1, category: 'reserve' },
        photos: [],
        documents: [],
        roadDistances: [],
        utilities: {
          power: { available: true },
          water: { available: true, distanceM: 300 },
          sewage: { available: false, distanceM: 0 },
          heat: { available: false },
          gas: { available: true, distanceM: 1200, connectionCostKzt: 9_000_000 },
          internet: { available: true, distanceM: 0 },
          road: { available: true },
        },
      }),
    );
    expect(found.map((m) => [m.path.join('.'), m.what])).toEqual([
      ['price', 'no price is published (price on request), so the offer drops out of price filters and sorting'],
      ['investmentKzt', 'no estimate of the total investment needed'],
      ['land.cadastralNumber', 'the land plot has no cadastral number, so an investor cannot look it up'],
      ['acquisition', 'the auction deposit (guarantee fee) is not given, so a bidder cannot plan the money'],
      ['photos', 'no photos'],
      ['documents', 'no documents (title, cadastral plan, audit report…)'],
      ['utilities', 'no distance to the connection point for: power, road'],
      ['utilities', 'no connection cost for: water (not on the site)'],
      ['roadDistances', 'no road distances, so only straight-line distances are shown'],
    ]);
    // Each tells the officer what to write, and where.
    expect(found.map((m) => m.fix)).toEqual([
      'give `basis:` and `amountKzt:` when the price is known',
      'add `investmentKzt:` (tenge), even a rough estimate from the audit',
      'add `cadastralNumber:` from the land register',
      'add `depositKzt:` as the lot notice sets it',
      'add photos of the site under `photos:` (file and alt text)',
      'link at least the title document or the cadastral plan under `documents:`',
      'give `distanceM:` for each (0 when it is on the site)',
      'give `connectionCostKzt:` for each, from the technical conditions of the network (or an estimate for the access road)',
      'add `roadDistances:` to the nearest town, the regional centre and the airport',
    ]);
  });

  it('misses a price given without its amount, and not a deposit an auction gives', () => {
    expect(missingFacts(facts({ price: { basis: 'start-price' } })).map((m) => m.path.join('.'))).toEqual(['price']);
    const atAuction = facts({ status: 'at-auction', acquisition: { grantor: 'akimat-land', route: 'auction', depositKzt: 150_000 } });
    expect(missingFacts(atAuction)).toEqual([]);
  });

  it('does not ask a building for a cadastral number, nor a plot not at auction for a deposit', () => {
    expect(missingFacts(facts({ kind: 'infrastructure', land: { areaHa: 1, category: 'reserve' } }))).toEqual([]);
  });
});

describe('the report on a copy of the rich fixture', () => {
  const itemsOf = (list: AttentionList, id: string) => list.offers.find((o) => o.id === id)?.items ?? [];

  it('lists the auction 14 days ahead as near, and the day after it as passed, at the date line', () => {
    const { root, dir } = richCopy();
    const near = itemsOf(loadAttention(dir, { root, today: '2026-12-01' }), TRAILHEAD).filter((i) => i.kind.startsWith('bid-'));
    expect(near).toMatchObject([
      { kind: 'bid-date-near', file: `content/offers/${TRAILHEAD}/facts.yaml`, line: 21, field: 'acquisition.date' },
    ]);
    // The fixture's procedure (auction or competition) follows the schema's routes; the days and the date are the point.
    expect(near[0]!.what).toMatch(/^the (auction|tender|competition) is in 14 days, on 2026-12-15$/);
    expect(near[0]!.fix).toBe('check the lot link, the date and the deposit; after it, enter the result');
    const passed = itemsOf(loadAttention(dir, { root, today: '2026-12-16' }), TRAILHEAD).filter((i) => i.kind.startsWith('bid-'));
    expect(passed).toHaveLength(1);
    expect(passed[0]).toMatchObject({ kind: 'bid-date-passed', line: 21, field: 'acquisition.date' });
    expect(passed[0]!.what).toMatch(
      /^the (auction|tender|competition) date 2026-12-15 has passed \(1 day ago\), but the status is still at-/,
    );
    expect(passed[0]!.fix).toBe('enter the result: a new `date:` if it was moved, or a new status (reserved, under-negotiation, closed)');
    const weekLater = itemsOf(loadAttention(dir, { root, today: '2026-12-22' }), TRAILHEAD).find((i) => i.kind === 'bid-date-passed');
    expect(weekLater!.what).toMatch(/has passed \(7 days ago\)/);
    expect(itemsOf(loadAttention(dir, { root, today: '2026-11-30' }), TRAILHEAD).filter((i) => i.kind.startsWith('bid-'))).toEqual([]);
  });

  it('lists a stale audit once, not again as the checker’s warning about the same line', () => {
    const { root, dir } = richCopy();
    const items = itemsOf(loadAttention(dir, { root, today: '2026-11-29' }), KENT).filter((i) => i.field === 'audit.date');
    expect(items.map((i) => i.kind)).toEqual(['stale-audit']);
    expect(items[0]!.what).toBe(
      'the audit of 2025-07-22 is more than 12 months old, so the site marks the offer as needing re-verification',
    );
    expect(items[0]!.fix).toBe('visit the site again and update `audit.date` (and `updated`)');
  });

  it('finds TODO, FIXME and TBD in facts.yaml and in a language file, with file and line', () => {
    const { root, dir } = richCopy((d) => {
      replaceIn(d, `offers/${TRAILHEAD}/facts.yaml`, 'kind: land-plot\n', 'kind: land-plot\n# FIXME: confirm the boundary\n');
      replaceIn(d, `offers/${TRAILHEAD}/ru.mdx`, /\n---\n/, '\n---\nTBD: the winter road.\n');
    });
    const todos = itemsOf(loadAttention(dir, { root, today: '2026-11-29' }), TRAILHEAD).filter((i) => i.kind === 'todo');
    expect(todos.map((i) => [i.file, i.line, i.what])).toEqual([
      [`content/offers/${TRAILHEAD}/facts.yaml`, 3, 'FIXME left: FIXME: confirm the boundary'],
      [`content/offers/${TRAILHEAD}/ru.mdx`, 5, 'TBD left: TBD: the winter road.'],
    ]);
    expect(new Set(todos.map((i) => i.fix))).toEqual(new Set(['fill it in and remove the marker']));
  });

  it('puts two offers with the same officer under that officer, with their phone and email, in their area', () => {
    const { root, dir } = richCopy((d) => {
      for (const id of [KENT, TRAILHEAD]) replaceIn(d, `offers/${id}/facts.yaml`, /^contact: .*$/m, 'contact: karkaraly-tourism-officer');
    });
    const list = loadAttention(dir, { root, today: '2026-12-01' });
    const karkaraly = groupAttention(list.offers).find((g) => g.area.id === 'karkaraly')!;
    expect(karkaraly.area.name).toBe('Karkaraly district');
    const officer = karkaraly.contacts.find((c) => c.contact.id === 'karkaraly-tourism-officer')!;
    expect(officer.contact).toMatchObject({
      name: 'Yerlan Demo-Zhaksybekov (demo)',
      phone: '+7 700 000 00 04',
      email: 'karkaraly.invest@example.kz',
    });
    expect(officer.offers.map((o) => o.id)).toEqual(expect.arrayContaining([KENT, TRAILHEAD]));
    for (const other of karkaraly.contacts.filter((c) => c !== officer))
      expect(other.offers.map((o) => o.id)).not.toEqual(expect.arrayContaining([KENT]));
  });

  it('asks nothing of a closed offer, and gives no line for a fact whose key is not in the file', () => {
    const { root, dir } = richCopy();
    const list = loadAttention(dir, { root, today: '2026-11-29' });
    expect(itemsOf(list, 'balkhash-city-shore-plot').filter((i) => i.kind === 'missing-fact')).toEqual([]);
    const photos = itemsOf(list, 'karkaraly-town-guest-house').find((i) => i.field === 'photos');
    expect(photos).toMatchObject({ kind: 'missing-fact', what: 'no photos', file: 'content/offers/karkaraly-town-guest-house/facts.yaml' });
    expect(photos!.line).toBeUndefined();
  });

  it('files a checker problem under the offer whose folder holds it, and one in a shared file under shared', () => {
    const { root, dir } = richCopy((d) => {
      replaceIn(d, `offers/${KENT}/facts.yaml`, /^contact: .*$/m, 'contact: nobody-here');
      replaceIn(d, 'places.yaml', 'lat: 49.6714', 'lat: 149.6714');
    });
    const list = loadAttention(dir, { root, today: '2026-11-29' });
    const kent = list.offers.find((o) => o.id === KENT)!;
    // By kind in the report's order: the stale audit (the checker's warning folded into it), the error, then the missing facts.
    expect(kent.items.map((i) => [i.kind, i.field, i.blocksBuild])).toEqual([
      ['stale-audit', 'audit.date', false],
      ['check-error', 'contact', true],
      ['missing-fact', 'photos', undefined],
      ['missing-fact', 'documents', undefined],
    ]);
    expect(kent.items[1]).toMatchObject({
      file: `content/offers/${KENT}/facts.yaml`,
      what: 'there is no contact with the id `nobody-here`',
    });
    expect(kent.contact).toEqual({ id: 'nobody-here', name: 'nobody-here (not in contacts.yaml)' });
    // No other offer got Kent's problem, and the shared file's problem went to no offer.
    for (const o of list.offers.filter((x) => x.id !== KENT))
      expect(
        o.items.filter((i) => i.kind === 'check-error'),
        o.id,
      ).toEqual([]);
    expect(list.shared).toHaveLength(1);
    expect(list.shared[0]).toMatchObject({
      kind: 'check-error',
      what: 'latitude must be between -90 and 90',
      file: 'content/places.yaml',
      blocksBuild: true,
    });
    expect(list.shared[0]!.field).toMatch(/\[1\]\.lat$/);
  });

  it('still lists an offer whose facts fail the schema, with its status, draft mark, area and officer read from the raw file', () => {
    const guestHouse = 'karkaraly-town-guest-house';
    const { root, dir } = richCopy((d) => {
      replaceIn(d, `offers/${guestHouse}/facts.yaml`, '  areaHa: ', '  areaHa: -');
      replaceIn(d, `offers/${guestHouse}/facts.yaml`, 'status: ', 'draft: true\nstatus: ');
    });
    const list = loadAttention(dir, { root, today: '2026-11-29' });
    const offer = list.offers.find((o) => o.id === guestHouse)!;
    // Its texts are not read once its facts fail, so it goes by its folder name.
    expect(offer).toMatchObject({
      title: guestHouse,
      status: 'available',
      draft: true,
      area: { id: 'karkaraly', name: 'Karkaraly district' },
    });
    expect(offer.contact).toMatchObject({ id: 'karkaraly-tourism-officer', name: 'Yerlan Demo-Zhaksybekov (demo)' });
    expect(offer.items.map((i) => [i.kind, i.field, i.blocksBuild])).toEqual([
      ['check-error', 'land.areaHa', true],
      ['check-warning', 'draft', false],
    ]);
    expect(offer.items[0]!.what).toBe('the area must be more than zero hectares');
    expect(list.offersRead).toBe(8);
    // An offer with nothing to do is counted as read but not listed: the closed one, and the hotel plot that gives everything.
    expect(list.offers.map((o) => o.id)).not.toContain('balkhash-city-shore-plot');
    expect(list.offers.map((o) => o.id)).not.toContain('karkaraly-north-edge-hotel-plot');
    expect(list.offers.every((o) => o.items.length > 0)).toBe(true);
    expect(list.offers.find((o) => o.id === KENT)!.draft).toBe(false);
  });

  it('refuses a content folder with no offer in it, naming it', () => {
    const { root, dir } = richCopy((d) => {
      rmSync(join(d, 'offers'), { recursive: true });
      mkdirSync(join(d, 'offers'));
      replaceIn(d, 'places.yaml', 'lat: 49.6714', 'lat: 149.6714');
    });
    let error: unknown;
    try {
      loadAttention(dir, { root, today: '2026-12-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnreadableContentError);
    expect((error as Error).name).toBe('UnreadableContentError');
    // The first error the check found says why, when there is one.
    expect((error as Error).message).toBe(`no offer could be read from ${dir}: content/places.yaml: latitude must be between -90 and 90`);
  });

  it('refuses a folder that is not there', () => {
    expect(() => loadAttention('/nonexistent/content', { root: '/nonexistent', today: '2026-12-01' })).toThrow(
      new UnreadableContentError('there is no content folder at /nonexistent/content'),
    );
  });
});

describe('npm run report', () => {
  const run = (args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, ['scripts/report.ts', ...args], {
          encoding: 'utf8',
          env: { ...process.env, CATALOG_TODAY: '2026-12-01' },
        }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it('exits 0 with items listed and writes the CSV where --out says', () => {
    const { root, dir } = richCopy();
    const out = join(root, 'nested', 'attention.csv');
    const { code, out: text } = run([dir, '--out', out]);
    expect(code).toBe(0);
    expect(text).toContain('What needs attention in the catalog on 2026-12-01');
    expect(text).toMatch(/Bid date near: the (auction|tender|competition) is in 14 days, on 2026-12-15/);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFArea,Officer,')).toBe(true);
  }, 30_000); // a Node process that loads the whole content: seconds on two busy cores

  it('exits 1 when the content cannot be read', () => {
    const { code, out } = run(['/nonexistent/content', '--out', join(tmpdir(), 'never.csv')]);
    expect(code).toBe(1);
    expect(out).toContain('there is no content folder at /nonexistent/content');
  }, 30_000);
});
