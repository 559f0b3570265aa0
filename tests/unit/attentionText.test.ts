// The attention report's text and CSV for cases the officials meet less often: nothing to do, blocking
// errors counted, drafts, an officer without phone or email, problems in shared files, areas with the
// same order, and bid dates across month ends.
import { describe, expect, it } from 'vitest';
import { type AttentionList, type OfferAttention, groupAttention } from '../../src/lib/report/attention.ts';
import { bidDateState, daysBetween, procedureOf } from '../../src/lib/report/bidDate.ts';
import { attentionCsv, formatAttention } from '../../src/lib/report/format.ts';

const AREA = { id: 'karkaraly', name: 'Karkaraly', order: 2 };

const draftOffer: OfferAttention = {
  id: 'new-plot',
  title: 'New plot',
  status: 'at-auction',
  draft: true,
  area: AREA,
  contact: { id: 'dana', name: 'Dana Seitova', role: 'Land officer', organisation: 'Karkaraly akimat' },
  items: [
    {
      kind: 'check-error',
      what: 'the route is wrong',
      fix: 'write `route: auction`',
      file: 'content/offers/new-plot/facts.yaml',
      line: 7,
      field: 'acquisition.route',
      blocksBuild: true,
    },
    { kind: 'missing-fact', what: 'no photos', file: 'content/offers/new-plot/facts.yaml', field: 'photos' },
  ],
};

const list: AttentionList = {
  today: '2026-12-01',
  offersRead: 4,
  offers: [draftOffer],
  shared: [{ kind: 'check-error', what: 'a place has no name', file: 'content/places.yaml', line: 3, blocksBuild: true }],
};

describe('the attention report as text', () => {
  it('says so when nothing needs attention', () => {
    expect(formatAttention({ today: '2026-12-01', offersRead: 8, offers: [], shared: [] })).toBe(
      ['What needs attention in the catalog on 2026-12-01', '0 of 8 offers need attention · 0 items', '', 'Nothing needs attention.'].join(
        '\n',
      ),
    );
  });

  it('counts blocking items, marks a draft, and gives role, organisation, fix, line and field', () => {
    expect(formatAttention(list)).toBe(
      [
        'What needs attention in the catalog on 2026-12-01',
        '1 of 4 offers need attention · 3 items (2 block the build)',
        '',
        '== Karkaraly ==',
        '',
        'Dana Seitova, Land officer, Karkaraly akimat',
        '  no phone or email in contacts.yaml',
        '',
        '  New plot [new-plot] · status at-auction · draft, not published',
        '    - Content error (blocks the build): the route is wrong',
        '      fix: write `route: auction`',
        '      in content/offers/new-plot/facts.yaml line 7, field acquisition.route',
        '    - Missing fact: no photos',
        '      in content/offers/new-plot/facts.yaml, field photos',
        '',
        '== Shared files (contacts, places, areas, incentives) ==',
        '  - Content error (blocks the build): a place has no name',
        '    in content/places.yaml line 3',
      ].join('\n'),
    );
  });

  it('says "1 blocks" for a single blocking item, and gives a phone alone', () => {
    const one: AttentionList = {
      ...list,
      offers: [{ ...draftOffer, contact: { id: 'dana', name: 'Dana', phone: '+7 700 000 00 02' }, items: [] }],
    };
    const text = formatAttention(one);
    expect(text.split('\n')[1]).toBe('1 of 4 offers need attention · 1 item (1 blocks the build)');
    expect(text).toContain('\nDana\n  phone +7 700 000 00 02\n');
  });
});

describe('the attention report as CSV', () => {
  it('marks drafts and blocking items, and leaves the officer cells of shared files empty', () => {
    const rows = attentionCsv(list).split('\r\n');
    expect(rows[1]).toBe(
      'Karkaraly,Dana Seitova,,,new-plot,New plot,at-auction (draft),Content error,the route is wrong,write `route: auction`,yes,content/offers/new-plot/facts.yaml,7',
    );
    expect(rows[2]).toBe(
      'Karkaraly,Dana Seitova,,,new-plot,New plot,at-auction (draft),Missing fact,no photos,,no,content/offers/new-plot/facts.yaml,',
    );
    expect(rows[3]).toBe(',,,,,,,Content error,a place has no name,,yes,content/places.yaml,3');
  });
});

describe('grouping areas', () => {
  it('puts areas of the same order in name order', () => {
    const at = (id: string, name: string): OfferAttention => ({
      ...draftOffer,
      id,
      area: { id, name, order: 1 },
    });
    expect(
      groupAttention([at('z', 'Zhanaarka'), at('a', 'Aktogay'), { ...at('k', 'Karkaraly'), area: AREA }]).map((g) => g.area.name),
    ).toEqual(['Aktogay', 'Zhanaarka', 'Karkaraly']);
  });
});

describe('bid dates', () => {
  it('counts whole days across a month and a year end', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
  });

  it('says how many days ago a passed date was, and how many are left to a near one', () => {
    expect(bidDateState('at-tender', '2026-11-28', '2026-12-01')).toEqual({ state: 'passed', daysAgo: 3 });
    expect(bidDateState('at-competition', '2026-12-05', '2026-12-01')).toEqual({ state: 'near', daysLeft: 4 });
    expect(bidDateState('at-auction', '2026-12-04', '2026-12-01', 3)).toEqual({ state: 'near', daysLeft: 3 });
    expect(bidDateState('at-auction', '2026-12-05', '2026-12-01', 3)).toBeUndefined();
  });

  it('names the procedure without the "at-"', () => {
    expect(procedureOf('at-competition')).toBe('competition');
    expect(procedureOf('available')).toBe('available');
  });
});
