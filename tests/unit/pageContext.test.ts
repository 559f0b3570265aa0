// The catalog as pages load it (loadCatalog.ts, through Astro's collections) and the opening every page shares
// (pageContext.ts), on the good fixture: Astro's getCollection and getEntry are stood in for by the fixture's
// entries, with the ids Astro gives them, so this runs outside Astro.
import { describe, expect, it, vi } from 'vitest';
import { buildOnFixtureDay, fixtureCollectionNames } from './astroContentStandIn.ts';
import { fixtureCatalog, TODAY } from './helpers.ts';

const asked: string[] = [];
vi.mock('astro:content', async () => (await import('./astroContentStandIn.ts')).fixtureCollections(asked));
buildOnFixtureDay();

const { buildDay, getDistrictTextEntry, getOfferTextEntry, loadCatalog } = await import('../../src/lib/catalog/loadCatalog.ts');
const { districtPaths, languagePaths, localPaths, offerPaths, pageContext } = await import('../../src/lib/catalog/pageContext.ts');

describe('the catalog the pages load', () => {
  it('is the catalog of the same content the checker reads, on the build day', async () => {
    expect(buildDay()).toBe(TODAY);
    expect(await loadCatalog()).toEqual(fixtureCatalog());
    // Every collection of the content layout, each read once (the layout's own list is pinned in contentConfig.test.ts).
    expect([...asked].sort()).toEqual(fixtureCollectionNames());
    expect(asked).toHaveLength(10);
  });

  it('is loaded once per build: every page gets the same catalog, and the collections are read once', async () => {
    const first = await loadCatalog();
    const readsBefore = asked.length;
    expect(await loadCatalog()).toBe(first);
    expect(asked.length).toBe(readsBefore);
  });

  it('finds a text entry by its folder and language, as Astro names it', async () => {
    expect(await getOfferTextEntry('shaitankol-glamping', 'kk')).toEqual({ collection: 'offerTexts', id: 'shaitankol-glamping/kk' });
    expect(await getDistrictTextEntry('karkaraly', 'ru')).toEqual({ collection: 'districtTexts', id: 'karkaraly/ru' });
  });
});

describe('what every page starts from', () => {
  it('lists a page once per language', () => {
    expect(languagePaths()).toEqual([{ params: { lang: 'en' } }, { params: { lang: 'ru' } }, { params: { lang: 'kk' } }]);
  });

  it('lists an offer page for every offer in every language, and an area page for every area', async () => {
    const offers = fixtureCatalog().offers.map((o) => o.id);
    const paths = await offerPaths();
    expect(paths).toHaveLength(offers.length * 3);
    for (const lang of ['en', 'ru', 'kk']) for (const id of offers) expect(paths).toContainEqual({ params: { lang, id } });
    const areas = await districtPaths();
    expect(areas.map((p) => `${p.params.lang} ${p.params.id}`).sort()).toEqual(
      ['en', 'ru', 'kk'].flatMap((lang) => fixtureCatalog().districts.map((d) => `${lang} ${d.id}`)).sort(),
    );
  });

  it('gives the addresses of the site in the page language', () => {
    const kk = localPaths('kk');
    expect({ ...kk, offer: kk.offer('shaitankol-glamping'), district: kk.district('balkhash') }).toEqual({
      home: '/kk/',
      offers: '/kk/offers/',
      invest: '/kk/invest/',
      data: '/kk/data/',
      embed: '/kk/embed/',
      offer: '/kk/offers/shaitankol-glamping/',
      district: '/kk/districts/balkhash/',
    });
  });

  it('binds the language, its words, the catalog, the addresses and the id of the route', async () => {
    const context = await pageContext({ params: { lang: 'ru', id: 'shaitankol-glamping' } });
    expect(context.lang).toBe('ru');
    expect(context.id).toBe('shaitankol-glamping');
    expect(context.catalog).toBe(await loadCatalog());
    expect(context.paths.offers).toBe('/ru/offers/');
    expect(context.t('nav.offers')).toBe('Предложения');
    expect((await pageContext({ params: { lang: 'en' } })).t('nav.offers')).toBe('Offers');
  });

  it('gives an empty id on a page without one, and refuses a language the site does not have', async () => {
    expect((await pageContext({ params: { lang: 'kk' } })).id).toBe('');
    await expect(pageContext({ params: { lang: 'de' } })).rejects.toThrow('No such language: de');
    await expect(pageContext({ params: {} })).rejects.toThrow('No such language: undefined');
  });
});
