// Saves that used to lose or move what an official wrote (src/lib/cms/yamlMerge.ts): flow lists losing their
// first item, items added to the wrong list, comments left behind when a list is reordered, empty fields of
// other offer kinds written as null, comments or column-0 lists changed when a file is written again; and the
// changes that now stay on their own lines (keys added or removed, values changing shape), and the saves that
// are refused rather than written wrong. Every expectation is written out by hand.
import { describe, expect, it } from 'vitest';
import { MergeError, mergeYaml } from '../../src/lib/cms/yamlMerge.ts';
import { BALKHASH, KARKARALY, LAKE, PLACES, placesFromEditor } from './placesListFixture.ts';

describe('a list with ids written in flow style', () => {
  it('loses its first item and keeps its key', () => {
    expect(mergeYaml('places: [{ id: a, lat: 1 }, { id: b, lat: 2 }]\n', 'places:\n  - id: b\n    lat: 2\n')).toBe(
      'places: [{ id: b, lat: 2 }]\n',
    );
  });

  it('loses its first item, keeping the comment above and the key after', () => {
    expect(mergeYaml('# c\nplaces: [{ id: a }, { id: b }, { id: c }]\nx: 1\n', 'places:\n  - id: b\n  - id: c\nx: 1\n')).toBe(
      '# c\nplaces: [{ id: b }, { id: c }]\nx: 1\n',
    );
  });

  it('loses its last items', () => {
    expect(mergeYaml('places: [{ id: a }, { id: b }, { id: c }] # three\n', 'places:\n  - id: a\n')).toBe('places: [{ id: a }] # three\n');
  });

  it('loses the first item of a list written over several lines', () => {
    expect(mergeYaml('places: [\n  { id: a },\n  { id: b }\n]\n', 'places:\n  - id: b\n')).toBe('places: [\n  { id: b }\n]\n');
  });

  it('loses its only item and stays an empty list', () => {
    expect(mergeYaml('places: [{ id: a }] # none left\n', 'places: []\n')).toBe('places: [] # none left\n');
  });
});

describe('an item added to a flow list inside a block list item', () => {
  it('lands in the inner list, written in its style', () => {
    expect(mergeYaml('groups:\n- places: [{ id: a }]\n  n: 1\n', 'groups:\n  - places:\n      - id: a\n      - id: b\n    n: 1\n')).toBe(
      'groups:\n- places: [{ id: a }, { id: b }]\n  n: 1\n',
    );
  });

  it('lands in the inner list when the list item starts with another key', () => {
    expect(
      mergeYaml('groups:\n  - name: g\n    places: [{ id: a }]\n', 'groups:\n  - name: g\n    places:\n      - id: a\n      - id: b\n'),
    ).toBe('groups:\n  - name: g\n    places: [{ id: a }, { id: b }]\n');
  });

  it('lands in an inner list of words', () => {
    expect(mergeYaml('rows:\n- tags: [a, b] # t\n', 'rows:\n  - tags:\n      - a\n      - b\n      - c\n')).toBe(
      'rows:\n- tags: [a, b, c] # t\n',
    );
  });
});

