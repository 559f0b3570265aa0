import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/validation/loadContent.ts';
import { formatReport } from '../lib/validation/problems.ts';
import { catalogToday } from '../lib/today.ts';
import { problemsForRun } from '../lib/validation/scheduledRun.ts';
import { contentImportGuard } from './contentImportGuard.ts';

/**
 * Runs the content checker before every build, so a bad file fails the build with
 * every problem listed (Astro's own schema errors stop at the first one).
 * In `astro dev` it prints the report and keeps serving.
 * It also adds the import guard (contentImportGuard.ts), so no content file can make the build
 * load a module or read a file, whatever the checker concluded.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const contentDir = process.env.CATALOG_CONTENT_DIR ?? `${root}content`;
        updateConfig({ vite: { plugins: [contentImportGuard(contentDir)] } });
        forgetOtherContentDir(fileURLToPath(config.cacheDir), contentDir);
        // A build never stops on a problem the calendar made (a bid date that merely passed): the page then says the
        // result is being confirmed, and `npm run check:content` on the pull request is where it is an error
        // (scheduledRun.ts). So the nightly rebuild and `npm start` keep working when nobody has edited anything.
        const problems = problemsForRun(loadContent(contentDir, { root, today: catalogToday() }).problems, true);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) {
          if (problems.length) logger.warn(`${problems.length} content warning(s); run \`npm run check:content\` to see them.`);
          return;
        }
        const report = formatReport(errors);
        if (command === 'build') throw new Error(`The content has errors, so the site was not built:\n\n${report}\n`);
        logger.error(`\n${report}`);
      },
    },
  };
}

/**
 * Astro's content cache (data-store.json) keeps the entries of the last content folder it read, and
 * a build from another folder (a benchmark, a fixture, a hostile-content test) then still refers to
 * files that may be gone. So the cache is dropped whenever the content folder changes.
 */
function forgetOtherContentDir(cacheDir: string, contentDir: string): void {
  const marker = `${cacheDir}/catalog-content-dir.txt`;
  const last = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
  if (last === contentDir) return;
  rmSync(`${cacheDir}/data-store.json`, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, contentDir);
}
