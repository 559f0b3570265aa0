// What an interactive map needs besides Leaflet: its stylesheets, the vector base layer, the offers file
// of catalog and area maps, and their cluster code. <offer-map> starts them together with Leaflet itself,
// so on a slow connection the map waits for one round trip instead of one after another. This file is in
// every offer page's first JS (5 KB budget): unpacking the offers waits for the Leaflet chunk.
// Stylesheets as URLs, linked at run time: imported as CSS, Astro would link them in every page's head.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import type { MapData } from '../../lib/map/mapData.ts';
import type { MapPointsFile } from '../../lib/map/mapPoints.ts';
import type { VectorBase } from '../../lib/map/vectorBase.ts';
import mapCssUrl from './map.css?url';

export interface MapResources {
  /** Settles once both stylesheets have loaded or failed (the map still draws without them). */
  stylesheets: Promise<unknown>;
  /** The vector base, or undefined when it cannot be loaded (the map still works on tiles or bare). */
  base: Promise<VectorBase | undefined>;
  /** The offers file of a catalog or area map (rejects when it cannot be read: such a map has nothing to show). */
  points: Promise<MapPointsFile> | undefined;
  /** The markercluster plugin, when the map clusters its offers. */
  clusterCode: Promise<unknown> | undefined;
}

let stylesheets: Promise<unknown> | undefined;

const linkStylesheet = (href: string) =>
  new Promise((resolve) =>
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: resolve, onerror: resolve })),
  );

export function startMapResources(data: MapData): MapResources {
  stylesheets ??= Promise.all([linkStylesheet(leafletCssUrl), linkStylesheet(mapCssUrl)]);
  const resources: MapResources = {
    stylesheets,
    base: fetch(data.baseUrl)
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined),
    points: data.points && fetch(data.points.url).then((r) => r.json()),
    clusterCode: data.cluster ? import('./clusterCode.ts') : undefined,
  };
  // Awaited (and a failure reported) when the map is drawn; marked handled now, so that a failure before
  // then is not also reported as an uncaught one.
  for (const pending of [resources.points, resources.clusterCode]) pending?.catch(() => undefined);
  return resources;
}
