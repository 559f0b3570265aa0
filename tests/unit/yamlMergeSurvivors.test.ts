// Each test pins one behaviour of mergeYaml that a mutation run showed no other test noticing. Most files end with
// an aligned comment (`note: 1      # aligned`): writing the whole file again closes that gap, so a test whose
// expected text keeps it also says the change was spliced into the official's text, not written over it.
import { describe, expect, it } from 'vitest';
import { MergeError, mergeYaml } from '../../src/lib/cms/yamlMerge.ts';

/** A line only an in-place edit keeps as it is: the library writes one space before a comment. */
const ALIGNED = 'note: 1      # aligned\n';

describe('refusing a save', () => {
  it('refuses, with a message for the official, when a kept alias would lose the anchor it refers to', () => {
    // `a` holds the anchor and is removed; `b` only refers to it: no text can say `b` is still "".
    expect(() => mergeYaml('a: &x ""\nb: *x\n', 'b: ""\n')).toThrow(MergeError);
    expect(() => mergeYaml('a: &x ""\nb: *x\n', 'b: ""\n')).toThrow(/could not be merged with this save without changing other values/);
  });

  it('names its error so the save handler can tell it from a crash', () => {
    expect(new MergeError().name).toBe('MergeError');
  });
});

describe('files that are not a group of fields', () => {
  it('takes the editor text when the file on disk repeats a key (the library reports it as an error)', () => {
    expect(mergeYaml('a: 1\na: 2\nb: 3\n', 'a: 2\nb: 4\n')).toBe('a: 2\nb: 4\n');
  });

  it('takes the editor text when the file on disk is a list', () => {
    expect(mergeYaml('# places\n- a\n- b\n', '- a\n- c\n')).toBe('- a\n- c\n');
  });

  it('takes the editor text when the editor sends a list for a file of fields', () => {
    expect(mergeYaml('# facts\na: 1\n', '- x\n')).toBe('- x\n');
  });

  it('takes the editor text when the editor sends fields for a file that is a list', () => {
    expect(mergeYaml('# places\n- a\n', 'a: 1\n')).toBe('a: 1\n');
  });
});

describe('a file written again as a whole', () => {
  // A key written `? a` does not start its own line: a key added beside it cannot be spliced in.
  const EXPLICIT = `? a\n: 1\n${ALIGNED}`;

  it('writes a new list indented under its key when the file has no list to follow', () => {
    expect(mergeYaml(EXPLICIT, 'a: 1\nnote: 1\nc: [x, y]\n')).toBe('a: 1\nnote: 1 # aligned\nc:\n  - x\n  - y\n');
  });

  it('writes lists at their key’s column when the file writes its lists so', () => {
    expect(mergeYaml(`${EXPLICIT}l:\n- p\n`, 'a: 1\nnote: 1\nl: [p]\nc: [x, y]\n')).toBe(
      'a: 1\nnote: 1 # aligned\nl:\n- p\nc:\n- x\n- y\n',
    );
  });

  it('gives back flow lists and maps unpadded as the official wrote them', () => {
    expect(mergeYaml(`${EXPLICIT}s: [x, y]\nm: {a: 1, b: [p]}\n`, 'a: 1\nnote: 1\ns: [x, y]\nm: {a: 1, b: [p]}\nc: 3\n')).toBe(
      'a: 1\nnote: 1 # aligned\ns: [x, y]\nm: {a: 1, b: [p]}\nc: 3\n',
    );
  });

  it('still changes a value of such a file in place when no key is added or removed', () => {
    expect(mergeYaml(`? a\n: 1\nb: 2\n${ALIGNED}`, 'a: 1\nb: 3\nnote: 1\n')).toBe(`? a\n: 1\nb: 3\n${ALIGNED}`);
  });
});

describe('a changed value keeps the way it was written', () => {
  it('writes a changed plain text plain and a double-quoted one double-quoted', () => {
    expect(mergeYaml(`a: old\nb: "old"\n${ALIGNED}`, 'a: new\nb: new\nnote: 1\n')).toBe(`a: new\nb: "new"\n${ALIGNED}`);
  });

  it('writes a number over a quoted text without quotes', () => {
    expect(mergeYaml(`a: "5"\n${ALIGNED}`, 'a: 6\nnote: 1\n')).toBe(`a: 6\n${ALIGNED}`);
  });

  it('writes a long text on one line', () => {
    const long = 'word '.repeat(30).trim();
    expect(mergeYaml(`a: short\n${ALIGNED}`, `a: ${long}\nnote: 1\n`)).toBe(`a: ${long}\n${ALIGNED}`);
  });
});