describe('a list reordered without changing its length', () => {
  it('keeps each place’s comment with its place', () => {
    expect(mergeYaml(PLACES, placesFromEditor([LAKE, BALKHASH, KARKARALY]))).toBe(`# Places. Offers refer to them by id.
places:
# The lake: its position is approximate.
- id: lake-balkhash
  name: { en: Lake Balkhash, ru: озеро Балхаш }
  lat: 46.5
- id: balkhash
  name: { en: Balkhash, ru: Балхаш }
  lat: 46.8455
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.41
`);
  });

  it('keeps each place’s comment with its place and changes a fact of a moved one in its new place', () => {
    expect(mergeYaml(PLACES, placesFromEditor([{ ...KARKARALY, lat: 49.5 }, LAKE, BALKHASH]))).toBe(`# Places. Offers refer to them by id.
places:
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.5
# The lake: its position is approximate.
- id: lake-balkhash
  name: { en: Lake Balkhash, ru: озеро Балхаш }
  lat: 46.5
- id: balkhash
  name: { en: Balkhash, ru: Балхаш }
  lat: 46.8455
`);
  });

  it('keeps the comments of words with their words', () => {
    expect(
      mergeYaml('segments:\n  - beach # sandy\n  # the camp\n  - camping\n  - hotel\n', 'segments:\n  - hotel\n  - beach\n  - camping\n'),
    ).toBe('segments:\n  - hotel\n  - beach # sandy\n  # the camp\n  - camping\n');
  });

  it('reorders a flow list of words in place', () => {
    expect(mergeYaml('segments: [beach, camping] # two\n', 'segments:\n  - camping\n  - beach\n')).toBe(
      'segments: [camping, beach] # two\n',
    );
  });

  it('keeps the comment with its place when places are moved and one removed', () => {
    const withFourth = `${PLACES}- id: priozersk\n  name: { en: Priozersk, ru: Приозёрск }\n  lat: 46.03\n`;
    expect(mergeYaml(withFourth, placesFromEditor([BALKHASH, KARKARALY, LAKE]))).toBe(`# Places. Offers refer to them by id.
places:
- id: balkhash
  name: { en: Balkhash, ru: Балхаш }
  lat: 46.8455
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.41
# The lake: its position is approximate.
- id: lake-balkhash
  name: { en: Lake Balkhash, ru: озеро Балхаш }
  lat: 46.5
`);
  });
});

describe('a new key whose fields the editor sends empty', () => {
  it('writes only the filled-in fields of a new group and no group of another offer kind', () => {
    expect(
      mergeYaml(
        'kind: land-plot # k\n',
        'kind: land-plot\nland:\n  areaHa: 2\n  cadastralNumber: ""\ninfrastructure:\n  power:\n  rooms: []\n  type:\n    en: ""\n',
      ),
    ).toBe('kind: land-plot # k\nland:\n  areaHa: 2\n');
  });

  it('does not write an empty new field into a group the file has', () => {
    const onDisk = 'kind: land-plot # k\nland:\n  areaHa: 2\n';
    expect(mergeYaml(onDisk, 'kind: land-plot\nland:\n  areaHa: 2\n  cadastralNumber: ""\n  extra:\n    en: ""\n  owners: {}\n')).toBe(
      onDisk,
    );
  });

  it('writes a new list without the empty fields of its items, keeping false and zero', () => {
    expect(
      mergeYaml(
        'kind: land-plot # k\n',
        'kind: land-plot\nfeatured: false\nrooms: 0\nphotos:\n  - file: a.png\n    caption:\n      en: ""\n',
      ),
    ).toBe('kind: land-plot # k\nfeatured: false\nrooms: 0\nphotos:\n  - file: a.png\n');
  });
});

describe('a removed word of a list without ids', () => {
  it('takes its own comment with it and leaves the comments of the others', () => {
    expect(
      mergeYaml(
        '# top\nsegments:\n  # beach note\n  - beach # sandy\n  # camp note\n  - camping\n  - hotel\n# after\nx: 1\n',
        'segments:\n  - beach\n  - hotel\nx: 1\n',
      ),
    ).toBe('# top\nsegments:\n  # beach note\n  - beach # sandy\n  - hotel\n# after\nx: 1\n');
  });

  it('leaves the comment about the next key when the last word goes', () => {
    expect(mergeYaml('segments:\n- beach\n- camping # maybe\n# Kind next.\nkind: a\n', 'segments:\n  - beach\nkind: a\n')).toBe(
      'segments:\n- beach\n# Kind next.\nkind: a\n',
    );
  });

  it('leaves its key with an empty list when the last one goes from a block list, and its comment with it', () => {
    expect(mergeYaml('segments: # s\n  - beach # sandy\nkind: a\n', 'segments: []\nkind: a\n')).toBe('segments: [] # s\nkind: a\n');
  });

  it('is removed from a flow list in place', () => {
    expect(mergeYaml('segments: [beach, camping, hotel] # s\n', 'segments:\n  - beach\n  - hotel\n')).toBe(
      'segments: [beach, hotel] # s\n',
    );
  });
});

