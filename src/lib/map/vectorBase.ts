import { simplifyRing, type LonLat } from './projection.ts';

type Ring = Array<[number, number]>;

/** The offline base every map draws first: [lon, lat] rings, small enough to ship. */
export interface VectorBase {
  /** Kazakhstan's outline (Natural Earth 1:10m via world-atlas), one entry per polygon, outer ring first. */
  country: Ring[][];
  /** Lake Balkhash (GSHHG), outer ring first. */
  lake: Ring[];
}

export interface VectorBaseOptions {
  /** Douglas–Peucker tolerance for the country outline, degrees. */
  countryTolerance: number;
  /** Tolerance for the lake shoreline, degrees. */
  lakeTolerance: number;
  /** Decimals kept in coordinates. */
  digits: number;
}

/**
 * The catalog's areas lie hundreds of km from any border, so the outline can be coarse (about 5 km);
 * shore plots sit close to the water, so the lake keeps about 150 m.
 */
export const DEFAULT_BASE_OPTIONS: VectorBaseOptions = { countryTolerance: 0.05, lakeTolerance: 0.0015, digits: 4 };

const round = (ring: readonly LonLat[], digits: number): Ring => {
  const f = 10 ** digits;
  return ring.map(([lon, lat]) => [Math.round(lon * f) / f, Math.round(lat * f) / f]);
};

const simplifyPolygon = (rings: ReadonlyArray<readonly LonLat[]>, tolerance: number, digits: number): Ring[] =>
  rings.map((r) => round(simplifyRing(r, tolerance), digits)).filter((r) => r.length >= 3);

/**
 * Simplifies the country's (Multi)Polygon and the lake polygon to the given tolerances.
 * Polygons that collapse (tiny islands) are dropped.
 */
export function buildVectorBase(
  country: { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] },
  lakeRings: ReadonlyArray<readonly LonLat[]>,
  options: VectorBaseOptions = DEFAULT_BASE_OPTIONS,
): VectorBase {
  const polygons = country.type === 'Polygon' ? [country.coordinates] : country.coordinates;
  return {
    country: polygons.map((p) => simplifyPolygon(p, options.countryTolerance, options.digits)).filter((p) => p.length > 0),
    lake: simplifyPolygon(lakeRings, options.lakeTolerance, options.digits),
  };
}