describe('keys removed from a group', () => {
  it('removes two keys of one group and keeps the others', () => {
    expect(mergeYaml(`a: 1\nb: 2\nc: 3\n${ALIGNED}`, 'c: 3\nnote: 1\n')).toBe(`c: 3\n${ALIGNED}`);
  });

  it('cuts a key with the blank line above it', () => {
    expect(mergeYaml(`a: 1\n\nb: 2\nc: 3\n${ALIGNED}`, 'a: 1\nc: 3\nnote: 1\n')).toBe(`a: 1\nc: 3\n${ALIGNED}`);
  });

  it('cuts a key and leaves the blank line above the next one', () => {
    expect(mergeYaml(`a: 1\nb: 2\n\nc: 3\n${ALIGNED}`, 'a: 1\nc: 3\nnote: 1\n')).toBe(`a: 1\n\nc: 3\n${ALIGNED}`);
  });

  it('cuts the first key and leaves the blank line after it', () => {
    expect(mergeYaml(`a: 1\n\nb: 2\n${ALIGNED}`, 'b: 2\nnote: 1\n')).toBe(`\nb: 2\n${ALIGNED}`);
  });
});

describe('a map written in flow style', () => {
  const line = (map: string) => `m: ${map}      # aligned\n`;

  it('loses its first key with the comma after it', () => {
    expect(mergeYaml(line('{a: 1, b: 2, c: 3}'), 'm: {b: 2, c: 3}\n')).toBe(line('{b: 2, c: 3}'));
  });

  it('loses a middle key with the comma after it', () => {
    expect(mergeYaml(line('{a: 1, b: 2, c: 3}'), 'm: {a: 1, c: 3}\n')).toBe(line('{a: 1, c: 3}'));
  });

  it('loses its last keys with the comma before them', () => {
    expect(mergeYaml(line('{a: 1, b: 2, c: 3}'), 'm: {a: 1}\n')).toBe(line('{a: 1}'));
  });

  it('loses the last key and keeps the first two', () => {
    expect(mergeYaml(line('{a: 1, b: 2, c: 3}'), 'm: {a: 1, b: 2}\n')).toBe(line('{a: 1, b: 2}'));
  });

  it('loses its first and last keys', () => {
    expect(mergeYaml(line('{a: 1, b: 2, c: 3}'), 'm: {b: 2}\n')).toBe(line('{b: 2}'));
  });

  it('gets a new key after its last, unpadded as it is written', () => {
    expect(mergeYaml(line('{a: 1, b: 2}'), 'm: {a: 1, b: 2, d: [x]}\n')).toBe(line('{a: 1, b: 2, d: [x]}'));
  });

  it('gets a new key padded when it is written padded', () => {
    expect(mergeYaml(line('{ a: 1, b: 2 }'), 'm: {a: 1, b: 2, d: 4}\n')).toBe(line('{ a: 1, b: 2, d: 4 }'));
  });

  it('gets a new key unpadded though another line of the file is padded', () => {
    expect(mergeYaml(`p: { x: 1 }\n${line('{a: 1}')}`, 'p: {x: 1}\nm: {a: 1, d: 4}\n')).toBe(`p: { x: 1 }\n${line('{a: 1, d: 4}')}`);
  });

  it('gets a new list unpadded as its own lists, though a list on the line after it is padded', () => {
    expect(mergeYaml(`${line('{a: 1}')}p: [ x ]\n`, 'm: {a: 1, d: [y]}\np: [x]\n')).toBe(`${line('{a: 1, d: [y]}')}p: [ x ]\n`);
  });

  it('gets a new list padded as its own padded lists', () => {
    expect(mergeYaml(line('{ a: [ x ] }'), 'm: {a: [x], d: [y]}\n')).toBe(line('{ a: [ x ], d: [ y ] }'));
  });

  it('gets a key after a key written without a value', () => {
    expect(mergeYaml(line('{a, b: 1}'), 'm: {a: null, b: 1, c: 2}\n')).toBe(line('{a, b: 1, c: 2}'));
  });
});

describe('keys added to a group', () => {
  it('adds a key after a key without a value', () => {
    expect(mergeYaml(`a: 1\nb:\n${ALIGNED}`, 'a: 1\nb:\nnote: 1\nc: 3\n')).toBe(`a: 1\nb:\n${ALIGNED}c: 3\n`);
  });

  it('adds a key to a file whose last line has no line break', () => {
    expect(mergeYaml('a: 1      # aligned', 'a: 1\nb: 2\n')).toBe('a: 1      # aligned\nb: 2\n');
  });

  it('adds a group holding a list, indented as the file indents its lists', () => {
    expect(mergeYaml(`l:\n  - p\n${ALIGNED}`, 'l: [p]\nnote: 1\nb:\n  x: 1\n  y: [p, q]\n')).toBe(
      `l:\n  - p\n${ALIGNED}b:\n  x: 1\n  y:\n    - p\n    - q\n`,
    );
  });

  it('adds a group holding a list at the key’s column when the file writes its lists so', () => {
    expect(mergeYaml(`l:\n- p\n${ALIGNED}`, 'l: [p]\nnote: 1\nb:\n  x: 1\n  y: [p, q]\n')).toBe(
      `l:\n- p\n${ALIGNED}b:\n  x: 1\n  y:\n  - p\n  - q\n`,
    );
  });

  it('adds a key to a group inside a list item at that item’s column', () => {
    expect(mergeYaml(`items:\n  - a: 1\n    b: 2\n${ALIGNED}`, 'items:\n  - a: 1\n    b: 2\n    c: 3\nnote: 1\n')).toBe(
      `items:\n  - a: 1\n    b: 2\n    c: 3\n${ALIGNED}`,
    );
  });
});

