import type { Point } from '../../schemas/common.ts';

/**
 * Ray-casting test. `ring` is a list of [lon, lat] pairs (GeoJSON order) or,
 * with `latLon = true`, [lat, lon] pairs (content order).
 */
export function pointInRing(point: Point, ring: ReadonlyArray<readonly [number, number]>, latLon = false): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = latLon ? [ring[i]![1], ring[i]![0]] : [ring[i]![0], ring[i]![1]];
    const [xj, yj] = latLon ? [ring[j]![1], ring[j]![0]] : [ring[j]![0], ring[j]![1]];
    const crosses = yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** GeoJSON Polygon coordinates: outer ring first, holes after. */
export function pointInGeoJsonPolygon(point: Point, rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}
