// The editor at /admin/ is left out of the public gates (scripts/quality/pageTypes.ts, EDITOR_PATH); these are
// its own checks: served from our origin only, noindex, outside the sitemap and search, under its own CSP.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, headersFor } from '../../scripts/quality/headersFile.ts';
import { SEARCHABLE_PAGES_GLOB } from '../../src/lib/search/searchablePages.ts';
import { DIST, pages } from './site.ts';

const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
const doc = parse(html);
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

describe('the editor at /admin/ in the built site', () => {
  it('loads only the Decap bundle copied from node_modules and our widgets after it, with no inline script', () => {
    const scripts = doc.querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['/admin/decap-cms.js', '/admin/editor.js']);
    // Our additions are one classic script from our own origin that registers them with Decap and loads nothing.
    const widgets = readFileSync(join(DIST, 'admin/editor.js'), 'utf8');
    expect(widgets).toContain('string-with-other-languages');
    expect(widgets).toContain('markdown-with-other-languages');
    expect(widgets).not.toMatch(/https?:\/\/|import\(|\beval\(|new Function/);
    expect(scripts.every((s) => s.textContent.trim() === '')).toBe(true);
    expect(readFileSync(join(DIST, 'admin/decap-cms.js'), 'utf8')).toBe(readFileSync('node_modules/decap-cms/dist/decap-cms.js', 'utf8'));
    expect(readdirSync(join(DIST, 'admin')).some((f) => f.endsWith('.map'))).toBe(false);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it.each(['kk', 'en'])('has the editor in %s at /admin/<lang>/: the same scripts, its own generated configuration, noindex', (lang) => {
    const kk = parse(readFileSync(join(DIST, `admin/${lang}/index.html`), 'utf8'));
    expect(kk.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(kk.querySelectorAll('script').map((s) => [s.getAttribute('src'), s.textContent.trim()])).toEqual([
      ['/admin/decap-cms.js', ''],
      ['/admin/editor.js', ''],
    ]);
    expect(kk.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe(`/admin/${lang}/config.yml`);
    expect(kk.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(readFileSync(join(DIST, `admin/${lang}/config.yml`), 'utf8')).toBe(readFileSync(`public/admin/${lang}/config.yml`, 'utf8'));
    expect(headersFor(rules, `/admin/${lang}/`)['content-security-policy']).toBe(headersFor(rules, '/admin/')['content-security-policy']);
  });

  it('is noindex, and its configuration is the generated one', () => {
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(readFileSync(join(DIST, 'admin/config.yml'), 'utf8')).toBe(readFileSync('public/admin/config.yml', 'utf8'));
  });

  it('is in neither the sitemap nor the search index, nor among the pages the public gates check', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('/admin');
    expect(matchesGlob('admin/index.html', SEARCHABLE_PAGES_GLOB)).toBe(false);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(pages.some((p) => p.urlPath.startsWith('/admin/'))).toBe(false);
    expect(existsSync(join(DIST, 'admin/index.html'))).toBe(true);
  });

  it('has its own CSP and cannot be framed; the public pages keep theirs', () => {
    const admin = headersFor(rules, '/admin/');
    expect(admin['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com; connect-src 'self' blob: https://api.github.com; font-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(admin['x-frame-options']).toBe('DENY');
    expect(admin['x-robots-tag']).toBe('noindex, nofollow');
    const page = headersFor(rules, '/en/offers/');
    expect(page['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(page['content-security-policy']).not.toMatch(/'unsafe-eval'/);
    expect(page['x-robots-tag']).toBeUndefined();
  });
});