describe('a list item’s first key, which follows the dash', () => {
  it('is not cut alone: the item is written again without it', () => {
    expect(mergeYaml('items:\n- a: 1\n  b: 2\n- c: 3\n', 'items:\n- b: 2\n- c: 3\n')).toBe('items:\n- b: 2\n- c: 3\n');
  });
});

describe('a value that changed its shape', () => {
  it('becomes a group without the fields the editor sent empty', () => {
    expect(mergeYaml(`land: none\n${ALIGNED}`, 'land:\n  areaHa: 2\n  category: ""\nnote: 1\n')).toBe(`land:\n  areaHa: 2\n${ALIGNED}`);
  });

  it('becomes an empty list on its key’s line', () => {
    expect(mergeYaml(`a: x\n${ALIGNED}`, 'a: []\nnote: 1\n')).toBe(`a: []\n${ALIGNED}`);
  });

  it('becomes a text at the end of a file whose last line has no line break', () => {
    expect(mergeYaml('a: 1      # aligned\nb:\n  c: 1', 'a: 1\nb: x\n')).toBe('a: 1      # aligned\nb: x');
  });

  it('becomes a list at the end of a file whose last line has no line break', () => {
    expect(mergeYaml('a: 1      # aligned\nb: x', 'a: 1\nb: [1, 2]\n')).toBe('a: 1      # aligned\nb:\n  - 1\n  - 2');
  });

  it('becomes a group holding a long text, written on one line', () => {
    const long = 'word '.repeat(20).trim();
    expect(mergeYaml(`a: x\n${ALIGNED}`, `a:\n  b: ${long}\nnote: 1\n`)).toBe(`a:\n  b: ${long}\n${ALIGNED}`);
  });

  it('becomes a group holding a list indented as the file indents its lists', () => {
    expect(mergeYaml(`a: x\nl:\n  - p\n${ALIGNED}`, 'a:\n  b: [1, 2]\nl: [p]\nnote: 1\n')).toBe(
      `a:\n  b:\n    - 1\n    - 2\nl:\n  - p\n${ALIGNED}`,
    );
  });

  it('becomes a group of two fields indented under its key, though the file writes its lists at their key’s column', () => {
    expect(mergeYaml(`a: x\nl:\n- p\n${ALIGNED}`, 'a:\n  b: 1\n  c: 2\nl: [p]\nnote: 1\n')).toBe(`a:\n  b: 1\n  c: 2\nl:\n- p\n${ALIGNED}`);
  });

  it('becomes a group in place of a text item of a block list, the rest at the column of its first line', () => {
    expect(mergeYaml(`l:\n  - x\n  - y\n${ALIGNED}`, 'l:\n  - x\n  - {a: 1, b: 2}\nnote: 1\n')).toBe(
      `l:\n  - x\n  - a: 1\n    b: 2\n${ALIGNED}`,
    );
  });

  it('becomes a group under the only key of its group, the comment of its line on the key’s line', () => {
    expect(mergeYaml(`g:\n  a: x   # c\n${ALIGNED}`, 'g:\n  a: {b: 1}\nnote: 1\n')).toBe(`g:\n  a: # c\n    b: 1\n${ALIGNED}`);
  });

  it('becomes a group three levels down, under its own key', () => {
    expect(mergeYaml(`a:\n  b:\n    c: x\n    d: 1\n${ALIGNED}`, 'a:\n  b:\n    c: {e: 1}\n    d: 1\nnote: 1\n')).toBe(
      `a:\n  b:\n    c:\n      e: 1\n    d: 1\n${ALIGNED}`,
    );
  });

  it('keeps both comments, the one after the key and the one after the value, on the key’s line', () => {
    expect(mergeYaml(`a: # c1\n  x # c2\n${ALIGNED}`, 'a: {b: 1}\nnote: 1\n')).toBe(`a: # c1 # c2\n  b: 1\n${ALIGNED}`);
  });

  it('keeps the spaces that followed the old value', () => {
    expect(mergeYaml(`a: x   \n${ALIGNED}`, 'a: {b: 1}\nnote: 1\n')).toBe(`a:\n  b: 1   \n${ALIGNED}`);
  });

  it('becomes a list inside a flow map, unpadded as that map’s lists though another line is padded', () => {
    expect(mergeYaml('pad: [ p ]\nloc: {a: x, b: y}      # aligned\n', 'pad: [p]\nloc: {a: x, b: [1, 2]}\n')).toBe(
      'pad: [ p ]\nloc: {a: x, b: [1, 2]}      # aligned\n',
    );
  });

  it('becomes a list inside a padded flow list, padded as it', () => {
    expect(mergeYaml('l: [ a, b ]      # aligned\n', 'l: [a, [x, y]]\n')).toBe('l: [ a, [x, y] ]      # aligned\n');
  });

  it('becomes a group inside a flow list, padded as the library writes groups', () => {
    expect(mergeYaml('l: [a, b]      # aligned\n', 'l: [a, {x: 1}]\n')).toBe('l: [a, { x: 1 }]      # aligned\n');
  });
});

