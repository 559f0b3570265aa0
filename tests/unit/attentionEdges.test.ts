// The officials' attention report (src/lib/report/attention.ts) for what the rich fixture does not have: a
// competition today or tomorrow, and an offer so broken that it names no status, an area the content does not
// have, and no contact. Each test reads its own copy of the rich fixture (never content/).
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttention } from '../../src/lib/report/loadAttention.ts';
import { RICH_FIXTURE, replaceIn, tempDir } from './helpers.ts';

const TRAILHEAD = 'karkaraly-shaitankol-trailhead-glamping';
const KENT = 'karkaraly-kent-camping';

function richCopy(edit: (dir: string) => void = () => {}): { root: string; dir: string } {
  const root = tempDir('catalog-attention-');
  const dir = join(root, 'content');
  cpSync(RICH_FIXTURE, dir, { recursive: true });
  edit(dir);
  return { root, dir };
}

const bidItems = (today: string) => {
  const { root, dir } = richCopy();
  const offer = loadAttention(dir, { root, today }).offers.find((o) => o.id === TRAILHEAD);
  return (offer?.items ?? []).filter((i) => i.kind === 'bid-date-near').map((i) => i.what);
};

describe('a competition about to be held', () => {
  // The trailhead glamping plot's competition is on 2026-12-15 (its facts.yaml).
  it('is "today" on its own day', () => {
    expect(bidItems('2026-12-15')).toEqual(['the competition is today, on 2026-12-15']);
  });

  it('is "tomorrow" the day before', () => {
    expect(bidItems('2026-12-14')).toEqual(['the competition is tomorrow, on 2026-12-15']);
  });
});

describe('an offer whose facts name no status, an unknown area and no contact', () => {
  it('is still listed, under an unknown area placed before "no area", with no contact and an unknown status', () => {
    const { root, dir } = richCopy((d) => {
      const facts = `offers/${KENT}/facts.yaml`;
      replaceIn(d, facts, /^status: .*\n/m, '');
      replaceIn(d, facts, /^district: .*$/m, 'district: atyrau');
      replaceIn(d, facts, /^contact: .*\n/m, '');
      // A language file that cannot be read is scanned as empty, not skipped with the offer.
      rmSync(join(d, 'offers', KENT, 'kk.mdx'));
    });
    const kent = loadAttention(dir, { root, today: '2026-11-29' }).offers.find((o) => o.id === KENT);
    expect(kent?.status).toBe('(unknown)');
    // Just before NO_AREA's Number.MAX_SAFE_INTEGER, so a mistyped area is listed before offers with none.
    expect(kent?.area).toEqual({ id: 'atyrau', name: 'atyrau (unknown area)', order: Number.MAX_SAFE_INTEGER - 1 });
    expect(kent?.contact).toEqual({ id: '', name: '(no contact given)' });
    expect(kent?.items.some((i) => i.kind === 'check-error')).toBe(true);
  });
});
