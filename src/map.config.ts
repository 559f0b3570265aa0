/**
 * The background tile layer of every Leaflet map. The offline vector base (Kazakhstan's outline,
 * Lake Balkhash, settlements) is always drawn under it, so switching tiles off still leaves a map.
 */
export const mapConfig = {
  /** False draws only the vector base: no request ever leaves the site. */
  tilesEnabled: true,
  /** Tile URL template ({s}, {z}, {x}, {y}). Respect the provider's usage policy. */
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  /** Credit the tile provider requires (HTML allowed, shown in the map's attribution control). */
  tileAttribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  /** Highest zoom the tile server serves. */
  maxZoom: 18,
  /** Credits of the vector base the site ships (src/data/geo/README.md). */
  baseAttribution: 'Shoreline: GSHHG (Wessel &amp; Smith), LGPL-3.0 · <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
} as const;

export type MapConfig = typeof mapConfig;
