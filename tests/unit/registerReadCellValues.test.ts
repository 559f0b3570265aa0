// How one register cell, typed by an official in Excel or a CSV editor, becomes a facts value, and
// how the export writes it back: numbers with commas and spaces, the words for true and false in
// English, Russian and Kazakh, two ways of writing a day, lists, distances, JSON. Each refusal is
// worded for the official who typed the cell.
import { describe, expect, it } from 'vitest';
import { formatCell, parseCell } from '../../src/lib/register/cells.ts';

const ok = (value: unknown) => ({ ok: true, value });
const fail = (error: string) => ({ ok: false, error });

describe('number cells', () => {
  it('reads numbers as spreadsheets and officials write them', () => {
    expect(parseCell('number', '12.5')).toEqual(ok(12.5));
    expect(parseCell('number', '12,5')).toEqual(ok(12.5));
    expect(parseCell('number', '-12,5')).toEqual(ok(-12.5));
    expect(parseCell('number', '1 250 000')).toEqual(ok(1_250_000));
    expect(parseCell('number', '1\u00a0250\u00a0000,75')).toEqual(ok(1_250_000.75));
    expect(parseCell('number', '1\u202f250')).toEqual(ok(1250));
    expect(parseCell('number', '\t25000000\n')).toEqual(ok(25_000_000));
    expect(parseCell('number', '3.8E+10')).toEqual(ok(3.8e10));
    expect(parseCell('number', '3,8e-2')).toEqual(ok(0.038));
    expect(parseCell('number', '1e5')).toEqual(ok(100_000));
    expect(parseCell('number', '.5')).toEqual(ok(0.5));
    expect(parseCell('number', '.25')).toEqual(ok(0.25));
    expect(parseCell('number', '3,8e2')).toEqual(ok(380));
    expect(parseCell('number', '1,5E10')).toEqual(ok(1.5e10));
    expect(parseCell('number', '2,5e-12')).toEqual(ok(2.5e-12));
    expect(parseCell('number', '5.')).toEqual(ok(5));
    expect(parseCell('number', '-7')).toEqual(ok(-7));
  });

  it('keeps a number typed in a spreadsheet cell as it is', () => {
    expect(parseCell('number', 0)).toEqual(ok(0));
    expect(parseCell('number', -3.25)).toEqual(ok(-3.25));
  });

  it('refuses what is not one number, quoting it and showing how to write one', () => {
    for (const s of [
      '12.5 ha',
      '1,250,000',
      '1.250,5',
      '12,',
      ',5',
      '+5',
      '--5',
      '1e',
      'e5',
      '0x10',
      'Infinity',
      '1e999',
      '12.5.1',
      'NaN',
      '5-',
    ])
      expect(parseCell('number', s), s).toEqual(fail(`"${s}" is not a number (write digits only, e.g. 12.5 or 25000000)`));
  });

  it('reads a true/false value in a number column as text and refuses it', () => {
    expect(parseCell('number', true)).toEqual(fail('"true" is not a number (write digits only, e.g. 12.5 or 25000000)'));
  });
});

describe('true/false cells', () => {
  it('reads the words for true and false in English, Russian and Kazakh, in any case', () => {
    for (const s of ['true', 'TRUE', 'Yes', 'y', '1', 'да', 'Да', 'иә', 'ИӘ']) expect(parseCell('boolean', s), s).toEqual(ok(true));
    for (const s of ['false', 'False', 'NO', 'n', '0', 'нет', 'НЕТ', 'жоқ', 'Жоқ']) expect(parseCell('boolean', s), s).toEqual(ok(false));
  });

  it('keeps a true/false spreadsheet cell as it is, and reads the number 1 or 0 as the word', () => {
    expect(parseCell('boolean', false)).toEqual(ok(false));
    expect(parseCell('boolean', true)).toEqual(ok(true));
    expect(parseCell('boolean', 1)).toEqual(ok(true));
    expect(parseCell('boolean', 0)).toEqual(ok(false));
    expect(parseCell('boolean', 2)).toEqual(fail('"2" is not true or false'));
  });

  it('refuses other words, quoting them trimmed', () => {
    expect(parseCell('boolean', '  possibly ')).toEqual(fail('"possibly" is not true or false'));
    expect(parseCell('boolean', 'yes!')).toEqual(fail('"yes!" is not true or false'));
  });
});

