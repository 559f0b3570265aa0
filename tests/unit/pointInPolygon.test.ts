// Point-in-polygon on shapes small enough to check by hand: the order of the pairs, slanted edges,
// holes, and which edges of an outline count as inside.
import { describe, expect, it } from 'vitest';
import { pointInGeoJsonPolygon, pointInRing } from '../../src/lib/geo/pointInPolygon.ts';

type Ring = Array<[number, number]>;
// 20 wide (lon 0…20) and 10 high (lat 0…10), as GeoJSON [lon, lat] pairs.
const wide: Ring = [
  [0, 0],
  [20, 0],
  [20, 10],
  [0, 10],
];
// A right triangle with its slanted edge on lon + lat = 10, [lon, lat].
const triangle: Ring = [
  [0, 0],
  [10, 0],
  [0, 10],
];
const square = (from: number, to: number): Ring => [
  [from, from],
  [to, from],
  [to, to],
  [from, to],
];

describe('a point in one outline', () => {
  it('reads the pairs as [lon, lat], or as [lat, lon] when asked', () => {
    expect(pointInRing({ lat: 5, lon: 15 }, wide)).toBe(true);
    expect(pointInRing({ lat: 15, lon: 5 }, wide)).toBe(false);
    expect(pointInRing({ lat: 5, lon: 15 }, wide, true)).toBe(false);
    expect(pointInRing({ lat: 15, lon: 5 }, wide, true)).toBe(true);
  });

  it('follows a slanted edge', () => {
    expect(pointInRing({ lat: 1, lon: 8 }, triangle)).toBe(true);
    expect(pointInRing({ lat: 3, lon: 8 }, triangle)).toBe(false);
    expect(pointInRing({ lat: 8, lon: 1 }, triangle)).toBe(true);
    expect(pointInRing({ lat: 8, lon: 3 }, triangle)).toBe(false);
    expect(pointInRing({ lat: 5, lon: -1 }, triangle)).toBe(false);
  });

  it('counts the southern and western edges as inside and the northern and eastern ones as outside', () => {
    // Half-open edges: two outlines that share an edge never both claim a point on it.
    expect(pointInRing({ lat: 0, lon: 5 }, wide)).toBe(true);
    expect(pointInRing({ lat: 10, lon: 5 }, wide)).toBe(false);
    expect(pointInRing({ lat: 5, lon: 0 }, wide)).toBe(true);
    expect(pointInRing({ lat: 5, lon: 20 }, wide)).toBe(false);
  });
});

describe('a point in a GeoJSON polygon with holes', () => {
  const withHole = [square(0, 10), square(4, 6)];

  it('is inside the outer ring and outside every hole', () => {
    expect(pointInGeoJsonPolygon({ lat: 2, lon: 2 }, withHole)).toBe(true);
    expect(pointInGeoJsonPolygon({ lat: 5, lon: 5 }, withHole)).toBe(false);
    expect(pointInGeoJsonPolygon({ lat: 12, lon: 12 }, withHole)).toBe(false);
    expect(pointInGeoJsonPolygon({ lat: 5, lon: 5 }, [square(0, 10)])).toBe(true);
  });

  it('is never inside a polygon with no rings', () => {
    expect(pointInGeoJsonPolygon({ lat: 5, lon: 5 }, [])).toBe(false);
  });
});
