// The open data document the build writes (loadOpenData.ts): built from the catalog the pages load, once per site
// address, so offers.json and offers.geojson agree. Astro's collections are stood in for by the good fixture's
// entries (as in pageContext.test.ts); the fixture is read when a test first asks, not when this file loads.
import { describe, expect, it, vi } from 'vitest';
import { buildOnFixtureDay } from './astroContentStandIn.ts';

vi.mock('astro:content', async () => (await import('./astroContentStandIn.ts')).fixtureCollections());
buildOnFixtureDay();

const { loadOffersDocument, siteOf } = await import('../../src/lib/data/loadOpenData.ts');

describe('the open data document of a build', () => {
  it('holds the fixture’s two offers, with addresses on the site it is built for', async () => {
    const doc = await loadOffersDocument(new URL('https://invest.example.kz/'));
    expect(doc.count).toBe(2);
    expect(doc.offers.map((o) => o.id).sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
    expect(doc.schema.startsWith('https://invest.example.kz/')).toBe(true);
    expect(doc.illustrative).toBe(true);
  });

  it('is built once per site address: both files of a build get the same document and time stamp', async () => {
    const site = new URL('https://once.example.kz/');
    const first = loadOffersDocument(site);
    expect(loadOffersDocument(new URL('https://once.example.kz/'))).toBe(first);
    const other = await loadOffersDocument(new URL('https://other.example.kz/'));
    expect(other).not.toBe(await first);
    expect(other.schema.startsWith('https://other.example.kz/')).toBe(true);
    expect(other.generatedAt).toBe((await first).generatedAt);
  });
});

describe('the site address of a page', () => {
  it('is the one Astro gives, or else the configured address', () => {
    const given = new URL('https://preview.example.kz/');
    expect(siteOf(given)).toBe(given);
    expect(siteOf(undefined).href).toBe('https://tourism-invest.karaganda.example/');
  });
});
