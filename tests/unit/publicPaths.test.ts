// Addresses other people keep: shared compare links, saved shortlists, and the share pictures messengers
// cache. A change here breaks links already sent, so each is written out in full.
import { describe, expect, it } from 'vitest';
import { ogImagePaths } from '../../src/lib/share/paths.ts';
import { shortlistPaths } from '../../src/lib/shortlist/paths.ts';

describe('public addresses', () => {
  it('keeps the shortlist, compare and compare-record addresses of each language', () => {
    expect(shortlistPaths.shortlist('kk')).toBe('/kk/shortlist/');
    expect(shortlistPaths.compare('ru')).toBe('/ru/compare/');
    expect(shortlistPaths.record('en', 'balkhash-city-beach')).toBe('/en/shortlist/balkhash-city-beach.json');
  });

  it('gives each offer one share picture per language, and each language one site picture', () => {
    expect(ogImagePaths.offer('kk', 'shaitankol-glamping')).toBe('/og/kk/offers/shaitankol-glamping.png');
    expect(ogImagePaths.offer('ru', 'shaitankol-glamping')).toBe('/og/ru/offers/shaitankol-glamping.png');
    expect(ogImagePaths.site('en')).toBe('/og/en/site.png');
  });
});
