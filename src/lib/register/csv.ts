import Papa from 'papaparse';
import type { CellValue } from './cells.ts';
import { REGISTER_HEADER } from './columns.ts';
import { csvDocument, csvLine } from './csvText.ts';
import type { RegisterRow } from './rows.ts';
import type { RegisterTable } from './table.ts';

/** The register's CSV form: written by the export and /data/offers.csv, read by the import. */

export { csvField } from './csvText.ts';

/**
 * CSV text: UTF-8 with a byte-order mark (so Excel reads Cyrillic), comma-separated, CRLF line ends
 * (also after the last row). Numbers and booleans are written as they are; they never start a formula.
 */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): string {
  return csvDocument([header, ...rows].map(csvLine));
}

/**
 * The register as CSV: every column of REGISTER_HEADER in order, as writeCsv writes it. The body of
 * /data/offers.csv and of `npm run export:register -- file.csv`.
 */
export function writeRegisterCsv(rows: readonly RegisterRow[]): string {
  return writeCsv(
    REGISTER_HEADER,
    rows.map((row) => REGISTER_HEADER.map((name) => row[name])),
  );
}

/** Reads CSV text (with or without a BOM; comma, semicolon or tab separated, as spreadsheets save it). */
export function readCsv(text: string): RegisterTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const [header = [], ...body] = parsed.data;
  return {
    header: header.map((h) => h.trim()),
    rows: body.map((cells, i) => ({ rowNumber: i + 2, cells })),
  };
}
