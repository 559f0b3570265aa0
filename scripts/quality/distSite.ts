// Reads a built site (dist/): which pages exist, what each page references, and how many gzipped
// bytes each page ships. Shared by the gates (tests/built, tests/browser, check-budgets) and the benchmarks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import type { Lang } from '../../src/schemas/langs.ts';
import { isPublicPath, langOf, PAGE_TYPES, pageTypeOf, type PageType } from './pageTypes.ts';

export interface DistPage {
  /** Absolute file path. */
  file: string;
  /** The URL path a browser uses: `/`, `/en/offers/x/`, `/404.html`. */
  urlPath: string;
  type: PageType;
  lang: Lang | undefined;
}

export interface DistAsset {
  file: string;
  urlPath: string;
  type: PageType;
}

/** Every file under dir, as absolute paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** `dist/en/offers/x/index.html` → `/en/offers/x/`; `dist/404.html` → `/404.html`. */
export function urlPathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every public HTML page in dist/ (not the editor at /admin/), with its page type and language. */
export function discoverPages(dist: string): DistPage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, urlPath: urlPathOf(dist, file) }))
    .filter(({ urlPath }) => isPublicPath(urlPath))
    .map(({ file, urlPath }) => ({ file, urlPath, type: pageTypeOf(urlPath)!, lang: langOf(urlPath) }));
}

/** Non-HTML files that have a page type of their own (e.g. the embed loader). */
export function discoverAssets(dist: string): DistAsset[] {
  const out: DistAsset[] = [];
  for (const file of listFiles(dist)) {
    if (file.endsWith('.html')) continue;
    const urlPath = urlPathOf(dist, file);
    const type = pageTypeOf(urlPath, 'asset');
    if (type) out.push({ file, urlPath, type });
  }
  return out;
}

/** Pages grouped by type id, in PAGE_TYPES order, then `other`. */
export function groupByType(pages: readonly DistPage[]): Map<string, DistPage[]> {
  const groups = new Map<string, DistPage[]>();
  for (const t of [...PAGE_TYPES.map((p) => p.id), 'other']) {
    const members = pages.filter((p) => p.type.id === t);
    if (members.length) groups.set(t, members);
  }
  return groups;
}

/**
 * The file a static host serves for a URL path, as nginx with `try_files $uri $uri/index.html` would
 * (a directory without a trailing slash redirects, which also counts as resolving). Undefined if none.
 */
export function resolveUrlPath(dist: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || path.split('/').includes('..')) return undefined;
  const full = join(dist, path);
  for (const candidate of path.endsWith('/') ? [join(full, 'index.html')] : [full, join(full, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export const parseDocument = (html: string): HTMLElement =>
  parseHtml(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });

export interface Reference {
  /** tag[attribute], for messages. */
  where: string;
  url: string;
}

/** Every URL a page refers to: links, images (src and srcset), scripts, stylesheets, frames, forms, media. */
export function referencesIn(doc: HTMLElement): Reference[] {
  const refs: Reference[] = [];
  const add = (where: string, url: string | undefined) => {
    if (url !== undefined) refs.push({ where, url: url.trim() });
  };
  for (const el of doc.querySelectorAll('[href]')) add(`${el.tagName.toLowerCase()}[href]`, el.getAttribute('href'));
  for (const el of doc.querySelectorAll('[src]')) add(`${el.tagName.toLowerCase()}[src]`, el.getAttribute('src'));
  for (const el of doc.querySelectorAll('[poster]')) add(`${el.tagName.toLowerCase()}[poster]`, el.getAttribute('poster'));
  for (const el of doc.querySelectorAll('form[action]')) add('form[action]', el.getAttribute('action'));
  for (const el of doc.querySelectorAll('[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) add(`${el.tagName.toLowerCase()}[srcset]`, url);
    }
  }
  return refs;
}

/**
 * The site-local path of a reference, resolved against the page's URL path, or undefined for
 * another origin, a fragment-only link, mailto:, tel:, data: and the like. Absolute URLs on the
 * site's own origin (canonical, hreflang) count as local.
 */
export function localPathOf(url: string, pageUrlPath: string, siteOrigin: string): string | undefined {
  if (url === '' || url.startsWith('#')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith(siteOrigin)) return undefined;
  if (url.startsWith('//')) return undefined;
  const resolved = new URL(url, `${siteOrigin}${pageUrlPath}`);
  if (resolved.origin !== new URL(siteOrigin).origin) return undefined;
  return resolved.pathname;
}

// ---------- bytes ----------

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

export interface PageBytes {
  /** The HTML document, gzipped (inline styles and scripts included). */
  html: number;
  /** External stylesheets, each gzipped. */
  css: number;
  /** Scripts that run on load: inline scripts plus external ones and their static imports, each gzipped. */
  js: number;
  /** Files that make up `js` and `css`, for messages. */
  files: string[];
}

let lexerReady: Promise<void> | undefined;

/** Static imports of an ES module (dynamic `import()` is left out: it loads later). */
function staticImports(source: string): string[] {
  const [imports] = parseModule(source);
  return imports.flatMap((i) => (i.type === 'static' || i.type === 'reexport-star' ? [i.specifier] : []));
}

function isScript(el: HTMLElement): boolean {
  const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** Gzipped bytes a page ships before anything lazy loads. Missing files are reported by the link gate. */
export async function measurePage(
  dist: string,
  page: { file: string; urlPath: string },
  siteOrigin = 'http://site.invalid',
): Promise<PageBytes> {
  lexerReady ??= initLexer();
  await lexerReady;
  const html = readFileSync(page.file);
  const doc = parseDocument(html.toString('utf8'));
  const seen = new Set<string>();
  const files: string[] = [];
  let css = 0;
  let js = 0;

  const addFile = (urlPath: string | undefined): string | undefined => {
    if (!urlPath) return undefined;
    const file = resolveUrlPath(dist, urlPath);
    if (!file || seen.has(file)) return undefined;
    seen.add(file);
    files.push(urlPath);
    return file;
  };

  for (const link of doc.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const file = addFile(localPathOf(link.getAttribute('href')!, page.urlPath, siteOrigin));
    if (file) css += gz(readFileSync(file));
  }

  const queue: Array<{ file: string; urlPath: string }> = [];
  for (const script of doc.querySelectorAll('script')) {
    if (!isScript(script)) continue;
    const src = script.getAttribute('src');
    if (src === undefined) {
      js += gz(script.rawText);
      continue;
    }
    const urlPath = localPathOf(src, page.urlPath, siteOrigin);
    const file = addFile(urlPath);
    if (file) queue.push({ file, urlPath: urlPath! });
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"][href]')) {
    const urlPath = localPathOf(link.getAttribute('href')!, page.urlPath, siteOrigin);
    const file = addFile(urlPath);
    if (file) queue.push({ file, urlPath: urlPath! });
  }
  while (queue.length) {
    const { file, urlPath } = queue.shift()!;
    const source = readFileSync(file);
    js += gz(source);
    for (const spec of staticImports(source.toString('utf8'))) {
      const importedPath = localPathOf(spec, urlPath, siteOrigin);
      const imported = addFile(importedPath);
      if (imported) queue.push({ file: imported, urlPath: importedPath! });
    }
  }
  return { html: gz(html), css, js, files };
}

/** Gzipped size of one file. */
export function gzippedSize(file: string): number {
  return gz(readFileSync(file));
}
