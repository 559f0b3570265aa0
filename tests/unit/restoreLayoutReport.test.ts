// What `npm run cms:restore-layout` says about one file (restoreFile in restoreLayout.ts) in the cases the
// repository-level tests (restoreLayout.test.ts) do not build: a save that dropped blank lines only, one that only
// changed the layout, files it cannot restore, and the line count it falls back to for very long files.
import { describe, expect, it } from 'vitest';
import { lineDiff, RESTORE_HINT, restoreFile } from '../../src/lib/cms/restoreLayout.ts';

const FILE = 'content/offers/lake-plot/facts.yaml';

describe('the warning of a restored file', () => {
  it('counts the blank lines a save dropped, and names no comment lines when none were dropped', () => {
    const result = restoreFile(FILE, 'kind: land-plot\n\nstatus: available\n', 'kind: land-plot\nstatus: available\n');
    expect(result.outcome).toBe('restored');
    expect(result.text).toBe('kind: land-plot\n\nstatus: available\n');
    expect(result.problem).toEqual({
      severity: 'warning',
      file: FILE,
      line: 2,
      message: 'the save dropped 1 blank line',
      hint: RESTORE_HINT,
    });
  });

  it('names comment lines and blank lines together, each counted in the plural', () => {
    const base = '# Lake plot.\n# Figures from the audit.\nkind: land-plot\n\n\nstatus: available\n';
    const result = restoreFile(FILE, base, 'kind: land-plot\nstatus: available\n');
    expect(result.text).toBe(base);
    expect(result.problem?.message).toBe('the save dropped 2 comment lines and 2 blank lines');
  });

  it('says the save changed the layout when it only added a blank line at the end', () => {
    const result = restoreFile(FILE, 'kind: land-plot\n', 'kind: land-plot\n\n');
    expect(result.outcome).toBe('restored');
    expect(result.text).toBe('kind: land-plot\n');
    expect(result.problem?.message).toBe('the save changed the layout');
  });
});

describe('a file whose layout cannot be restored', () => {
  const unsafe = (file: string) => ({
    severity: 'warning',
    file,
    message: `could not restore the layout of ${file}: left as saved`,
    hint: 'compare it with the file before the pull request and put its comments back by hand',
  });

  it('is left as saved when the save changed one of two fields that share an anchor (the merge refuses it)', () => {
    const saved = 'areaHa: 2\nplotHa: 1\n';
    const result = restoreFile(FILE, 'areaHa: &area 1\nplotHa: *area\n', saved);
    expect(result).toEqual({ file: FILE, outcome: 'unsafe', text: saved, problem: unsafe(FILE) });
  });

  it('is left as saved when its front matter does not read as YAML, rather than reported as restored', () => {
    // Written with Windows line breaks, the saved text differs from the merge's, which cannot be read to compare.
    const file = 'content/offers/lake-plot/en.mdx';
    const saved = '---\r\ntitle: [Lake plot\r\n---\r\nThe plot.\r\n';
    const result = restoreFile(file, '---\ntitle: [Lake plot\n---\nThe plot.\n', saved);
    expect(result).toEqual({ file, outcome: 'unsafe', text: saved, problem: unsafe(file) });
  });
});

describe('the line difference of very long files', () => {
  it('falls back to the lines missing from the other side beyond four million cells, keeping lines both have', () => {
    // 2 001 changed lines on each side: 2 003 × 2 003 cells is over the limit. The two shared lines swapped places
    // and moved: a line-by-line alignment would count one of them as changed; the fallback counts neither.
    const xs = Array.from({ length: 2001 }, (_, i) => `x${i}`);
    const ys = Array.from({ length: 2001 }, (_, i) => `y${i}`);
    const diff = lineDiff(['top', ...xs, 'one', 'two', 'end'], ['top', 'two', 'one', ...ys, 'end']);
    expect(diff.firstB).toBe(1);
    expect(diff.onlyA).toEqual(xs);
    expect(diff.onlyB).toEqual(ys);
  });
});
