import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverPages, localPathOf, measurePage, resolveUrlPath, urlPathOf } from '../../scripts/quality/distSite.ts';
import { isFrameable, pageTypeOf } from '../../scripts/quality/pageTypes.ts';
import { gzipSync } from 'node:zlib';

describe('page types by URL pattern', () => {
  it.each([
    ['/', 'picker'],
    ['/404.html', '404'],
    ['/kk/', 'home'],
    ['/en/offers/', 'catalog'],
    ['/ru/offers/karkaraly-kent-camping/', 'offer'],
    ['/en/districts/balkhash/', 'district'],
    ['/kk/invest/', 'invest'],
    ['/ru/data/', 'data'],
    ['/en/embed/', 'embed-docs'],
    ['/en/embed/offers/', 'embed-list'],
    ['/kk/embed/offers/some-offer/', 'embed-card'],
    ['/en/something-new/', 'other'],
  ])('classifies %s as %s', (path, type) => {
    expect(pageTypeOf(path)?.id).toBe(type);
  });

  it('knows the embed loader as an asset, and ignores other assets', () => {
    expect(pageTypeOf('/embed.js', 'asset')?.id).toBe('embed-loader');
    expect(pageTypeOf('/_astro/x.js', 'asset')).toBeUndefined();
  });

  it('lets only embed pages be framed, and keeps them out of the sitemap', () => {
    expect(isFrameable('/en/embed/offers/x/')).toBe(true);
    expect(isFrameable('/en/offers/x/')).toBe(false);
    expect(pageTypeOf('/en/embed/offers/x/')?.indexed).toBe(false);
    expect(pageTypeOf('/en/offers/x/')?.indexed).toBe(true);
  });
});

describe('reading a built site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-fixture-'));
  const write = (file: string, body: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), body);
  };
  const lazy = `export const big = "${'x'.repeat(5000)}";`;
  write('_astro/lazy.js', lazy);
  write('_astro/shared.js', 'export const s = 1;');
  write('_astro/entry.js', 'import { s } from "./shared.js"; document.body.dataset.s = s; button.onclick = () => import("./lazy.js");');
  write('_astro/site.css', 'body { color: red }');
  write('index.html', '<!doctype html><title>x</title>');
  write(
    'en/offers/a/index.html',
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script></head><body><script>var a = 1;</script><script type="application/ld+json">{"a":1}</script></body></html>',
  );
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('turns files into URL paths', () => {
    expect(urlPathOf(dist, join(dist, 'index.html'))).toBe('/');
    expect(urlPathOf(dist, join(dist, 'en/offers/a/index.html'))).toBe('/en/offers/a/');
    expect(
      discoverPages(dist)
        .map((p) => `${p.urlPath} ${p.type.id}`)
        .sort(),
    ).toEqual(['/ picker', '/en/offers/a/ offer']);
  });

  it('resolves URL paths as a static host does, and nothing outside dist/', () => {
    expect(resolveUrlPath(dist, '/en/offers/a/')).toBe(join(dist, 'en/offers/a/index.html'));
    expect(resolveUrlPath(dist, '/en/offers/a')).toBe(join(dist, 'en/offers/a/index.html'));
    expect(resolveUrlPath(dist, '/_astro/site.css?v=1#x')).toBe(join(dist, '_astro/site.css'));
    expect(resolveUrlPath(dist, '/en/offers/b/')).toBeUndefined();
    expect(resolveUrlPath(dist, '/../etc/passwd')).toBeUndefined();
  });

  it('tells site-local references from other origins', () => {
    expect(localPathOf('../b/', '/en/offers/a/', 'https://site.example')).toBe('/en/offers/b/');
    expect(localPathOf('https://site.example/en/', '/', 'https://site.example')).toBe('/en/');
    expect(localPathOf('https://other.example/x', '/', 'https://site.example')).toBeUndefined();
    expect(localPathOf('mailto:a@b.c', '/', 'https://site.example')).toBeUndefined();
    expect(localPathOf('#top', '/', 'https://site.example')).toBeUndefined();
  });

  it('counts scripts a page runs at load with their static imports, but not lazy imports or JSON data', async () => {
    const page = discoverPages(dist).find((p) => p.urlPath === '/en/offers/a/')!;
    const bytes = await measurePage(dist, page);
    const gz = (s: string) => gzipSync(s, { level: 6 }).length;
    expect(bytes.files.sort()).toEqual(['/_astro/entry.js', '/_astro/shared.js', '/_astro/site.css']);
    expect(bytes.js).toBe(
      gz('import { s } from "./shared.js"; document.body.dataset.s = s; button.onclick = () => import("./lazy.js");') +
        gz('export const s = 1;') +
        gz('var a = 1;'),
    );
    expect(bytes.css).toBe(gz('body { color: red }'));
  });
});
