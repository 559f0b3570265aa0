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
    budget: { js: 0, htmlCss: 10 * KB },
  },
  // The home page has no interactive feature that needs JS; a small allowance keeps room for one enhancement.
  {
    id: 'home',
    label: 'home',
    pattern: new RegExp(`^/${L}/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 1 * KB, htmlCss: 20 * KB },
  },
  // The catalog lists every offer, so its HTML grows with the content (about 0.6 KB gzipped per offer); its JS does not.
  {
    id: 'catalog',
    label: 'catalog',
    pattern: new RegExp(`^/${L}/offers/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 12 * KB, htmlCss: 120 * KB },
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
  // A district page needs JS only for its map loader (Leaflet itself loads lazily); its HTML grows with its offers.
  {
    id: 'district',
    label: 'district',
    pattern: new RegExp(`^/${L}/districts/[^/]+/$`),
    kind: 'html',
    indexed: true,
    frameable: false,
    budget: { js: 5 * KB, htmlCss: 60 * KB },
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
