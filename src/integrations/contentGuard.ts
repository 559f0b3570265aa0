import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/validation/loadContent.ts';
import { formatReport } from '../lib/validation/problems.ts';

/**
 * Runs the content checker before every build, so a bad file fails the build with
 * every problem listed (Astro's own schema errors stop at the first one).
 * In `astro dev` it prints the report and keeps serving.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = process.env.CATALOG_CONTENT_DIR ?? `${root}content`;
        const { problems } = loadContent(contentDir, { root });
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
