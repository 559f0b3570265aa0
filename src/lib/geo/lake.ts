import lake from '../../data/geo/lake-balkhash.geojson.ts';
import type { Point } from '../../schemas/common.ts';
import { pointInGeoJsonPolygon } from './pointInPolygon.ts';

/** The Lake Balkhash polygon (GSHHG, LGPL-3.0), [lon, lat] rings. */
export const lakeBalkhashRings = lake.coordinates;

/** True when the point lies on the water of Lake Balkhash. */
export function isInLakeBalkhash(point: Point): boolean {
  return pointInGeoJsonPolygon(point, lakeBalkhashRings);
}
