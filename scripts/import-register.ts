// Creates or updates offers' facts.yaml from an audit register (.csv or .xlsx):
//   npm run import:register -- seeds/audit-register.csv [--content-dir content] [--dry-run]
// Writes nothing when any row is bad; says what it created, changed and left alone.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegisterCsv, readRegisterXlsx } from '../src/lib/register/io.ts';
import { formatRegisterProblem, importRegister } from '../src/lib/register/importRegister.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'content-dir': { type: 'string', default: 'content' }, 'dry-run': { type: 'boolean', default: false }, today: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run import:register -- <register.csv|register.xlsx> [--content-dir content] [--dry-run]');
  process.exit(2);
}
const table = /\.xlsx$/i.test(file) ? await readRegisterXlsx(readFileSync(file)) : readRegisterCsv(readFileSync(file, 'utf8'));
const report = importRegister(table, { contentDir: resolve(values['content-dir']), dryRun: values['dry-run'], today: values.today, sourceName: basename(file) });

if (report.errors.length) {
  console.log(`The register ${file} has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}, so nothing was written:\n`);
  for (const p of report.errors) console.log(`  ${formatRegisterProblem(p)}`);
  console.log('\nFix the rows above in the register and run the import again.');
  process.exit(1);
}
const list = (ids: string[]) => (ids.length ? `: ${ids.join(', ')}` : '');
console.log(`${report.written ? 'Imported' : 'Checked (dry run, nothing written)'} ${table.rows.length} rows from ${file}`);
console.log(`  created   ${report.created.length}${list(report.created)}`);
console.log(`  changed   ${report.changed.length}`);
for (const c of report.changed) console.log(`    ${c.id}: ${c.columns.join(', ')}`);
console.log(`  unchanged ${report.unchanged.length}`);
if (report.stubs.length) console.log(`  language files to write (created as drafts with TODO markers): ${report.stubs.join(', ')}`);
for (const note of report.notes) console.log(`  note: ${note}`);
if (report.written && (report.created.length || report.changed.length)) console.log('\nNext: run `npm run check:content`, review the changes (git diff), and commit.');
