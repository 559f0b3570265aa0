// Page types by URL pattern. Gates (accessibility, links, HTML, budgets, CSP) discover pages in dist/
// and group them with this table, so a page type that another feature adds later is checked as soon
// as it is built. A page that matches no pattern is type `other` and is checked page by page.
//
// Budgets are gzipped bytes of the built output (see measure.ts for what counts as each figure):
// - `js`: JavaScript a page runs before any lazy import (e.g. before its map loads);
// - `htmlCss`: the HTML document plus its external stylesheets;
// - `total`: HTML + CSS + JS without images (used for embeds);
// - `file`: a single non-HTML asset (the embed loader).
// Tighten a budget when the table shows we beat it by a wide margin. The ceilings (offer JS 15 KB,
// offer HTML+CSS 50 KB, embed total 30 KB) were tightened on 2026-11-29 to about twice what the pages use.

import { LANG_ALTERNATION, type Lang } from '../../src/schemas/langs.ts';

export interface Budget {
  js?: number;
  htmlCss?: number;
  total?: number;
  file?: number;
}

export interface PageType {
  id: string;
  /** What the page is, for the printed table. */
  label: string;
  /** Matches the URL path (always starting with `/`; directory pages end with `/`). */
  pattern: RegExp;
  /** `html`: a page under dist/ (…/index.html or 404.html); `asset`: another file. */
  kind: 'html' | 'asset';
  /** Whether the page belongs in the sitemap. */
  indexed: boolean;
  /** Whether other sites may frame it (the deploy headers allow framing only for these). */
  frameable: boolean;
  budget: Budget;
}

const KB = 1024;
const L = `(${LANG_ALTERNATION})`;

