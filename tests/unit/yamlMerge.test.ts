import { describe, expect, it } from 'vitest';
import { mergeFrontMatter, mergeYaml, newFrontMatter, newYaml } from '../../src/lib/cms/yamlMerge.ts';
import { BALKHASH, KARKARALY, LAKE, PLACES, placesFromEditor } from './placesListFixture.ts';

const ON_DISK = `# Demonstration offer: figures are fictitious.
kind: land-plot
location: { lat: 46.8220, lon: 75.0000 }
land:
  areaHa: 1.6 # from the cadastral plan
  cadastralNumber: "00-000-114-001"
segments: [beach, camping]
boundary: [[46.1, 75.1], [46.2, 75.2], [46.3, 75.1]]
`;

// What the editor sends: every value in block style, comments gone, numbers as JavaScript prints them.
const FROM_EDITOR = `kind: land-plot
location:
  lat: 46.822
  lon: 75
land:
  areaHa: 1.75
  cadastralNumber: 00-000-114-001
segments:
  - beach
  - camping
`;

describe('saving from the editor keeps the file as the official wrote it', () => {
  it('changes only the edited fact: comments, flow style, quotes and the field the editor cannot show stay', () => {
    const merged = mergeYaml(ON_DISK, FROM_EDITOR, (path) => path[0] !== 'boundary');
    expect(merged).toBe(ON_DISK.replace('areaHa: 1.6 #', 'areaHa: 1.75 #'));
  });

  it('adds a new field and removes one the official cleared', () => {
    const merged = mergeYaml('kind: land-plot # k\nnamedLocation: old-place\n', 'kind: land-plot\nstatus: available\n');
    expect(merged).toBe('kind: land-plot # k\nstatus: available\n');
  });

  it('changes one item of a list in place', () => {
    expect(mergeYaml('segments: [beach, camping]\n', 'segments: [beach, hotel]\n')).toBe('segments: [beach, hotel]\n');
  });

  it('takes the editor text when the file on disk is not valid YAML', () => {
    expect(mergeYaml('a: [unclosed\n', 'a: 1\n')).toBe('a: 1\n');
  });

  it('merges an MDX front matter and takes the body from the editor', () => {
    const disk = '---\ntitle: "Beach plot"\nsummary: "A sandy plot on the shore of the lake."\n---\nOld body.\n';
    const editor = '---\ntitle: Beach plot\nsummary: A sandy plot on the shore of the lake, with road.\n---\nNew body.\n';
    expect(mergeFrontMatter(disk, editor)).toBe(
      '---\ntitle: "Beach plot"\nsummary: "A sandy plot on the shore of the lake, with road."\n---\nNew body.\n',
    );
  });
});

describe('a new file from the editor', () => {
  it('leaves out what the official left empty (texts, lists, whole groups), keeping false and numbers', () => {
    expect(
      newYaml(
        'kind: land-plot\nnamedLocation: ""\nobject:\n  type:\n    en: ""\n  offered: []\nfeatured: false\nland:\n  areaHa: 2\n  cadastralNumber:\n',
      ),
    ).toBe('kind: land-plot\nfeatured: false\nland:\n  areaHa: 2\n');
  });

  it('writes the front matter of a new text one line per field, unfolding the lines the editor folded at 80 characters', () => {
    expect(
      newFrontMatter(
        '---\ntitle: Roadside plot\nsummary: A demonstration plot beside the road into Karkaraly, entered through\n  the browser editor.\n---\nThe plot lies beside the road.\n',
      ),
    ).toBe(
      '---\ntitle: Roadside plot\nsummary: A demonstration plot beside the road into Karkaraly, entered through the browser editor.\n---\nThe plot lies beside the road.\n',
    );
  });
});

describe('saving a list file from the editor', () => {
  it('changes one name of one item in place', () => {
    const merged = mergeYaml(PLACES, placesFromEditor([BALKHASH, LAKE, { ...KARKARALY, ru: 'Каркаралы' }]));
    expect(merged).toBe(PLACES.replace('ru: Каркаралинск }', 'ru: Каркаралы }'));
  });

  it('writes an added item after the last one, at the list’s indentation, leaving the rest as it was', () => {
    const added = { id: 'priozersk', en: 'Priozersk', ru: 'Приозёрск', lat: 46.03 };
    const merged = mergeYaml(PLACES, placesFromEditor([BALKHASH, LAKE, KARKARALY, added]));
    expect(merged).toBe(`${PLACES}- id: priozersk\n  name:\n    en: Priozersk\n    ru: Приозёрск\n  lat: 46.03\n`);
  });

  it('cuts a removed item with the comment just above it, and nothing else', () => {
    const merged = mergeYaml(PLACES, placesFromEditor([BALKHASH, KARKARALY]));
    expect(merged).toBe(`# Places. Offers refer to them by id.
places:
- id: balkhash
  name: { en: Balkhash, ru: Балхаш }
  lat: 46.8455
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.41
`);
  });

  it('keeps the list indented where the file indents it', () => {
    const indented = 'places:\n  - id: balkhash\n    lat: 46.8455\n';
    const merged = mergeYaml(indented, 'places:\n  - id: balkhash\n    lat: 46.8455\n  - id: karkaraly\n    lat: 49.41\n');
    expect(merged).toBe('places:\n  - id: balkhash\n    lat: 46.8455\n  - id: karkaraly\n    lat: 49.41\n');
  });
});

describe('a save that adds a group to a file', () => {
  it('adds it and leaves every other line as written, flow lists unpadded and flow maps padded as before', () => {
    const onDisk = 'kind: land-plot\nlocation: { lat: 46.822, lon: 75 }\nsegments: [beach]\n';
    const fromEditor = 'kind: land-plot\nlocation:\n  lat: 46.822\n  lon: 75\nsegments:\n  - beach\nphotos:\n  - file: pier.png\n';
    expect(mergeYaml(onDisk, fromEditor)).toBe(`${onDisk}photos:\n  - file: pier.png\n`);
  });
});
