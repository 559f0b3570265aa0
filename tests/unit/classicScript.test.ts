// The classic scripts served by URL (/embed.js on partners' pages, /sw.js): one self-contained file
// that runs as a plain <script> in any page, whatever charset the host page declares.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classicScriptResponse } from '../../src/lib/build/classicScript.ts';

const ENTRY = 'tests/fixtures/classic-script/entry.ts';

/** Built afresh in every test (esbuild takes milliseconds), so Stryker sees each test run the code it checks. */
async function built() {
  const response = await classicScriptResponse(ENTRY, '/* banner */', { BUILD_ID: '"build-7"' });
  const text = await response.text();
  const [banner, ...rest] = text.split('\n');
  return { response, text, banner, code: rest.join('\n').trim() };
}

describe('a TypeScript entry served as a classic script', () => {
  it('is served as JavaScript in UTF-8, the banner first', async () => {
    const { response, banner } = await built();
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(banner).toBe('/* banner */');
  });

  it('runs with its imports bundled in and build constants replaced', async () => {
    const { code } = await built();
    const sandbox: { classicScriptResult?: string } = {};
    runInNewContext(code, sandbox);
    expect(sandbox.classicScriptResult).toBe('Hello, Қарағанды! build-7');
  });

  it('is one minified function expression with no module syntax, legal comment or ES2021 syntax', async () => {
    const { code } = await built();
    expect(code).toMatch(/^("use strict";)?\(\(\)=>\{/);
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(code).not.toContain('legal comment');
    expect(code).not.toContain('??=');
    expect(code.split('\n')).toHaveLength(1);
  });

  it('keeps non-ASCII letters escaped, so a host page in another charset still reads them right', async () => {
    const { text, code } = await built();
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(code).toContain('\\u049A');
  });
});
