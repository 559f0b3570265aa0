// The rule that refuses a register row made before the offer last changed, on its own: which dates
// count as older, what each reverted value reads like, and the refusal an official reads.
import { describe, expect, it } from 'vitest';
import { describeValue, staleMessage, staleRow } from '../../src/lib/register/stale.ts';

const current = { updated: '2026-03-01', investmentKzt: 400000000, segments: ['beach', 'glamping'], land: { areaHa: 4 } };
const next = { updated: '2026-02-01', investmentKzt: 350000000, segments: ['beach'], land: { areaHa: 4 } };
const base = { id: 'balkhash-test-base', row: 2, current, next, changed: ['investmentKzt', 'segments'], registerHasUpdated: true };

describe('a facts value as an official reads it', () => {
  it('groups numbers by thousands, joins lists with ;, and says (empty) for nothing', () => {
    expect(describeValue('investmentKzt', 2100000)).toBe('2 100 000');
    expect(describeValue('segments', ['beach', 'glamping'])).toBe('beach; glamping');
    expect(describeValue('segments', [])).toBe('(empty)');
    expect(describeValue('investmentKzt', undefined)).toBe('(empty)');
    expect(describeValue('land.cadastralNumber', '')).toBe('(empty)');
    expect(describeValue('right.foreignOwnedEligible', false)).toBe('false');
    expect(describeValue('updated', '2026-03-01')).toBe('2026-03-01');
  });

  it('writes a value of a column the register does not have as text, and nothing as (empty)', () => {
    expect(describeValue('notAColumn', 12345)).toBe('12345');
    expect(describeValue('notAColumn', undefined)).toBe('(empty)');
    expect(describeValue('notAColumn', '')).toBe('(empty)');
  });
});

describe('when a row counts as stale', () => {
  it('refuses a row whose updated date is a day older than facts.yaml, listing the changed columns in register order', () => {
    expect(staleRow({ ...base, changed: ['segments', 'investmentKzt'] })).toEqual({
      id: 'balkhash-test-base',
      row: 2,
      reason: 'older-row',
      currentUpdated: '2026-03-01',
      registerUpdated: '2026-02-01',
      reverts: [
        { column: 'investmentKzt', current: '400 000 000', register: '350 000 000' },
        { column: 'segments', current: 'beach; glamping', register: 'beach' },
      ],
    });
    expect(staleRow({ ...base, next: { ...next, updated: '2026-02-28' } })?.reason).toBe('older-row');
  });

  it('accepts a row of the same day or newer', () => {
    expect(staleRow({ ...base, next: { ...next, updated: '2026-03-01' } })).toBeUndefined();
    expect(staleRow({ ...base, next: { ...next, updated: '2026-03-02' } })).toBeUndefined();
  });

  it('never refuses a row that changes nothing, or an offer without an updated date', () => {
    expect(staleRow({ ...base, changed: [] })).toBeUndefined();
    expect(staleRow({ ...base, current: { ...current, updated: undefined } })).toBeUndefined();
  });

  it('ignores the row date when the register has no updated column', () => {
    expect(staleRow({ ...base, registerHasUpdated: false })).toBeUndefined();
  });

  it('refuses a register exported before the offer was updated, comparing the day of the export time', () => {
    const stale = staleRow({ ...base, registerHasUpdated: false, exportedAt: '2026-02-28T23:59:00Z' });
    expect(stale).toEqual({
      id: 'balkhash-test-base',
      row: 2,
      reason: 'exported-before',
      currentUpdated: '2026-03-01',
      registerUpdated: undefined,
      exportedAt: '2026-02-28T23:59:00Z',
      reverts: [
        { column: 'investmentKzt', current: '400 000 000', register: '350 000 000' },
        { column: 'segments', current: 'beach; glamping', register: 'beach' },
      ],
    });
    expect(staleRow({ ...base, registerHasUpdated: false, exportedAt: '2026-03-01T00:00:00Z' })).toBeUndefined();
    expect(staleRow({ ...base, registerHasUpdated: false, exportedAt: '2026-03-01T23:00:00Z' })).toBeUndefined();
  });

  it('keeps the row date in an exported-before refusal when the register has one', () => {
    const stale = staleRow({ ...base, next: { ...next, updated: '2026-03-01' }, exportedAt: '2026-02-15' });
    expect(stale).toMatchObject({ reason: 'exported-before', registerUpdated: '2026-03-01', exportedAt: '2026-02-15' });
  });
});

describe('the refusal', () => {
  const fresh =
    'Export a fresh register (npm run export:register -- register.xlsx) and make your changes in it; if the values in this register are right after all, run the import again with --force.\n' +
    'Выгрузите свежий реестр (npm run export:register -- register.xlsx) и внесите правки в него; если значения в этом реестре всё же верны, повторите импорт с --force.';

  it('for an older row, gives both dates in English and Russian and one "would revert" line per field', () => {
    expect(staleMessage(staleRow(base)!)).toBe(
      [
        'this row is older than the offer: its updated date is 2026-02-01, but facts.yaml was updated on 2026-03-01, after this row was exported. Importing it would undo the newer edits:',
        'строка старше предложения: в ней дата updated 2026-02-01, а facts.yaml обновлён 2026-03-01, уже после выгрузки этой строки. Импорт отменил бы более новые правки:',
        '  would revert investmentKzt: 400 000 000 → 350 000 000',
        '  would revert segments: beach; glamping → beach',
        fresh,
      ].join('\n'),
    );
  });

  it('for an early export, gives the export day and one "would overwrite" line per field', () => {
    const stale = staleRow({ ...base, registerHasUpdated: false, changed: ['investmentKzt'], exportedAt: '2026-02-15T10:00:00Z' })!;
    expect(staleMessage(stale)).toBe(
      [
        'this register was exported on 2026-02-15, but the offer was updated on 2026-03-01, after that (facts.yaml, updated). Importing this row would overwrite what changed since:',
        'этот реестр выгружен 2026-02-15, а предложение обновлено позже, 2026-03-01 (facts.yaml, updated). Импорт этой строки перезаписал бы то, что изменилось с тех пор:',
        '  would overwrite investmentKzt: 400 000 000 → 350 000 000',
        fresh,
      ].join('\n'),
    );
  });
});