describe('items of a list without ids', () => {
  it('matches each of two equal items once, so the second moves with the other items', () => {
    expect(mergeYaml(`l:\n  - a\n  - a\n  - b\n${ALIGNED}`, 'l: [a, b, a]\nnote: 1\n')).toBe(`l:\n  - a\n  - b\n  - a\n${ALIGNED}`);
  });

  it('removes the second of two equal items with its own comment', () => {
    expect(mergeYaml(`l:\n  - a # one\n  - a # two\n${ALIGNED}`, 'l: [a]\nnote: 1\n')).toBe(`l:\n  - a # one\n${ALIGNED}`);
  });

  it('changes an item between two unchanged ones in place', () => {
    expect(mergeYaml(`l:\n  - a\n  - b # b\n  - c\n${ALIGNED}`, 'l: [a, x, c]\nnote: 1\n')).toBe(`l:\n  - a\n  - x # b\n  - c\n${ALIGNED}`);
  });

  it('takes an edited item for the most alike old one between its neighbours and removes the other', () => {
    const disk = `l:\n  - {n: 1, m: 1} # one\n  - {n: 2, m: 2} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`;
    expect(mergeYaml(disk, 'l: [{n: 1, m: 1}, {n: 3, m: 9}]\nnote: 1\n')).toBe(
      `l:\n  - {n: 1, m: 1} # one\n  - {n: 3, m: 9} # three\n${ALIGNED}`,
    );
  });

  it('takes an edited first item for the first old one when the last stays', () => {
    const disk = `l:\n  - {n: 1, m: 1} # one\n  - {n: 2, m: 2} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`;
    expect(mergeYaml(disk, 'l: [{n: 1, m: 9}, {n: 3, m: 3}]\nnote: 1\n')).toBe(
      `l:\n  - {n: 1, m: 9} # one\n  - {n: 3, m: 3} # three\n${ALIGNED}`,
    );
  });

  it('takes two edited items for the two old ones before an unchanged last one', () => {
    const disk = `l:\n  - {n: 1, m: 1} # one\n  - {n: 2, m: 2} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`;
    expect(mergeYaml(disk, 'l: [{n: 1, m: 8}, {n: 2, m: 9}, {n: 3, m: 3}]\nnote: 1\n')).toBe(
      `l:\n  - {n: 1, m: 8} # one\n  - {n: 2, m: 9} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`,
    );
  });

  it('moves every item with its comment when the order is reversed', () => {
    expect(mergeYaml(`l:\n  - c # c\n  - b # b\n  - a # a\n${ALIGNED}`, 'l: [a, b, c]\nnote: 1\n')).toBe(
      `l:\n  - a # a\n  - b # b\n  - c # c\n${ALIGNED}`,
    );
  });

  it('moves the first item to the end with its comment', () => {
    expect(mergeYaml(`l:\n  - c # c\n  - b # b\n  - a # a\n${ALIGNED}`, 'l: [b, a, c]\nnote: 1\n')).toBe(
      `l:\n  - b # b\n  - a # a\n  - c # c\n${ALIGNED}`,
    );
  });

  it('moves two items and drops the third', () => {
    expect(mergeYaml(`l:\n  - c # c\n  - b # b\n  - a # a\n${ALIGNED}`, 'l: [a, c]\nnote: 1\n')).toBe(
      `l:\n  - a # a\n  - c # c\n${ALIGNED}`,
    );
  });

  it('moves a comment line above an item with that item', () => {
    expect(mergeYaml(`l:\n  - a\n  # about b\n  - b\n${ALIGNED}`, 'l: [b, a]\nnote: 1\n')).toBe(
      `l:\n  # about b\n  - b\n  - a\n${ALIGNED}`,
    );
  });

  it('leaves a blank line between items where it was when they move', () => {
    expect(mergeYaml(`l:\n  - a\n\n  - b\n${ALIGNED}`, 'l: [b, a]\nnote: 1\n')).toBe(`l:\n  - b\n\n  - a\n${ALIGNED}`);
  });

  it('keeps the first blank line when items move and one is dropped', () => {
    expect(mergeYaml(`l:\n  - a\n\n  - b\n  - c\n${ALIGNED}`, 'l: [c, a]\nnote: 1\n')).toBe(`l:\n  - c\n\n  - a\n${ALIGNED}`);
  });
});

