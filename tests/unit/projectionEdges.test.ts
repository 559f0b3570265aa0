// Edges of the static-map geometry (src/lib/map/projection.ts) with expected values worked out by
// hand: the minimum span of a frame, padding, distances in Douglas–Peucker, ring seams and clipping.
import { describe, expect, it } from 'vitest';
import { bboxOf, clipRing, fitProjector, ringsToPath, simplifyLine, simplifyRing, type Xy } from '../../src/lib/map/projection.ts';

describe('fitting a frame', () => {
  it('refuses an empty list of points', () => {
    expect(() => bboxOf([])).toThrow('bboxOf needs at least one point');
  });

  it('grows a single point to 10 km each way around it', () => {
    // ± 5 km: 5 / 111.2 = 0.044964° of latitude; 5 / (111.32 × cos 49° = 73.0325) = 0.068463° of longitude.
    // A tall picture is filled across (the longitudes are its edges), a wide one top to bottom.
    const tall = fitProjector(bboxOf([[75, 49]]), 100, 300, 0, 10);
    expect(tall.bounds.west).toBeCloseTo(75 - 0.068463, 5);
    expect(tall.bounds.east).toBeCloseTo(75 + 0.068463, 5);
    const wide = fitProjector(bboxOf([[75, 49]]), 300, 100, 0, 10);
    expect(wide.bounds.north).toBeCloseTo(49 + 0.044964, 5);
    expect(wide.bounds.south).toBeCloseTo(49 - 0.044964, 5);
  });

  it('leaves a box wider than the minimum as it is', () => {
    const tall = fitProjector(
      bboxOf([
        [75, 49],
        [75.5, 49],
      ]),
      100,
      300,
      0,
      10,
    );
    expect(tall.bounds.west).toBeCloseTo(75, 9);
    expect(tall.bounds.east).toBeCloseTo(75.5, 9);
    const wide = fitProjector(
      bboxOf([
        [75, 49],
        [75, 49.5],
      ]),
      300,
      100,
      0,
      10,
    );
    expect(wide.bounds.north).toBeCloseTo(49.5, 9);
    expect(wide.bounds.south).toBeCloseTo(49, 9);
  });

  it('keeps the padding free on both sides', () => {
    // 0.5° across 320 − 2 × 30 = 260 px: 520 px per degree, the box from x = 30 to x = 290.
    const p = fitProjector(
      bboxOf([
        [75, 49],
        [75.5, 49],
      ]),
      320,
      180,
      30,
    );
    expect(p.scale).toBeCloseTo((260 * 360) / 0.5, 3);
    expect(p.project(75, 49)[0]).toBeCloseTo(30, 6);
    expect(p.project(75.5, 49)[0]).toBeCloseTo(290, 6);
    expect(p.project(75.25, 49)[1]).toBeCloseTo(90, 3);
  });
});

describe('Douglas–Peucker distances', () => {
  it('measures the distance to a sloping segment: (8, 2) is 5 from (1, 1)–(7, 9)', () => {
    // The segment runs along (6, 8), length 10; (8, 2) − (1, 1) = (7, 1) projects to 50 / 100 = half way,
    // at (4, 5); from there to (8, 2) is (4, −3), length 5.
    const line: Xy[] = [
      [1, 1],
      [8, 2],
      [7, 9],
    ];
    expect(simplifyLine(line, 4.95)).toEqual(line);
    expect(simplifyLine(line, 5.05)).toEqual([
      [1, 1],
      [7, 9],
    ]);
  });

  it('measures a bump of 3 above a level segment that is not on the axis', () => {
    const line: Xy[] = [
      [0, 10],
      [5, 13],
      [10, 10],
    ];
    expect(simplifyLine(line, 2.99)).toEqual(line);
    expect(simplifyLine(line, 3.01)).toEqual([
      [0, 10],
      [10, 10],
    ]);
  });

  it('drops a point exactly at the tolerance', () => {
    // 3 from the segment, tolerance 3: only points farther than the tolerance are kept.
    expect(
      simplifyLine(
        [
          [0, 10],
          [5, 13],
          [10, 10],
        ],
        3,
      ),
    ).toEqual([
      [0, 10],
      [10, 10],
    ]);
  });

  it('refines the part before the farthest point too', () => {
    // (5, 6) is farthest from (0, 0)–(10, 0); then (1, 3) is |1 × 6 − 3 × 5| / √61 = 1.15 from (0, 0)–(5, 6).
    const line: Xy[] = [
      [0, 0],
      [1, 3],
      [5, 6],
      [10, 0],
    ];
    expect(simplifyLine(line, 1)).toEqual(line);
  });

  it('measures from the end point when the line comes back to where it started', () => {
    const loop: Xy[] = [
      [0, 0],
      [5, 5],
      [0, 0],
    ];
    expect(simplifyLine(loop, 1)).toEqual(loop);
  });

  it('keeps every point, even one on the line, at tolerance 0', () => {
    const straight: Xy[] = [
      [0, 0],
      [1, 0],
      [2, 0],
    ];
    expect(simplifyLine(straight, 0)).toEqual(straight);
    expect(simplifyLine(straight, 0.5)).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });

  it('splits at the farthest point, not the last one it looked at', () => {
    // (2, 3) is 3 from (0, 0)–(10, 0); (4, 0.5) only 0.5. After keeping (2, 3), (4, 0.5) is
    // |2 × (−3) − (−2.5) × 8| / √73 = 14 / 8.544 = 1.64 from (2, 3)–(10, 0): kept at tolerance 1.
    const line: Xy[] = [
      [0, 0],
      [2, 3],
      [4, 0.5],
      [10, 0],
    ];
    expect(simplifyLine(line, 1)).toEqual(line);
    expect(simplifyLine(line, 2)).toEqual([
      [0, 0],
      [2, 3],
      [10, 0],
    ]);
  });
});

