import { describe, expect, it } from 'vitest';
import { RICH_FIXTURE, check } from './helpers.ts';
import { pointInGeoJsonPolygon } from '../../src/lib/geo/pointInPolygon.ts';
import lake from '../../src/data/geo/lake-balkhash.geojson.ts';
import {
  bboxOf,
  clipRing,
  fitProjector,
  inverseMercator,
  mercator,
  ringsToPath,
  simplifyLine,
  simplifyRing,
  type Xy,
} from '../../src/lib/map/projection.ts';
import { kazakhstanOutline, loadVectorBase } from '../../src/lib/map/loadVectorBase.ts';

const shoelace = (ring: readonly Xy[]) =>
  Math.abs(
    ring.reduce((sum, [x, y], i) => {
      const [nx, ny] = ring[(i + 1) % ring.length]!;
      return sum + x * ny - nx * y;
    }, 0),
  ) / 2;

describe('the map projection', () => {
  it('puts the equator and the prime meridian in the middle of the Mercator square', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 0)[0]).toBe(0);
    expect(mercator(90, 0)[0]).toBe(0.75);
  });

  it('stretches latitudes the way Web Mercator (and so Leaflet) does', () => {
    // y = 0.5 − ln(tan(π/4 + φ/2)) / 2π, written independently of the module's formula.
    const lat = 49.4124;
    const expected = 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
    expect(mercator(75.4723, lat)[1]).toBeCloseTo(expected, 12);
  });

  it('turns pixels back into the same degrees', () => {
    for (const [lon, lat] of [
      [75.4723, 49.4124],
      [74.9821, 46.8455],
      [-3.7, 40.4],
    ] as const) {
      const [x, y] = mercator(lon, lat);
      const [lon2, lat2] = inverseMercator(x, y);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });

  it('fits a box into a picture, centred, inside the padding', () => {
    const box = bboxOf([
      [75.0, 49.0],
      [76.0, 49.5],
    ]);
    const p = fitProjector(box, 320, 180, 20);
    const corners = [p.project(box.west, box.north), p.project(box.east, box.south)];
    for (const [x, y] of corners) {
      expect(x).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(x).toBeLessThanOrEqual(300 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(y).toBeLessThanOrEqual(160 + 1e-6);
    }
    const [[x0, y0], [x1, y1]] = corners as [Xy, Xy];
    expect((x0 + x1) / 2).toBeCloseTo(160, 6);
    expect((y0 + y1) / 2).toBeCloseTo(90, 6);
    const [lon, lat] = p.unproject(...p.project(75.3, 49.2));
    expect(lon).toBeCloseTo(75.3, 9);
    expect(lat).toBeCloseTo(49.2, 9);
  });

  it('grows a tiny box to the minimum span', () => {
    const p = fitProjector(bboxOf([[75.4, 49.4]]), 320, 180, 0, 10);
    const widthKm = (p.bounds.east - p.bounds.west) * 111.32 * Math.cos((49.4 * Math.PI) / 180);
    const heightKm = (p.bounds.north - p.bounds.south) * 111.2;
    expect(Math.min(widthKm, heightKm)).toBeGreaterThanOrEqual(9.9);
  });
});

describe('simplifying and clipping rings', () => {
  it('drops points that lie on the line and keeps the corners', () => {
    const line: Xy[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 0],
      [3, 3],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('keeps a square a square and collapses a sliver to nothing', () => {
    const square: Xy[] = [
      [0, 0],
      [5, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(shoelace(simplifyRing(square, 0.5))).toBe(100);
    expect(
      simplifyRing(
        [
          [0, 0],
          [10, 0.01],
          [20, 0],
        ],
        1,
      ),
    ).toEqual([]);
  });

  it('clips a ring to a rectangle (Sutherland–Hodgman)', () => {
    const square: Xy[] = [
      [-5, -5],
      [5, -5],
      [5, 5],
      [-5, 5],
    ];
    const clipped = clipRing(square, 0, 0, 10, 10);
    expect(shoelace(clipped)).toBeCloseTo(25, 9);
    expect(clipRing(square, 20, 20, 30, 30)).toEqual([]);
    expect(shoelace(clipRing(square, -100, -100, 100, 100))).toBe(100);
  });

  it('writes closed SVG paths and skips degenerate rings', () => {
    expect(
      ringsToPath([
        [
          [0, 0],
          [1.26, 0],
          [1, 1],
        ],
        [
          [0, 0],
          [1, 1],
        ],
      ]),
    ).toBe('M0 0L1.3 0L1 1Z');
  });
});

describe('the offline vector base', () => {
  const base = loadVectorBase();
  const bytes = JSON.stringify(base).length;

  it('is small enough to ship to every map', () => {
    expect(bytes).toBeLessThan(30_000);
  });

  it('keeps Kazakhstan’s extent within a few km of Natural Earth’s', () => {
    const full = kazakhstanOutline();
    const fullPoints = (full.type === 'Polygon' ? [full.coordinates] : full.coordinates).flat(2);
    const simplePoints = base.country.flat(2);
    const a = bboxOf(fullPoints);
    const b = bboxOf(simplePoints);
    for (const side of ['west', 'south', 'east', 'north'] as const) expect(Math.abs(a[side] - b[side])).toBeLessThan(0.1);
    expect(a.west).toBeGreaterThan(46);
    expect(a.east).toBeLessThan(88);
  });

  it('draws no offer of the catalog in the simplified lake, as none is in the real one', () => {
    const { tree } = check(RICH_FIXTURE);
    expect(tree.offers).toHaveLength(8);
    for (const offer of tree.offers) {
      const point = offer.facts.location;
      expect(pointInGeoJsonPolygon(point, lake.coordinates), offer.id).toBe(false);
      expect(pointInGeoJsonPolygon(point, base.lake), offer.id).toBe(false);
    }
  });

  it('keeps the lake’s area within 1% of the GSHHG polygon', () => {
    const area = (ring: ReadonlyArray<readonly [number, number]>) => shoelace(ring.map(([x, y]) => [x, y] as Xy));
    const original = area(lake.coordinates[0]!);
    expect(Math.abs(area(base.lake[0]!) - original) / original).toBeLessThan(0.01);
  });
});
