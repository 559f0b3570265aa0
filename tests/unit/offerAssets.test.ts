// The build writes every offer's thumbnails, compare records and share pictures in a worker thread
// (src/lib/build/offerAssets.ts), and `astro dev` serves the same files through routes. These tests hold what
// the pages rely on: every offer has its three files in every language at the address the pages link to, each
// file is exactly what the route would serve, and the catalog's order does not depend on which loader read the
// content (Astro's store sorts by id, the checker's tree keeps file order).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { offerCompareJson, offerSharePicture, offerThumbnailSvg, writeOfferAssets } from '../../src/lib/build/offerAssets.ts';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { entriesFromTree, toCatalogInput } from '../../src/lib/content/catalogInput.ts';
import { runWorker } from '../../src/integrations/offerAssets.ts';
import { renderOgPng } from '../../src/lib/share/ogImageRender.ts';
import { check, fixtureCatalog, GOOD_FIXTURE, TODAY, tempDir } from './helpers.ts';

afterEach(() => {
  delete process.env.OG_IMAGE_CACHE;
});

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length))
    .sort();

describe('writeOfferAssets', () => {
  it('writes three files per offer and language at the addresses the pages use, each as its route serves it', async () => {
    process.env.OG_IMAGE_CACHE = tempDir();
    const catalog = fixtureCatalog();
    const out = tempDir();
    const counts = await writeOfferAssets(catalog, out, true);
    // The good fixture has two offers; three languages.
    expect(counts).toEqual({ thumbnails: 6, records: 6, pictures: 6 });
    expect(filesUnder(out)).toEqual([
      '/en/shortlist/balkhash-test-base.json',
      '/en/shortlist/shaitankol-glamping.json',
      '/kk/shortlist/balkhash-test-base.json',
      '/kk/shortlist/shaitankol-glamping.json',
      '/maps/offers/balkhash-test-base.kk.svg',
      '/maps/offers/balkhash-test-base.ru.svg',
      '/maps/offers/balkhash-test-base.svg',
      '/maps/offers/shaitankol-glamping.kk.svg',
      '/maps/offers/shaitankol-glamping.ru.svg',
      '/maps/offers/shaitankol-glamping.svg',
      '/og/en/offers/balkhash-test-base.png',
      '/og/en/offers/shaitankol-glamping.png',
      '/og/kk/offers/balkhash-test-base.png',
      '/og/kk/offers/shaitankol-glamping.png',
      '/og/ru/offers/balkhash-test-base.png',
      '/og/ru/offers/shaitankol-glamping.png',
      '/ru/shortlist/balkhash-test-base.json',
      '/ru/shortlist/shaitankol-glamping.json',
    ]);
    const read = (path: string) => readFileSync(join(out, path));
    expect(read('/maps/offers/shaitankol-glamping.kk.svg').toString()).toBe(offerThumbnailSvg(catalog, 'shaitankol-glamping', 'kk'));
    expect(read('/maps/offers/shaitankol-glamping.kk.svg').toString()).toContain('Шайтанкөл');
    expect(read('/ru/shortlist/balkhash-test-base.json').toString()).toBe(offerCompareJson(catalog, 'balkhash-test-base', 'ru'));
    expect(JSON.parse(read('/ru/shortlist/balkhash-test-base.json').toString())).toMatchObject({ id: 'balkhash-test-base' });
    const png = read('/og/kk/offers/shaitankol-glamping.png');
    expect(png.equals(await renderOgPng(offerSharePicture(catalog, 'shaitankol-glamping', 'kk', true)))).toBe(true);
    // A PNG of 1200 × 630: the signature, then the IHDR width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 60_000);

  it('refuses an offer that is not in the catalog, naming it', () => {
    expect(() => offerThumbnailSvg(fixtureCatalog(), 'no-such-offer', 'en')).toThrow('offer no-such-offer: not in the catalog');
  });
});

// Skipped by the mutation run (scripts/mutation): a worker thread loads the modules afresh, without Stryker's mutants.
describe.skipIf(process.env.CATALOG_MUTATION_RUN)('the build worker (src/integrations/offerAssetsWorker.ts)', () => {
  const WORKER = new URL('../../src/integrations/offerAssetsWorker.ts', import.meta.url);
  const root = join(import.meta.dirname, '../..');

  it('writes the files of a content folder and reports how many', async () => {
    process.env.OG_IMAGE_CACHE = tempDir();
    const out = tempDir();
    const counts = await runWorker(WORKER, { root, contentDir: join(root, GOOD_FIXTURE), outDir: out });
    expect(counts).toEqual({ thumbnails: 6, records: 6, pictures: 6 });
    expect(filesUnder(out)).toHaveLength(18);
  }, 60_000);

  it('rejects with its error when it cannot write, so the build fails instead of shipping pages without them', async () => {
    process.env.OG_IMAGE_CACHE = tempDir();
    const notAFolder = join(tempDir(), 'dist');
    writeFileSync(notAFolder, '');
    await expect(runWorker(WORKER, { root, contentDir: join(root, GOOD_FIXTURE), outDir: notAFolder })).rejects.toThrow(
      /Writing the offers' thumbnails, records and pictures failed: .*ENOTDIR/,
    );
  }, 60_000);
});

describe('the catalog order', () => {
  it('is the same whatever order the loader lists entries in', () => {
    const entries = entriesFromTree(check(GOOD_FIXTURE).tree);
    const reversed = Object.fromEntries(
      Object.entries(entries).map(([name, list]) => [name, [...list].reverse()]),
    ) as unknown as typeof entries;
    const inFileOrder = buildCatalog(toCatalogInput(entries, TODAY));
    const inReverseOrder = buildCatalog(toCatalogInput(reversed, TODAY));
    expect(inReverseOrder).toEqual(inFileOrder);
    // By id, as Astro's store gives them: the fixture's places file starts with karaganda, then karaganda-airport.
    expect(inFileOrder.places.slice(0, 3).map((p) => p.id)).toEqual(['balkhash', 'balkhash-airport', 'bolshoye-shchuchye']);
  });
});
