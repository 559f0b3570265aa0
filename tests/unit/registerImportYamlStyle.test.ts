// How the import writes facts.yaml: an edit changes only the value it must, in the official's own
// layout (comments, quotes, `{ a: 1 }` and `[a, b]` forms), and writes a text that a YAML 1.1 reader
// (which takes `yes` for true and `1.5` for a number) would read as the same text. New files are
// styled like the hand-written demonstration offers.
import { describe, expect, it } from 'vitest';
import { editYaml, newYamlText } from '../../src/lib/register/yamlEdit.ts';

const FILE = [
  '# An offer written by hand.',
  'kind: land-plot # kind of offer',
  "category: 'settlement'",
  'cadastralNumber: "00-000-999-001"',
  'surface: asphalt',
  'amountKzt: 1000',
  'lotUrl:',
  'location: { lat: 46.8, lon: 75.2 }',
  'segments: [beach, glamping]',
  'utilities:',
  '  power: { available: true }',
  '',
].join('\n');

describe('changing one value of facts.yaml', () => {
  it('writes a text a YAML 1.1 reader would take for true or a number in double quotes, and nothing else changes', () => {
    expect(editYaml(FILE, [{ path: ['surface'], value: 'yes' }])).toBe(FILE.replace('surface: asphalt', 'surface: "yes"'));
    expect(editYaml(FILE, [{ path: ['surface'], value: '1.5' }])).toBe(FILE.replace('surface: asphalt', 'surface: "1.5"'));
    expect(editYaml(FILE, [{ path: ['surface'], value: 'gravel' }])).toBe(FILE.replace('surface: asphalt', 'surface: gravel'));
  });

  it('quotes a text that holds a date but could not stand plain: after #, or before a comment sign', () => {
    expect(editYaml(FILE, [{ path: ['surface'], value: '#2026-03-01' }])).toBe(FILE.replace('surface: asphalt', 'surface: "#2026-03-01"'));
    expect(editYaml(FILE, [{ path: ['surface'], value: '2026-03-01 #2' }])).toBe(
      FILE.replace('surface: asphalt', 'surface: "2026-03-01 #2"'),
    );
  });

  it('quotes a text with a colon and double quotes in it, escaping the quotes', () => {
    expect(editYaml(FILE, [{ path: ['surface'], value: 'lot "A": shore' }])).toBe(
      FILE.replace('surface: asphalt', 'surface: "lot \\"A\\": shore"'),
    );
  });

  it('keeps the spacing and comment of a number it changes', () => {
    const spaced = FILE.replace('amountKzt: 1000', 'amountKzt:   1000   # tenge');
    expect(editYaml(spaced, [{ path: ['amountKzt'], value: 2500 }])).toBe(spaced.replace('amountKzt:   1000', 'amountKzt:   2500'));
  });

  it('writes a date plainly, as every reader takes it for a date', () => {
    expect(editYaml(FILE, [{ path: ['surface'], value: '2026-03-01' }])).toBe(FILE.replace('surface: asphalt', 'surface: 2026-03-01'));
  });

  it('keeps the quotes the official used around a text', () => {
    expect(editYaml(FILE, [{ path: ['category'], value: 'agricultural' }])).toBe(
      FILE.replace("category: 'settlement'", "category: 'agricultural'"),
    );
    expect(editYaml(FILE, [{ path: ['cadastralNumber'], value: '00-000-999-002' }])).toBe(
      FILE.replace('"00-000-999-001"', '"00-000-999-002"'),
    );
  });

  it('changes a number and a value inside `{ … }` in place', () => {
    expect(
      editYaml(FILE, [
        { path: ['amountKzt'], value: 2500 },
        { path: ['location', 'lat'], value: 46.9 },
      ]),
    ).toBe(FILE.replace('amountKzt: 1000', 'amountKzt: 2500').replace('lat: 46.8', 'lat: 46.9'));
  });

  it('fills a field left empty', () => {
    expect(editYaml(FILE, [{ path: ['lotUrl'], value: 'https://gosreestr.example.kz/lot/2' }])).toBe(
      FILE.replace('lotUrl:', 'lotUrl: https://gosreestr.example.kz/lot/2'),
    );
  });

  it('writes a text of several lines on one line, with \\n, so it cannot break the file', () => {
    expect(editYaml(FILE, [{ path: ['surface'], value: 'gravel\nthen sand' }])).toBe(
      FILE.replace('surface: asphalt', 'surface: "gravel\\nthen sand"'),
    );
  });
});

