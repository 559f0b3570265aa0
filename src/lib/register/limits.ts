/**
 * Size limits for register files. A register has one row per offer (a few hundred at most) and
 * fewer than a hundred columns, so these leave ample room for real registers while stopping hostile files
 * (zip bombs, a cell at XFD1048576, megabyte-long cells) before they exhaust memory.
 */
export const REGISTER_LIMITS = {
  /** Size of the .csv or .xlsx file on disk. */
  fileBytes: 20 * 1024 * 1024,
  /** Unpacked size of one part of an .xlsx (the sheet, the shared texts, …), counted while unpacking. */
  entryBytes: 64 * 1024 * 1024,
  /** Unpacked size of all the parts of an .xlsx that are read, counted while unpacking. */
  totalBytes: 160 * 1024 * 1024,
  /** Parts in an .xlsx: Excel writes about a dozen. */
  zipEntries: 2_000,
  /** Highest spreadsheet row number that may hold data (row 1 is the header). */
  rows: 10_000,
  /** Highest column number that may hold data (the register has fewer than a hundred). */
  columns: 200,
  /** Characters in one cell. */
  cellChars: 10_000,
} as const;

/** `20 MB`, `64 MB`: sizes as officials read them. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** `10 000`: numbers grouped as Russian and Kazakh readers expect (plain spaces, so terminals show them). */
export function grouped(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const spaced = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
  return fraction === undefined ? spaced : `${spaced}.${fraction}`;
}

/** Spreadsheet column letters for a 1-based column number: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
