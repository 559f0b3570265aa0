// Links gate: every internal reference in dist/ resolves, hreflang alternates are reciprocal,
// the sitemap lists exactly the indexable pages, and no page is empty or a disguised 404.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localPathOf, referencesIn, resolveUrlPath } from '../../scripts/quality/distSite.ts';
import { DIST, SITE_ORIGIN, docOf, pages, sitePath } from './site.ts';

const byPath = new Map(pages.map((p) => [p.urlPath, p]));

describe('internal links in the built site', () => {
  it('finds the pages it checks', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(byPath.has('/')).toBe(true);
  });

  it('resolves every internal href, src and srcset on every page to a file in dist/', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const ref of referencesIn(docOf(page))) {
        const path = localPathOf(ref.url, page.urlPath, SITE_ORIGIN);
        if (path === undefined) continue;
        checked++;
        if (!resolveUrlPath(DIST, path)) broken.push(`${page.urlPath}: ${ref.where}="${ref.url}"`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('gives every page with a canonical link its own address', () => {
    const wrong = pages.flatMap((page) => {
      const canonical = docOf(page).querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical === undefined || page.type.id === '404') return [];
      return sitePath(canonical) === page.urlPath ? [] : [`${page.urlPath} → ${canonical}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('hreflang alternates', () => {
  const alternatesOf = (urlPath: string) => {
    const page = byPath.get(urlPath)!;
    return docOf(page)
      .querySelectorAll('link[rel="alternate"][hreflang]:not([type])')
      .map((l) => ({ hreflang: l.getAttribute('hreflang')!, path: sitePath(l.getAttribute('href')!) }));
  };
  const withAlternates = pages.filter((p) => alternatesOf(p.urlPath).length > 0);

  it('exist on the pages that have language versions', () => {
    expect(withAlternates.length).toBeGreaterThan(pages.length / 2);
  });

  it('point only to built pages whose <html lang> is the hreflang', () => {
    const wrong: string[] = [];
    for (const page of withAlternates) {
      for (const alt of alternatesOf(page.urlPath)) {
        const target = alt.path && byPath.get(alt.path);
        if (!target) {
          wrong.push(`${page.urlPath}: hreflang=${alt.hreflang} → ${alt.path ?? 'another origin'} is not a built page`);
          continue;
        }
        const lang = docOf(target).querySelector('html')?.getAttribute('lang');
        if (alt.hreflang !== 'x-default' && lang !== alt.hreflang)
          wrong.push(`${page.urlPath}: hreflang=${alt.hreflang} → ${alt.path} has lang=${lang}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are reciprocal: every alternate lists the page back, and each page lists itself', () => {
    const wrong: string[] = [];
    for (const page of withAlternates) {
      const alts = alternatesOf(page.urlPath).filter((a) => a.hreflang !== 'x-default');
      const lang = docOf(page).querySelector('html')?.getAttribute('lang');
      if (page.lang && !alts.some((a) => a.path === page.urlPath && a.hreflang === lang))
        wrong.push(`${page.urlPath} does not list itself as hreflang=${lang}`);
      for (const alt of alts) {
        if (!alt.path || !byPath.has(alt.path) || alt.path === page.urlPath) continue;
        if (!alternatesOf(alt.path).some((back) => back.path === page.urlPath))
          wrong.push(`${page.urlPath} → ${alt.path} (hreflang=${alt.hreflang}), but not back`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agree on one x-default within each set of language versions', () => {
    const wrong: string[] = [];
    for (const page of withAlternates) {
      const alts = alternatesOf(page.urlPath);
      const xDefault = alts.filter((a) => a.hreflang === 'x-default');
      if (xDefault.length !== 1) {
        wrong.push(`${page.urlPath} has ${xDefault.length} x-default links`);
        continue;
      }
      for (const alt of alts) {
        if (!alt.path || alt.hreflang === 'x-default' || !byPath.has(alt.path)) continue;
        const theirs = alternatesOf(alt.path).find((a) => a.hreflang === 'x-default')?.path;
        if (theirs !== xDefault[0]!.path) wrong.push(`${page.urlPath} says x-default is ${xDefault[0]!.path}, ${alt.path} says ${theirs}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the sitemap', () => {
  const readLocs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const index = join(DIST, 'sitemap-index.xml');
  const sitemapFiles = existsSync(index) ? readLocs(index).map((u) => join(DIST, sitePath(u) ?? '/missing')) : [];
  const listed = sitemapFiles.flatMap((f) => (existsSync(f) ? readLocs(f) : []));

  it('has an index that points to sitemap files in dist/', () => {
    expect(sitemapFiles.length).toBeGreaterThan(0);
    for (const f of sitemapFiles) expect(existsSync(f), f).toBe(true);
  });

  it('lists exactly the built pages that should be indexed (not /, 404 or embeds), once each', () => {
    const expected = pages
      .filter((p) => p.type.indexed)
      .map((p) => p.urlPath)
      .sort();
    const paths = listed.map((u) => sitePath(u) ?? `another origin: ${u}`);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(expected);
  });

  it('names, for each page, the same language versions as the page itself', () => {
    const wrong: string[] = [];
    for (const file of sitemapFiles) {
      const xml = readFileSync(file, 'utf8');
      for (const [, block] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
        const loc = sitePath(/<loc>([^<]+)<\/loc>/.exec(block!)![1]!)!;
        const inSitemap = [...block!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${sitePath(m[2]!)}`).sort();
        const page = byPath.get(loc);
        if (!page) continue;
        const inPage = docOf(page)
          .querySelectorAll('link[rel="alternate"][hreflang]:not([type])')
          .filter((l) => l.getAttribute('hreflang') !== 'x-default')
          .map((l) => `${l.getAttribute('hreflang')} ${sitePath(l.getAttribute('href')!)}`)
          .sort();
        if (inSitemap.join() !== inPage.join()) wrong.push(`${loc}: sitemap [${inSitemap.join(', ')}] ≠ page [${inPage.join(', ')}]`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('page content', () => {
  const notFound = pages.find((p) => p.type.id === '404');
  const titleOf = (p: (typeof pages)[number]) => docOf(p).querySelector('title')?.textContent.trim() ?? '';

  it('has a 404 page', () => {
    expect(notFound).toBeDefined();
  });

  it('gives every page a title and visible text', () => {
    const empty = pages.filter(
      (p) => titleOf(p) === '' || (docOf(p).querySelector('body')?.textContent.replace(/\s+/g, ' ').trim().length ?? 0) < 40,
    );
    expect(empty.map((p) => p.urlPath)).toEqual([]);
  });

  it('gives every site page (not embeds) exactly one non-empty <h1>', () => {
    const wrong = pages
      .filter((p) => !p.type.frameable)
      .flatMap((p) => {
        const h1s = docOf(p).querySelectorAll('h1');
        return h1s.length === 1 && h1s[0]!.textContent.trim() !== '' ? [] : [`${p.urlPath}: ${h1s.length} <h1>`];
      });
    expect(wrong).toEqual([]);
  });

  it('has no page other than 404 that is a copy of the not-found page', () => {
    const marker = titleOf(notFound!);
    expect(pages.filter((p) => p !== notFound && titleOf(p) === marker).map((p) => p.urlPath)).toEqual([]);
  });
});
