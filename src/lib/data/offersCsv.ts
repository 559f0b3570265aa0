import { writeCsv } from '../register/csv.ts';
import { REGISTER_HEADER } from '../register/columns.ts';
import { registerRows, type RegisterSource } from '../register/exportRegister.ts';

/** The register's columns plus `illustrative` (true or false on every row), for /data/offers.csv. */
export function offersCsv(offers: readonly RegisterSource[], illustrative: boolean): string {
  const rows = registerRows(offers).map((row) => [...REGISTER_HEADER.map((name) => row[name]), illustrative ? 'true' : 'false']);
  return writeCsv([...REGISTER_HEADER, 'illustrative'], rows);
}
