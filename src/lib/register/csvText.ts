// How the register's CSV is written, line by line, without the reader: small enough for client code
// (the shortlist joins the lines of the offers someone saved into the same file as /data/offers.csv).
import type { CellValue } from './cells.ts';
import { escapeFormulaLines } from './formulaEscape.ts';

const BOM = '\uFEFF';

/**
 * One CSV field. Text gets a leading apostrophe on every line that a spreadsheet would run as a
 * formula (see formulaEscape.ts); such text, and text holding a quote, a separator (`,` `;` tab)
 * or a line break, or starting or ending with a space, is quoted, so Excel in any locale keeps it in one cell.
 */
export function csvField(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = escapeFormulaLines(value);
  const quote = text !== value || /[",;\t\r\n]|^\s|\s$/.test(text);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record of the file: its fields, comma-separated, with no line end. */
export function csvLine(cells: readonly CellValue[]): string {
  return cells.map(csvField).join(',');
}

/**
 * CSV text from records made by csvLine: UTF-8 with a byte-order mark (so Excel reads Cyrillic), CRLF
 * line ends (also after the last row).
 */
export function csvDocument(lines: readonly string[]): string {
  return `${BOM + lines.join('\r\n')}\r\n`;
}