describe('adding and removing fields of facts.yaml', () => {
  it('adds a field, keeping the comments and the `{ a: 1 }` and `[a, b]` forms of the other lines', () => {
    expect(editYaml(FILE, [{ path: ['utilities', 'water', 'available'], value: false }])).toBe(
      FILE.replace('  power: { available: true }\n', '  power: { available: true }\n  water:\n    available: false\n'),
    );
  });

  it('writes a list of objects one item a line, and a list of words on one line', () => {
    expect(
      editYaml(FILE, [
        { path: ['photos'], value: [{ file: 'shore.jpg' }] },
        { path: ['segments'], value: ['beach', 'glamping', 'tour'] },
      ]),
    ).toBe(`${FILE.replace('segments: [beach, glamping]', 'segments: [ beach, glamping, tour ]')}photos:\n  - file: shore.jpg\n`);
  });

  it('quotes a text YAML 1.1 would misread wherever it stands in a new value: a list item, an alt text', () => {
    expect(
      editYaml(FILE, [
        { path: ['segments'], value: ['beach', 'yes'] },
        { path: ['photos'], value: [{ file: 'shore.jpg', alt: { en: 'No', ru: 'Берег' } }] },
      ]),
    ).toBe(
      `${FILE.replace('segments: [beach, glamping]', 'segments: [ beach, "yes" ]')}photos:\n  - file: shore.jpg\n    alt:\n      en: "No"\n      ru: Берег\n`,
    );
  });

  it('changes one field and adds another in the same edit', () => {
    expect(
      editYaml(FILE, [
        { path: ['amountKzt'], value: 2500 },
        { path: ['investmentKzt'], value: 7 },
      ]),
    ).toBe(`${FILE.replace('amountKzt: 1000', 'amountKzt: 2500')}investmentKzt: 7\n`);
  });

  it('removes a field and keeps the rest as it was', () => {
    expect(editYaml(FILE, [{ path: ['segments'], value: undefined }])).toBe(FILE.replace('segments: [beach, glamping]\n', ''));
  });
});

describe('a new facts.yaml', () => {
  it('writes groups on one line where the demonstration offers do, and longer lists item by item', () => {
    const data = {
      kind: 'land-plot',
      location: { lat: 1, lon: 2 },
      right: { type: 'lease' },
      acquisition: { route: 'auction' },
      price: { basis: 'on-request' },
      utilities: { power: { available: true } },
      audit: { auditor: { en: 'a' }, date: '2026-01-01' },
      object: { type: { en: 'b' }, owner: { en: 'c' }, rooms: 2 },
      roadDistances: [{ place: 'karkaraly', km: 7 }],
      project: { partnersSought: [{ en: 'p' }], phases: [{ name: { en: 'Phase' }, startYear: 2027 }] },
      segments: ['beach', 'glamping'],
      note: 'on',
    };
    expect(newYamlText(data)).toBe(
      [
        'kind: land-plot',
        'location: { lat: 1, lon: 2 }',
        'right: { type: lease }',
        'acquisition: { route: auction }',
        'price: { basis: on-request }',
        'utilities:',
        '  power: { available: true }',
        'audit:',
        '  auditor: { en: a }',
        '  date: 2026-01-01',
        'object:',
        '  type: { en: b }',
        '  owner: { en: c }',
        '  rooms: 2',
        'roadDistances:',
        '  - { place: karkaraly, km: 7 }',
        'project:',
        '  partnersSought:',
        '    - { en: p }',
        '  phases:',
        '    - name: { en: Phase }',
        '      startYear: 2027',
        'segments: [ beach, glamping ]',
        'note: "on"',
        '',
      ].join('\n'),
    );
  });

  it('opens with the comment it is given', () => {
    expect(newYamlText({ kind: 'land-plot' }, ' First line.\n Second line.')).toBe('# First line.\n# Second line.\n\nkind: land-plot\n');
  });
});
