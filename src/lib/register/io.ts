import Papa from 'papaparse';
import type { RawCell } from './cells.ts';
import { REGISTER_HEADER } from './columns.ts';
import type { RegisterRow } from './rows.ts';

/** A register as read from a file: its header and its data rows (row 2 onwards, as a spreadsheet numbers them). */
export interface RegisterTable {
  header: string[];
  rows: Array<{ rowNumber: number; cells: RawCell[] }>;
}

const BOM = '\uFEFF';

/**
 * The register as CSV: UTF-8 with a byte-order mark (so Excel reads Cyrillic), comma-separated,
 * CRLF line ends, every column of REGISTER_HEADER in order. Text that a spreadsheet would run as a
 * formula (starting with = + - @) gets a leading apostrophe, which the import removes again.
 */
export function writeRegisterCsv(rows: readonly RegisterRow[]): string {
  const data = rows.map((row) => REGISTER_HEADER.map((name) => row[name] ?? ''));
  return BOM + Papa.unparse({ fields: [...REGISTER_HEADER], data }, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** Reads CSV text (with or without a BOM; comma, semicolon or tab separated, as spreadsheets save it). */
export function readRegisterCsv(text: string): RegisterTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const [header = [], ...body] = parsed.data;
  return {
    header: header.map((h) => h.trim()),
    rows: body.map((cells, i) => ({ rowNumber: i + 2, cells })),
  };
}

type ExcelCellValue = import('exceljs').CellValue;

/** A spreadsheet cell's value as plain text, number, boolean or date. */
function plainCell(value: ExcelCellValue): RawCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value && 'text' in value) return typeof value.text === 'string' ? value.text : String(value.hyperlink);
    if ('result' in value) return plainCell(value.result as ExcelCellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads the first worksheet of an .xlsx file; row 1 is the header. */
export async function readRegisterXlsx(data: Uint8Array): Promise<RegisterTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const width = sheet.columnCount;
  const read = (rowNumber: number) => Array.from({ length: width }, (_, i) => plainCell(sheet.getRow(rowNumber).getCell(i + 1).value));
  const header = read(1).map((h) => (h === undefined ? '' : String(h).trim()));
  const rows: RegisterTable['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = read(r);
    if (cells.some((c) => c !== undefined && String(c).trim() !== '')) rows.push({ rowNumber: r, cells });
  }
  return { header, rows };
}

/** The register as an .xlsx workbook (one sheet, frozen header row), for officials who prefer a spreadsheet. */
export async function writeRegisterXlsx(rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('register', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.addRow([...REGISTER_HEADER]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(REGISTER_HEADER.map((name) => row[name] ?? null));
  sheet.columns.forEach((c) => (c.width = 18));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
