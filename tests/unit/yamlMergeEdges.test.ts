// The edges of saving an entry from the editor into the file an official wrote (src/lib/cms/yamlMerge.ts):
// several facts in one save, values that change shape, lists of places gaining, losing and reordering
// items, fields the editor sends empty, and the layout a whole-file rewrite must keep. Every expectation is
// written out by hand; where the library's own layout of a rewritten list is not the point, the values are
// compared after parsing with the yaml package.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeFrontMatter, mergeYaml, newFrontMatter, newYaml } from '../../src/lib/cms/yamlMerge.ts';
import { BALKHASH, KARKARALY, LAKE, PLACES, type Place, placesFromEditor } from './placesListFixture.ts';

const LONG = 'A sandy plot on the shore of the lake, a sandy plot on the shore of the lake, with a road to the gate.';

describe('a save that changes values only', () => {
  it('changes several facts at once, each on its own line, though the first grows longer', () => {
    const merged = mergeYaml(
      'kind: land-plot # kind\nareaHa: 1 # plan\nstatus: available\n',
      'kind: infrastructure\nareaHa: 12.75\nstatus: at-auction\n',
    );
    expect(merged).toBe('kind: infrastructure # kind\nareaHa: 12.75 # plan\nstatus: at-auction\n');
  });

  it('writes a long text on one line, as the official writes it, not folded at 80 characters', () => {
    expect(mergeYaml('summary: Short. # draft\nkind: land-plot\n', `summary: ${LONG}\nkind: land-plot\n`)).toBe(
      `summary: ${LONG} # draft\nkind: land-plot\n`,
    );
  });

  it('puts what the editor sends for a cleared value over the old value only: the aligned comment keeps its spaces', () => {
    expect(mergeYaml('kind: land-plot\nareaHa: 1.6   # from the plan\n', 'kind: land-plot\nareaHa:\n')).toBe(
      'kind: land-plot\nareaHa: null   # from the plan\n',
    );
  });
});

describe('a save that adds or removes fields', () => {
  it('removes a field the official cleared, and nothing else', () => {
    expect(mergeYaml('kind: land-plot # k\nstatus: available\nareaHa: 2\n', 'kind: land-plot\nareaHa: 2\n')).toBe(
      'kind: land-plot # k\nareaHa: 2\n',
    );
  });

  it('does not write fields the editor sends empty when the file does not have them', () => {
    expect(mergeYaml('kind: land-plot # k\n', 'kind: land-plot\nnamedLocation: ""\nnote:\n')).toBe('kind: land-plot # k\n');
  });

  it('writes a changed fact and a new field of the same save', () => {
    expect(mergeYaml('kind: land-plot # k\nareaHa: 1\n', 'kind: land-plot\nareaHa: 2\nstatus: available\n')).toBe(
      'kind: land-plot # k\nareaHa: 2\nstatus: available\n',
    );
  });

  it('keeps a long text on one line when the whole file is written again', () => {
    expect(mergeYaml(`# Offer.\nsummary: ${LONG}\nkind: land-plot\n`, `summary: ${LONG}\nkind: land-plot\nstatus: available\n`)).toBe(
      `# Offer.\nsummary: ${LONG}\nkind: land-plot\nstatus: available\n`,
    );
  });

  it('gives back a flow map padded with two spaces as the official wrote it when the file is written again', () => {
    const merged = mergeYaml(
      'location: {  lat: 46.8, lon: 75  }\nkind: land-plot\n',
      'location:\n  lat: 46.8\n  lon: 75\nkind: land-plot\nstatus: available\n',
    );
    expect(merged).toBe('location: {  lat: 46.8, lon: 75  }\nkind: land-plot\nstatus: available\n');
  });
});

describe('a value that changes its shape', () => {
  it('writes a group the editor sends as one value as that value', () => {
    expect(mergeYaml('name:\n  en: Lake\n  ru: Озеро\nkind: lake\n', 'name: Lake\nkind: lake\n')).toBe('name: Lake\nkind: lake\n');
  });

  it('writes a single value that became a group as that group, keeping the comment elsewhere', () => {
    expect(mergeYaml('kind: lake # k\nname: Lake\n', 'kind: lake\nname:\n  en: Lake\n  ru: Озеро\n')).toBe(
      'kind: lake # k\nname:\n  en: Lake\n  ru: Озеро\n',
    );
  });

  it('writes a list the editor sends as one word as that word', () => {
    expect(mergeYaml('tags: [a, b]\n', 'tags: ok\n')).toBe('tags: ok\n');
  });

  it('writes out a group that referred to another one (a YAML alias) when only it changes; the other keeps its anchor', () => {
    expect(mergeYaml('defaults: &d { power: 1 }\nplot: *d\n', 'defaults:\n  power: 1\nplot:\n  power: 2\n')).toBe(
      'defaults: &d { power: 1 }\nplot:\n  power: 2\n',
    );
  });
});

