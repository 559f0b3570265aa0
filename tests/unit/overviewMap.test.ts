import { describe, expect, it } from 'vitest';
import { boxParam, clusterPoints, clusterRadius, overviewMap, placeLabels } from '../../src/lib/map/overviewMap.ts';
import { packMapPoints, unpackMapPoints } from '../../src/lib/map/mapPoints.ts';
import type { MapOffer } from '../../src/lib/map/mapData.ts';

/** A projector that reads degrees as pixels (x = lon, y = lat), so distances below are plain to check. */
const identity = { project: (lon: number, lat: number): [number, number] => [lon, lat] };

describe('the overview map groups offers into numbered circles', () => {
  it('puts offers within the radius of a circle’s first offer in that circle, and others in their own', () => {
    const clusters = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 175, lat: 100 },
        { id: 'c', lon: 100, lat: 197 },
        { id: 'd', lon: 203, lat: 100 },
        { id: 'e', lon: 600, lat: 600 },
      ],
      identity,
      100,
    );
    expect(clusters.map((c) => c.firstId)).toEqual(['a', 'd', 'e']);
    expect(clusters[0]!.box).toEqual({ west: 100, south: 100, east: 175, north: 197 });
    expect(clusters[2]).toMatchObject({ x: 600, y: 600, count: 1, box: { west: 600, south: 600, east: 600, north: 600 } });
  });

  it('merges circles that would touch, so no number hides another', () => {
    // b is 37 px from a: outside the 36 px radius, but two 17 px circles 4 px apart would touch.
    const clusters = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 137, lat: 100 },
        { id: 'c', lon: 137, lat: 101 },
      ],
      identity,
      36,
    );
    expect(clusters.map((c) => [c.firstId, c.count])).toEqual([['a', 3]]);
    expect(clusters[0]!.box).toEqual({ west: 100, south: 100, east: 137, north: 101 });
  });

  it('counts every offer inside a circle’s box, so the number is what the list then shows', () => {
    // d starts its own circle (134 px from a) but lies inside the box of a, b and c.
    const clusters = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 199, lat: 100 },
        { id: 'c', lon: 100, lat: 199 },
        { id: 'd', lon: 190, lat: 190 },
      ],
      identity,
      100,
    );
    expect(clusters.map((c) => [c.firstId, c.count])).toEqual([
      ['a', 4],
      ['d', 1],
    ]);
    const apart = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 110, lat: 100 },
        { id: 'c', lon: 200, lat: 105 },
      ],
      identity,
      40,
    );
    expect(apart.map((c) => [c.firstId, c.count])).toEqual([
      ['a', 2],
      ['c', 1],
    ]);
  });

  it('rounds a box outwards to 4 decimals, so offers on its edge stay inside', () => {
    const [c] = clusterPoints(
      [
        { id: 'a', lon: 75.123456, lat: 46.987654 },
        { id: 'b', lon: 75.123457, lat: 46.987655 },
      ],
      identity,
    );
    expect(c!.box).toEqual({ west: 75.1234, south: 46.9876, east: 75.1235, north: 46.9877 });
    expect(boxParam(c!.box)).toBe('75.1234,46.9876,75.1235,46.9877');
  });

  it('draws the lake and names the settlements inside the picture, leaving out those outside', () => {
    const view = overviewMap({
      points: [
        { id: 'a', lat: 46.9, lon: 75.0 },
        { id: 'b', lat: 49.4, lon: 75.5 },
      ],
      places: [
        { name: 'Inside', lat: 47.5, lon: 75.2, major: true },
        { name: 'Far away', lat: 43.2, lon: 76.9, major: true },
      ],
      lake: [
        [
          [74.5, 46.5],
          [75.5, 46.5],
          [75.5, 46.8],
          [74.5, 46.8],
          [74.5, 46.5],
        ],
      ],
      country: [],
      fallback: { west: 73, south: 46, east: 77, north: 50 },
    });
    expect(view.places.map((p) => p.name)).toEqual(['Inside']);
    expect(view.lake).toMatch(/^M.*Z$/);
    expect(view.clusters.map((c) => c.count)).toEqual([1, 1]);
  });
});

