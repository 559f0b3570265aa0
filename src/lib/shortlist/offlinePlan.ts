// Pure rules of the offline worker: which addresses it may keep, and which files a kept page needs.
import { LANG_ALTERNATION } from '../../schemas/langs.ts';

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** Pages and records the worker may keep: the shortlist, compare, an offer page, an offer's record. Never anything else. */
const KEEPABLE_PAGE = new RegExp(`^/(?:${LANG_ALTERNATION})/(?:shortlist/|compare/|offers/${ID}/|shortlist/${ID}\\.json)$`);
/** Files a kept page may need: build assets (hashed, immutable), map pictures, photos. */
const KEEPABLE_FILE = /^\/(?:_astro|maps|photos|offers)\/[\w./-]+\.(?:js|css|svg|png|jpe?g|webp|avif|woff2?)$/;

export const isKeepablePage = (path: string): boolean => KEEPABLE_PAGE.test(path);
export const isKeepableFile = (path: string): boolean => KEEPABLE_FILE.test(path) && !path.includes('..');

/** Same-site files a page's HTML loads itself (scripts, stylesheets, images), as root-relative paths. */
export function pageFiles(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/\s(?:src|href)=["']?(\/[^"'\s>]+)/g)) {
    const path = m[1]!.replace(/&amp;/g, '&').split(/[?#]/)[0]!;
    if (isKeepableFile(path)) found.add(path);
  }
  return [...found];
}

/** Files a module script imports statically (`import … from "./x.js"`, `import "./x.js"`), resolved against its own path. Lazy `import()` is left out. */
export function moduleImports(code: string, path: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const resolved = new URL(m[1]!, `https://x${path}`).pathname;
    if (isKeepableFile(resolved)) found.add(resolved);
  }
  return [...found];
}
