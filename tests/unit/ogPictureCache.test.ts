// Share pictures are cached under their inputs and the version of the code that draws them, so a
// rebuild draws only what changed. These tests hold the two ways that could go wrong: a picture
// that changed but kept its key (a stale preview), and a picture drawn again although it is cached.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { hashSources, OG_DESIGN_SOURCES } from '../../src/lib/share/designVersion.ts';
import { renderOgPng } from '../../src/lib/share/ogImageRender.ts';
import { offerOgPicture } from '../../src/lib/share/ogInputs.ts';
import { fixtureCatalog, fixtureWith, replaceIn, tempDir } from './helpers.ts';

afterEach(() => {
  delete process.env.OG_IMAGE_CACHE;
});

describe('design version (hash of the files that draw a picture)', () => {
  function project(): string {
    const root = tempDir();
    mkdirSync(join(root, 'src/lib/map'), { recursive: true });
    writeFileSync(join(root, 'src/lib/map/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/draw.ts'), 'export const colour = "#0b5c7a";\n');
    return root;
  }
  const sources = ['src/draw.ts', 'src/lib/map'];

  it('is the same for the same files, and changes when one byte of a listed file changes', () => {
    const root = project();
    const before = hashSources(root, sources);
    expect(hashSources(root, sources)).toBe(before);
    writeFileSync(join(root, 'src/draw.ts'), 'export const colour = "#0b5c7b";\n');
    expect(hashSources(root, sources)).not.toBe(before);
  });

  it('changes when a file is added to a listed folder', () => {
    const root = project();
    const before = hashSources(root, sources);
    writeFileSync(join(root, 'src/lib/map/b.ts'), 'export const b = 2;\n');
    expect(hashSources(root, sources)).not.toBe(before);
  });

  it('names the missing file and says where to run the build', () => {
    expect(() => hashSources(project(), ['src/lib/share/ogImageSvg.ts'])).toThrow(
      /cannot read src\/lib\/share\/ogImageSvg\.ts .*project's folder/,
    );
  });

  it('covers the files that draw an offer picture in this project', () => {
    // Every listed source exists here, so the build's own key can be made.
    expect(hashSources(process.cwd(), OG_DESIGN_SOURCES)).toMatch(/^[0-9a-f]{64}$/);
    expect(OG_DESIGN_SOURCES).toEqual(expect.arrayContaining(['src/lib/share/ogImageSvg.ts', 'src/lib/map', 'src/data/geo']));
  });
});

describe('offer picture key', () => {
  const catalog = fixtureCatalog();
  const picture = (cat: typeof catalog, id: string, lang: 'en' | 'ru' | 'kk') =>
    offerOgPicture(toOfferView(cat.offers.find((o) => o.id === id)!, lang, cat), cat, true);

  it('is stable for the same offer and language, and differs between languages and offers', () => {
    const en = picture(catalog, 'shaitankol-glamping', 'en').key;
    expect(picture(catalog, 'shaitankol-glamping', 'en').key).toBe(en);
    expect(picture(catalog, 'shaitankol-glamping', 'kk').key).not.toBe(en);
    expect(picture(catalog, 'balkhash-test-base', 'en').key).not.toBe(en);
  });

  it('changes when the price an investor reads on it changes, and only for that offer', () => {
    const changed = fixtureCatalog(
      fixtureWith((dir) => replaceIn(dir, 'offers/shaitankol-glamping/facts.yaml', 'amountKzt: 1850000', 'amountKzt: 1950000')),
    );
    const before = picture(catalog, 'shaitankol-glamping', 'ru');
    const after = picture(changed, 'shaitankol-glamping', 'ru');
    expect(after.key).not.toBe(before.key);
    expect(before.svg()).toContain('1 850 000');
    expect(after.svg()).toContain('1 950 000');
    expect(picture(changed, 'balkhash-test-base', 'ru').key).toBe(picture(catalog, 'balkhash-test-base', 'ru').key);
  });

  it('changes when the offer moves, since the map shows where it is', () => {
    const facts = 'offers/shaitankol-glamping/facts.yaml';
    const moved = fixtureCatalog(fixtureWith((dir) => replaceIn(dir, facts, 'lat: 49.4035', 'lat: 49.4135')));
    expect(picture(moved, 'shaitankol-glamping', 'en').key).not.toBe(picture(catalog, 'shaitankol-glamping', 'en').key);
  });
});

describe('picture cache', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#0b5c7a"/></svg>';

  /** A picture that counts how often its SVG is made. */
  function countedPicture(key: string) {
    const counter = { made: 0 };
    const picture = {
      key,
      svg: () => {
        counter.made++;
        return svg;
      },
    };
    return { picture, counter };
  }

  it('draws a picture once, then reads it back without making its SVG again', async () => {
    process.env.OG_IMAGE_CACHE = tempDir();
    const { picture, counter } = countedPicture('a'.repeat(64));
    const first = await renderOgPng(picture);
    expect(counter.made).toBe(1);
    expect(first.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readdirSync(process.env.OG_IMAGE_CACHE)).toEqual([`${'a'.repeat(64)}.png`]);
    const second = await renderOgPng(picture);
    expect(counter.made).toBe(1);
    expect(second.equals(first)).toBe(true);
  });

  it('draws a picture asked for twice at once only once', async () => {
    process.env.OG_IMAGE_CACHE = tempDir();
    const { picture, counter } = countedPicture('b'.repeat(64));
    await Promise.all([renderOgPng(picture), renderOgPng(picture)]);
    expect(counter.made).toBe(1);
  });
});
