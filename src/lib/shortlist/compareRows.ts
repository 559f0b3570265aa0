// The rows of the compare page and the shortlist, and what the compare table needs to lay offers side
// by side. No runtime imports beyond types, so client code can use it.

/** One value of one offer in one row, already formatted in the page language (see compareRecord.ts). */
export interface CompareCell {
  value: string;
  /** The basis or details under the value: "Start price, paid once", "on site, 150 kW". */
  note?: string;
  /** The value links here (a phone, an email). */
  href?: string;
  /** The catalog has no figure for it: shown as unknown. */
  unknown?: true;
}

/**
 * One offer in one language, as /{lang}/shortlist/{id}.json carries it: the values of the offer page's
 * view model, formatted at build time, so the compare page shows exactly what the offer page shows.
 */
export interface CompareRecord {
  id: string;
  url: string;
  title: string;
  /** Language of the title when it is not the page's (a missing translation). */
  titleLang?: string;
  /** Cells by row key (COMPARE_GROUPS keys in compareRecord.ts, and `hub:<place id>`). */
  cells: Record<string, CompareCell>;
  /** This offer's line of /data/offers.csv (absent for a draft, which the file leaves out). */
  csv?: string;
}

/** Row keys that the shortlist shows for each saved offer. */
export const SHORTLIST_ROWS = ['area', 'price', 'right', 'foreign', 'status'] as const;

/** The row key of a hub's distance. */
export const hubRowKey = (placeId: string) => `hub:${placeId}`;

/** What a cell shows, for telling whether offers differ in a row. */
const cellText = (cell: CompareCell | undefined) => (cell ? `${cell.value}\n${cell.note ?? ''}` : '');

/** Whether the offers differ in this row (missing cells count as a value of their own). One offer never differs. */
export function rowDiffers(records: readonly CompareRecord[], key: string): boolean {
  return new Set(records.map((r) => cellText(r.cells[key]))).size > 1;
}
