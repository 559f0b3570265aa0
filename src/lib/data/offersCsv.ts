import { writeCsv } from '../register/csv.ts';
import { csvLine } from '../register/csvText.ts';
import { REGISTER_HEADER } from '../register/columns.ts';
import { registerRows, type RegisterSource } from '../register/exportRegister.ts';

/** The columns of /data/offers.csv: the register's, plus `illustrative`. */
const OFFERS_CSV_HEADER = [...REGISTER_HEADER, 'illustrative'];

function offersCsvCells(offers: readonly RegisterSource[], illustrative: boolean) {
  return registerRows(offers).map((row) => [...REGISTER_HEADER.map((name) => row[name]), illustrative ? 'true' : 'false']);
}

/** The register's columns plus `illustrative` (true or false on every row), for /data/offers.csv. */
export function offersCsv(offers: readonly RegisterSource[], illustrative: boolean): string {
  return writeCsv(OFFERS_CSV_HEADER, offersCsvCells(offers, illustrative));
}

/** The header line of /data/offers.csv (no line end), for a file joined from single lines (the shortlist export). */
export function offersCsvHeaderLine(): string {
  return csvLine(OFFERS_CSV_HEADER);
}

/** One offer's line of /data/offers.csv (no line end); undefined for a draft, which the file leaves out. */
export function offersCsvLine(offer: RegisterSource, illustrative: boolean): string | undefined {
  const [cells] = offersCsvCells([offer], illustrative);
  return cells && csvLine(cells);
}
