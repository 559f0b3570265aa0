// Client side: fetches offers' compare records (/{lang}/shortlist/{id}.json), the only data the shortlist
// and compare pages read. An offer that has left the catalog answers 404 and is reported as missing.
import type { CompareRecord } from './compareRows.ts';

export type RecordResult = { id: string; record: CompareRecord } | { id: string; missing: true } | { id: string; failed: true };

export async function fetchRecords(lang: string, ids: readonly string[]): Promise<RecordResult[]> {
  return Promise.all(
    ids.map(async (id): Promise<RecordResult> => {
      try {
        const response = await fetch(`/${lang}/shortlist/${id}.json`);
        if (response.status === 404) return { id, missing: true };
        if (!response.ok) return { id, failed: true };
        const record = (await response.json()) as CompareRecord;
        return record && record.id === id && record.cells ? { id, record } : { id, failed: true };
      } catch {
        return { id, failed: true };
      }
    }),
  );
}
