// Attack 2: importing an earlier export silently reverted a newer hand edit and moved `updated`
// backwards. Now such rows are refused (nothing written) unless --force, with each field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCsv, registerRows } from '../../src/lib/register/exportRegister.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import { readRegisterCsv, readRegisterXlsx, writeRegisterXlsx } from '../../src/lib/register/io.ts';
import { TODAY, replaceIn } from './helpers.ts';
import { contentFixture, offersOf, snapshot } from './registerHelpers.ts';

const FACTS = 'offers/balkhash-test-base/facts.yaml';

/** Someone edits facts.yaml by hand after the register went out: a new investment figure, a new date. */
function handEdit(dir: string, { investment = true } = {}) {
  if (investment) replaceIn(dir, FACTS, 'investmentKzt: 350000000', 'investmentKzt: 400000000');
  replaceIn(dir, FACTS, 'updated: 2026-02-01', 'updated: 2026-03-01');
}

describe('importing a register older than the content', { timeout: 30_000 }, () => {
  it('refuses a row older than facts.yaml, naming each field it would revert, and writes nothing', () => {
    const dir = contentFixture();
    const oldRegister = registerCsv(offersOf(dir));
    handEdit(dir);
    const before = snapshot(dir);

    const report = importRegister(readRegisterCsv(oldRegister), { contentDir: dir, today: TODAY });
    expect(report.written).toBe(false);
    expect(report.errors).toHaveLength(1);
    const [error] = report.errors;
    expect(error).toMatchObject({ row: 2, column: 'updated', id: 'balkhash-test-base' });
    expect(error!.message).toContain('its updated date is 2026-02-01, but facts.yaml was updated on 2026-03-01');
    expect(error!.message).toContain('would revert investmentKzt: 400 000 000 → 350 000 000');
    expect(error!.message).toContain('would revert updated: 2026-03-01 → 2026-02-01');
    expect(error!.message).toContain('run the import again with --force');
    expect(error!.message).toContain('повторите импорт с --force');
    expect(report.stale).toEqual([
      {
        id: 'balkhash-test-base',
        row: 2,
        reason: 'older-row',
        currentUpdated: '2026-03-01',
        registerUpdated: '2026-02-01',
        reverts: [
          { column: 'investmentKzt', current: '400 000 000', register: '350 000 000' },
          { column: 'updated', current: '2026-03-01', register: '2026-02-01' },
        ],
      },
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a row that would only move `updated` backwards', () => {
    const dir = contentFixture();
    const oldRegister = registerCsv(offersOf(dir));
    handEdit(dir, { investment: false });
    const report = importRegister(readRegisterCsv(oldRegister), { contentDir: dir, today: TODAY });
    expect(report.written).toBe(false);
    expect(report.errors.map((e) => e.id)).toEqual(['balkhash-test-base']);
    expect(report.errors[0]!.message).toContain('would revert updated: 2026-03-01 → 2026-02-01');
  });

  it('applies the old row with --force, and says so', () => {
    const dir = contentFixture();
    const oldRegister = registerCsv(offersOf(dir));
    handEdit(dir);
    const report = importRegister(readRegisterCsv(oldRegister), { contentDir: dir, today: TODAY, force: true });
    expect(report.errors).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.changed).toEqual([{ id: 'balkhash-test-base', columns: ['investmentKzt', 'updated'] }]);
    expect(report.notes).toContain(
      'row 2 (balkhash-test-base): applied with --force although the row is older than facts.yaml: investmentKzt 400 000 000 → 350 000 000; updated 2026-03-01 → 2026-02-01',
    );
    const facts = readFileSync(join(dir, FACTS), 'utf8');
    expect(facts).toContain('investmentKzt: 350000000\n');
    expect(facts).toContain('updated: 2026-02-01\n');
  });

  it('accepts rows whose updated date is the same or newer, and rows that change nothing', () => {
    const dir = contentFixture();
    handEdit(dir);
    const table = readRegisterCsv(registerCsv(offersOf(dir)));
    const col = (name: string) => table.header.indexOf(name);
    const row = table.rows.find((r) => r.cells[0] === 'balkhash-test-base')!;
    row.cells[col('land.areaHa')] = '2.6';
    row.cells[col('updated')] = '2026-03-05';
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: 'balkhash-test-base', columns: ['land.areaHa', 'updated'] }]);
    expect(report.unchanged).toEqual(['shaitankol-glamping']);
  });
});

describe('importing an .xlsx exported before the content last changed', { timeout: 30_000 }, () => {
  /** The register as exported on `exportedAt`, then edited by an official: a new area and a new `updated`. */
  function editedWorkbook(dir: string, exportedAt: string) {
    const rows = registerRows(offersOf(dir));
    const row = rows.find((r) => r.id === 'balkhash-test-base')!;
    row['land.areaHa'] = 2.6;
    row.updated = '2026-03-10';
    return readRegisterXlsx(writeRegisterXlsx(rows, new Date(exportedAt)));
  }

  it('refuses it even when the official moved `updated` forward, listing what it would overwrite', () => {
    const dir = contentFixture();
    const table = editedWorkbook(dir, '2026-02-15T08:00:00Z');
    handEdit(dir);
    const before = snapshot(dir);
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.written).toBe(false);
    expect(report.errors).toHaveLength(1);
    const message = report.errors[0]!.message;
    expect(message).toContain('this register was exported on 2026-02-15, but the offer was updated on 2026-03-01');
    expect(message).toContain('would overwrite investmentKzt: 400 000 000 → 350 000 000');
    expect(message).toContain('would overwrite land.areaHa: 2.5 → 2.6');
    expect(message).toContain('would overwrite updated: 2026-03-01 → 2026-03-10');
    expect(snapshot(dir)).toEqual(before);
  });

  it('imports it when it was exported after the last change', () => {
    const dir = contentFixture();
    handEdit(dir);
    const table = editedWorkbook(dir, '2026-03-02T08:00:00Z');
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: 'balkhash-test-base', columns: ['land.areaHa', 'updated'] }]);
  });
});
