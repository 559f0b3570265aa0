// What an official sees when an audit register cannot be imported as it is, or is imported with
// something to know: each error names the row, the column and the fix, and nothing is written.
// Every import runs on a copy of tests/fixtures/content-good (never content/).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../src/lib/register/exportRegister.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import type { RegisterRow } from '../../src/lib/register/rows.ts';
import type { RegisterTable } from '../../src/lib/register/table.ts';
import { TODAY } from './helpers.ts';
import { contentFixture, offersOf, snapshot } from './registerHelpers.ts';

const BASE = 'balkhash-test-base';
const FACTS = `offers/${BASE}/facts.yaml`;

/** Imports `table` into a fresh fixture copy; returns the report and whether any file changed. */
function importInto(table: RegisterTable, edit: (dir: string) => void = () => {}, options: { force?: boolean; sourceName?: string } = {}) {
  const dir = contentFixture(edit);
  const before = snapshot(dir);
  const report = importRegister(table, { contentDir: dir, today: TODAY, ...options });
  return { report, dir, unchanged: JSON.stringify(snapshot(dir)) === JSON.stringify(before) };
}

// Each import that reaches the cross-checks loads the content twice: seconds on a busy machine.
describe('registers refused before any row is read', { timeout: 60_000 }, () => {
  it('refuses a column that appears twice', () => {
    const { report, unchanged } = importInto({ header: ['id', 'kind', 'kind'], rows: [{ rowNumber: 2, cells: [BASE, 'x', 'y'] }] });
    expect(report.errors).toEqual([{ row: 1, column: 'kind', message: 'the column `kind` appears twice' }]);
    expect(report.written).toBe(false);
    expect(unchanged).toBe(true);
  });

  it('points to the column list when an unknown column is like no register column', () => {
    const { report } = importInto({ header: ['id', 'qqqqqqqqqqqqqqqq'], rows: [{ rowNumber: 2, cells: [BASE, 'x'] }] });
    expect(report.errors).toEqual([
      { row: 1, column: 'qqqqqqqqqqqqqqqq', message: '`qqqqqqqqqqqqqqqq` is not a register column (see seeds/REGISTER.md)' },
    ]);
  });

  it('refuses a register without an id column', () => {
    const { report } = importInto({ header: ['kind'], rows: [{ rowNumber: 2, cells: ['land-plot'] }] });
    expect(report.errors).toEqual([
      { row: 1, column: 'id', message: 'the register has no `id` column, so rows cannot be matched to offers' },
    ]);
  });

  it('refuses a register with a header and no rows', () => {
    const { report } = importInto({ header: ['id', 'kind'], rows: [] });
    expect(report.errors).toEqual([{ message: 'the register has a header but no rows' }]);
  });

  it('refuses a register over the row limit as a report, not a crash', () => {
    const { report, unchanged } = importInto({ header: ['id'], rows: [{ rowNumber: 10_001, cells: [BASE] }] }, () => {}, {
      sourceName: 'audit.csv',
    });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.row).toBe(10_001);
    expect(report.errors[0]!.message).toContain('the register has data on row 10 001; a register may have at most 10 000 rows.');
    expect(report.written).toBe(false);
    expect(unchanged).toBe(true);
  });

  it('names the column by its letter when a header cell lost text to an encoding conversion', () => {
    const { report } = importInto({ header: ['id', 'ki\uFFFDd'], rows: [] });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ row: 1, column: 'B' });
    expect(report.errors[0]!.message).toContain('the cell holds the character \uFFFD (U+FFFD)');
  });
});

describe('rows refused by their id', { timeout: 60_000 }, () => {
  it('refuses an empty id, an id that cannot be a folder name, and an id used twice, by row', () => {
    const table: RegisterTable = {
      header: ['id'],
      rows: [
        { rowNumber: 2, cells: [''] },
        { rowNumber: 3, cells: ['Balkhash_New'] },
        { rowNumber: 4, cells: [BASE] },
        { rowNumber: 5, cells: [BASE] },
      ],
    };
    const { report, unchanged } = importInto(table);
    expect(report.errors).toEqual([
      { row: 2, column: 'id', message: 'the id is empty' },
      {
        row: 3,
        column: 'id',
        id: 'Balkhash_New',
        message: '`Balkhash_New` cannot be an offer id: use lower-case Latin letters, digits and single hyphens',
      },
      { row: 5, column: 'id', id: BASE, message: `the id \`${BASE}\` is also on row 4` },
    ]);
    expect(unchanged).toBe(true);
  });
});

describe('cells the facts schema refuses', { timeout: 60_000 }, () => {
  it('suggests the allowed value a misspelt one was meant to be', () => {
    const { report, unchanged } = importInto({ header: ['id', 'price.basis'], rows: [{ rowNumber: 2, cells: [BASE, 'on-requst'] }] });
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'price.basis',
        id: BASE,
        message:
          '`on-requst` is not allowed here: must be one of: start-price, sale-price, cadastral-value, annual-lease, on-request (did you mean `on-request`?)',
      },
    ]);
    expect(unchanged).toBe(true);
  });
});

