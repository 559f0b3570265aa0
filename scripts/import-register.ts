// Creates or updates offers' facts.yaml from an audit register (.csv in UTF-8, or .xlsx):
//   npm run import:register -- seeds/audit-register.csv [--content-dir content] [--dry-run] [--force]
// Writes nothing when any row is bad, when the file is not UTF-8 or over a size limit, or when a row
// would undo edits made after the register was exported (unless --force); otherwise writes every
// file at once (all or nothing). Says what it created, changed and left alone.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegisterFile } from '../src/lib/register/io.ts';
import { formatRegisterProblem, importRegister } from '../src/lib/register/importRegister.ts';
import { RegisterFileError } from '../src/lib/register/problems.ts';
import type { RegisterTable } from '../src/lib/register/table.ts';

const USAGE = `Usage: npm run import:register -- <register.csv|register.xlsx> [--content-dir content] [--dry-run] [--force]
  --dry-run  check and report, write nothing
  --force    apply rows even when they are older than the offer's facts.yaml (they would undo newer edits)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'content-dir': { type: 'string', default: 'content' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error(USAGE);
  process.exit(2);
}

if (!existsSync(file) || !statSync(file).isFile()) {
  console.error(`There is no file ${file}. Check the name and the folder.\nФайла ${file} нет. Проверьте имя и папку.`);
  process.exit(2);
}
let table: RegisterTable;
try {
  table = readRegisterFile(file);
} catch (e) {
  if (!(e instanceof RegisterFileError)) throw e;
  console.log(`The register ${file} cannot be imported, so nothing was written:\n`);
  for (const p of e.problems) console.log(`  ${formatRegisterProblem(p)}\n`);
  process.exit(1);
}
const report = importRegister(table, {
  contentDir: resolve(values['content-dir']),
  dryRun: values['dry-run'],
  force: values.force,
  today: values.today,
  sourceName: basename(file),
});

if (report.errors.length) {
  console.log(
    `The register ${file} has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}, so nothing was written:\n`,
  );
  for (const p of report.errors) console.log(`  ${formatRegisterProblem(p)}`);
  console.log('\nFix the rows above in the register and run the import again.');
  if (report.stale.length && !values.force)
    console.log('Rows older than the content are refused to protect newer edits; --force applies them anyway.');
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
if (report.written && (report.created.length || report.changed.length))
  console.log('\nNext: run `npm run check:content`, review the changes (git diff), and commit.');