describe('the interactive map’s points file', () => {
  const offer = (id: string, over: Partial<MapOffer> = {}): MapOffer & { district: string } => ({
    id,
    title: `Plot ${id}`,
    lat: 46.123456,
    lon: 75.654321,
    kind: 'land-plot',
    status: 'available',
    area: '2 ha',
    price: '₸5M',
    url: `/ru/offers/${id}/`,
    district: 'balkhash',
    ...over,
  });

  it('gives back the offers as the map needs them, with links in the file’s language', () => {
    const file = packMapPoints('ru', [
      offer('a', { titleLang: 'en' }),
      offer('b', { kind: 'infrastructure', status: 'closed', district: 'karkaraly' } as Partial<MapOffer>),
    ]);
    const back = unpackMapPoints(JSON.parse(JSON.stringify(file)));
    expect(back).toEqual([
      {
        id: 'a',
        title: 'Plot a',
        titleLang: 'en',
        lat: 46.12346,
        lon: 75.65432,
        kind: 'land-plot',
        status: 'available',
        area: '2 ha',
        price: '₸5M',
        url: '/ru/offers/a/',
      },
      {
        id: 'b',
        title: 'Plot b',
        lat: 46.12346,
        lon: 75.65432,
        kind: 'infrastructure',
        status: 'closed',
        area: '2 ha',
        price: '₸5M',
        url: '/ru/offers/b/',
      },
    ]);
  });

  it('keeps only one area’s offers when asked, and none for an area without offers', () => {
    const file = packMapPoints('en', [offer('a'), offer('b', { district: 'karkaraly' } as Partial<MapOffer>), offer('c')]);
    expect(unpackMapPoints(file, 'balkhash').map((o) => o.id)).toEqual(['a', 'c']);
    expect(unpackMapPoints(file, 'karkaraly').map((o) => o.id)).toEqual(['b']);
    expect(unpackMapPoints(file, 'nowhere')).toEqual([]);
  });
});

describe('the overview map’s circles, beyond the first grouping', () => {
  it('sizes a circle for the digits of its number', () => {
    expect([1, 9, 10, 99, 100, 999, 1000].map(clusterRadius)).toEqual([17, 17, 20, 20, 23, 23, 26]);
  });

  it('puts a circle at the middle of its offers', () => {
    const [c] = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 110, lat: 104 },
      ],
      identity,
      36,
    );
    expect(c).toMatchObject({ x: 105, y: 102, count: 2 });
  });

  it('counts only offers inside the box on both axes, not those level with it on one', () => {
    // a and b share a circle whose box is lon 100–110 at lat 100; each other offer misses it on one side only.
    const clusters = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 110, lat: 100 },
        { id: 'north', lon: 105, lat: 300 },
        { id: 'east', lon: 300, lat: 100 },
        { id: 'south', lon: 105, lat: 40 },
        { id: 'west', lon: 40, lat: 100 },
      ],
      identity,
      36,
    );
    expect(clusters.map((c) => [c.firstId, c.count])).toEqual([
      ['a', 2],
      ['north', 1],
      ['east', 1],
      ['south', 1],
      ['west', 1],
    ]);
  });

  it('keeps two small circles apart when their edges are exactly 4 px apart, and merges every touching pair', () => {
    // Two one-offer circles (17 px) touch when their centres are less than 17 + 17 + 4 = 38 px apart.
    const apart = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 138, lat: 100 },
      ],
      identity,
      36,
    );
    expect(apart.map((c) => c.count)).toEqual([1, 1]);
    const twoPairs = clusterPoints(
      [
        { id: 'a', lon: 100, lat: 100 },
        { id: 'b', lon: 137, lat: 100 },
        { id: 'c', lon: 300, lat: 300 },
        { id: 'd', lon: 337, lat: 300 },
        { id: 'z', lon: 600, lat: 600 },
      ],
      identity,
      36,
    );
    expect(twoPairs.map((c) => [c.firstId, c.count, c.x, c.y])).toEqual([
      ['a', 2, 118.5, 100],
      ['c', 2, 318.5, 300],
      ['z', 1, 600, 600],
    ]);
  });

  it('draws the country’s land', () => {
    const view = overviewMap({
      points: [{ id: 'a', lat: 47, lon: 75 }],
      places: [],
      lake: [],
      country: [
        [
          [
            [70, 45],
            [80, 45],
            [80, 52],
            [70, 52],
            [70, 45],
          ],
        ],
      ],
      fallback: { west: 73, south: 46, east: 77, north: 50 },
    });
    expect(view.land).toMatch(/^M.*Z$/);
  });
});