describe('a flow list', () => {
  const line = (list: string) => `l: ${list}      # aligned\n`;

  it('is reordered in place', () => {
    expect(mergeYaml(line('[c, b, a]'), 'l: [a, b, c]\n')).toBe(line('[a, b, c]'));
  });

  it('is reordered with an item changed', () => {
    expect(mergeYaml(line('[c, b, a]'), 'l: [b, x, c]\n')).toBe(line('[b, x, c]'));
  });

  it('gets an item at its end', () => {
    expect(mergeYaml(line('[c, b, a]'), 'l: [c, b, a, d]\n')).toBe(line('[c, b, a, d]'));
  });

  it('gets an item at its start', () => {
    expect(mergeYaml(line('[c, b, a]'), 'l: [d, c, b, a]\n')).toBe(line('[d, c, b, a]'));
  });

  it('loses all its items', () => {
    expect(mergeYaml(line('[c, b, a]'), 'l: []\n')).toBe(line('[]'));
  });

  it('gets its first items when it was empty', () => {
    expect(mergeYaml(line('[]'), 'l: [x, y]\n')).toBe(line('[x, y]'));
  });

  it('loses its first and middle items', () => {
    expect(mergeYaml(line('[a, b, c, d]'), 'l: [c, d]\n')).toBe(line('[c, d]'));
  });

  it('loses a middle item and its last one', () => {
    expect(mergeYaml(line('[a, b, c, d]'), 'l: [a, c]\n')).toBe(line('[a, c]'));
  });

  it('gets an item in its middle', () => {
    expect(mergeYaml(line('[a, c]'), 'l: [a, b, c]\n')).toBe(line('[a, b, c]'));
  });
});

describe('items of a list with ids', () => {
  it('are moved by id, and a changed fact of a moved one changes in its new place', () => {
    expect(
      mergeYaml(
        `l:\n  - id: a # A\n    v: 1\n  - id: b # B\n    v: 2\n${ALIGNED}`,
        'l:\n  - id: b\n    v: 2\n  - id: a\n    v: 3\nnote: 1\n',
      ),
    ).toBe(`l:\n  - id: b # B\n    v: 2\n  - id: a # A\n    v: 3\n${ALIGNED}`);
  });

  it('are matched by place when one has no id, and changed in place', () => {
    expect(mergeYaml(`l:\n  - id: a\n    v: 1 # one\n  - v: 2\n${ALIGNED}`, 'l:\n  - id: a\n    v: 5\n  - v: 2\nnote: 1\n')).toBe(
      `l:\n  - id: a\n    v: 5 # one\n  - v: 2\n${ALIGNED}`,
    );
  });

  it('are matched by place when an id repeats', () => {
    expect(
      mergeYaml(
        `l:\n  - id: a\n    v: 1 # one\n  - id: a\n    v: 2 # two\n${ALIGNED}`,
        'l:\n  - id: a\n    v: 1\n  - id: a\n    v: 3\nnote: 1\n',
      ),
    ).toBe(`l:\n  - id: a\n    v: 1 # one\n  - id: a\n    v: 3 # two\n${ALIGNED}`);
  });

  it('take a new item with a new id in place of a removed one', () => {
    expect(mergeYaml(`l:\n  - id: a\n  - id: b # B\n${ALIGNED}`, 'l:\n  - id: a\n  - id: c\nnote: 1\n')).toBe(
      `l:\n  - id: a\n  - id: c\n${ALIGNED}`,
    );
  });

  it('get a new item between two kept ones', () => {
    expect(mergeYaml(`l:\n  - id: a\n  - id: b\n${ALIGNED}`, 'l:\n  - id: a\n  - id: c\n  - id: b\nnote: 1\n')).toBe(
      `l:\n  - id: a\n  - id: c\n  - id: b\n${ALIGNED}`,
    );
  });

  it('lose the last item with the blank line above it', () => {
    expect(mergeYaml(`l:\n  - id: a\n\n  - id: b\n${ALIGNED}`, 'l:\n  - id: a\nnote: 1\n')).toBe(`l:\n  - id: a\n${ALIGNED}`);
  });

  it('lose the first item and keep the blank line after it', () => {
    expect(mergeYaml(`l:\n  - id: a\n\n  - id: b\n${ALIGNED}`, 'l:\n  - id: b\nnote: 1\n')).toBe(`l:\n\n  - id: b\n${ALIGNED}`);
  });
});

