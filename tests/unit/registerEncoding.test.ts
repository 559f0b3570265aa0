// Attack 1: a register saved by a Russian Excel as Windows-1251 ("CSV (разделители — запятые)")
// must be refused with a message in Russian and English, never imported as "���".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCsv } from '../../src/lib/register/exportRegister.ts';
import { decodeRegisterCsv, firstInvalidUtf8 } from '../../src/lib/register/encoding.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import { readRegisterCsv, readRegisterFile } from '../../src/lib/register/io.ts';
import { TODAY } from './helpers.ts';
import { contentFixture, offersOf, snapshot, toCp1251, refusal } from './registerHelpers.ts';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-file-'));
  made.push(dir);
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

/** The fixture's register re-saved by Excel as ANSI with semicolons: quoted cells, `;` between them. */
const semicolons = (csv: string) => {
  const table = readRegisterCsv(csv);
  return [table.header, ...table.rows.map((r) => r.cells)]
    .map((cells) => cells.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(';'))
    .join('\r\n');
};

/** Runs the real command, as an official would. */
function runImport(file: string, contentDir: string) {
  return spawnSync(process.execPath, ['scripts/import-register.ts', file, '--content-dir', contentDir, '--today', TODAY], {
    encoding: 'utf8',
  });
}

describe('register encodings', { timeout: 30_000 }, () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('id,Шайтанколь'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x0a, 0xc1, 0xe0]))).toBe(2); // "Ба" in Windows-1251
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1); // a cut-off sequence
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0); // an overlong form
  });

  for (const [name, separator] of [
    ['comma', (csv: string) => csv],
    ['semicolon', semicolons],
  ] as const) {
    it(`refuses a Windows-1251 register (${name}-separated) with a Russian and English fix, and the command writes nothing`, () => {
      const dir = contentFixture();
      const before = snapshot(dir);
      const file = tempFile('register.csv', toCp1251(separator(registerCsv(offersOf(dir)))));

      const error = refusal(() => readRegisterFile(file));
      const [problem] = error.problems;
      expect(error.file).toBe('register.csv');
      // Row 1 is the (ASCII) header; balkhash-test-base on row 2 has the first Cyrillic text.
      expect(problem!.row).toBe(2);
      expect(problem!.message).toContain('Файл register.csv не в кодировке UTF-8');
      expect(problem!.message).toContain('в строке 2');
      expect(problem!.message).toContain('Windows-1251 (ANSI)');
      expect(problem!.message).toContain('Файл → Сохранить как → тип файла «CSV UTF-8 (разделитель — запятая) (*.csv)»');
      expect(problem!.message).toContain('The file register.csv is not UTF-8');
      expect(problem!.message).toContain('The file looks like it was saved as Windows-1251 (ANSI)');
      expect(problem!.message).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');

      const run = runImport(file, dir);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('register.csv cannot be imported, so nothing was written');
      expect(run.stdout).toContain('Windows-1251');
      expect(snapshot(dir)).toEqual(before);
    }, 30_000);
  }

  it('says "not UTF-8" without naming Windows-1251 when the bytes do not look like it, and refuses UTF-16', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('id,kind\r\nx,caf'), 0xe9, 0x0d, 0x0a]);
    const message = refusal(() => decodeRegisterCsv(latin1, 'r.csv')).problems[0]!.message;
    expect(message).toContain('The file r.csv is not UTF-8 (the first bad byte, 0xE9, is on row 2)');
    expect(message).not.toContain('Windows-1251 (ANSI)');
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
    expect(refusal(() => decodeRegisterCsv(utf16, 'r.csv')).problems[0]!.message).toContain('UTF-16');
  });

  it('counts rows, not lines, when a quoted cell above holds a line break', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,note\r\na,"two\nlines"\r\nb,'), 0xc4, 0xe0]);
    expect(refusal(() => decodeRegisterCsv(bytes, 'r.csv')).problems[0]!.row).toBe(3);
  });

  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeRegisterCsv(new TextEncoder().encode('\uFEFFid\r\nШайтанколь'), 'r.csv')).toBe('id\r\nШайтанколь');
    expect(decodeRegisterCsv(new TextEncoder().encode('id\r\nҚарқаралы'), 'r.csv')).toBe('id\r\nҚарқаралы');
  });

  it('rejects a cell that holds U+FFFD (text lost by an earlier conversion), with its row and column, and writes nothing', () => {
    const dir = contentFixture();
    const before = snapshot(dir);
    const table = readRegisterCsv(registerCsv(offersOf(dir)));
    const column = table.header.indexOf('targetPurpose.ru');
    table.rows[1]!.cells[column] = 'Для \uFFFD\uFFFD\uFFFD';
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.written).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ row: 3, column: 'targetPurpose.ru' });
    expect(report.errors[0]!.message).toContain('U+FFFD');
    expect(report.errors[0]!.message).toContain('Retype the text');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a CSV register over the row and cell-length limits, naming the row and cell', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `offer-${i},land-plot`);
    const file = tempFile('big.csv', ['id,kind', ...rows].join('\r\n'));
    const tooMany = refusal(() => readRegisterFile(file)).problems[0]!;
    expect(tooMany.row).toBe(10_002);
    expect(tooMany.message).toContain('at most 10 000 rows');

    const long = tempFile('long.csv', `id,kind\r\nx,${'a'.repeat(10_001)}\r\n`);
    const tooLong = refusal(() => readRegisterFile(long)).problems[0]!;
    expect(tooLong).toMatchObject({ cell: 'B2', row: 2, column: 'kind' });
    expect(tooLong.message).toContain('10 001 characters; a cell may hold at most 10 000');
  });
});
