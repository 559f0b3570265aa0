// How single register cells become facts, which column a facts error is reported on, the stub
// language files of a new offer, and how facts.yaml is edited: the pieces an import is made of,
// each with the exact words or text an official sees.
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/lib/register/cells.ts';
import { columnByName, columnForPath, oneOf } from '../../src/lib/register/columns.ts';
import { formatRegisterProblem } from '../../src/lib/register/problems.ts';
import { parseRow, setPath } from '../../src/lib/register/rows.ts';
import { offerStub } from '../../src/lib/register/stubs.ts';
import { editYaml } from '../../src/lib/register/yamlEdit.ts';

describe('a cell that holds a date (from .xlsx)', () => {
  const march = new Date(Date.UTC(2026, 2, 1));

  it('gives the calendar day for a date or text column', () => {
    expect(parseCell('date', march)).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseCell('text', march)).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('is refused where a date does not belong, and when it is no date at all', () => {
    expect(parseCell('number', march)).toEqual({ ok: false, error: 'is a date, but a date does not belong here' });
    expect(parseCell('boolean', march)).toEqual({ ok: false, error: 'is a date, but a date does not belong here' });
    expect(parseCell('date', new Date(Number.NaN))).toEqual({ ok: false, error: 'is not a date' });
  });
});

describe('cells an official typed wrongly', () => {
  it('says what each cell should look like', () => {
    expect(parseCell('boolean', 'maybe')).toEqual({ ok: false, error: '"maybe" is not true or false' });
    expect(parseCell('date', '03/01/2026')).toEqual({
      ok: false,
      error: '"03/01/2026" is not a date written as YYYY-MM-DD (or DD.MM.YYYY)',
    });
    expect(parseCell('intList', '6; seven')).toEqual({ ok: false, error: '"6; seven" must be whole numbers separated by ;' });
    expect(parseCell('distances', 'karkaraly=7; balkhash')).toEqual({
      ok: false,
      error: '"balkhash" must be written as place=km, e.g. karkaraly=7',
    });
    expect(parseCell('json', '[{"file": "a.jpg"')).toEqual({ ok: false, error: 'is not valid JSON (check brackets, quotes and commas)' });
  });

  it('reads an empty id cell as no id', () => {
    expect(parseRow(['id', 'kind'], [undefined, 'land-plot']).id).toBe('');
  });
});

describe('which register column a facts path belongs to', () => {
  it('lists one allowed value alone, and several as "a, b or c"', () => {
    expect(oneOf([])).toBe('');
    expect(oneOf(['fixed'])).toBe('fixed');
    expect(oneOf(['a', 'b', 'c'])).toBe('a, b or c');
  });

  it('finds a column by its header name', () => {
    expect(columnByName('land.areaHa')).toMatchObject({ name: 'land.areaHa', path: ['land', 'areaHa'], type: 'number' });
    expect(columnByName('land.area')).toBeUndefined();
  });

  it('reports an error on a whole group (e.g. utilities.water) on the first column under it', () => {
    expect(columnForPath(['utilities', 'water'])?.name).toBe('utilities.water.available');
    expect(columnForPath(['location'])?.name).toBe('location.lat');
    expect(columnForPath(['nothing', 'here'])).toBeUndefined();
  });
});

describe('a stub language file for a new offer', () => {
  it('shortens a long title to 90 characters, ending on a word and an ellipsis', () => {
    // 86 letters, a space, then more: the first 87 characters end with the space, which is dropped.
    const title = `${'а'.repeat(86)} ${'б'.repeat(10)}`;
    expect(offerStub('ru', { ru: title }, 'x').split('\n')[1]).toBe(`title: "${'а'.repeat(86)}…"`);
  });

  it('marks a missing title as TODO, naming the offer', () => {
    expect(offerStub('en', {}, 'balkhash-new')).toContain('title: "TODO: title of balkhash-new"');
  });
});

describe('a problem as one line of the import report', () => {
  it('names the cell, row, column and offer', () => {
    expect(formatRegisterProblem({ row: 7, column: 'price.amountKzt', id: 'balkhash-x', message: 'is not a number\nне число' })).toBe(
      'row 7, column price.amountKzt (balkhash-x): is not a number\n    не число',
    );
    expect(formatRegisterProblem({ cell: 'F7', row: 7, message: 'bad' })).toBe('cell F7, row 7: bad');
    expect(formatRegisterProblem({ message: 'no rows' })).toBe('register: no rows');
  });
});

describe('removing facts', () => {
  it('removes parents left empty, and keeps parents that still hold something', () => {
    const facts: Record<string, unknown> = { kind: 'land-plot', utilities: { power: { available: true } } };
    setPath(facts, ['utilities', 'power', 'available'], undefined);
    expect(facts).toEqual({ kind: 'land-plot' });
    const siblings: Record<string, unknown> = { utilities: { power: { available: true }, water: { available: false } } };
    setPath(siblings, ['utilities', 'power', 'available'], undefined);
    expect(siblings).toEqual({ utilities: { water: { available: false } } });
  });
});

describe('editing facts.yaml', () => {
  const facts = [
    '# Test offer.',
    'kind: land-plot',
    'featured: false # on the home page?',
    'utilities:',
    '  power:',
    '    available: true',
    'price:',
    '  basis: fixed',
    '  amountKzt: 1000',
    'segments: [beach]',
    '',
  ].join('\n');

  it('changes a true/false field in place, keeping the odd spacing and comment of its line', () => {
    // Only an in-place edit keeps "   " and the comment exactly; a rewrite would write `featured: true # …`.
    const spaced = facts.replace('featured: false # on the home page?', 'featured:   false   # on the home page?');
    expect(editYaml(spaced, [{ path: ['featured'], value: true }])).toBe(spaced.replace('featured:   false', 'featured:   true'));
  });

  it('removes a field, and the groups it leaves empty, keeping comments and the other fields', () => {
    const out = editYaml(facts, [{ path: ['utilities', 'power', 'available'], value: undefined }]);
    expect(out).toBe(facts.replace('utilities:\n  power:\n    available: true\n', ''));
  });

  it('keeps a group that still has fields when one of them is removed', () => {
    const out = editYaml(facts, [{ path: ['price', 'amountKzt'], value: undefined }]);
    expect(out).toBe(facts.replace('  amountKzt: 1000\n', ''));
  });

  it('writes a new list of words on one line', () => {
    const out = editYaml(facts, [{ path: ['segments'], value: ['beach', 'glamping'] }]);
    expect(out).toBe(facts.replace('segments: [beach]', 'segments: [ beach, glamping ]'));
  });

  it('refuses an empty file', () => {
    expect(() => editYaml('', [{ path: ['kind'], value: 'land-plot' }])).toThrow('empty YAML document');
  });
});