describe('what the merge leaves as the official wrote it', () => {
  it('keeps an empty item of a list the editor sends back unchanged', () => {
    expect(mergeYaml('l: [a, ""]\nb: 1      # aligned\n', 'l: [a, ""]\nb: 2\n')).toBe('l: [a, ""]\nb: 2      # aligned\n');
  });

  it('keeps a null item of a list the editor sends back unchanged', () => {
    expect(mergeYaml('l: [a, null]\nb: 1      # aligned\n', 'l: [a, null]\nb: 2\n')).toBe('l: [a, null]\nb: 2      # aligned\n');
  });

  it('keeps a key written as a number, which the editor cannot name', () => {
    // The whole file is written again (the key is not found as text), but the key and its value stay.
    expect(mergeYaml(`1: one\nb: x\n${ALIGNED}`, 'b: x\nnote: 1\n')).toBe('1: one\nb: x\nnote: 1 # aligned\n');
  });

  it('keeps the blank lines at the top of the file when its first key goes', () => {
    expect(mergeYaml(`\n\na: 1\nb: 2\n${ALIGNED}`, 'b: 2\nnote: 1\n')).toBe(`\n\nb: 2\n${ALIGNED}`);
  });

  it('keeps a comment standing apart above a removed key', () => {
    expect(mergeYaml(`a: 1\n# about the file\n\nb: 2\nc: 3\n${ALIGNED}`, 'a: 1\nc: 3\nnote: 1\n')).toBe(
      `a: 1\n# about the file\n\nc: 3\n${ALIGNED}`,
    );
  });

  it('keeps a comment standing apart above a removed item', () => {
    expect(mergeYaml(`l:\n  - a\n  # about the list\n\n  - b\n  - c\n${ALIGNED}`, 'l: [a, c]\nnote: 1\n')).toBe(
      `l:\n  - a\n  # about the list\n\n  - c\n${ALIGNED}`,
    );
  });

  it('removes the first key in place though a dash stands elsewhere in the file', () => {
    expect(mergeYaml(`a: 1\nb: x-y\n${ALIGNED}`, 'b: x-y\nnote: 1\n')).toBe(`b: x-y\n${ALIGNED}`);
  });

  it('keeps a space the official wrote before a colon', () => {
    expect(mergeYaml(`l :\n  - a\n${ALIGNED}`, 'l: []\nnote: 1\n')).toBe(`l : []\n${ALIGNED}`);
    expect(mergeYaml(`a : x\n${ALIGNED}`, 'a: {b: 1}\nnote: 1\n')).toBe(`a :\n  b: 1\n${ALIGNED}`);
  });

  it('writes a group the editor cleared as null on its key’s line', () => {
    expect(mergeYaml(`g:\n  a: 1\n${ALIGNED}`, 'g:\nnote: 1\n')).toBe(`g: null\n${ALIGNED}`);
  });

  it('writes the whole file again rather than drop an anchor standing before a value that became a group', () => {
    expect(mergeYaml(`a: &anc x\n${ALIGNED}`, 'a: {b: 1}\nnote: 1\n')).toBe('a:\n  b: 1\nnote: 1 # aligned\n');
  });
});

describe('lists whose items cannot be cut alone', () => {
  it('writes the whole file again when an item is a list written on its parent’s dash line', () => {
    expect(mergeYaml(`l:\n  - - a\n    - b\n${ALIGNED}`, 'l: [[a]]\nnote: 1\n')).toBe('l:\n  - - a\nnote: 1 # aligned\n');
  });

  it('writes the whole file again when an anchor stands between an item’s dash and its value', () => {
    expect(mergeYaml(`l:\n  - &x a\n  - b\n${ALIGNED}`, 'l: [a]\nnote: 1\n')).toBe('l:\n  - &x a\nnote: 1 # aligned\n');
  });

  it('cuts an item in place when another item holds a dash in its text', () => {
    expect(mergeYaml(`l:\n  - x-y\n  - z\n${ALIGNED}`, 'l: [x-y]\nnote: 1\n')).toBe(`l:\n  - x-y\n${ALIGNED}`);
  });
});

