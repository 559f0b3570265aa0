// Writes the field reference of the editing guide from the zod schemas, so it never drifts:
//   npm run docs:fields   → content/docs/fields.en.md, fields.ru.md, fields.kk.md and seeds/REGISTER.md
import { mkdirSync, writeFileSync } from 'node:fs';
import { FIELD_REFERENCE_FILES, REGISTER_DOC_FILE, type RefLang, renderFieldReference } from '../src/lib/fieldReference/describeSchema.ts';
import { renderRegisterDoc } from '../src/lib/register/registerDoc.ts';

mkdirSync('content/docs', { recursive: true });
for (const [lang, file] of Object.entries(FIELD_REFERENCE_FILES)) {
  writeFileSync(file, renderFieldReference(lang as RefLang));
  console.log(`wrote ${file}`);
}
writeFileSync(REGISTER_DOC_FILE, renderRegisterDoc());
console.log(`wrote ${REGISTER_DOC_FILE}`);
