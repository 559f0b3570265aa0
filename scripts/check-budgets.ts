// Gate: gzipped bytes per page type of the built site must stay within budget (scripts/quality/pageTypes.ts).
// Prints the table on every run; exits 1 when any page is over its budget or dist/ is missing.
// Usage: node scripts/check-budgets.ts [distDir]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatTable, measureTypes } from './quality/budgets.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const rows = await measureTypes(dist);
console.log(`Byte budgets for ${dist}\n`);
console.log(formatTable(rows));
const over = rows.flatMap((r) => r.over.map((o) => `${r.type.label}: ${o}`));
if (over.length) {
  console.error(`\n${over.length} budget(s) exceeded:\n${over.map((o) => `  - ${o}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.filter((r) => r.count).length} built page types are within budget.`);