export const PAGE_TYPES: readonly PageType[] = [
  {
    id: 'picker',
    label: 'language picker /',
    pattern: /^\/$/,
    kind: 'html',
    indexed: false,
    frameable: false,
    budget: { js: 1 * KB, htmlCss: 10 * KB },
  },
  {
    id: '404',
    label: 'not found',
    pattern: /^\/404(\.html|\/)$/,
    kind: 'html',
    indexed: false,
    frameable: false,
    // Its only script is the header's shortlist count (about 0.9 KB).
    budget: { js: 1 * KB, htmlCss: 10 * KB },
  },
  // The home page's scripts are the header's shortlist count and the Save buttons on its featured cards (about 2 KB).
  {
    id: 'home',
    label: 'home',
    pattern: new RegExp(`^/${L}/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 3 * KB, htmlCss: 20 * KB },
  },
  // The catalog shows a fixed page of offers (LIST_PAGE_SIZE) and its map as a build-time picture, so its first
  // view stays the same from 31 to 3,000 offers (issue 17: 35 KB in all); Leaflet and the map's offers load on request.
  {
    id: 'catalog',
    label: 'catalog',
    pattern: new RegExp(`^/${L}/offers/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 12 * KB, htmlCss: 30 * KB, total: 35 * KB },
  },
  // Pages 2… of the catalog list: the same page without the map.
  {
    id: 'catalog-page',
    label: 'catalog page 2…',
    pattern: new RegExp(`^/${L}/offers/page/\\d+/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 12 * KB, htmlCss: 30 * KB, total: 35 * KB },
  },
  {
    id: 'offer',
    label: 'offer',
    pattern: new RegExp(`^/${L}/offers/[^/]+/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 5 * KB, htmlCss: 30 * KB },
  },
  // A district page needs JS only for its map loader (Leaflet itself loads on request); it shows a fixed page
  // of offers and its map as a build-time picture, so it stays the same size as the area grows (issue 17: 30 KB).
  {
    id: 'district',
    label: 'district',
    pattern: new RegExp(`^/${L}/districts/[^/]+/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 5 * KB, htmlCss: 25 * KB, total: 30 * KB },
  },
  // Pages 2… of an area's offers: the list alone.
  {
    id: 'district-page',
    label: 'district page 2…',
    pattern: new RegExp(`^/${L}/districts/[^/]+/page/\\d+/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 5 * KB, htmlCss: 25 * KB, total: 30 * KB },
  },
  {
    id: 'invest',
    label: 'invest',
    pattern: new RegExp(`^/${L}/invest/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 1 * KB, htmlCss: 20 * KB },
  },
  {
    id: 'data',
    label: 'open data',
    pattern: new RegExp(`^/${L}/data/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 1 * KB, htmlCss: 20 * KB },
  },
  {
    id: 'embed-docs',
    label: 'embed start /…/embed/',
    pattern: new RegExp(`^/${L}/embed/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 6 * KB, htmlCss: 25 * KB },
  },
  {
    id: 'embed-list',
    label: 'embed list',
    pattern: new RegExp(`^/${L}/embed/offers/$`),
    kind: 'html',
    indexed: false,
    frameable: true,
    budget: { total: 30 * KB },
  },
  {
    id: 'embed-card',
    label: 'embed card',
    pattern: new RegExp(`^/${L}/embed/offers/[^/]+/$`),
    kind: 'html',
    indexed: false,
    frameable: true,
    budget: { total: 12 * KB },
  },
  // Built in the browser from localStorage and each saved offer's small record (/{lang}/shortlist/{id}.json);
  // not indexed: it is empty until someone saves offers.
  {
    id: 'shortlist',
    label: 'shortlist',
    pattern: new RegExp(`^/${L}/shortlist/$`),
    kind: 'html',
    indexed: false,
    frameable: false,
    budget: { js: 6 * KB, htmlCss: 20 * KB },
  },
  // Two to four offers side by side from their records. The ceiling is 30 KB gzipped in total on first
  // view: the page (HTML, CSS, JS: 11 KB on 2026-12-01) plus the records it fetches (/{lang}/shortlist/{id}.json,
  // at most 2.5 KB each, 10 KB for the four largest in Kazakh), so the page itself gets 18 KB. No map library.
  {
    id: 'compare',
    label: 'compare',
    pattern: new RegExp(`^/${L}/compare/$`),
    kind: 'html',
    indexed: false,
    frameable: false,
    budget: { js: 6 * KB, total: 18 * KB },
  },
  {
    id: 'embed-loader',
    label: 'embed loader /embed.js',
    pattern: /^\/embed\.js$/,
    kind: 'asset',
    indexed: false,
    frameable: false,
    budget: { file: 3 * KB },
  },
];

/** Any other HTML page: indexed, not frameable, checked with the offer page's budget. */
export const OTHER_TYPE: PageType = {
  id: 'other',
  label: 'other (no pattern yet)',
  pattern: /.*/,
  kind: 'html',
  indexed: true,
  frameable: false,
  budget: { js: 15 * KB, htmlCss: 50 * KB },
};

/**
 * The editor (Decap CMS at /admin/, deploy/CMS.md) is not a public page: it is noindex, outside the sitemap and
 * search, runs a 5 MB bundle under its own CSP, and its markup is Decap's. The public gates (axe, budgets, links,
 * HTML validity, the page CSP) leave it out on purpose; tests/built/admin.test.ts and tests/browser/cms.test.ts
 * check it instead.
 */
export const EDITOR_PATH = /^\/admin\//;

/** Whether a built URL path is a public page the site's gates check (everything but the editor). */
export const isPublicPath = (urlPath: string): boolean => !EDITOR_PATH.test(urlPath);

/** The type of an HTML page or asset URL path. Assets that match no pattern get `undefined`. */
export function pageTypeOf(urlPath: string, kind: 'html' | 'asset' = 'html'): PageType | undefined {
  const found = PAGE_TYPES.find((t) => t.kind === kind && t.pattern.test(urlPath));
  return found ?? (kind === 'html' ? OTHER_TYPE : undefined);
}

/** The language of a page from its first path segment, if it has one. */
export function langOf(urlPath: string): Lang | undefined {
  return new RegExp(`^/${L}/`).exec(urlPath)?.[1] as Lang | undefined;
}

/** Whether a URL path may be framed by other sites (embed pages). */
export function isFrameable(urlPath: string): boolean {
  return new RegExp(`^/${L}/embed/`).test(urlPath);
}