describe('a file that is not a map of fields', () => {
  it('takes the editor text when the file on disk is empty', () => {
    expect(mergeYaml('', 'kind: land-plot\n')).toBe('kind: land-plot\n');
  });

  it('takes the editor text when it is not a map of fields', () => {
    expect(mergeYaml('kind: land-plot\n', '- a\n')).toBe('- a\n');
  });
});

describe('a list without ids', () => {
  it('loses the item the official removed and keeps the others and the comment above', () => {
    const merged = mergeYaml('kind: land-plot # k\nsegments: [beach, camping, hotel]\n', 'kind: land-plot\nsegments: [beach, hotel]\n');
    expect(merged.startsWith('kind: land-plot # k\n')).toBe(true);
    expect(parse(merged)).toEqual({ kind: 'land-plot', segments: ['beach', 'hotel'] });
  });

  it('leaves an empty list when the only item is removed', () => {
    expect(mergeYaml('kind: land-plot\nsegments: [beach]\n', 'kind: land-plot\nsegments: []\n')).toBe('kind: land-plot\nsegments: []\n');
  });

  it('is written again from its values when only some of its items have ids', () => {
    expect(parse(mergeYaml('kind: a\nitems: [{ id: a }, b]\n', 'kind: a\nitems:\n  - b\n'))).toEqual({ kind: 'a', items: ['b'] });
  });

  it('is written again from its values when its ids are numbers', () => {
    const merged = mergeYaml('rates: [{ id: 1, kzt: 470 }, { id: 2, kzt: 5 }]\n', 'rates:\n  - id: 2\n    kzt: 5\n');
    expect(parse(merged)).toEqual({ rates: [{ id: 2, kzt: 5 }] });
  });

  it('is written again from its values when an id repeats, in the file or in the editor', () => {
    expect(mergeYaml('places: [{ id: a }, { id: a }]\n', 'places: []\n')).toBe('places: []\n');
    const merged = mergeYaml('places: [{ id: a }]\n', 'places:\n  - id: c\n  - id: c\n');
    expect(parse(merged)).toEqual({ places: [{ id: 'c' }, { id: 'c' }] });
  });
});

const INDENTED = `# Places.
places:
  - id: balkhash
    name: { en: Balkhash, ru: Балхаш }
    lat: 46.8455
  # The lake: approximate.
  - id: lake-balkhash
    name: { en: Lake Balkhash, ru: озеро Балхаш }
    lat: 46.5
  - id: karkaraly
    name: { en: Karkaraly, ru: Каркаралинск }
    lat: 49.41
`;
const PRIOZERSK: Place = { id: 'priozersk', en: 'Priozersk', ru: 'Приозёрск', lat: 46.03 };

