/**
 * Keeps register text from running as a spreadsheet formula ("CSV injection").
 *
 * Spreadsheets start a formula when a cell begins with = + - @ (and some also after a leading tab or
 * carriage return). A cell can hold several lines, and tools that split a CSV by lines see every
 * line as a new cell, so every *line* that starts that way gets a leading apostrophe, the mark
 * Excel and LibreOffice show as "this is text". Lines that already start with apostrophes before
 * such a character get one more, so the import can take exactly one away and get the text back.
 */

/** A line start: the start of the text, or just after a line break (\n or \r). */
const LINE_START = String.raw`(?<=^|[\n\r])`;
const DANGER = String.raw`[=+\-@\t\r]`;

/** Where the CSV export adds an apostrophe: before every line that, past any apostrophes, starts a formula. */
const CSV_ESCAPE = new RegExp(`${LINE_START}(?='*${DANGER})`, 'g');
/** Where the .xlsx export adds one: only before lines that already start with apostrophes (a typed string cell never runs). */
const XLSX_ESCAPE = new RegExp(`${LINE_START}(?='+${DANGER})`, 'g');
/** What the import removes: one apostrophe from every line that starts with apostrophes and then a formula character. */
const UNESCAPE = new RegExp(`${LINE_START}'(?='*${DANGER})`, 'g');

/** Text for a CSV cell: no line of it can start a formula. */
export function escapeFormulaLines(text: string): string {
  return text.replace(CSV_ESCAPE, "'");
}

/** Text for an .xlsx string cell: unchanged, unless a line starts with apostrophes the import would take away. */
export function escapeApostropheLines(text: string): string {
  return text.replace(XLSX_ESCAPE, "'");
}

/** The inverse of both escapes. A CSV export opened in Excel and saved again keeps its apostrophes as text; they come off here too. */
export function unescapeFormulaLines(text: string): string {
  return text.replace(UNESCAPE, '');
}
