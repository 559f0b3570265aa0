// CSP gate, static half: every built page carries Astro's CSP <meta>, allows no inline script or style
// without its hash, and has no inline event handlers or javascript: URLs (which the policy would block).
// tests/browser/csp.test.ts checks in Chromium that nothing is actually blocked.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { docOf, pages } from './site.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf(page: (typeof pages)[number]) {
  const metas = docOf(page).querySelectorAll('meta[http-equiv="content-security-policy" i]');
  const content = metas[0]?.getAttribute('content') ?? '';
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return { count: metas.length, directives };
}

describe('the Content Security Policy of the built pages', () => {
  it('is a single <meta> in the <head> of every page, before any script', () => {
    const wrong = pages.flatMap((p) => {
      const head = docOf(p).querySelector('head');
      const meta = head?.querySelector('meta[http-equiv="content-security-policy" i]');
      const { count } = policyOf(p);
      if (count !== 1 || !meta) return [`${p.urlPath}: ${count} CSP <meta> elements`];
      const firstScript = docOf(p).querySelector('script');
      const html = docOf(p).toString();
      return firstScript && html.indexOf(firstScript.toString()) < html.indexOf(meta.toString())
        ? [`${p.urlPath}: a script comes before the CSP`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it("never allows 'unsafe-inline' or 'unsafe-eval' scripts, and blocks plugins and <base> hijacking", () => {
    const wrong = pages.flatMap((p) => {
      const d = policyOf(p).directives;
      const script = [...(d.get('script-src') ?? []), ...(d.get('script-src-elem') ?? [])];
      const problems: string[] = [];
      if (!d.has('script-src')) problems.push('no script-src');
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'")) problems.push(`script-src ${script.join(' ')}`);
      if (d.get('object-src')?.join(' ') !== "'none'") problems.push('object-src is not none');
      if (!d.has('base-uri')) problems.push('no base-uri');
      if (!d.get('default-src')?.includes("'self'")) problems.push('no default-src self');
      return problems.map((m) => `${p.urlPath}: ${m}`);
    });
    expect(wrong).toEqual([]);
  });

  it('lists the hash of every inline script and inline style element', () => {
    const missing: string[] = [];
    let inline = 0;
    for (const p of pages) {
      const d = policyOf(p).directives;
      const scriptSources = d.get('script-src-elem') ?? d.get('script-src') ?? [];
      const styleSources = d.get('style-src-elem') ?? d.get('style-src') ?? [];
      for (const s of docOf(p).querySelectorAll('script:not([src])')) {
        if (/json/i.test(s.getAttribute('type') ?? '')) continue;
        inline++;
        if (!scriptSources.includes(sha256(s.rawText))) missing.push(`${p.urlPath}: inline <script> ${s.rawText.slice(0, 60)}…`);
      }
      for (const s of docOf(p).querySelectorAll('style')) {
        inline++;
        if (!styleSources.includes(sha256(s.rawText))) missing.push(`${p.urlPath}: inline <style> ${s.rawText.slice(0, 60)}…`);
      }
    }
    expect(inline).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('runs no inline script at all, because the header policy (deploy/) allows only script files', () => {
    const inline = pages.flatMap((p) =>
      docOf(p)
        .querySelectorAll('script:not([src])')
        .filter((s) => !/^application\/(ld\+)?json$/i.test(s.getAttribute('type') ?? ''))
        .map((s) => `${p.urlPath}: <script> ${s.rawText.slice(0, 60)}…`),
    );
    expect(inline).toEqual([]);
  });

  it('keeps images to the site, data: URLs and the tile server, so a text cannot load a tracking pixel', () => {
    const wrong = pages.flatMap((p) => {
      const img = policyOf(p).directives.get('img-src')?.join(' ');
      return img === "'self' data: https://tile.openstreetmap.org" ? [] : [`${p.urlPath}: img-src ${img}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has no inline event handlers or javascript: URLs, which the policy would block', () => {
    const found = pages.flatMap((p) =>
      docOf(p)
        .querySelectorAll('*')
        .flatMap((el) =>
          Object.entries(el.attributes)
            .filter(([name, value]) => /^on[a-z]+$/i.test(name) || /^\s*javascript:/i.test(value))
            .map(([name]) => `${p.urlPath}: <${el.tagName.toLowerCase()} ${name}>`),
        ),
    );
    expect(found).toEqual([]);
  });
});