describe('a list of places with ids', () => {
  it('cuts the first item, keeping the comment of the next one', () => {
    expect(mergeYaml(PLACES, placesFromEditor([LAKE, KARKARALY]))).toBe(`# Places. Offers refer to them by id.
places:
# The lake: its position is approximate.
- id: lake-balkhash
  name: { en: Lake Balkhash, ru: озеро Балхаш }
  lat: 46.5
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.41
`);
  });

  it('cuts the first item and changes a fact of the one now first, in its own place', () => {
    expect(mergeYaml(PLACES, placesFromEditor([{ ...LAKE, lat: 46.6 }, KARKARALY]))).toBe(`# Places. Offers refer to them by id.
places:
# The lake: its position is approximate.
- id: lake-balkhash
  name: { en: Lake Balkhash, ru: озеро Балхаш }
  lat: 46.6
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.41
`);
  });

  it('cuts a first item written as a flow map over several lines whole', () => {
    expect(mergeYaml('places:\n- {\n  id: a }\n- id: b\n', 'places:\n  - id: b\n')).toBe('places:\n- id: b\n');
  });

  it('removes two items when another change makes the whole file be written again', () => {
    expect(mergeYaml(INDENTED, placesFromEditor([KARKARALY], 'updated: 2026-05-01\n'))).toBe(`# Places.
places:
  - id: karkaraly
    name: { en: Karkaraly, ru: Каркаралинск }
    lat: 49.41
updated: 2026-05-01
`);
  });

  it('adds an item when another change makes the whole file be written again, leaving out its empty fields', () => {
    const added = `${placesFromEditor([BALKHASH, LAKE, KARKARALY])}  - id: priozersk\n    name:\n      en: Priozersk\n      ru: Приозёрск\n      kk: ""\n    lat: 46.03\n    district:\n`;
    expect(mergeYaml(INDENTED, `${added}updated: 2026-05-01\n`)).toBe(`# Places.
places:
  - id: balkhash
    name: { en: Balkhash, ru: Балхаш }
    lat: 46.8455
  # The lake: approximate.
  - id: lake-balkhash
    name: { en: Lake Balkhash, ru: озеро Балхаш }
    lat: 46.5
  - id: karkaraly
    name: { en: Karkaraly, ru: Каркаралинск }
    lat: 49.41
  - id: priozersk
    name:
      en: Priozersk
      ru: Приозёрск
    lat: 46.03
updated: 2026-05-01
`);
  });

  it('writes an added item with a long name on one line', () => {
    const name = 'Priozersk, the town on the southern shore of Lake Balkhash beside the old testing grounds';
    expect(mergeYaml(INDENTED, placesFromEditor([BALKHASH, LAKE, KARKARALY, { ...PRIOZERSK, en: name }]))).toBe(
      `${INDENTED}  - id: priozersk\n    name:\n      en: ${name}\n      ru: Приозёрск\n    lat: 46.03\n`,
    );
  });

  it('adds an item to a file whose last line has no line break', () => {
    expect(mergeYaml('places:\n- id: a', 'places:\n  - id: a\n  - id: b\n')).toBe('places:\n- id: a\n- id: b\n');
  });

  it('adds the first item to an empty list, keeping the comment above it', () => {
    const merged = mergeYaml('# Places.\nplaces: []\n', 'places:\n  - id: a\n    lat: 1\n');
    expect(merged.startsWith('# Places.\n')).toBe(true);
    expect(parse(merged)).toEqual({ places: [{ id: 'a', lat: 1 }] });
  });

  it('adds an item to a list written in flow style', () => {
    const merged = mergeYaml('# Places - by id.\nplaces: [{ id: a }]\n', 'places:\n  - id: a\n  - id: b\n');
    expect(merged.startsWith('# Places - by id.\n')).toBe(true);
    expect(parse(merged)).toEqual({ places: [{ id: 'a' }, { id: 'b' }] });
  });

  it('never leaves the comment about one place above another when places are moved and one removed', () => {
    const withFourth = `${PLACES}- id: priozersk\n  name: { en: Priozersk, ru: Приозёрск }\n  lat: 46.03\n`;
    const merged = mergeYaml(withFourth, placesFromEditor([BALKHASH, KARKARALY, LAKE]));
    expect(parse(merged)).toEqual({
      places: [
        { id: 'balkhash', name: { en: 'Balkhash', ru: 'Балхаш' }, lat: 46.8455 },
        { id: 'karkaraly', name: { en: 'Karkaraly', ru: 'Каркаралинск' }, lat: 49.41 },
        { id: 'lake-balkhash', name: { en: 'Lake Balkhash', ru: 'озеро Балхаш' }, lat: 46.5 },
      ],
    });
    expect(merged).not.toMatch(/# The lake[^\n]*\n\s*- id: karkaraly/);
  });
});

describe('texts and new files', () => {
  it('takes the editor text when the text on disk has no front matter', () => {
    expect(mergeFrontMatter('Just a body.\n', '---\ntitle: Beach plot\n---\nBody.\n')).toBe('---\ntitle: Beach plot\n---\nBody.\n');
  });

  it('writes a new text without front matter as the editor sent it', () => {
    expect(newFrontMatter('No front matter here.\n')).toBe('No front matter here.\n');
  });

  it('leaves empty items out of the lists of a new file, and a list with nothing left out altogether', () => {
    expect(
      newYaml(
        'segments:\n  - beach\n  - ""\n  -\nphotos:\n  - file: pier.png\n    caption:\n      en: ""\n  - caption:\n      en: ""\nroadDistances:\n  - place: ""\n',
      ),
    ).toBe('segments:\n  - beach\nphotos:\n  - file: pier.png\n');
  });
});
