// Builds the Pagefind search index for dist/ (one index per <html lang>).
// Pages opt in with data-pagefind-body; chrome and embeds stay out.
import * as pagefind from 'pagefind';
import { SEARCHABLE_PAGES_GLOB } from '../src/lib/search/searchablePages.ts';

const dir = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir, glob: SEARCHABLE_PAGES_GLOB });
if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${added.page_count} pages indexed into ${dir}/pagefind`);
