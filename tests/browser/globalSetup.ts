// Serves the built site (dist/) on 127.0.0.1 and 127.0.0.2 (a second origin for embed tests),
// each on a free port, for every browser test file.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  const main = await serve({ dir: 'dist', host: '127.0.0.1', port: 0 });
  const second = await serve({ dir: 'dist', host: '127.0.0.2', port: 0 });
  project.provide('siteUrl', main.url);
  project.provide('secondOrigin', second.url);
  return async () => {
    await new Promise((r) => main.server.close(r));
    await new Promise((r) => second.server.close(r));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    secondOrigin: string;
  }
}
