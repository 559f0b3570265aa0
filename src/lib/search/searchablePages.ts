/**
 * The built pages Pagefind reads, relative to dist/: offer pages, area pages and the invest page of
 * each language. Pagefind would otherwise parse every HTML file (embed cards and lists too) only to
 * find no data-pagefind-body in most of them; at 3,000 offers that is half its time. A built test
 * fails if a page marked data-pagefind-body falls outside this pattern.
 */
export const SEARCHABLE_PAGES_GLOB = '*/{offers/*,districts/*,invest}/index.html';
