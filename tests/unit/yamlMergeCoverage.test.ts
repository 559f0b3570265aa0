// Saving an entry from the editor into the file an official wrote (src/lib/cms/yamlMerge.ts), in the layouts the
// other yamlMerge tests do not build: a key in YAML's explicit form, a key written as a number, a list item that
// becomes a group, a file without a final line break, lists of places without ids whose items were edited, removed,
// moved or added, and flow lists written without spaces. Each expected text is written out by hand: the official's
// comments and layout must stay where they were, and only the changed facts may differ.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeYaml } from '../../src/lib/cms/yamlMerge.ts';

describe('a group the merge cannot cut key by key', () => {
  it('changes a value in place in a file with a key in the explicit `? key` form, without writing the file again', () => {
    expect(mergeYaml('? kind\n: land-plot\nareaHa: 2 # plan\n', 'kind: land-plot\nareaHa: 3\n')).toBe(
      '? kind\n: land-plot\nareaHa: 3 # plan\n',
    );
  });

  it('removes a cleared field, and keeps a key written as a number, which the form cannot show', () => {
    expect(mergeYaml('2026: planned\nkind: land-plot # k\nstatus: available\n', 'kind: land-plot\n')).toBe(
      '2026: planned\nkind: land-plot # k\n',
    );
  });

  it('writes a text that became a group in full when an anchor stands beside it, keeping the other comments', () => {
    expect(mergeYaml('note: &n text\nkind: land-plot # k\n', 'note:\n  en: text\nkind: land-plot\n')).toBe(
      'note:\n  en: text\nkind: land-plot # k\n',
    );
  });

  it('adds a field to an empty group written `{}`', () => {
    expect(mergeYaml('location: {}\nkind: x # k\n', 'location: { lat: 1 }\nkind: x\n')).toBe('location: { lat: 1 }\nkind: x # k\n');
  });
});

describe('a save that clears several fields', () => {
  it('removes each of them, and keeps the fields and comments between them', () => {
    const file = '# Lake plot.\nnote: draft\nkind: land-plot # k\nstatus: available\nareaHa: 2 # plan\nowner: akimat\n';
    expect(mergeYaml(file, 'kind: land-plot\nareaHa: 2\n')).toBe('# Lake plot.\nkind: land-plot # k\nareaHa: 2 # plan\n');
  });

  it('removes the field on the first line of the file', () => {
    expect(mergeYaml('note: draft\nkind: land-plot # k\n', 'kind: land-plot\n')).toBe('kind: land-plot # k\n');
  });
});

describe('a list item that becomes a group', () => {
  // Indented by four spaces, which writing the whole file again would change to two: only the item may change.
  it('is written on its dash line, its other keys below at the column of the first', () => {
    expect(mergeYaml('places:\n    - karaganda # hub\n    - balkhash\n', 'places:\n  - karaganda\n  - id: balkhash\n    km: 2\n')).toBe(
      'places:\n    - karaganda # hub\n    - id: balkhash\n      km: 2\n',
    );
  });

  it('is written with the file written again when a comment follows the item (the values are what was sent)', () => {
    const merged = mergeYaml('places:\n  - karaganda\n  - balkhash # lake\n', 'places:\n  - karaganda\n  - id: balkhash\n    km: 2\n');
    expect(merged).toBe('places:\n  - karaganda\n  - id: balkhash\n    km: 2\n');
  });
});

describe('a file without a final line break', () => {
  // The spaces after `kind:` would be lost if the file were written again: the new field alone is added.
  it('gets a new field on a line of its own', () => {
    expect(mergeYaml('kind:   land-plot # k', 'kind: land-plot\nstatus: available\n')).toBe('kind:   land-plot # k\nstatus: available\n');
  });

  it('keeps its last list item whole when the items are moved', () => {
    expect(mergeYaml('tags:\n    - a # first\n    - b', 'tags: [b, a]\n')).toBe('tags:\n    - b\n    - a # first\n');
  });
});

describe('a list of items without ids', () => {
  it('takes an edited item for the old one most like it: the other is removed with its comment', () => {
    const file = 'roads:\n  # to the town\n  - { place: karkaraly, km: 7 }\n  # to the city\n  - { place: karaganda, km: 227 }\n';
    expect(mergeYaml(file, 'roads:\n  - { place: karaganda, km: 230 }\n')).toBe(
      'roads:\n  # to the city\n  - { place: karaganda, km: 230 }\n',
    );
  });

  it('takes an edited item like none of the old ones for the first of them', () => {
    const file = 'roads:\n  # first\n  - { place: a, km: 7 }\n  # second\n  - { place: b, km: 9 }\n';
    expect(mergeYaml(file, 'roads:\n  - { place: c, km: 1 }\n')).toBe('roads:\n  # first\n  - { place: c, km: 1 }\n');
  });

  it('matches items by position when only some have ids, so each keeps its comment', () => {
    const file = 'items:\n  # one\n  - { id: a, km: 1 }\n  # two\n  - { name: x }\n';
    expect(mergeYaml(file, 'items:\n  - { id: a, km: 2 }\n  - { name: y }\n')).toBe(
      'items:\n  # one\n  - { id: a, km: 2 }\n  # two\n  - { name: y }\n',
    );
  });
});

describe('a list of groups that the editor sends as texts', () => {
  it('takes the text for the first group, and removes the other group with its comment', () => {
    const file = 'roads:\n  # a\n  - { place: a, km: 7 }\n  # b\n  - { place: b, km: 9 }\n';
    expect(mergeYaml(file, 'roads: [c]\n')).toBe('roads:\n  # a\n  - c\n');
  });
});

describe('items added to a list', () => {
  it('writes a new item just before the kept item it precedes, after the blank line the removed one leaves', () => {
    expect(mergeYaml('places:\n  - id: a\n\n  - id: b # keep\n', 'places:\n  - id: x\n  - id: b\n')).toBe(
      'places:\n\n  - id: x\n  - id: b # keep\n',
    );
  });

  it('writes a new group into a flow list without the spaces the list does not use', () => {
    expect(mergeYaml('places: [{id: a, km: 1}]\n', 'places:\n  - {id: a, km: 1}\n  - {id: b, km: 2}\n')).toBe(
      'places: [{id: a, km: 1}, {id: b, km: 2}]\n',
    );
  });
});

describe('items moved in a list', () => {
  it('moves the items of a flow list that lost one, keeping the comment after it', () => {
    expect(mergeYaml('tags: [a, b, c] # t\n', 'tags: [c, a]\n')).toBe('tags: [c, a] # t\n');
  });

  it('moves the items of a flow list and adds one after them, separated by a comma', () => {
    expect(mergeYaml('tags: [a, b] # t\n', 'tags: [b, a, c]\n')).toBe('tags: [b, a, c] # t\n');
  });

  it('moves the items of a block list with their comments and adds one after them, at the list’s own indentation', () => {
    expect(mergeYaml('tags:\n    - a # first\n    - b\n', 'tags: [b, a, c]\n')).toBe('tags:\n    - b\n    - a # first\n    - c\n');
  });

  it('writes the file again when a comment apart from the items stands where fewer items are now, keeping the values', () => {
    const merged = mergeYaml('tags:\n  - a\n  - b\n  # loose\n\n  - c\nkind: x # k\n', 'tags: [b, a]\nkind: x\n');
    // The library's whole-file writing keeps the comment on `kind`; the loose comment belonged to no item.
    expect(parse(merged)).toEqual({ tags: ['b', 'a'], kind: 'x' });
    expect(merged).toContain('kind: x # k\n');
  });
});