describe('a file written again as a whole', () => {
  it('keeps lists written at column 0 at column 0', () => {
    expect(
      mergeYaml(
        '# top\nsegments:\n- beach\n- camping\nplaces:\n- id: a\n  tags:\n  - x\nname: Lake\n',
        'segments:\n  - beach\n  - camping\nplaces:\n  - id: a\n    tags:\n      - x\nname:\n  en: Lake\n  ru: Озеро\n',
      ),
    ).toBe('# top\nsegments:\n- beach\n- camping\nplaces:\n- id: a\n  tags:\n  - x\nname:\n  en: Lake\n  ru: Озеро\n');
  });

  it('keeps indented lists indented', () => {
    expect(mergeYaml('segments:\n  - beach\nname: Lake\n', 'segments:\n  - beach\nname:\n  en: Lake\n')).toBe(
      'segments:\n  - beach\nname:\n  en: Lake\n',
    );
  });
});

describe('a save that adds or removes keys changes only their lines', () => {
  it('adds a field, leaving aligned comments, a four-space indentation and a folded text as written', () => {
    const onDisk = 'kind: land-plot    # aligned\nland:\n    areaHa: 1\nsummary: >-\n  a long\n  folded text\n';
    expect(mergeYaml(onDisk, 'kind: land-plot\nland:\n  areaHa: 1\nsummary: a long folded text\nstatus: available\n')).toBe(
      `${onDisk}status: available\n`,
    );
  });

  it('removes a field with the comment lines above and inside it, and nothing else', () => {
    expect(mergeYaml('a: 1 # a\n# about b\nb:\n  c: 2 # cc\n  # inner\n# about d\nd: 3\n', 'a: 1\nd: 3\n')).toBe(
      'a: 1 # a\n# about d\nd: 3\n',
    );
  });

  it('keeps the comment above the first field of the file when that field is removed: it may be about the file', () => {
    expect(mergeYaml('# Offer.\nnote: old\nkind: a\n', 'kind: a\n')).toBe('# Offer.\nkind: a\n');
  });

  it('adds a field to a group at the group’s indentation', () => {
    expect(mergeYaml('land:\n    areaHa: 1 # a\n# next\nkind: x\n', 'land:\n  areaHa: 1\n  owner: state\nkind: x\n')).toBe(
      'land:\n    areaHa: 1 # a\n    owner: state\n# next\nkind: x\n',
    );
  });

  it('adds a field to a map written in flow style', () => {
    expect(mergeYaml('location: { lat: 46.8220, lon: 75.0000 }\n', 'location:\n  lat: 46.822\n  lon: 75\n  alt: 340\n')).toBe(
      'location: { lat: 46.8220, lon: 75.0000, alt: 340 }\n',
    );
  });

  it('removes a field from a map written in flow style', () => {
    expect(mergeYaml('location: { lat: 1, lon: 2, alt: 3 } # l\n', 'location:\n  lat: 1\n  alt: 3\n')).toBe(
      'location: { lat: 1, alt: 3 } # l\n',
    );
  });

  it('writes a new list at its key’s column when the file writes its lists so', () => {
    expect(mergeYaml('segments:\n- beach\nkind: x\n', 'segments: [beach]\nkind: x\nphotos:\n  - file: pier.png\n')).toBe(
      'segments:\n- beach\nkind: x\nphotos:\n- file: pier.png\n',
    );
  });

  it('writes a field added to the last item of a list inside that item, before an item added after it', () => {
    expect(mergeYaml('places:\n- id: a # A\n', 'places:\n  - id: a\n    lat: 1\n  - id: b\n')).toBe(
      'places:\n- id: a # A\n  lat: 1\n- id: b\n',
    );
  });

  it('writes a field added to a moved item inside that item', () => {
    expect(
      mergeYaml(
        'places:\n# A\n- id: a\n  lat: 1\n# B\n- id: b\n  lat: 2\n',
        'places:\n  - id: b\n    lat: 2\n    note: x\n  - id: a\n    lat: 1\n',
      ),
    ).toBe('places:\n# B\n- id: b\n  lat: 2\n  note: x\n# A\n- id: a\n  lat: 1\n');
  });

  it('removes the first field of a list item without taking its dash', () => {
    expect(mergeYaml('places:\n- note: old\n  id: a\n- id: b\n', 'places:\n  - id: a\n  - id: b\n')).toBe('places:\n- id: a\n- id: b\n');
  });

  it('adds a field holding a list to a flow map, unpadded as the map’s own lists', () => {
    expect(mergeYaml('location: { lat: 1, tags: [a] }\n', 'location:\n  lat: 1\n  tags: [a]\n  more: [b, c]\n')).toBe(
      'location: { lat: 1, tags: [a], more: [b, c] }\n',
    );
  });

  it('leaves a group it would empty as an empty group', () => {
    expect(mergeYaml('land:\n  areaHa: 1\nkind: x\n', 'land: {}\nkind: x\n')).toBe('land: {}\nkind: x\n');
  });
});