describe('empty cells', () => {
  it('leave the field out, whatever the column', () => {
    for (const type of ['text', 'number', 'boolean', 'date', 'list', 'intList', 'distances', 'json'] as const) {
      expect(parseCell(type, undefined), type).toEqual(ok(undefined));
      expect(parseCell(type, null), type).toEqual(ok(undefined));
      expect(parseCell(type, ''), type).toEqual(ok(undefined));
      expect(parseCell(type, ' \t\n'), type).toEqual(ok(undefined));
    }
  });
});

describe('text cells', () => {
  it('are trimmed, keep inner line breaks, and lose the apostrophe the export put before a formula line', () => {
    expect(parseCell('text', '  Демалыс базасы \n')).toEqual(ok('Демалыс базасы'));
    expect(parseCell('text', 'a\n b')).toEqual(ok('a\n b'));
    expect(parseCell('text', "'=1+1")).toEqual(ok('=1+1'));
    expect(parseCell('text', "first\n'-second")).toEqual(ok('first\n-second'));
    expect(parseCell('text', "it's")).toEqual(ok("it's"));
  });

  it('write numbers and true/false typed into them as text', () => {
    expect(parseCell('text', 12.5)).toEqual(ok('12.5'));
    expect(parseCell('text', false)).toEqual(ok('false'));
  });
});

describe('date cells', () => {
  it('read a day written as YYYY-MM-DD or DD.MM.YYYY, with one or two digits for day and month', () => {
    expect(parseCell('date', '2026-03-01')).toEqual(ok('2026-03-01'));
    expect(parseCell('date', ' 2026-03-01 ')).toEqual(ok('2026-03-01'));
    expect(parseCell('date', '01.03.2026')).toEqual(ok('2026-03-01'));
    expect(parseCell('date', '1.3.2026')).toEqual(ok('2026-03-01'));
    expect(parseCell('date', '15.12.2025')).toEqual(ok('2025-12-15'));
  });

  it('read a spreadsheet date as its calendar day', () => {
    expect(parseCell('date', new Date(Date.UTC(2025, 11, 31)))).toEqual(ok('2025-12-31'));
  });

  it('refuse other ways of writing a day, and a number', () => {
    for (const s of ['2026-3-1', '26-03-01', '01.03.26', '001.03.2026', '1.3.2026 10:00', 'x2026-03-01', '2026-03-01x', '2026/03/01'])
      expect(parseCell('date', s), s).toEqual(fail(`"${s}" is not a date written as YYYY-MM-DD (or DD.MM.YYYY)`));
    expect(parseCell('date', 46000)).toEqual(fail('"46000" is not a date written as YYYY-MM-DD (or DD.MM.YYYY)'));
  });

  it('refuse a spreadsheet date in list, distances and JSON columns', () => {
    for (const type of ['list', 'intList', 'distances', 'json'] as const)
      expect(parseCell(type, new Date(Date.UTC(2026, 0, 1))), type).toEqual(fail('is a date, but a date does not belong here'));
    expect(parseCell('text', new Date(Number.NaN))).toEqual(fail('is not a date'));
  });
});

describe('list cells', () => {
  it('split words at semicolons, trimmed, leaving out empty items', () => {
    expect(parseCell('list', ' water; electricity ;;gas; ')).toEqual(ok(['water', 'electricity', 'gas']));
    expect(parseCell('list', 'one, with comma')).toEqual(ok(['one, with comma']));
    expect(parseCell('list', ';')).toEqual(ok([]));
  });

  it('read whole numbers separated by semicolons, and refuse anything else quoting the cell', () => {
    expect(parseCell('intList', '6; 7 ;12;')).toEqual(ok([6, 7, 12]));
    expect(parseCell('intList', '5')).toEqual(ok([5]));
    expect(parseCell('intList', 5)).toEqual(ok([5]));
    for (const s of ['6; 7.5', '-1', '6, 7', '6;x7', '6; 7x'])
      expect(parseCell('intList', s), s).toEqual(fail(`"${s}" must be whole numbers separated by ;`));
  });
});

