// /data/offers.csv: every published offer's facts, one row each, in the audit register's columns,
// so the file can be edited in a spreadsheet and brought back with `npm run import:register`. A last
// column, `illustrative`, says on every row whether the offer is demonstration data (the import skips it).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/catalog/loadCatalog.ts';
import { offersCsv } from '../../lib/data/offersCsv.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return new Response(offersCsv(catalog.offers, siteConfig.illustrativeData), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
