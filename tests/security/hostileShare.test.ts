// A hostile offer title against the real build: it reaches the page's JSON-LD, its Open Graph tags and
// its share picture, and must stay text in each. A title that closes the script element or opens an
// HTML comment would otherwise end the JSON-LD block early and turn the rest into markup.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';

const OFFER = 'shaitankol-glamping';
const HOSTILE = 'Glamping </script><script>alert(1)</script> <!-- plot & "co"';
const root = mkdtempSync(join(tmpdir(), 'hostile-share-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a hostile offer title', () => {
  it('stays text in the JSON-LD, the share tags and the share picture', async () => {
    const content = join(root, 'content');
    const out = join(root, 'dist');
    cpSync('tests/fixtures/content-good', content, { recursive: true });
    const text = join(content, 'offers', OFFER, 'en.mdx');
    const before = readFileSync(text, 'utf8');
    const after = before.replace(/^title: .*$/m, `title: ${JSON.stringify(HOSTILE)}`);
    expect(after).not.toBe(before);
    writeFileSync(text, after);
    const env = { ...process.env, CATALOG_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', OG_IMAGE_CACHE: join(root, 'og-cache') };
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', out], { env, maxBuffer: 1 << 26 });

    const html = readFileSync(join(out, 'en/offers', OFFER, 'index.html'), 'utf8');
    const doc = parse(html, { blockTextElements: { script: true, style: true } });
    const scripts = doc.querySelectorAll('script');
    // Inline blocks are data only (the JSON-LD and the map's JSON): the title opened no script of its own.
    const inlineTypes = scripts.filter((s) => !s.getAttribute('src')).map((s) => s.getAttribute('type'));
    expect(inlineTypes.filter((t) => t !== 'application/json')).toEqual(['application/ld+json']);
    // The title may sit in a quoted attribute as it is (data-title), where `<` is only text; what matters is that
    // no script element carries it as code.
    expect(scripts.filter((s) => /<\/?script/i.test(s.rawText)).map((s) => s.rawText.slice(0, 80))).toEqual([]);
    expect(scripts.find((s) => s.getAttribute('type') === 'application/ld+json')!.rawText).not.toMatch(/[<>]/);
    const ld = JSON.parse(scripts.find((s) => s.getAttribute('type') === 'application/ld+json')!.rawText);
    expect(ld.name).toBe(HOSTILE);
    expect(ld.offers.itemOffered.name).toBe(HOSTILE);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HOSTILE);
    const png = join(out, 'og/en/offers', `${OFFER}.png`);
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
