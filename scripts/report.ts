// Lists every offer that needs an official's attention, grouped by area and then by responsible officer:
//   npm run report                             prints the list and writes reports/attention.csv
//   npm run report -- --out path/to/file.csv   writes the CSV elsewhere
//   npm run report -- tests/fixtures/content-rich   reads another content folder
// What is on the list and why: scripts/report.md. CATALOG_TODAY=YYYY-MM-DD fixes the day, as for the build.
// Exit code 0 whenever the report was made, items or not (it is a list, not a gate); 1 when the content cannot be
// read or the CSV cannot be written; 2 for an unknown option.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFilesAtomically } from '../src/lib/register/atomicWrite.ts';
import { groupAttention } from '../src/lib/report/attention.ts';
import { attentionCsv, formatAttention } from '../src/lib/report/format.ts';
import { UnreadableContentError, loadAttention } from '../src/lib/report/loadAttention.ts';
import { catalogToday } from '../src/lib/today.ts';

const USAGE = 'Usage: npm run report -- [content folder] [--out reports/attention.csv]';
const readArgs = () => {
  try {
    return parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'reports/attention.csv' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
};
const { values, positionals } = readArgs();
const root = process.cwd();
try {
  const list = loadAttention(resolve(positionals[0] ?? 'content'), { root, today: catalogToday() });
  const groups = groupAttention(list.offers);
  console.log(formatAttention(list, groups));
  const out = resolve(values.out);
  writeFilesAtomically([{ path: out, text: attentionCsv(list, groups) }]);
  console.log(`\nThe same list as a spreadsheet: ${values.out} (one row per item; open it in Excel or LibreOffice)`);
} catch (err) {
  const reason = err instanceof UnreadableContentError ? err.message : `the report could not be made: ${(err as Error).message}`;
  console.error(`${reason}\n${USAGE}`);
  process.exit(1);
}
