// The register's columns as an official meets them: the allowed values a note lists, the id column
// that is the folder name rather than a fact, and the column a facts error is reported on.
import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS, columnByName, columnForPath, oneOf } from '../../src/lib/register/columns.ts';

describe('the allowed values a column note lists', () => {
  it('joins two values with "or"', () => {
    expect(oneOf(['lease', 'ownership'])).toBe('lease or ownership');
  });

  it('lists the price bases in the note of price.basis', () => {
    expect(columnByName('price.basis')?.note).toBe('start-price, sale-price, cadastral-value, annual-lease or on-request');
  });
});

describe('the id column', () => {
  it('comes first, is the offer folder name and no facts field', () => {
    expect(REGISTER_COLUMNS[0]).toEqual({
      name: 'id',
      path: [],
      type: 'text',
      note: 'offer id = folder name in content/offers/, e.g. shaitankol-glamping',
    });
  });

  it('is never where a facts error is reported', () => {
    expect(columnForPath(['id'])).toBeUndefined();
  });
});

describe('a facts error about the whole file', () => {
  it('is on no column, rather than on the first one', () => {
    expect(columnForPath([])).toBeUndefined();
  });
});

describe('the column a facts error is reported on', () => {
  it('is the column of the field itself, or of the list the field is in', () => {
    expect(columnForPath(['price', 'amountKzt'])?.name).toBe('price.amountKzt');
    expect(columnForPath(['photos', 0, 'alt', 'en'])?.name).toBe('photos');
    expect(columnForPath(['roadDistances', '1', 'km'])?.name).toBe('roadDistances');
  });

  it('is a fact column, never a title column, for a path under title', () => {
    expect(columnForPath(['title', 'en'])).toBeUndefined();
  });

  it('is the language column of a translated fact, and the first one for the whole fact', () => {
    expect(columnForPath(['targetPurpose', 'ru'])?.name).toBe('targetPurpose.ru');
    expect(columnForPath(['targetPurpose'])?.name).toBe('targetPurpose.en');
  });
});
