import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The build's own line of defence behind the content checker: an MDX file in content/ may import
 * nothing but the runtime the MDX compiler itself adds. The compiler turns a Markdown image, or a
 * `layout` in the front matter, into an `import`, so without this a pull request could make the
 * build run a module, read a file (`?raw`, `?url`) or copy a scripted SVG into /_astro/. The checker
 * already refuses those texts; this guard holds even if the two parsers ever disagree.
 */

/** What the MDX compiler imports into every compiled content file. */
const RUNTIME_IMPORTS: ReadonlySet<string> = new Set(['astro/jsx-runtime', 'astro/runtime/server/index.js']);

/** The file part of a module id (Vite adds `?query` and the `\0` prefix of virtual modules). */
function fileOf(id: string): string {
  return id.replace(/^\0/, '').replace(/[?#].*$/, '');
}

/** Whether `file` lies inside `dir` (both absolute). */
export function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Whether a module that `importer` asks for may be loaded. Only importers inside the content
 * folder are judged; they may import the MDX runtime and themselves (Astro re-imports an entry
 * with `?astroPropagatedAssets`), nothing else.
 */
export function contentImportProblem(contentDir: string, source: string, importer: string | undefined): string | undefined {
  if (!importer) return undefined;
  const from = fileOf(importer);
  if (!isInside(contentDir, from)) return undefined;
  if (RUNTIME_IMPORTS.has(source)) return undefined;
  if (source === from) return undefined;
  // The reference is named but never resolved or read, so no file's contents can reach the message.
  const shown = source.length > 80 ? `${source.slice(0, 80)}…` : source;
  return (
    `${relative(resolve(contentDir, '..'), from)} refers to "${shown}". Content may not load files or code: ` +
    'show photos with <Gallery files="…" /> after listing them under `photos:` in facts.yaml, and link to web pages with [text](https://…).'
  );
}

/** The Vite plugin: refuses, before resolution, every import a content file makes beyond the MDX runtime. */
export function contentImportGuard(contentDir: string): Plugin {
  const dir = resolve(contentDir);
  return {
    name: 'catalog:content-import-guard',
    enforce: 'pre',
    resolveId(source, importer) {
      const problem = contentImportProblem(dir, source, importer);
      if (problem) this.error(problem);
      return null;
    },
  };
}
