// Edges of the shortlist's pure parts that the main shortlist tests do not reach: the longest id kept,
// compare links with real (multi-letter) ids, a hand-made link ticking more than four offers, an empty note,
// and what the offline worker finds in minified HTML and scripts.
import { describe, expect, it } from 'vitest';
import { rowDiffers, type CompareRecord } from '../../src/lib/shortlist/compareRows.ts';
import { moduleImports, pageFiles } from '../../src/lib/shortlist/offlinePlan.ts';
import { compareChoice, parseCompareIds, parseShortlist, withSaved } from '../../src/lib/shortlist/shortlist.ts';

describe('offer ids the shortlist accepts', () => {
  it('keeps an id of 120 characters and drops one of 121', () => {
    const longest = 'a'.repeat(120);
    const tooLong = 'a'.repeat(121);
    expect(parseShortlist(JSON.stringify([longest, tooLong, 'kent']))).toEqual([longest, 'kent']);
    expect(withSaved([], tooLong, true)).toEqual([]);
    expect(withSaved([], longest, true)).toEqual([longest]);
  });
});

describe('compare link with real ids', () => {
  it('splits the parameter at commas only, keeping each whole id', () => {
    expect(parseCompareIds('karkaraly-kent-camping,balkhash-city-beach')).toEqual({
      ids: ['karkaraly-kent-camping', 'balkhash-city-beach'],
      leftOut: 0,
    });
    expect(parseCompareIds(' kent , beach ')).toEqual({ ids: ['kent', 'beach'], leftOut: 0 });
  });
});

describe('choosing which ticked offers to compare', () => {
  it('never puts more than four side by side, even when more are ticked', () => {
    const saved = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(compareChoice(saved, new Set(saved))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('differences with an empty note', () => {
  const rec = (cells: CompareRecord['cells']): CompareRecord => ({ id: 'x', url: '/', title: 'x', cells });
  it('treats an empty note like no note: the two read the same', () => {
    expect(rowDiffers([rec({ a: { value: '1 ha', note: '' } }), rec({ a: { value: '1 ha' } })], 'a')).toBe(false);
  });
});

describe('files the offline worker finds', () => {
  it('finds an unquoted attribute, as minified HTML writes it', () => {
    expect(pageFiles('<script type=module src=/_astro/page.C2.js></script><img src=/photos/a.webp alt="">')).toEqual([
      '/_astro/page.C2.js',
      '/photos/a.webp',
    ]);
  });

  it('decodes &amp; in a path instead of dropping it, so no other file is asked for', () => {
    // "/photos/a&b.jpg" is not a name the worker keeps; dropping the entity would make it "/photos/ab.jpg".
    expect(pageFiles('<img src="/photos/a&amp;b.jpg">')).toEqual([]);
    expect(pageFiles('<link rel="stylesheet" href="/_astro/a.css?v=1&amp;w=2">')).toEqual(['/_astro/a.css']);
  });

  it('finds every static import of minified code, each from its own "from"', () => {
    const js = 'import{a}from"./one.A1.js";import{b}from"./two.B2.js";export{a,b};';
    expect(moduleImports(js, '/_astro/page.C2.js')).toEqual(['/_astro/one.A1.js', '/_astro/two.B2.js']);
  });

  it('finds an import that starts a new line', () => {
    expect(moduleImports('const x = 1\nimport "./side.E4.js"\n', '/_astro/page.C2.js')).toEqual(['/_astro/side.E4.js']);
  });

  it('leaves out imports of files it may not keep: another site, above the assets folder, data files', () => {
    const js = 'import"https://cdn.example.org/lib.js";import"../x.js";import"./data.json";import"./ok.F6.js";';
    expect(moduleImports(js, '/_astro/page.C2.js')).toEqual(['/_astro/ok.F6.js']);
  });
});
