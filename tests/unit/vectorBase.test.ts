// The offline map base: outlines simplified, rounded to the digits asked, and collapsed islands dropped.
// Shapes are small enough to simplify by hand.
import { describe, expect, it } from 'vitest';
import { buildVectorBase } from '../../src/lib/map/vectorBase.ts';

type Ring = Array<[number, number]>;
const options = { countryTolerance: 0.05, lakeTolerance: 0.01, digits: 2 };
// A closed 1° square whose corners carry more decimals than the base keeps.
const square: Ring = [
  [73.123, 49.456],
  [74.123, 49.456],
  [74.123, 50.456],
  [73.123, 50.456],
  [73.123, 49.456],
];
const roundedSquare: Ring = [
  [73.12, 49.46],
  [74.12, 49.46],
  [74.12, 50.46],
  [73.12, 50.46],
];
// An island 0.001° across: below the country tolerance it collapses.
const islet: Ring = [
  [80, 45],
  [80.001, 45],
  [80.001, 45.001],
  [80, 45.001],
  [80, 45],
];
const triangle: Ring = [
  [75, 46],
  [75.5, 46],
  [75, 46.5],
];

describe('the offline vector base', () => {
  it('simplifies and rounds a Polygon country, and keeps a triangle of the lake', () => {
    expect(buildVectorBase({ type: 'Polygon', coordinates: [square] }, [triangle], options)).toEqual({
      country: [[roundedSquare]],
      lake: [
        [
          [75, 46],
          [75.5, 46],
          [75, 46.5],
        ],
      ],
    });
  });

  it('drops islands that collapse, and a MultiPolygon part left with no ring', () => {
    const base = buildVectorBase({ type: 'MultiPolygon', coordinates: [[square], [islet]] }, [triangle, islet], options);
    expect(base.country).toEqual([[roundedSquare]]);
    expect(base.lake).toHaveLength(1);
  });

  it('keeps the islet at a finer tolerance and more digits', () => {
    const fine = { countryTolerance: 0.0001, lakeTolerance: 0.0001, digits: 4 };
    expect(buildVectorBase({ type: 'Polygon', coordinates: [islet] }, [], fine).country).toEqual([
      [
        [
          [80, 45],
          [80.001, 45],
          [80.001, 45.001],
          [80, 45.001],
        ],
      ],
    ]);
  });
});
