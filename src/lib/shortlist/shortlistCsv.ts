import { csvDocument } from '../register/csvText.ts';
import type { CompareRecord } from './compareRows.ts';

/**
 * The saved offers as CSV: /data/offers.csv's header line and each offer's own line from its record
 * (both written at build time by lib/data/offersCsv.ts), so the file has exactly the open data's columns.
 * Offers without a line (a draft) are left out, as the open data leaves them out.
 */
export function shortlistCsv(headerLine: string, records: ReadonlyArray<Pick<CompareRecord, 'csv'>>): string {
  return csvDocument([headerLine, ...records.flatMap((r) => (r.csv ? [r.csv] : []))]);
}
