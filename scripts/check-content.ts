// Validates every file in content/ (or the folder given as the first argument) with the
// same schemas and cross-checks the build uses, and prints every problem in one run.
//   npm run check:content                      a pull request: every error fails
//   npm run check:content -- --scheduled       the scheduled rebuild (or CATALOG_SCHEDULED=1): problems that
//                                              only the calendar caused (a passed bid date) are warnings
//   npm run check:content -- --format github   also print each problem as a GitHub Actions annotation
//                                              (the pull-request workflow, .github/workflows/content-check.yml)
// Exit code: 1 when there is any error, 0 when there are only warnings, 2 for an unknown option.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/validation/loadContent.ts';
import { formatReport } from '../src/lib/validation/problems.ts';
import { githubAnnotations } from '../src/lib/validation/annotations.ts';
import { isScheduledRun, problemsForRun } from '../src/lib/validation/scheduledRun.ts';
import { catalogToday } from '../src/lib/today.ts';

const readArgs = () => {
  try {
    return parseArgs({ allowPositionals: true, options: { scheduled: { type: 'boolean' }, format: { type: 'string' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\nUsage: npm run check:content -- [content folder] [--scheduled] [--format github]`);
    process.exit(2);
  }
};
const parsed = readArgs();
if (parsed.values.format !== undefined && parsed.values.format !== 'github') {
  console.error(`Unknown --format ${parsed.values.format}: the only machine format is \`github\`.`);
  process.exit(2);
}
const scheduled = isScheduledRun(parsed.values.scheduled ? ['--scheduled'] : [], process.env);
const contentDir = resolve(parsed.positionals[0] ?? 'content');
const { tree, problems: found, filesRead } = loadContent(contentDir, { root: process.cwd(), today: catalogToday() });
const problems = problemsForRun(found, scheduled);
const drafts = tree.offers.filter((o) => o.facts.draft).length;
const offers = `${tree.offers.length - drafts} offers${drafts ? ` + ${drafts} draft${drafts === 1 ? '' : 's'} (not published)` : ''}`;
const summary = `${offers}, ${tree.districts.length} districts, ${tree.places.length} places, ${tree.contacts.length} contacts checked in ${filesRead} files${scheduled ? ' (scheduled run: problems caused only by the date are warnings)' : ''}`;
console.log(formatReport(problems, summary));
if (parsed.values.format === 'github' && problems.length > 0) console.log(githubAnnotations(problems));
if (problems.some((p) => p.severity === 'error')) {
  console.log('\nThe content has errors. Fix each one above, then run `npm run check:content` again.');
  console.log('What each message means and how to fix it: content/docs/messages.md');
  process.exit(1);
}
