// Every limit the catalog applies, checked exactly at its boundary: one step inside, on it, one step outside.
// The limits are written here as numbers and dates (12 months, 10 km, 1,000 m, 50 offers, 20,000 px…), never
// read from the constants under test, so moving a limit (the stale threshold to 15 months, say) fails a test
// and makes whoever moved it change the texts that state it too.
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import type { CatalogInput } from '../../src/lib/catalog/types.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { heightMessage, parseHeightMessage } from '../../src/lib/embed/protocol.ts';
import { parseLimit } from '../../src/lib/embed/query.ts';
import { formatKm, formatMetres } from '../../src/lib/format.ts';
import { filterOffers } from '../../src/lib/search/filter.ts';
import { kazakhStem } from '../../src/lib/search/kazakhQuery.ts';
import { emptyState, type CompactOffer } from '../../src/lib/search/types.ts';
import { checkMdxBody } from '../../src/lib/validation/safeMdx.ts';
import { GOOD_FIXTURE, check, fixtureWith, replaceIn } from './helpers.ts';

const TODAY = '2026-11-29';
// "More than 12 months old" on 2026-11-29: audited on 2025-11-28 or earlier.
const ONE_DAY_OVER = '2025-11-28';
const EXACTLY_12_MONTHS = '2025-11-29';
const ONE_DAY_UNDER = '2025-11-30';

function fixtureInput(today: string): CatalogInput {
  return catalogInputFromTree(check(GOOD_FIXTURE).tree, today);
}

const BASE_INPUT = fixtureInput(TODAY);

/** The fixture catalog with shaitankol-glamping audited on `auditDate`, built on `today`. */
function catalogWithAudit(auditDate: string, today = TODAY): { catalog: Catalog; offer: Catalog['offers'][number] } {
  const input: CatalogInput = {
    ...BASE_INPUT,
    today,
    offers: BASE_INPUT.offers.map((o) =>
      o.id === 'shaitankol-glamping' ? { ...o, facts: { ...o.facts, audit: { ...o.facts.audit, date: auditDate } } } : o,
    ),
  };
  const catalog = buildCatalog(input);
  return { catalog, offer: catalog.offers.find((o) => o.id === 'shaitankol-glamping')! };
}

describe('the stale limit of the catalog (12 months)', () => {
  it.each([
    [ONE_DAY_OVER, true],
    [EXACTLY_12_MONTHS, false],
    [ONE_DAY_UNDER, false],
    ['2025-05-29', true], // 18 months: a threshold of 15 months would still flag it, 12 months certainly must
    ['2025-09-01', true], // 15 months minus a few days: flagged only if the limit is 12 months
  ])('an audit of %s on 2026-11-29 is stale: %s', (date, stale) => {
    expect(catalogWithAudit(date).offer.stale).toBe(stale);
  });

  it('counts calendar months, also across a year end and into a short month', () => {
    expect(catalogWithAudit('2025-01-01', '2026-01-01').offer.stale).toBe(false);
    expect(catalogWithAudit('2024-12-31', '2026-01-01').offer.stale).toBe(true);
    expect(catalogWithAudit('2025-02-28', '2026-02-28').offer.stale).toBe(false);
    expect(catalogWithAudit('2025-02-27', '2026-02-28').offer.stale).toBe(true);
  });

  it('says so on the offer in every language, naming the same 12 months', () => {
    const { catalog, offer } = catalogWithAudit(ONE_DAY_OVER);
    const en = toOfferView(offer, 'en', catalog);
    expect(en.stale).toBe(true);
    expect(en.staleLabel).toBe('Needs re-verification: the audit is more than 12 months old.');
    expect(toOfferView(offer, 'ru', catalog).staleLabel).toBe(
      'Сведения устарели: аудит проведён более 12 месяцев назад, нужна повторная проверка.',
    );
    expect(toOfferView(offer, 'kk', catalog).staleLabel).toBe(
      'Мәліметтер ескірген: аудит жүргізілгеннен бері 12 айдан астам уақыт өтті, қайта тексеру қажет.',
    );
    expect(toOfferView(catalogWithAudit(EXACTLY_12_MONTHS).offer, 'en', catalog).stale).toBe(false);
  });
});

describe('the checker warns about the same audits (12 months)', () => {
  const auditWarnings = (date: string) => {
    const dir = fixtureWith((d) =>
      replaceIn(d, 'offers/shaitankol-glamping/facts.yaml', 'audit: { date: 2026-07-16', `audit: { date: ${date}`),
    );
    return check(dir).warnings.filter((w) => w.file.endsWith('shaitankol-glamping/facts.yaml') && w.field === 'audit.date');
  };

  it('warns one day past the limit, with the limit in the message', () => {
    const warnings = auditWarnings(ONE_DAY_OVER);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toBe(
      `the audit of ${ONE_DAY_OVER} is more than 12 months old, so the site marks the offer as needing re-verification`,
    );
    expect(warnings[0]!.line).toBeGreaterThan(0);
  });

  it.each([EXACTLY_12_MONTHS, ONE_DAY_UNDER])('does not warn about an audit of %s', (date) => {
    expect(auditWarnings(date)).toEqual([]);
  });

  it('warns about an audit 15 months minus a few days old (a 15-month limit would not)', () => {
    expect(auditWarnings('2025-09-01')).toHaveLength(1);
  });
});