describe('a value that changes its shape changes only its own lines', () => {
  it('writes a text that became a group under its key, keeping the comment of its line and the other lines', () => {
    expect(mergeYaml('kind: lake    # k\nname: Lake # n\nx: 1\n', 'kind: lake\nname:\n  en: Lake\n  ru: Озеро\nx: 1\n')).toBe(
      'kind: lake    # k\nname: # n\n  en: Lake\n  ru: Озеро\nx: 1\n',
    );
  });

  it('writes a group that became a text on its key’s line', () => {
    expect(mergeYaml('kind: lake    # k\nname:\n  en: Lake\nx: 1\n', 'kind: lake\nname: Lake\nx: 1\n')).toBe(
      'kind: lake    # k\nname: Lake\nx: 1\n',
    );
  });

  it('writes a list that replaced a text at its key’s column when the file writes its lists so', () => {
    expect(mergeYaml('segments:\n- beach\ntags: x\n', 'segments: [beach]\ntags: [x, y]\n')).toBe('segments:\n- beach\ntags:\n- x\n- y\n');
  });

  it('writes a new value inside a flow map in flow style', () => {
    expect(mergeYaml('location: { a: 1, b: 2 } # c\n', 'location:\n  a: [1, 2]\n  b: 2\n')).toBe('location: { a: [1, 2], b: 2 } # c\n');
  });
});

describe('a save that would change a value the editor did not change', () => {
  it('is refused when a changed value is shared with another field through a YAML anchor', () => {
    expect(() => mergeYaml('name: &a Lake\nx: *a\n', 'name: Lakes\nx: Lake\n')).toThrow(MergeError);
  });

  it('goes through when a new list is written without the empty items the editor sent', () => {
    expect(mergeYaml('kind: a # k\n', 'kind: a\nsegments:\n  - beach\n  - ""\nphotos:\n  - file: a.png\n    tags: ["", x]\n')).toBe(
      'kind: a # k\nsegments:\n  - beach\nphotos:\n  - file: a.png\n    tags:\n      - x\n',
    );
  });

  it('goes through when the shared value stays as it is', () => {
    expect(mergeYaml('name: &a Lake\nx: *a\nk: 1\n', 'name: Lake\nx: Lake\nk: 2\n')).toBe('name: &a Lake\nx: *a\nk: 2\n');
  });
});