describe('cross-checks against the rest of the content', { timeout: 60_000 }, () => {
  it('reports a cadastral number taken from another offer on that offer, naming its file and this offer', () => {
    // 00-000-001-001 is the cadastral number of shaitankol-glamping in the good fixture.
    const { report, unchanged } = importInto({
      header: ['id', 'land.cadastralNumber'],
      rows: [{ rowNumber: 2, cells: [BASE, '00-000-001-001'] }],
    });
    expect(report.errors).toEqual([
      {
        column: 'land.cadastralNumber',
        id: 'shaitankol-glamping',
        message: `content/offers/shaitankol-glamping/facts.yaml: the cadastral number 00-000-001-001 is also used by the offer \`${BASE}\` (each plot has its own cadastral number: check both offers)`,
      },
    ]);
    expect(report.written).toBe(false);
    expect(unchanged).toBe(true);
  });
});

describe('rows for offers whose files need a hand first', { timeout: 60_000 }, () => {
  it('refuses to update a facts.yaml that is not valid YAML, saying to fix it first', () => {
    const { report, unchanged } = importInto(
      { header: ['id', 'investmentKzt'], rows: [{ rowNumber: 2, cells: [BASE, '400000000'] }] },
      (dir) => writeFileSync(join(dir, FACTS), 'kind: [infrastructure\n'),
    );
    expect(report.errors).toContainEqual({
      row: 2,
      column: undefined,
      id: BASE,
      message: `content/${FACTS} is not valid YAML: fix it (npm run check:content) before importing`,
    });
    expect(unchanged).toBe(true);
  });

  it('refuses an edit that would change another field through a YAML alias, rather than change it silently', () => {
    // `beds: *n` reads the number of `rooms`: editing rooms in place would change beds too.
    const aliased = (dir: string) => {
      const path = join(dir, FACTS);
      writeFileSync(path, readFileSync(path, 'utf8').replace('rooms: 24', 'rooms: &n 24').replace('beds: 60', 'beds: *n'));
    };
    const { report, unchanged } = importInto({ header: ['id', 'object.rooms'], rows: [{ rowNumber: 2, cells: [BASE, '30'] }] }, aliased);
    expect(report.errors).toEqual([
      {
        row: 2,
        column: undefined,
        id: BASE,
        message: `could not update content/${FACTS} without changing other fields; update it by hand`,
      },
    ]);
    expect(unchanged).toBe(true);
  });
});

describe('notes that do not stop an import', { timeout: 60_000 }, () => {
  it('says that a changed title and a missing language file are left to the language files', () => {
    const { report } = importInto(
      { header: ['id', 'title.en'], rows: [{ rowNumber: 2, cells: [BASE, 'A new name for the base'] }] },
      (dir) => rmSync(join(dir, `offers/${BASE}/kk.mdx`)),
    );
    expect(report.errors).toEqual([]);
    expect(report.notes).toEqual([
      `row 2 (${BASE}): title.en differs from en.mdx; the import does not change prose, so edit en.mdx if the title should change`,
      `${BASE}: kk.mdx is missing; the site shows the English text there (the import adds language files only to new offers)`,
    ]);
  });

  it('says when --force applied a row from a register exported before the offer was last updated', () => {
    // The fixture offer was updated on 2026-02-01; this register was exported on 2026-01-15.
    const table: RegisterTable = {
      header: ['id', 'investmentKzt'],
      rows: [{ rowNumber: 2, cells: [BASE, '400000000'] }],
      exportedAt: '2026-01-15T09:00:00Z',
    };
    const { report, dir } = importInto(table, () => {}, { force: true });
    expect(report.errors).toEqual([]);
    expect(report.notes).toEqual([
      `row 2 (${BASE}): applied with --force although the register was exported before the offer was last updated: investmentKzt 350 000 000 → 400 000 000`,
    ]);
    expect(readFileSync(join(dir, FACTS), 'utf8')).toContain('investmentKzt: 400000000\n');
  });

  it('names the register file in the comment at the top of a new offer', () => {
    const template = contentFixture();
    const rows = registerRows(offersOf(template));
    const row = rows.find((r) => r.id === BASE)!;
    const header = Object.keys(row);
    const copy: RegisterRow = { ...row, id: 'balkhash-second-base', 'land.cadastralNumber': '00-000-999-777' };
    const table: RegisterTable = { header, rows: [{ rowNumber: 2, cells: header.map((h) => copy[h]) }] };
    const { report, dir } = importInto(table, () => {}, { sourceName: 'audit-2026.xlsx' });
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual(['balkhash-second-base']);
    expect(readFileSync(join(dir, 'offers/balkhash-second-base/facts.yaml'), 'utf8').split('\n').slice(0, 2)).toEqual([
      '# balkhash-second-base: created from the audit register (audit-2026.xlsx).',
      '# Draft: fill in the language files, then delete the line `draft: true` to publish.',
    ]);
  });
});