describe('distance cells', () => {
  it('read place=km pairs, with spaces, decimal commas and a km unit', () => {
    expect(parseCell('distances', 'karkaraly=7; karaganda = 12,5 km;balkhash=3KM;')).toEqual(
      ok([
        { place: 'karkaraly', km: 7 },
        { place: 'karaganda', km: 12.5 },
        { place: 'balkhash', km: 3 },
      ]),
    );
  });

  it('refuse a pair with no place, no km, or km that are not a number, quoting the pair', () => {
    for (const part of ['=7', 'karkaraly=', 'karkaraly=far', 'karkaraly', 'karkaraly=7 miles'])
      expect(parseCell('distances', `a=1; ${part}`), part).toEqual(fail(`"${part}" must be written as place=km, e.g. karkaraly=7`));
  });

  it('refuse two pairs separated by a line break instead of ";", rather than keep only the first', () => {
    expect(parseCell('distances', 'karkaraly=7\nbalkhash=3')).toEqual(
      fail('"karkaraly=7\nbalkhash=3" must be written as place=km, e.g. karkaraly=7'),
    );
  });

  it('refuse "km" anywhere but at the end of the distance', () => {
    expect(parseCell('distances', 'karkaraly=12 km 500')).toEqual(
      fail('"karkaraly=12 km 500" must be written as place=km, e.g. karkaraly=7'),
    );
  });

  it('keep an "=" inside the distance part out of the place', () => {
    expect(parseCell('distances', 'a=b=1')).toEqual(fail('"a=b=1" must be written as place=km, e.g. karkaraly=7'));
  });
});

describe('JSON cells', () => {
  it('read any JSON value', () => {
    expect(parseCell('json', '[{"file": "a.jpg"}]')).toEqual(ok([{ file: 'a.jpg' }]));
    expect(parseCell('json', ' {"a": 1} ')).toEqual(ok({ a: 1 }));
    expect(parseCell('json', 'null')).toEqual(ok(null));
  });
});

describe('writing cells for the export', () => {
  it('writes each kind of value as the import reads it back', () => {
    expect(formatCell({ type: 'text' }, 'Пляж')).toBe('Пляж');
    expect(formatCell({ type: 'date' }, '2026-03-01')).toBe('2026-03-01');
    expect(formatCell({ type: 'number' }, 12.5)).toBe(12.5);
    expect(formatCell({ type: 'number' }, 0)).toBe(0);
    expect(formatCell({ type: 'boolean' }, false)).toBe(false);
    expect(formatCell({ type: 'boolean' }, true)).toBe(true);
    expect(formatCell({ type: 'list' }, ['water', 'gas'])).toBe('water; gas');
    expect(formatCell({ type: 'intList' }, [6, 7])).toBe('6; 7');
    expect(
      formatCell({ type: 'distances' }, [
        { place: 'karkaraly', km: 7 },
        { place: 'karaganda', km: 12.5 },
      ]),
    ).toBe('karkaraly=7; karaganda=12.5');
    expect(formatCell({ type: 'json' }, [{ file: 'a.jpg' }])).toBe('[{"file":"a.jpg"}]');
  });

  it('writes missing values and empty lists as empty cells, and keeps empty text and false', () => {
    for (const type of ['text', 'number', 'boolean', 'list', 'intList', 'distances', 'json'] as const) {
      expect(formatCell({ type }, undefined), type).toBeUndefined();
      expect(formatCell({ type }, null), type).toBeUndefined();
      expect(formatCell({ type }, []), type).toBeUndefined();
    }
    expect(formatCell({ type: 'text' }, '')).toBe('');
    expect(formatCell({ type: 'json' }, {})).toBe('{}');
  });

  it('reads back what it wrote', () => {
    const values: Array<[Parameters<typeof parseCell>[0], unknown]> = [
      ['list', ['water', 'gas']],
      ['intList', [6, 7]],
      ['distances', [{ place: 'karkaraly', km: 7.5 }]],
      ['json', { a: [1, 2] }],
      ['number', 1250000.75],
      ['boolean', false],
    ];
    for (const [type, value] of values) expect(parseCell(type, formatCell({ type }, value)), type).toEqual(ok(value));
  });
});