describe('items of a list, more', () => {
  it('writes a new item of two fields on two lines', () => {
    expect(mergeYaml(`l:\n  - id: a\n${ALIGNED}`, 'l:\n  - id: a\n  - id: c\n    v: 1\nnote: 1\n')).toBe(
      `l:\n  - id: a\n  - id: c\n    v: 1\n${ALIGNED}`,
    );
  });

  it('keeps the comment of each of two equal items with its own item when they move', () => {
    expect(mergeYaml(`l:\n  - a # one\n  - a # two\n  - b\n${ALIGNED}`, 'l: [a, b, a]\nnote: 1\n')).toBe(
      `l:\n  - a # one\n  - b\n  - a # two\n${ALIGNED}`,
    );
  });

  it('writes an item new when items moved, rather than give it the comment of the removed one', () => {
    expect(mergeYaml(`l:\n  - a # a\n  - b # b\n  - c # c\n${ALIGNED}`, 'l: [c, a, x]\nnote: 1\n')).toBe(
      `l:\n  - c # c\n  - a # a\n  - x\n${ALIGNED}`,
    );
  });

  const THREE = `l:\n  - {n: 1, m: 1} # one\n  - {n: 2, m: 2} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`;

  it('changes the middle item in place though it became more like the item before it', () => {
    expect(mergeYaml(THREE, 'l: [{n: 1, m: 1}, {n: 1, m: 5}, {n: 3, m: 3}]\nnote: 1\n')).toBe(
      `l:\n  - {n: 1, m: 1} # one\n  - {n: 1, m: 5} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`,
    );
  });

  it('changes the middle item in place though it became more like the item after it', () => {
    expect(mergeYaml(THREE, 'l: [{n: 1, m: 1}, {n: 3, m: 9}, {n: 3, m: 3}]\nnote: 1\n')).toBe(
      `l:\n  - {n: 1, m: 1} # one\n  - {n: 3, m: 9} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`,
    );
  });

  it('changes the first two items in place, each in its own place, though both became like the first', () => {
    expect(mergeYaml(THREE, 'l: [{n: 1, m: 8}, {n: 1, m: 9}, {n: 3, m: 3}]\nnote: 1\n')).toBe(
      `l:\n  - {n: 1, m: 8} # one\n  - {n: 1, m: 9} # two\n  - {n: 3, m: 3} # three\n${ALIGNED}`,
    );
  });

  it('matches items by place when the file repeats an id and the editor does not', () => {
    expect(
      mergeYaml(
        `l:\n  - id: a\n    v: 1\n  - id: a # dup\n    v: 2\n${ALIGNED}`,
        'l:\n  - id: a\n    v: 1\n  - id: b\n    v: 2\nnote: 1\n',
      ),
    ).toBe(`l:\n  - id: a\n    v: 1\n  - id: b # dup\n    v: 2\n${ALIGNED}`);
  });

  it('matches items by place when only some have ids and two have none', () => {
    expect(mergeYaml(`l:\n  - id: a\n  - v: 1 # one\n  - v: 2 # two\n${ALIGNED}`, 'l:\n  - id: a\n  - v: 1\n  - v: 3\nnote: 1\n')).toBe(
      `l:\n  - id: a\n  - v: 1 # one\n  - v: 3 # two\n${ALIGNED}`,
    );
  });

  it('writes the list anew under its key when only some items have ids and one is added', () => {
    expect(mergeYaml(`l:\n  - id: a\n  - v: 1\n${ALIGNED}`, 'l:\n  - id: a\n  - v: 1\n  - v: 2\nnote: 1\n')).toBe(
      `l:\n  - id: a\n  - v: 1\n  - v: 2\n${ALIGNED}`,
    );
  });

  it('moves an item without taking the deeper comment that ends the item before it', () => {
    expect(mergeYaml(`l:\n  - a: 1\n    # inner comment of a\n  - b\n${ALIGNED}`, 'l: [b, {a: 1}]\nnote: 1\n')).toBe(
      `l:\n  - b\n  - a: 1\n    # inner comment of a\n${ALIGNED}`,
    );
  });

  it('writes a key added to an item that moves inside that item only', () => {
    expect(
      mergeYaml(
        `l:\n  - id: a\n    v: 1\n  - id: b\n    v: 2\n${ALIGNED}`,
        'l:\n  - id: b\n    v: 2\n  - id: a\n    v: 1\n    w: 3\nnote: 1\n',
      ),
    ).toBe(`l:\n  - id: b\n    v: 2\n  - id: a\n    v: 1\n    w: 3\n${ALIGNED}`);
  });

  it('changes a fact in the middle of an item that moves, keeping the facts after it', () => {
    expect(
      mergeYaml(
        `l:\n  - id: a # A\n    v: 1\n    w: 2\n  - id: b # B\n${ALIGNED}`,
        'l:\n  - id: b\n  - id: a\n    v: 3\n    w: 2\nnote: 1\n',
      ),
    ).toBe(`l:\n  - id: b # B\n  - id: a # A\n    v: 3\n    w: 2\n${ALIGNED}`);
  });

  it('replaces two items by id, each new one in the place of the old', () => {
    expect(
      mergeYaml(`l:\n  - id: a\n  - id: b\n  - id: c\n  - id: d\n${ALIGNED}`, 'l:\n  - id: a\n  - id: x\n  - id: c\n  - id: y\nnote: 1\n'),
    ).toBe(`l:\n  - id: a\n  - id: x\n  - id: c\n  - id: y\n${ALIGNED}`);
  });

  it('writes a key added to the last item, an item added after it and a key added to the group in that order', () => {
    expect(mergeYaml(`g:\n  l:\n    - id: a\n${ALIGNED}`, 'g:\n  l:\n    - id: a\n      w: 1\n    - id: b\n  z: 2\nnote: 1\n')).toBe(
      `g:\n  l:\n    - id: a\n      w: 1\n    - id: b\n  z: 2\n${ALIGNED}`,
    );
  });

  it('keeps the comments of moved items when another change makes the whole file be written again', () => {
    expect(mergeYaml(`? a\n: 1\nl:\n  - x # cx\n  - y # cy\n${ALIGNED}`, 'a: 1\nl: [y, x]\nnote: 1\nc: 3\n')).toBe(
      'a: 1\nl:\n  - y # cy\n  - x # cx\nnote: 1 # aligned\nc: 3\n',
    );
  });
});

