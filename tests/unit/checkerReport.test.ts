import { describe, expect, it } from 'vitest';
import { type ContentProblem, formatProblem, formatReport } from '../../src/lib/validation/problems.ts';

// The text an official reads in the terminal and in a failed pull request. Every expected string below is
// written out by hand from the format the guide shows, not produced by the functions under test.

const priceError: ContentProblem = {
  severity: 'error',
  file: 'content/offers/x/facts.yaml',
  line: 12,
  field: 'price.amountKzt',
  message: 'expected a number',
  hint: 'write the amount in tenge, digits only',
};

describe('one problem on one line (formatProblem)', () => {
  it('gives the severity, the file:line, the field, the message and the fix', () => {
    expect(formatProblem(priceError)).toBe(
      'ERROR content/offers/x/facts.yaml:12 price.amountKzt: expected a number (fix: write the amount in tenge, digits only)',
    );
  });

  it('writes a warning in lower case and leaves out the line, field and fix it does not have', () => {
    expect(formatProblem({ severity: 'warning', file: 'content/mci.yaml', message: 'no MCI value for 2027' })).toBe(
      'warning content/mci.yaml: no MCI value for 2027',
    );
  });
});

describe('the report of a whole check (formatReport)', () => {
  it('groups problems under their file in name order, errors first, then by line, with the fix under each', () => {
    const problems: ContentProblem[] = [
      { severity: 'warning', file: 'content/offers/b/facts.yaml', line: 3, message: 'old audit', hint: 'visit again' },
      { severity: 'error', file: 'content/offers/b/facts.yaml', line: 30, field: 'status', message: 'unknown status' },
      { severity: 'error', file: 'content/offers/a/en.mdx', message: 'no title' },
      { severity: 'warning', file: 'content/offers/b/facts.yaml', line: 1, message: 'first warning' },
      { severity: 'error', file: 'content/offers/b/facts.yaml', line: 9, message: 'earlier error', hint: 'fix it' },
    ];
    expect(formatReport(problems, '2 offers checked')).toBe(
      [
        'content/offers/a/en.mdx',
        '  ERROR   no title',
        'content/offers/b/facts.yaml',
        '  ERROR   line 9, earlier error',
        '          fix: fix it',
        '  ERROR   line 30, `status`: unknown status',
        '  warning line 1, first warning',
        '  warning line 3, old audit',
        '          fix: visit again',
        '',
        '3 errors, 2 warnings · 2 offers checked',
      ].join('\n'),
    );
  });

  it('puts an error without a line before one with a line, and a warning after both', () => {
    // Within one severity a problem without a line counts as line 0, so it comes first.
    const report = formatReport([
      { severity: 'warning', file: 'f', message: 'w' },
      { severity: 'error', file: 'f', line: 2, message: 'e2' },
      { severity: 'error', file: 'f', message: 'e0' },
    ]);
    expect(report).toBe(['f', '  ERROR   e0', '  ERROR   line 2, e2', '  warning w', '', '2 errors, 1 warning'].join('\n'));
  });

  it('says "1 error, 0 warnings" in the singular and plural the count needs', () => {
    expect(formatReport([priceError])).toBe(
      [
        'content/offers/x/facts.yaml',
        '  ERROR   line 12, `price.amountKzt`: expected a number',
        '          fix: write the amount in tenge, digits only',
        '',
        '1 error, 0 warnings',
      ].join('\n'),
    );
  });

  it('prints only the count line, without a blank line above it, when nothing is wrong', () => {
    expect(formatReport([])).toBe('0 errors, 0 warnings');
    expect(formatReport([], '8 offers')).toBe('0 errors, 0 warnings · 8 offers');
  });

  it('does not reorder the list it was given', () => {
    // The CLI prints the report and then counts the same array; sorting a copy keeps the caller's order.
    const problems: ContentProblem[] = [
      { severity: 'warning', file: 'f', line: 1, message: 'w' },
      { severity: 'error', file: 'f', line: 2, message: 'e' },
    ];
    formatReport(problems);
    expect(problems.map((p) => p.message)).toEqual(['w', 'e']);
  });
});
