// Pins what restoreFile reports and how lineDiff counts lines, beyond restoreLayout.test.ts: both are pure, so
// they are called directly with small texts. Expected results are worked out by hand.
import { describe, expect, it } from 'vitest';
import { lineDiff, RESTORE_HINT, restoreFile } from '../../src/lib/cms/restoreLayout.ts';

describe('lineDiff', () => {
  it('finds nothing between equal texts, and points after their last line', () => {
    expect(lineDiff(['a', 'b'], ['a', 'b'])).toEqual({ onlyA: [], onlyB: [], firstB: 2 });
  });

  it('counts a line written twice in b once as b’s own, after the line both share', () => {
    expect(lineDiff(['x'], ['x', 'x'])).toEqual({ onlyA: [], onlyB: ['x'], firstB: 1 });
  });

  it('counts a line written twice in a once as a’s own', () => {
    expect(lineDiff(['x', 'x'], ['x'])).toEqual({ onlyA: ['x'], onlyB: [], firstB: 1 });
  });

  it('keeps the lines both texts end with as their end', () => {
    // [z, y] could also be kept from a's second and fifth lines or its second line and a later y: the shared end wins.
    expect(lineDiff(['y', 'z', 'x', 'z', 'y'], ['z', 'y'])).toEqual({ onlyA: ['y', 'z', 'x'], onlyB: [], firstB: 0 });
  });

  it('keeps a longest run of lines in order when lines repeat', () => {
    // y y x is in both, in order; nothing longer is.
    expect(lineDiff(['y', 'y', 'z', 'x', 'z'], ['x', 'z', 'y', 'y', 'x'])).toEqual({ onlyA: ['z', 'z'], onlyB: ['x', 'z'], firstB: 0 });
    // y y, or z alone: two lines at most.
    expect(lineDiff(['y', 'y', 'y', 'z', 'z'], ['z', 'x', 'x', 'y', 'y'])).toEqual({
      onlyA: ['y', 'z', 'z'],
      onlyB: ['z', 'x', 'x'],
      firstB: 0,
    });
    // z y is in both.
    expect(lineDiff(['z', 'y', 'x'], ['x', 'y', 'y', 'z', 'y'])).toEqual({ onlyA: ['x'], onlyB: ['x', 'y', 'y'], firstB: 0 });
    // z z is in both.
    expect(lineDiff(['x', 'x', 'z', 'z', 'z'], ['z', 'y', 'z', 'y', 'y'])).toEqual({
      onlyA: ['x', 'x', 'z'],
      onlyB: ['y', 'y', 'y'],
      firstB: 0,
    });
    // After the shared first y, only one x stays.
    expect(lineDiff(['y', 'z', 'y', 'x', 'y'], ['y', 'x', 'x'])).toEqual({ onlyA: ['z', 'y', 'y'], onlyB: ['x'], firstB: 1 });
  });

  it('counts a line only a has', () => {
    expect(lineDiff(['a', 'b', 'c'], ['a', 'c'])).toEqual({ onlyA: ['b'], onlyB: [], firstB: 1 });
  });

  it('lists changed lines of both sides in their order, from the first that differs', () => {
    expect(lineDiff(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'y'])).toEqual({ onlyA: ['b', 'd'], onlyB: ['x', 'y'], firstB: 1 });
  });

  it('keeps the longest run of lines in order and counts a moved line on both sides', () => {
    expect(lineDiff(['k', 'a', 'b', 'c', 'k2'], ['k', 'c', 'a', 'b', 'k2'])).toEqual({ onlyA: ['c'], onlyB: ['c'], firstB: 1 });
    expect(lineDiff(['k', 'a', 'b', 'c', 'k2'], ['k', 'b', 'c', 'a', 'k2'])).toEqual({ onlyA: ['a'], onlyB: ['a'], firstB: 1 });
  });

  it('when either of two equal lines of b could be kept, counts the earlier one as b’s own', () => {
    // After the shared y: one x stays of [z, x, z] and [x, y, x]; the walk takes b's lines first on a tie.
    expect(lineDiff(['y', 'z', 'x', 'z'], ['y', 'x', 'y', 'x'])).toEqual({ onlyA: ['z', 'z'], onlyB: ['x', 'y'], firstB: 1 });
  });

  it('keeps the earlier line of a when two swapped lines could each be kept', () => {
    expect(lineDiff(['x', 'y'], ['y', 'x'])).toEqual({ onlyA: ['y'], onlyB: ['y'], firstB: 0 });
  });

  it('keeps the first line of a reversed list of three', () => {
    expect(lineDiff(['a', 'b', 'c'], ['c', 'b', 'a'])).toEqual({ onlyA: ['b', 'c'], onlyB: ['c', 'b'], firstB: 0 });
  });

  it('compares line by line up to two thousand changed lines on each side', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i}`);
    const diff = lineDiff(lines, [...lines].reverse());
    // Reversed, only one line can stay in order.
    expect([diff.onlyA.length, diff.onlyB.length, diff.firstB]).toEqual([1999, 1999, 0]);
  });

  it('beyond that, counts only the lines missing from the other side', () => {
    const lines = Array.from({ length: 2001 }, (_, i) => `line ${i}`);
    expect(lineDiff(lines, [...lines].reverse())).toEqual({ onlyA: [], onlyB: [], firstB: 0 });
    expect(lineDiff([...lines, 'old'], ['new', ...lines].reverse())).toEqual({ onlyA: ['old'], onlyB: ['new'], firstB: 0 });
  });
});

describe('restoreFile', () => {
  const FILE = 'content/offers/x/facts.yaml';

  it('keeps a save that already has the file’s layout, without a warning', () => {
    expect(restoreFile(FILE, '# c\na: 1\n', '# c\na: 2\n')).toEqual({ file: FILE, outcome: 'kept', text: '# c\na: 2\n' });
  });

  it('restores a dropped comment and a flow list, counting the comment and the lines the save wrote again', () => {
    expect(restoreFile(FILE, '# c\na: 1\nb: [x, y]\n', 'a: 2\nb:\n  - x\n  - y\n')).toEqual({
      file: FILE,
      outcome: 'restored',
      text: '# c\na: 2\nb: [x, y]\n',
      problem: {
        severity: 'warning',
        file: FILE,
        line: 1,
        message: 'the save dropped 1 comment line and re-wrote 3 unchanged lines',
        hint: RESTORE_HINT,
      },
    });
  });

  it('counts an indented comment line and a blank line the save dropped', () => {
    expect(restoreFile(FILE, 'g:\n  # about a\n  a: 1\n\nb: 2\n', 'g:\n  a: 2\nb: 2\n')).toMatchObject({
      outcome: 'restored',
      text: 'g:\n  # about a\n  a: 2\n\nb: 2\n',
      problem: { message: 'the save dropped 1 comment line and 1 blank line' },
    });
  });

  it('counts a line of spaces as a blank line', () => {
    expect(restoreFile(FILE, '# c\na: 1\n  \nb: 2\n', '# c\na: 2\nb: 2\n')).toMatchObject({
      outcome: 'restored',
      problem: { message: 'the save dropped 1 blank line' },
    });
  });

  it('does not count a blank line the save added as a line it wrote again', () => {
    expect(restoreFile(FILE, '# c\na: 1\nb: 2\n', 'a: 2\n\nb: 2\n')).toMatchObject({
      outcome: 'restored',
      text: '# c\na: 2\nb: 2\n',
      problem: { message: 'the save dropped 1 comment line' },
    });
  });

  it('keeps the saved text when a person wrote a comment of their own beside other changes', () => {
    expect(restoreFile(FILE, '# c\na: 1\nb: [x, y]\n', '# mine\na: 2\nb:\n  - x\n  - y\n')).toEqual({
      file: FILE,
      outcome: 'kept',
      text: '# mine\na: 2\nb:\n  - x\n  - y\n',
    });
  });

  it('leaves a text as saved, with a warning, when restoring it would drop an empty field the save added to its front matter', () => {
    const file = 'content/offers/x/en.mdx';
    const head = '---\ntitle: B\nsummary: ""\n---\nBody\n';
    expect(restoreFile(file, '---\ntitle: A\n---\nBody\n', head)).toEqual({
      file,
      outcome: 'unsafe',
      text: head,
      problem: {
        severity: 'warning',
        file,
        message: `could not restore the layout of ${file}: left as saved`,
        hint: 'compare it with the file before the pull request and put its comments back by hand',
      },
    });
  });
});
