import { describe, expect, it } from 'vitest';
import { overlapArea, placeLabel, type Box } from '../../src/lib/map/placeLabel.ts';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const town = { x: 100, y: 100 };
const name = { width: 80, height: 16 };
/** A 42 px cluster badge centred at (x, y). */
const cluster = (x: number, y: number) => box(x - 21, y - 21, 42, 42);

describe('placing a settlement name', () => {
  it('writes it to the right of the dot when nothing is there', () => {
    const p = placeLabel(town, name, [box(300, 300, 40, 40)]);
    expect(p).toMatchObject({ side: 'right', covered: 0 });
    expect(p.box).toEqual(box(108, 92, 80, 16));
  });

  it('moves it to the left when a cluster sits to the right of the town', () => {
    const p = placeLabel(town, name, [cluster(130, 100)]);
    expect(p.side).toBe('left');
    expect(p.covered).toBe(0);
    expect(p.box.right).toBe(92);
  });

  it('moves it farther out when a cluster sits right on the town', () => {
    const p = placeLabel(town, name, [cluster(100, 100)]);
    expect(p.covered).toBe(0);
    expect(overlapArea(p.box, cluster(100, 100))).toBe(0);
    expect(p.box.left).toBe(126);
  });

  it('chooses the least covered spot when every spot touches something', () => {
    const wall = box(-1000, -1000, 2000, 2000);
    const p = placeLabel(town, name, [wall]);
    expect(p.covered).toBe(80 * 16);
    // Covered everywhere alike: keeps the first preference.
    expect(p.side).toBe('right');
    const partly = placeLabel(town, name, [box(0, 0, 200, 95), box(0, 105, 200, 100)]);
    expect(partly.covered).toBeLessThan(80 * 16);
  });
});

describe('overlapArea', () => {
  it('is the shared area, and 0 for boxes that only touch', () => {
    expect(overlapArea(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(25);
    expect(overlapArea(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(0);
  });

  it('takes the side covered least when every side is covered, not the first one tried', () => {
    // A 40 × 10 label 4 px from (100, 100): right 104–144 × 95–105 is wholly under a 400 px² box;
    // left, above and below each have one 1 × 1 px obstacle. Left is the first of the least covered.
    const label = { width: 40, height: 10 };
    const obstacles = [box(104, 95, 40, 10), box(60, 100, 1, 1), box(85, 85, 1, 1), box(85, 112, 1, 1)];
    const p = placeLabel(town, label, obstacles, [4]);
    expect(p.side).toBe('left');
    expect(p.covered).toBe(1);
    expect(p.box).toEqual({ left: 56, top: 95, right: 96, bottom: 105 });
  });
});

describe('keeping a name within a span (a picture’s edges)', () => {
  // Right and left of the dot are blocked, so the name goes above: centred it would be 60–140 across.
  const sides = [box(104, 93, 100, 14), box(-4, 93, 100, 14)];

  it('slides a name above its dot sideways, just enough to stay within the span', () => {
    const p = placeLabel(town, name, sides, [8], { left: 70, right: 400 });
    expect(p).toMatchObject({ side: 'above', covered: 0 });
    expect(p.box).toEqual(box(70, 76, 80, 16));
    const leftward = placeLabel(town, name, sides, [8], { left: 0, right: 130 });
    expect(leftward.box).toEqual(box(50, 76, 80, 16));
  });

  it('leaves a name in place when it already fits, and leaves names beside the dot alone', () => {
    expect(placeLabel(town, name, sides, [8], { left: 0, right: 400 }).box).toEqual(box(60, 76, 80, 16));
    // Beside the dot the span does not move the name (a name cut by the edge there counts as covered instead).
    expect(placeLabel(town, name, [], [8], { left: 150, right: 160 }).box).toEqual(box(108, 92, 80, 16));
  });

  it('slides a name below its dot too', () => {
    const p = placeLabel(town, name, [...sides, box(0, 0, 400, 90)], [8], { left: 90, right: 400 });
    expect(p).toMatchObject({ side: 'below', covered: 0 });
    expect(p.box).toEqual(box(90, 108, 80, 16));
  });
});
