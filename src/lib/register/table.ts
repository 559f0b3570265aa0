import type { RawCell } from './cells.ts';
import { REGISTER_HEADER } from './columns.ts';
import { REGISTER_LIMITS, columnLetters, grouped } from './limits.ts';
import { RegisterFileError, type RegisterProblem } from './problems.ts';

/** A register as read from a file: its header and its data rows (row 2 onwards, as a spreadsheet numbers them). */
export interface RegisterTable {
  header: string[];
  rows: Array<{ rowNumber: number; cells: RawCell[] }>;
  /**
   * When the register was exported (ISO date-time), if the file says so: the .xlsx export keeps it
   * as the document property `registerExportedAt`. CSV files have no place for it.
   */
  exportedAt?: string;
}

/** A message in English, then in Russian (officials read Russian; the project's messages are English). */
export const bilingual = (en: string, ru: string) => `${en}\n${ru}`;

/**
 * Row, column and cell-length limits for a table already in memory (a CSV register; the .xlsx reader
 * checks the same limits while reading, before anything large is built). Throws on the first row over.
 */
export function checkTableLimits(table: RegisterTable, file: string): void {
  const problems: RegisterProblem[] = [];
  const { rows, columns, cellChars } = REGISTER_LIMITS;
  const last = table.rows.at(-1);
  if (last && last.rowNumber > rows) {
    throw new RegisterFileError(file, [
      {
        row: last.rowNumber,
        message: bilingual(
          `the register has data on row ${grouped(last.rowNumber)}; a register may have at most ${grouped(rows)} rows. Delete the rows below the register and save.`,
          `в реестре есть данные в строке ${grouped(last.rowNumber)}; в реестре может быть не больше ${grouped(rows)} строк. Удалите строки ниже реестра и сохраните файл.`,
        ),
      },
    ]);
  }
  const all = [{ rowNumber: 1, cells: table.header as RawCell[] }, ...table.rows];
  for (const { rowNumber, cells } of all) {
    const width = cells.reduce<number>((w, c, i) => (c === undefined || c === null || c === '' ? w : i + 1), 0);
    if (width > columns) {
      throw new RegisterFileError(file, [
        {
          row: rowNumber,
          cell: `${columnLetters(width)}${rowNumber}`,
          message: bilingual(
            `row ${rowNumber} has data in column ${grouped(width)} (${columnLetters(width)}); the register has ${REGISTER_HEADER.length} columns and the import reads at most ${columns}. Delete the columns to the right of the register and save.`,
            `в строке ${rowNumber} есть данные в столбце ${grouped(width)} (${columnLetters(width)}); столбцов в реестре — ${REGISTER_HEADER.length}, импорт читает не больше ${columns}. Удалите столбцы правее реестра и сохраните файл.`,
          ),
        },
      ]);
    }
    cells.forEach((cell, i) => {
      if (typeof cell === 'string' && cell.length > cellChars)
        problems.push(tooLong(`${columnLetters(i + 1)}${rowNumber}`, rowNumber, cell.length, table.header[i]));
    });
  }
  if (problems.length) throw new RegisterFileError(file, problems);
}

/** The error for a cell longer than REGISTER_LIMITS.cellChars. */
export function tooLong(cell: string, row: number, length: number, column?: string): RegisterProblem {
  const max = grouped(REGISTER_LIMITS.cellChars);
  return {
    cell,
    row,
    column: column || undefined,
    message: bilingual(
      `the cell holds ${grouped(length)} characters; a cell may hold at most ${max}. Shorten it: long texts belong in the offer's language files, not in the register.`,
      `в ячейке ${grouped(length)} знаков, а можно не больше ${max}. Сократите текст: длинные тексты пишут в языковых файлах предложения, а не в реестре.`,
    ),
  };
}
