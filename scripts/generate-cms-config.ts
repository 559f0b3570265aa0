// Writes the editor's configuration in each of its languages (public/admin/config.yml for the Russian editor,
// public/admin/<lang>/config.yml for the others) from the zod schemas: npm run cms:config
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CMS_CONFIG_FILES, renderDecapConfig } from '../src/lib/cms/decapConfig.ts';
import { EDITOR_LANGS } from '../src/lib/cms/editorWords.ts';

for (const lang of EDITOR_LANGS) {
  const file = CMS_CONFIG_FILES[lang];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderDecapConfig(lang));
  console.log(`wrote ${file}`);
}
