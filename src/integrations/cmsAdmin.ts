// Serves the editor (Decap CMS) from our own origin: its prebuilt bundle is copied from the pinned npm
// package into dist/admin/ at build time, so /admin/ loads nothing from a CDN. public/admin/ holds the page
// and the generated configuration; source maps are left out (25 MB the editor never needs).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The bundle and its lazily loaded chunks (`123.decap-cms.js`); not the maps or the duplicate `cms.js` build. */
export const isEditorBundleFile = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js$/.test(name);

/** Copies the editor's files into `adminDir`; returns how many. */
export function copyEditorBundle(adminDir: string): number {
  const require = createRequire(import.meta.url);
  const bundleDir = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
  mkdirSync(adminDir, { recursive: true });
  const files = readdirSync(bundleDir).filter(isEditorBundleFile);
  if (files.length === 0) throw new Error(`no decap-cms.js in ${bundleDir}: run npm ci`);
  for (const file of files) copyFileSync(join(bundleDir, file), join(adminDir, file));
  return files.length;
}

export function cmsAdmin(): AstroIntegration {
  return {
    name: 'cms-admin',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = copyEditorBundle(join(fileURLToPath(dir), 'admin'));
        logger.info(`copied the editor (${count} files of decap-cms) into admin/`);
      },
    },
  };
}