describe('settlement names on the overview map', () => {
  // Picture pixels are degrees here (identity). A 12 px name of two letters is 2 × 12 × 0.58 = 13.92 px wide.
  const ab = { name: 'Ab', lon: 100, lat: 100, major: false };
  const label = (places: Array<typeof ab>, clusters: Array<{ x: number; y: number; count: number }> = [], size = 200) =>
    placeLabels(places, identity, clusters, size, size);

  it('writes a name to the right of its dot when nothing is there', () => {
    expect(label([ab])).toEqual([{ x: 100, y: 100, tx: 106, ty: 104.2, anchor: 'start', name: 'Ab', major: false }]);
  });

  it('moves a name left when a circle (its radius plus 3 px) reaches the name’s right end, and not a pixel earlier', () => {
    // The name spans x 104–121.92; a one-offer circle keeps 17 + 3 = 20 px around its centre.
    expect(label([ab], [{ x: 141, y: 100, count: 1 }])).toMatchObject([{ anchor: 'end', tx: 94, ty: 104.2 }]);
    expect(label([ab], [{ x: 142, y: 100, count: 1 }])).toMatchObject([{ anchor: 'start', tx: 106 }]);
  });

  it('writes a name above its dot when a circle sits under both sides, and below when it sits over them', () => {
    // Side names span y 91.6–106 (a 12 px name); a circle whose box starts at 105.5 covers their bottoms.
    expect(label([ab], [{ x: 110, y: 125.5, count: 1 }])).toMatchObject([{ anchor: 'middle', tx: 100, ty: 93 }]);
    expect(label([ab], [{ x: 110, y: 126.5, count: 1 }])).toMatchObject([{ anchor: 'start' }]);
    expect(label([ab], [{ x: 100, y: 72, count: 1 }])).toMatchObject([{ anchor: 'middle', tx: 100, ty: 116 }]);
  });

  it('places major towns first, so a village at the same spot gives way', () => {
    const town = { name: 'Cd', lon: 100, lat: 100, major: true };
    expect(label([ab, town])).toEqual([
      { x: 100, y: 100, tx: 106, ty: 104.9, anchor: 'start', name: 'Cd', major: true },
      { x: 100, y: 100, tx: 94, ty: 104.2, anchor: 'end', name: 'Ab', major: false },
    ]);
  });

  it('writes no name across another place’s dot', () => {
    // The village's name to the right would span x 84–101.92, over the town's dot (x 96–104) but short of its name.
    const town = { name: 'Cd', lon: 100, lat: 100, major: true };
    expect(label([town, { ...ab, lon: 80 }]).map((p) => [p.name, p.anchor])).toEqual([
      ['Cd', 'start'],
      ['Ab', 'end'],
    ]);
  });

  it('keeps places 4 px inside the edges, on the side that fits, and leaves out those beyond or with no room', () => {
    const at = (lon: number, lat: number) => label([{ ...ab, lon, lat }]);
    expect(at(4, 100)).toMatchObject([{ anchor: 'start', tx: 10 }]);
    expect(at(196, 100)).toMatchObject([{ anchor: 'end', tx: 190 }]);
    expect(at(100, 4)).toMatchObject([{ anchor: 'middle', ty: 20 }]);
    expect(at(100, 196)).toMatchObject([{ anchor: 'middle', ty: 189 }]);
    expect([at(3.9, 100), at(196.1, 100), at(100, 3.9), at(100, 196.1)]).toEqual([[], [], [], []]);
    expect(placeLabels([{ ...ab, lon: 15, lat: 15 }], identity, [], 30, 30)).toEqual([]);
  });
});