describe('simplifying a closed ring', () => {
  it('drops the repeated closing point and returns the ring unrepeated', () => {
    const closed: Xy[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(closed, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });

  it('keeps a last point that only shares x (or y) with the first', () => {
    const open: Xy[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(simplifyRing(open, 0.5)).toEqual(open);
    const sameY: Xy[] = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
    ];
    expect(simplifyRing(sameY, 0.5)).toEqual(sameY);
  });

  it('splits at the corner farthest from the start, so a point on an edge can still be dropped', () => {
    // From (0, 0) the far corner is (10, 10). (0, 5) lies on the edge (0, 10)–(0, 0) and goes; had the ring
    // been split at its last point instead, (0, 5) would be an end of a half and stay.
    const ring: Xy[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 5],
    ];
    expect(simplifyRing(ring, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });

  it('returns nothing for two points', () => {
    expect(
      simplifyRing(
        [
          [0, 0],
          [5, 5],
        ],
        0.5,
      ),
    ).toEqual([]);
  });
});

describe('clipping to a rectangle', () => {
  it('cuts each edge where the ring crosses it', () => {
    // A triangle (−10, 0), (10, 0), (0, 20) clipped to x ≥ 0, y ≤ 10: the left edge is cut at (0, 0) and
    // (0, 20); the top at y = 10 on the right side (5, 10) and on the cut-off line x = 0.
    const tri: Xy[] = [
      [-10, 0],
      [10, 0],
      [0, 20],
    ];
    const clipped = clipRing(tri, 0, -100, 100, 10);
    expect(clipped.map(([x, y]) => `${x} ${y}`).sort()).toEqual(['0 0', '0 10', '10 0', '5 10']);
  });

  it('cuts the right and top edges too', () => {
    // A square 0–10 clipped to x ≤ 4, y ≥ 6 leaves 0–4 × 6–10.
    const sq: Xy[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(
      clipRing(sq, -100, 6, 4, 100)
        .map(([x, y]) => `${x} ${y}`)
        .sort(),
    ).toEqual(['0 10', '0 6', '4 10', '4 6']);
    // Sloping edges, away from the origin: (1, 1)–(11, 6) is cut at x = 5 where y = 1 + 5 × 4 / 10 = 3;
    // (1, 1)–(5, 3) at y = 2 where x = 1 + 4 × 1 / 2 = 3.
    const tri: Xy[] = [
      [1, 1],
      [11, 6],
      [1, 6],
    ];
    expect(
      clipRing(tri, -100, 2, 5, 100)
        .map(([x, y]) => `${x} ${y}`)
        .sort(),
    ).toEqual(['1 2', '1 6', '3 2', '5 3', '5 6']);
  });

  it('keeps points lying exactly on the rectangle', () => {
    const onEdge: Xy[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(clipRing(onEdge, 0, 0, 10, 10)).toEqual(onEdge);
  });

  it('returns nothing for a ring wholly outside, without touching later edges', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        0,
        0,
        10,
        10,
      ),
    ).toEqual([]);
  });
});

describe('SVG paths', () => {
  it('joins several rings without separators and rounds to the digits asked', () => {
    const square: Xy[] = [
      [0, 0],
      [2, 0],
      [2, 2],
    ];
    expect(ringsToPath([square, square])).toBe('M0 0L2 0L2 2ZM0 0L2 0L2 2Z');
    expect(
      ringsToPath(
        [
          [
            [0.123, 0],
            [1, 0],
            [1, 1],
          ],
        ],
        2,
      ),
    ).toBe('M0.12 0L1 0L1 1Z');
  });
});
