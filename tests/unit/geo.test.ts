import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/lib/geo/distance.ts';
import { isInLakeBalkhash } from '../../src/lib/geo/lake.ts';
import { pointInRing } from '../../src/lib/geo/pointInPolygon.ts';

describe('geography', () => {
  it('measures Karaganda to Karkaraly at about 170 km in a straight line (220 km by road)', () => {
    const km = haversineKm({ lat: 49.8047, lon: 73.1094 }, { lat: 49.4124, lon: 75.4723 });
    expect(km).toBeGreaterThan(165);
    expect(km).toBeLessThan(180);
  });

  it('knows the middle of Lake Balkhash is water and the city of Balkhash is land', () => {
    expect(isInLakeBalkhash({ lat: 46.5, lon: 75.2 })).toBe(true);
    expect(isInLakeBalkhash({ lat: 46.86, lon: 74.98 })).toBe(false);
    expect(isInLakeBalkhash({ lat: 49.41, lon: 75.47 })).toBe(false);
  });

  it('tests points against a [lat, lon] outline', () => {
    const square: Array<[number, number]> = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
    ];
    expect(pointInRing({ lat: 5, lon: 5 }, square, true)).toBe(true);
    expect(pointInRing({ lat: 5, lon: 15 }, square, true)).toBe(false);
  });
});