describe('new items of a flow list', () => {
  const line = (list: string) => `l: ${list}      # aligned\n`;

  it('keeps a bracket and a space inside a quoted text', () => {
    expect(mergeYaml(line('[a, b]'), 'l: [a, b, "[ x ]"]\n')).toBe(line('[a, b, "[ x ]"]'));
  });

  it('pads a new list as the list’s own lists are padded', () => {
    expect(mergeYaml(line('[[ a ], b]'), 'l: [[a], b, [c]]\n')).toBe(line('[[ a ], b, [ c ]]'));
  });

  it('leaves a new group unpadded as the list’s own groups', () => {
    expect(mergeYaml(line('[{a: 1}, b]'), 'l: [{a: 1}, b, {c: 2}]\n')).toBe(line('[{a: 1}, b, {c: 2}]'));
  });
});

describe('where new and moved items go', () => {
  it('writes a new item in its place among moved ones, and another at the end, without comments of removed items', () => {
    expect(mergeYaml(`l:\n  - a # a\n  - b # b\n  - c # c\n  - d # d\n${ALIGNED}`, 'l: [c, x, a, y]\nnote: 1\n')).toBe(
      `l:\n  - c # c\n  - x\n  - a # a\n  - y\n${ALIGNED}`,
    );
  });

  it('writes two new items after the last kept one, in the editor’s order', () => {
    expect(mergeYaml('l: [a]      # aligned\n', 'l: [a, x, y]\n')).toBe('l: [a, x, y]      # aligned\n');
  });

  it('writes a new first item just before the kept item after it, below a comment standing apart', () => {
    expect(mergeYaml(`l:\n  - id: a\n\n  # note apart\n\n  - id: b\n${ALIGNED}`, 'l:\n  - id: x\n  - id: b\nnote: 1\n')).toBe(
      `l:\n\n  # note apart\n\n  - id: x\n  - id: b\n${ALIGNED}`,
    );
  });

  it('writes the only new item where the only removed one was', () => {
    expect(mergeYaml(`l:\n  - id: a # A\n${ALIGNED}`, 'l:\n  - id: x\nnote: 1\n')).toBe(`l:\n  - id: x\n${ALIGNED}`);
  });

  it('writes a new item on a line of its own at the end of a file whose last line has no line break', () => {
    expect(mergeYaml(`${ALIGNED}l:\n  - a`, 'note: 1\nl: [a, b]\n')).toBe(`${ALIGNED}l:\n  - a\n  - b\n`);
  });

  it('moves the last item of a file whose last line has no line break onto a line of its own', () => {
    expect(mergeYaml(`${ALIGNED}l:\n  - a\n  - b`, 'note: 1\nl: [b, a]\n')).toBe(`${ALIGNED}l:\n  - b\n  - a\n`);
  });

  it('leaves a comment standing apart between items where it is when they move', () => {
    expect(mergeYaml(`l:\n  - a\n  # apart\n\n  - b\n${ALIGNED}`, 'l: [b, a]\nnote: 1\n')).toBe(
      `l:\n  - b\n  # apart\n\n  - a\n${ALIGNED}`,
    );
  });

  it('writes the whole file again, keeping a comment standing apart, when the list moves and gets shorter than its place', () => {
    expect(mergeYaml(`l:\n  - a\n  - b\n  # apart\n\n  - c\n${ALIGNED}`, 'l: [c, a]\nnote: 1\n')).toBe(
      'l:\n  # apart\n\n  - c\n  - a\nnote: 1 # aligned\n',
    );
  });

  it('drops a blank line between items that are no more, moving the rest in place', () => {
    expect(mergeYaml(`l:\n  - a\n  - b\n\n  - c\n${ALIGNED}`, 'l: [c, a]\nnote: 1\n')).toBe(`l:\n  - c\n  - a\n${ALIGNED}`);
  });

  it('writes the whole file again when items of a flow list with a comment inside move, the comment with its item', () => {
    expect(mergeYaml('l: [\n  a, # about a\n  b\n]      # aligned\n', 'l: [b, a]\n')).toBe(
      'l:\n  [\n    b,\n    a # about a\n  ] # aligned\n',
    );
  });

  it('writes a new list item unpadded as its own list, though another list of the file is padded', () => {
    expect(mergeYaml('p: [ [ z ] ]\nl: [a]      # aligned\n', 'p: [[z]]\nl: [a, [d]]\n')).toBe(
      'p: [ [ z ] ]\nl: [a, [d]]      # aligned\n',
    );
  });

  it('writes a new list item among moved ones unpadded as its own list, though another list of the file is padded', () => {
    expect(mergeYaml('p: [ [ z ] ]\nl: [c, b]      # aligned\n', 'p: [[z]]\nl: [b, c, [d]]\n')).toBe(
      'p: [ [ z ] ]\nl: [b, c, [d]]      # aligned\n',
    );
  });
});
