// How one register row becomes facts and back: which values a row states, how they are laid over an
// offer's facts without touching the rest, and which columns an edit changed. The halves of the
// export → spreadsheet → import round trip an official relies on.
import { describe, expect, it } from 'vitest';
import { applyRow, changedColumns, factsToRow, getPath, parseRow, setPath } from '../../src/lib/register/rows.ts';
import type { OfferFacts } from '../../src/schemas/index.ts';

describe('reading a value at a path', () => {
  it('finds nested values and gives nothing past a value that is not an object', () => {
    const facts = { price: { amountKzt: 5 }, segments: ['beach'], contact: null };
    expect(getPath(facts, ['price', 'amountKzt'])).toBe(5);
    expect(getPath(facts, ['segments', 0])).toBe('beach');
    expect(getPath(facts, ['price', 'amountKzt', 'x'])).toBeUndefined();
    expect(getPath(facts, ['contact', 'id'])).toBeUndefined();
    expect(getPath(facts, [])).toBe(facts);
  });
});

describe('setting a value at a path', () => {
  it('makes the groups on the way, replacing a value that is no group', () => {
    const facts: Record<string, unknown> = { price: 'on request', right: null, land: ['x'] };
    setPath(facts, ['price', 'amountKzt'], 5);
    setPath(facts, ['right', 'type'], 'lease');
    setPath(facts, ['land', 'areaHa'], 2);
    setPath(facts, ['utilities', 'power', 'available'], true);
    expect(facts).toEqual({
      price: { amountKzt: 5 },
      right: { type: 'lease' },
      land: { areaHa: 2 },
      utilities: { power: { available: true } },
    });
  });

  it('removes nothing and makes no group when the value to remove is not there', () => {
    const facts: Record<string, unknown> = { kind: 'land-plot', price: 'on request' };
    setPath(facts, ['utilities', 'power', 'available'], undefined);
    setPath(facts, ['price', 'amountKzt'], undefined);
    expect(facts).toEqual({ kind: 'land-plot', price: 'on request' });
  });

  it('removes every group a removal leaves empty, up to the top', () => {
    const facts: Record<string, unknown> = { kind: 'x', a: { b: { c: { d: 1 } } } };
    setPath(facts, ['a', 'b', 'c', 'd'], undefined);
    expect(facts).toEqual({ kind: 'x' });
    const only: Record<string, unknown> = { a: { b: 1 } };
    setPath(only, ['a', 'b'], undefined);
    expect(only).toEqual({});
    const kept: Record<string, unknown> = { a: { keep: 1, b: { c: { d: 1 } } } };
    setPath(kept, ['a', 'b', 'c', 'd'], undefined);
    expect(kept).toEqual({ a: { keep: 1 } });
  });
});

describe('an offer as a register row', () => {
  it('writes the id, the titles by language, and each fact in its cell form', () => {
    const facts = {
      kind: 'land-plot',
      segments: ['beach', 'glamping'],
      object: { seasonMonths: [6, 7] },
      roadDistances: [{ place: 'karkaraly', km: 7 }],
      featured: false,
      price: { basis: 'on-request' },
    } as unknown as OfferFacts;
    const row = factsToRow('balkhash-x', facts, { ru: 'База', en: 'Base' });
    expect(row.id).toBe('balkhash-x');
    expect(row['title.en']).toBe('Base');
    expect(row['title.ru']).toBe('База');
    expect(row['title.kk']).toBeUndefined();
    expect(row.kind).toBe('land-plot');
    expect(row.segments).toBe('beach; glamping');
    expect(row['object.seasonMonths']).toBe('6; 7');
    expect(row.roadDistances).toBe('karkaraly=7');
    expect(row.featured).toBe(false);
    expect(row['price.basis']).toBe('on-request');
    expect(row['price.amountKzt']).toBeUndefined();
    expect(Object.keys(row)[0]).toBe('id');
    expect('price.amountKzt' in row).toBe(true);
  });

  it('leaves the title cells empty when no titles are given', () => {
    const row = factsToRow('x', { kind: 'land-plot' } as unknown as OfferFacts);
    expect(row['title.en']).toBeUndefined();
  });
});

describe('a register row read back', () => {
  it('keeps facts by column, titles apart, and an empty cell as a value to remove', () => {
    const row = parseRow(['id', 'title.ru', 'title.en', 'investmentKzt', 'contact', 'unknown'], ['x', 'База', '', '12,5', '', 'y']);
    expect(row.id).toBe('x');
    expect(row.titles).toEqual({ ru: 'База' });
    expect([...row.values]).toEqual([
      ['investmentKzt', 12.5],
      ['contact', undefined],
    ]);
    expect(row.errors).toEqual([]);
  });

  it('names each cell it cannot read and keeps reading the others', () => {
    const row = parseRow(['id', 'investmentKzt', 'featured', 'kind'], ['x', 'lots', 'maybe', 'land-plot']);
    expect(row.errors).toEqual([
      { column: 'investmentKzt', message: '"lots" is not a number (write digits only, e.g. 12.5 or 25000000)' },
      { column: 'featured', message: '"maybe" is not true or false' },
    ]);
    expect([...row.values]).toEqual([['kind', 'land-plot']]);
  });

  it('reads a number typed in the id cell as that id, and no id from a row without an id column', () => {
    expect(parseRow(['id'], [42]).id).toBe('42');
    expect(parseRow(['kind'], ['land-plot']).id).toBe('');
  });

  it('is laid over the facts it changes, leaving the original untouched', () => {
    const base = { kind: 'land-plot', price: { basis: 'fixed', amountKzt: 5 } };
    const row = parseRow(['id', 'price.amountKzt', 'investmentKzt'], ['x', '', '10']);
    expect(applyRow(base, row)).toEqual({ kind: 'land-plot', price: { basis: 'fixed' }, investmentKzt: 10 });
    expect(base).toEqual({ kind: 'land-plot', price: { basis: 'fixed', amountKzt: 5 } });
  });
});

describe('the columns an edit changed', () => {
  it('compares facts as the cells show them, ignoring prose and the id', () => {
    const before = { kind: 'land-plot', segments: ['beach'], price: { amountKzt: 5 } };
    const after = { kind: 'land-plot', segments: ['beach', 'glamping'], price: { amountKzt: 5 }, investmentKzt: 1 };
    expect(changedColumns(before, after)).toEqual(['investmentKzt', 'segments']);
    // An empty list and no list are both an empty cell.
    expect(changedColumns({ segments: [] }, {})).toEqual([]);
  });

  it('looks only at the columns it is given', () => {
    const columns = [
      { name: 'id', path: [], type: 'text' as const, note: '' },
      { name: 'title.en', path: ['title', 'en'], type: 'text' as const, note: '', prose: true },
      { name: 'kind', path: ['kind'], type: 'text' as const, note: '' },
    ];
    expect(changedColumns({ kind: 'a', title: { en: 'x' } }, { kind: 'b', title: { en: 'y' } }, columns)).toEqual(['kind']);
  });
});
