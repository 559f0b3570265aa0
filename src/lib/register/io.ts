import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readCsv, writeRegisterCsv } from './csv.ts';
import { REGISTER_HEADER } from './columns.ts';
import { decodeRegisterCsv } from './encoding.ts';
import { REGISTER_LIMITS, megabytes } from './limits.ts';
import { RegisterFileError } from './problems.ts';
import type { RegisterRow } from './rows.ts';
import { bilingual, checkTableLimits, type RegisterTable } from './table.ts';
import { readRegisterXlsx as readXlsx } from './xlsxRead.ts';
import { writeXlsx } from './xlsxWrite.ts';

/** Reading and writing register files: CSV (the open data format) and .xlsx. */
export type { RegisterTable } from './table.ts';
export { writeRegisterCsv };

/** Reads CSV text (with or without a BOM; comma, semicolon or tab separated, as spreadsheets save it). */
export function readRegisterCsv(text: string): RegisterTable {
  return readCsv(text);
}

/** Reads the first worksheet of an .xlsx file (row 1 is the header), within REGISTER_LIMITS; throws RegisterFileError. */
export function readRegisterXlsx(data: Uint8Array, file?: string): RegisterTable {
  return readXlsx(data, file);
}

/** The register as an .xlsx workbook (one sheet, frozen header row), stamped with the export date. */
export function writeRegisterXlsx(rows: readonly RegisterRow[], exportedAt: Date = new Date()): Uint8Array {
  return writeXlsx(
    REGISTER_HEADER,
    rows.map((row) => REGISTER_HEADER.map((name) => row[name])),
    exportedAt,
  );
}

/**
 * Reads a register file (.xlsx, or CSV in UTF-8) within the size limits. Every refusal is a
 * RegisterFileError that names the file and says how to fix it; nothing is guessed or converted.
 */
export function readRegisterFile(path: string): RegisterTable {
  const file = basename(path);
  const size = statSync(path).size;
  if (size > REGISTER_LIMITS.fileBytes) {
    throw new RegisterFileError(file, [
      {
        message: bilingual(
          `The file is ${megabytes(size)}; a register may be at most ${megabytes(REGISTER_LIMITS.fileBytes)}. Check that you chose the right file.`,
          `Файл занимает ${megabytes(size)}; реестр может быть не больше ${megabytes(REGISTER_LIMITS.fileBytes)}. Проверьте, тот ли файл выбран.`,
        ),
      },
    ]);
  }
  const bytes = readFileSync(path);
  if (/\.xlsx$/i.test(path)) return readXlsx(bytes, file);
  const table = readCsv(decodeRegisterCsv(bytes, file));
  checkTableLimits(table, file);
  return table;
}