describe('distances are shown with one decimal below 10 km, whole from 10 km, and in metres below 1 km', () => {
  it.each([
    [9.94, '9.9 km'],
    [9.95, '10 km'],
    [10, '10 km'],
    [10.4, '10 km'],
    [10.5, '11 km'],
    [0.05, '0.1 km'],
  ])('%s km → %s', (km, shown) => {
    expect(formatKm(km, 'en')).toBe(shown);
  });

  it.each([
    [999, '999 m'],
    [1000, '1 km'],
    [1049, '1 km'],
    [1050, '1.1 km'],
  ])('%s m → %s', (m, shown) => {
    expect(formatMetres(m, 'en')).toBe(shown);
  });

  it('in Russian too', () => {
    expect(formatKm(9.94, 'ru')).toBe('9,9 км');
    expect(formatMetres(999, 'ru')).toBe('999 м');
  });
});

describe('the number of offers an embed shows (default 6, at most 50)', () => {
  it.each([
    ['1', 1],
    ['50', 50],
    ['51', 6],
    ['0', 6],
    [null, 6],
  ])('limit=%s → %s', (raw, n) => {
    expect(parseLimit(raw)).toBe(n);
  });
});

describe('the height an embed may ask for (at most 20,000 px)', () => {
  const msg = (height: number) => ({ type: 'tic:height', version: 1, id: 'tic-1', height });

  it('accepts 20,000 and 0, refuses 20,001 and -1', () => {
    expect(parseHeightMessage(msg(20_000))?.height).toBe(20_000);
    expect(parseHeightMessage(msg(0))?.height).toBe(0);
    expect(parseHeightMessage(msg(20_001))).toBeUndefined();
    expect(parseHeightMessage(msg(-1))).toBeUndefined();
  });

  it('caps what it sends at 20,000 and rounds up', () => {
    expect(heightMessage('tic-1', 20_000.5).height).toBe(20_000);
    expect(heightMessage('tic-1', 19_999.2).height).toBe(20_000);
    expect(heightMessage('tic-1', 19_998.2).height).toBe(19_999);
    expect(heightMessage('tic-1', -5).height).toBe(0);
  });
});

describe('price and investment ranges are typed in millions and include their ends', () => {
  const offer = (id: string, price: number | null, inv: number | null = null): CompactOffer => ({
    id,
    kind: 'land-plot',
    district: 'balkhash',
    status: 'available',
    segment: [],
    right: 'lease',
    foreign: true,
    util: [],
    area: 1,
    price,
    rent: null,
    inv,
    published: '2026-01-01',
    lat: 47,
    lon: 75,
  });
  const offers = [
    offer('under', 1_999_999),
    offer('at-min', 2_000_000),
    offer('at-max', 5_000_000),
    offer('over', 5_000_001),
    offer('on-request', null),
  ];

  it('2–5 million keeps 2,000,000 and 5,000,000 and drops 1,999,999, 5,000,001 and "on request"', () => {
    const state = emptyState();
    state.ranges.price = { min: 2, max: 5 };
    expect(filterOffers(offers, state, null).map((o) => o.id)).toEqual(['at-min', 'at-max']);
  });

  it('investment in millions too', () => {
    const state = emptyState();
    state.ranges.inv = { min: 300 };
    const invOffers = [offer('a', null, 299_999_999), offer('b', null, 300_000_000)];
    expect(filterOffers(invOffers, state, null).map((o) => o.id)).toEqual(['b']);
  });

  it('area in hectares, unscaled', () => {
    const state = emptyState();
    state.ranges.area = { max: 1 };
    expect(
      filterOffers(
        [
          { ...offer('one', null), area: 1 },
          { ...offer('more', null), area: 1.01 },
        ],
        state,
        null,
      ).map((o) => o.id),
    ).toEqual(['one']);
  });
});

describe('Kazakh stems keep at least 3 letters', () => {
  it('cuts an ending when 3 letters remain, not when 2 would', () => {
    expect(kazakhStem('көлде')).toBe('көл');
    expect(kazakhStem('үйде')).toBe('үйде');
  });
});

describe('an offer description may be 20,000 characters long', () => {
  const lengthErrors = (chars: number) =>
    checkMdxBody('a'.repeat(chars), { file: 'content/offers/x/en.mdx', bodyLine: 5, where: 'offer' }).problems.filter((p) =>
      p.message.includes('characters long'),
    );

  it('accepts exactly 20,000 and refuses 20,001, naming both numbers', () => {
    expect(lengthErrors(20_000)).toEqual([]);
    const [error] = lengthErrors(20_001);
    expect(error?.message).toBe('the description is 20,001 characters long, more than the limit of 20,000');
    expect(error?.line).toBe(5);
  });
});
