// /data/offers.csv: every published offer's facts, one row each, in the audit register's columns,
// so the file can be edited in a spreadsheet and brought back with `npm run import:register`.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/loadCatalog.ts';
import { registerCsv } from '../../lib/register/exportRegister.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return new Response(registerCsv(catalog.offers), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
