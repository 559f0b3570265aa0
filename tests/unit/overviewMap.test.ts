import { describe, expect, it } from 'vitest';
import { boxParam, clusterPoints, overviewMap } from '../../src/lib/map/overviewMap.ts';
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
