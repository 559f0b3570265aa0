// HTML gate: every built page is valid HTML, checked offline with html-validate.
import { describe, expect, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { pages, pagesByType } from './site.ts';

const config: ConfigData = {
  root: true,
  // Conformance to the HTML standard, complete documents, and accessibility rules; no style opinions.
  extends: ['html-validate:standard', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    // `<ul role="list">` is deliberate: Safari drops list semantics from lists styled with list-style: none.
    'no-redundant-role': 'off',
    // Our scripts are same-origin bundles that change with every build; SRI matters for third-party hosts.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
const validator = new HtmlValidate(config);

describe('HTML validity of the built pages', () => {
  for (const [type, members] of pagesByType) {
    it(`finds no errors on the ${members.length} ${type} page(s)`, async () => {
      const problems: string[] = [];
      for (const page of members) {
        const report = await validator.validateFile(page.file);
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${page.urlPath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('rejects a page with a real error, so the check can fail', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p><img src="a.png"></body></html>',
      'broken.html',
    );
    expect(report.valid).toBe(false);
  });

  it('covers every built page', () => {
    expect([...pagesByType.values()].flat().length).toBe(pages.length);
  });
});
