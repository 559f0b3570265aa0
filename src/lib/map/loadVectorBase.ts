// Server-side only (build time): reads world-atlas from node_modules. Client code never imports it;
// it fetches the result from /maps/base.json instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import lake from '../../data/geo/lake-balkhash.geojson.ts';
import { buildVectorBase, DEFAULT_BASE_OPTIONS, type VectorBase, type VectorBaseOptions } from './vectorBase.ts';
import type { LonLat } from './projection.ts';

type CountryGeometry = { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] };

let country: CountryGeometry | undefined;

/** Kazakhstan's outline from Natural Earth 1:10m (world-atlas), unsimplified. */
export function kazakhstanOutline(): CountryGeometry {
  if (country) return country;
  const require = createRequire(`${process.cwd()}/`);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{
    countries: GeometryObject<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries);
  const kz = all.type === 'FeatureCollection' ? all.features.find((f) => f.properties?.name === 'Kazakhstan') : undefined;
  if (!kz || (kz.geometry.type !== 'Polygon' && kz.geometry.type !== 'MultiPolygon'))
    throw new Error('world-atlas has no Kazakhstan polygon');
  country = kz.geometry as unknown as CountryGeometry;
  return country;
}

const cache = new Map<string, VectorBase>();

/** The simplified base, computed once per build and per set of options. */
export function loadVectorBase(options: VectorBaseOptions = DEFAULT_BASE_OPTIONS): VectorBase {
  const key = JSON.stringify(options);
  let base = cache.get(key);
  if (!base) {
    base = buildVectorBase(kazakhstanOutline(), lake.coordinates, options);
    cache.set(key, base);
  }
  return base;
}
