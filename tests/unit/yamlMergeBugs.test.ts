// Saves that used to lose or move what an official wrote (src/lib/cms/yamlMerge.ts): flow lists losing their
// first item, items added to the wrong list, comments left behind when a list is reordered, empty fields of
// other offer kinds written as null, and comments or column-0 lists changed when a file is written again.
// Every expectation is written out by hand.
import { describe, expect, it } from 'vitest';
import { mergeYaml } from '../../src/lib/cms/yamlMerge.ts';

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
