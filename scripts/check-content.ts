// Validates every file in content/ (or the folder given as the first argument) with the
// same schemas and cross-checks the build uses, and prints every problem in one run.
// Exit code: 1 when there is any error, 0 when there are only warnings.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/validation/loadContent.ts';
import { formatReport } from '../src/lib/validation/problems.ts';
import { catalogToday } from '../src/lib/today.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const { tree, problems, filesRead } = loadContent(contentDir, { root: process.cwd(), today: catalogToday() });
const drafts = tree.offers.filter((o) => o.facts.draft).length;
const offers = `${tree.offers.length - drafts} offers${drafts ? ` + ${drafts} draft${drafts === 1 ? '' : 's'} (not published)` : ''}`;
const summary = `${offers}, ${tree.districts.length} districts, ${tree.places.length} places, ${tree.contacts.length} contacts checked in ${filesRead} files`;
console.log(formatReport(problems, summary));
if (problems.some((p) => p.severity === 'error')) {
  console.log('\nThe content has errors. Fix each one above, then run `npm run check:content` again.');
  console.log('What each message means and how to fix it: content/docs/messages.md');
  process.exit(1);
}
