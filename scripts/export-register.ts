// Writes the audit register of the current content (the same columns and rows as /data/offers.csv):
//   npm run export:register -- seeds/audit-register.csv      (or .xlsx for a spreadsheet)
// An .xlsx records when it was exported (document property registerExportedAt), so importing it
// after the content changed again is refused instead of silently undoing the newer edits.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/validation/loadContent.ts';
import { registerCsv, registerRows } from '../src/lib/register/exportRegister.ts';
import { writeRegisterXlsx } from '../src/lib/register/io.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'content-dir': { type: 'string', default: 'content' } } });
const out = positionals[0];
if (!out) {
  console.error('Usage: npm run export:register -- <file.csv|file.xlsx> [--content-dir content]');
  process.exit(2);
}
const { tree, problems } = loadContent(resolve(values['content-dir']), { root: process.cwd() });
if (problems.some((p) => p.severity === 'error')) {
  console.error('The content has errors; run `npm run check:content` and fix them first.');
  process.exit(1);
}
const offers = tree.offers.map((o) => ({
  id: o.id,
  facts: o.facts,
  texts: Object.fromEntries(Object.entries(o.texts).map(([l, t]) => [l, t.data])),
}));
if (/\.xlsx$/i.test(out)) writeFileSync(out, writeRegisterXlsx(registerRows(offers), new Date()));
else writeFileSync(out, registerCsv(offers));
console.log(`Wrote ${registerRows(offers).length} rows to ${out}`);
