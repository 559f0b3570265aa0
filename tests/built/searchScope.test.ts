// Pagefind reads only the files SEARCHABLE_PAGES_GLOB names (for build speed). A page that asks to be
// searchable (data-pagefind-body) but falls outside the pattern would silently vanish from search.
import { matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_PAGES_GLOB } from '../../src/lib/search/searchablePages.ts';
import { DIST, docOf, pages } from './site.ts';

const inGlob = (file: string) => matchesGlob(relative(DIST, file), SEARCHABLE_PAGES_GLOB);

describe('what the search index reads', () => {
  it('covers every page marked data-pagefind-body, and only such pages', () => {
    const marked = pages.filter((p) => docOf(p).querySelector('[data-pagefind-body]') !== null).map((p) => p.urlPath);
    const read = pages.filter((p) => inGlob(p.file)).map((p) => p.urlPath);
    expect(marked.length).toBeGreaterThan(30);
    expect(read.sort()).toEqual(marked.sort());
  });

  it('leaves out the catalog, embeds and data pages', () => {
    for (const path of ['en/offers/index.html', 'ru/embed/offers/index.html', 'kk/data/index.html', 'index.html'])
      expect(inGlob(`${DIST}/${path}`), path).toBe(false);
  });
});
