// Writes the editor's configuration (public/admin/config.yml) from the zod schemas: npm run cms:config
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CMS_CONFIG_FILE, renderDecapConfig } from '../src/lib/cms/decapConfig.ts';

mkdirSync(dirname(CMS_CONFIG_FILE), { recursive: true });
writeFileSync(CMS_CONFIG_FILE, renderDecapConfig());
console.log(`wrote ${CMS_CONFIG_FILE}`);
