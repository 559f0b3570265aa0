// The Leaflet part of <offer-map>. Loaded with a dynamic import only when a map nears the
// viewport, so pages without a map (and maps never scrolled to) ship no Leaflet code or CSS.
import L from 'leaflet';
import type { MapData, MapHub, MapOffer } from '../../lib/map/mapData.ts';
import type { VectorBase } from '../../lib/map/vectorBase.ts';
import { clusterLabel } from '../../lib/map/clusterLabel.ts';
import { hubSvg, markerClassName, markerSvg, MARKER_ANCHOR, MARKER_BOX } from '../../lib/map/markerStyle.ts';
import { visibleOffers } from '../../lib/map/visibleOffers.ts';
import { unpackMapPoints } from '../../lib/map/mapPoints.ts';
import { placeLabel } from '../../lib/map/placeLabel.ts';
import { MAP_COLOURS } from '../../styles/palette.ts';
import type { MapResources } from './mapResources.ts';

export interface MapController {
  /** Shows only these offers (undefined: all). */
  setVisible(ids: readonly string[] | undefined): void;
  map: L.Map;
}

interface LabelledIconOptions extends L.DivIconOptions {
  /** Accessible name of the icon element (role=button when the marker is keyboard-reachable). */
  label?: string;
  /** Extra attributes for the icon element, e.g. data-offer-id. */
  attrs?: Record<string, string>;
  hidden?: boolean;
}

/** A divIcon whose element carries an accessible name: Leaflet only names <img> icons. */
class LabelledDivIcon extends L.DivIcon {
  declare options: LabelledIconOptions;
  constructor(options: LabelledIconOptions) {
    super(options);
  }
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    if (this.options.label) el.setAttribute('aria-label', this.options.label);
    if (this.options.hidden) el.setAttribute('aria-hidden', 'true');
    for (const [k, v] of Object.entries(this.options.attrs ?? {})) el.setAttribute(k, v);
    return el;
  }
}

/** Default view: both catalog areas, when there is nothing to fit. */
const AREAS_BOUNDS = L.latLngBounds([46.3, 73.0], [50.0, 77.5]);

/** One icon per kind and status, shared by every marker of that look: thousands of icon objects cost the catalog map's start. */
const offerIcons = new Map<string, L.DivIcon>();
function offerIcon(offer: MapOffer): L.DivIcon {
  const key = `${offer.kind} ${offer.status}`;
  let icon = offerIcons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: markerClassName(offer.kind, offer.status),
      html: markerSvg(offer.kind, offer.status),
      iconSize: [MARKER_BOX, MARKER_BOX],
      iconAnchor: MARKER_ANCHOR,
      popupAnchor: [0, -14],
    });
    offerIcons.set(key, icon);
  }
  return icon;
}

/** Leaflet's own step that draws a marker's icon element (not in its type declarations). */
const initMarkerIcon = (L.Marker.prototype as unknown as { _initIcon(this: L.Marker): void })._initIcon;

/** A keyboard-reachable offer marker. Its icon is shared, so the marker names its own element each time Leaflet draws it. */
class OfferMarker extends L.Marker {
  constructor(readonly offer: MapOffer) {
    super([offer.lat, offer.lon], { icon: offerIcon(offer), title: offer.title, riseOnHover: true, keyboard: true });
  }
  _initIcon(): void {
    initMarkerIcon.call(this);
    const el = this.getElement();
    el?.setAttribute('aria-label', this.offer.title);
    el?.setAttribute('data-offer-id', this.offer.id);
  }
}

function popupContent(offer: MapOffer, data: MapData): HTMLElement {
  const s = data.strings;
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  title.textContent = offer.title;
  if (offer.titleLang) title.lang = offer.titleLang;
  const meta = document.createElement('p');
  meta.className = 'map-popup-meta';
  meta.textContent = `${s.kinds[offer.kind]} · ${s.statuses[offer.status]}`;
  const factList = document.createElement('dl');
  for (const [label, value] of [
    [s.areaLabel, offer.area],
    [s.priceLabel, offer.price],
  ] as const) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    factList.append(dt, dd);
  }
  const link = document.createElement('a');
  link.href = offer.url;
  link.textContent = s.open;
  link.className = 'map-popup-link';
  const p = document.createElement('p');
  p.append(link);
  root.append(title, meta, factList, p);
  return root;
}

function toLatLngs(rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): L.LatLngExpression[][] {
  return rings.map((ring) => ring.map(([lon, lat]) => [lat, lon] as L.LatLngTuple));
}

function drawBase(map: L.Map, base: VectorBase): void {
  const renderer = L.svg({ pane: 'base' });
  for (const polygon of base.country) {
    L.polygon(toLatLngs(polygon), {
      pane: 'base',
      renderer,
      interactive: false,
      className: 'map-base-land',
      color: MAP_COLOURS.border,
      weight: 1,
      dashArray: '5 3',
      fillColor: MAP_COLOURS.land,
      fillOpacity: 1,
    }).addTo(map);
  }
  L.polygon(toLatLngs(base.lake), {
    pane: 'base',
    renderer,
    interactive: false,
    className: 'map-base-lake',
    color: MAP_COLOURS.shore,
    weight: 1,
    fillColor: MAP_COLOURS.water,
    fillOpacity: 1,
  }).addTo(map);
}

function drawPlaces(map: L.Map, data: MapData): void {
  for (const place of data.places) {
    L.marker([place.lat, place.lon], {
      pane: 'baseLabels',
      interactive: false,
      keyboard: false,
      icon: new LabelledDivIcon({
        className: place.major ? 'map-place map-place--major' : 'map-place',
        html: `<span></span>`,
        iconSize: [8, 8],
        iconAnchor: [4, 4],
        hidden: true,
      }),
    })
      .addTo(map)
      .getElement()
      ?.querySelector('span')
      ?.replaceChildren(document.createTextNode(place.name));
  }
}

/** Moves each visible settlement name to where no marker, cluster or hub hides it (see placeLabel). */
function placePlaceNames(container: HTMLElement): void {
  // Obstacles grow by 2 px: room to breathe, and no sliver of overlap from sub-pixel rounding.
  const obstacles = [...container.querySelectorAll<HTMLElement>('.map-marker, .map-cluster, .map-hub, .map-hub-label')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0)
    .map((r) => ({ left: r.left - 2, top: r.top - 2, right: r.right + 2, bottom: r.bottom + 2 }));
  for (const span of container.querySelectorAll<HTMLElement>('.map-place span')) {
    // Offset sizes ignore where the name sits now; hidden village names (display: none) measure 0.
    const size = { width: span.offsetWidth, height: span.offsetHeight };
    if (size.width === 0) continue;
    const dot = span.parentElement!.getBoundingClientRect();
    const { box } = placeLabel({ x: dot.left + dot.width / 2, y: dot.top + dot.height / 2 }, size, obstacles);
    span.style.left = `${box.left - dot.left}px`;
    span.style.top = `${box.top - dot.top}px`;
    span.style.transform = 'none';
  }
}

const TILES_DOWN_KEY = 'offer-map:tiles-down-until';

/**
 * Adds tiles from the config, after one probe tile loads. A browser logs every failed image, so
 * without the probe an unreachable tile server would print a console error per tile; with it there
 * is at most one, and none on later pages of the session for five minutes.
 */
function addTiles(map: L.Map, data: MapData, container: HTMLElement, status: HTMLElement | null): void {
  const off = () => {
    container.dataset.tiles = 'off';
    if (status && data.tiles.enabled) {
      status.textContent = data.strings.tilesOff;
      status.hidden = false;
    }
  };
  if (!data.tiles.enabled) {
    off();
    return;
  }
  try {
    if (Number(sessionStorage.getItem(TILES_DOWN_KEY) ?? 0) > Date.now()) {
      off();
      return;
    }
  } catch {
    // Storage may be blocked; probe anyway.
  }
  const zoom = Math.round(map.getZoom());
  const tile = map.project(map.getCenter(), zoom).divideBy(256).floor();
  const probe = new Image();
  probe.onerror = () => {
    try {
      sessionStorage.setItem(TILES_DOWN_KEY, String(Date.now() + 5 * 60_000));
    } catch {
      // Not remembered; the next page probes again.
    }
    off();
  };
  probe.onload = () => {
    const tiles = L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom });
    let loaded = 0;
    let failed = 0;
    tiles.on('tileload', () => {
      loaded += 1;
      container.dataset.tiles = 'on';
    });
    tiles.on('tileerror', () => {
      failed += 1;
      if (loaded === 0 && failed >= 4 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        off();
      }
    });
    tiles.addTo(map);
  };
  probe.src = L.Util.template(data.tiles.url, { s: 'a', z: zoom, x: tile.x, y: tile.y, r: '' });
}

function hubIcon(hub: MapHub): L.DivIcon {
  return new LabelledDivIcon({
    className: `map-hub map-hub--${hub.type}`,
    html: hubSvg(hub.type),
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    label: `${hub.name}: ${hub.distance}`,
    attrs: { role: 'img' },
  });
}

/** Buttons under the map that frame the offer or its hubs (outside the map, so they never cover it). */
function viewButtons(map: L.Map, container: HTMLElement, data: MapData, offerBounds: L.LatLngBounds, hubBounds: L.LatLngBounds): void {
  const bar = document.createElement('div');
  bar.className = 'map-toolbar';
  const button = (text: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'map-view-button';
    b.textContent = text;
    b.addEventListener('click', action);
    bar.append(b);
  };
  button(data.strings.viewOffer, () => map.fitBounds(offerBounds, { maxZoom: 16, padding: [24, 24] }));
  button(data.strings.viewHubs, () => map.fitBounds(hubBounds, { padding: [20, 20] }));
  container.after(bar);
}

/** The Leaflet map with its panes and attribution; the wheel zooms only once a person has chosen the map. */
function createMap(container: HTMLElement, data: MapData): L.Map {
  container.replaceChildren();
  // markercluster groups the offers for every zoom level from the least to the most; below 5 both areas
  // are a few pixels wide, so catalog and area maps stop there and save those levels' work.
  const minZoom = data.cluster ? 5 : 3;
  const map = L.map(container, { maxZoom: data.tiles.maxZoom, minZoom, scrollWheelZoom: false, zoomSnap: 0.5 });
  // The page scrolls with the wheel until a person chooses the map.
  map.on('focus', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());
  container.addEventListener('click', () => map.scrollWheelZoom.enable());
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(data.baseAttribution);
  if (data.tiles.enabled) map.attributionControl.addAttribution(data.tiles.attribution);
  map.on('zoomend', () => showVillagesWhenZoomedIn(container, map));
  map.createPane('base').style.zIndex = '150';
  map.createPane('baseLabels').style.zIndex = '160';
  return map;
}

/** Village labels only once there is room for them. */
function showVillagesWhenZoomedIn(container: HTMLElement, map: L.Map): void {
  container.classList.toggle('map-zoomed-in', map.getZoom() >= 9);
}

/** One keyboard-reachable marker per offer, by offer id. */
function offerMarkers(data: MapData): Map<string, OfferMarker> {
  const markers = new Map<string, OfferMarker>();
  for (const offer of data.offers) markers.set(offer.id, new OfferMarker(offer));
  return markers;
}

/**
 * An offer's popup is made the first time its marker is clicked or Enter is pressed on it; after that
 * Leaflet's own binding opens and closes it. Binding a popup to each of thousands of markers up front
 * was a fifth of the catalog map's start.
 */
function popupsOnDemand(group: L.FeatureGroup, data: MapData): void {
  group.on('click keypress', (event) => {
    const marker = event.sourceTarget as unknown;
    if (!(marker instanceof OfferMarker) || marker.getPopup()) return;
    const original = (event as L.LeafletEvent & { originalEvent?: KeyboardEvent }).originalEvent;
    if (event.type === 'keypress' && original?.key !== 'Enter') return;
    marker.bindPopup(() => popupContent(marker.offer, data), { maxWidth: 260 }).openPopup();
  });
}

/** Fits the view to these offers. Without animation: a zoom animation racing markercluster's own can leave stale cluster icons behind. */
function fitOffers(map: L.Map, list: readonly MapOffer[]): void {
  if (list.length)
    map.fitBounds(L.latLngBounds(list.map((o) => [o.lat, o.lon] as L.LatLngTuple)), { padding: [32, 32], maxZoom: 12, animate: false });
}

function setInitialView(map: L.Map, data: MapData, initialIds: readonly string[] | undefined): void {
  if (data.mode === 'offer') {
    map.setView([data.offers[0]?.lat ?? 47.5, data.offers[0]?.lon ?? 75], 8, { animate: false });
    return;
  }
  map.fitBounds(AREAS_BOUNDS, { animate: false });
  fitOffers(map, visibleOffers(data.offers, initialIds));
}

/** The layer the offer markers live on, and how to replace them. */
interface OfferLayer {
  group: L.FeatureGroup;
  /** Shows exactly these markers; resolves once all are on the map. */
  replace(markers: L.Marker[]): Promise<void>;
}

/** Cluster icons that show the count and name it in the page's language. */
function clusterIcon(data: MapData): (cluster: L.MarkerCluster) => L.DivIcon {
  const number = new Intl.NumberFormat(data.lang);
  return (cluster) => {
    const count = cluster.getChildCount();
    const size = count < 10 ? 36 : count < 100 ? 42 : 48;
    return new LabelledDivIcon({
      className: 'map-cluster',
      html: `<span aria-hidden="true">${number.format(count)}</span>`,
      iconSize: [size, size],
      label: clusterLabel(count, data.lang, data.strings.cluster),
      attrs: { 'data-count': String(count) },
    });
  };
}

/** `clusterCode` is the markercluster plugin loading, or undefined for a map that does not cluster. */
async function offerLayer(data: MapData, clusterCode: Promise<unknown> | undefined): Promise<OfferLayer> {
  if (!clusterCode) {
    const group = L.featureGroup();
    return {
      group,
      replace: (markers) => {
        group.clearLayers();
        for (const m of markers) group.addLayer(m);
        return Promise.resolve();
      },
    };
  }
  await clusterCode;
  // markercluster adds large sets in chunks; the markers count as placed once the last chunk is.
  let chunksPlaced: () => void = () => undefined;
  const group = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    chunkedLoading: true,
    // Between chunks the page still handles input and paints; the default 50 ms pause on top of that only
    // delayed the first view (six chunks with 5,000 offers on a slow phone).
    chunkDelay: 0,
    chunkProgress: (processed, total) => {
      if (processed === total) setTimeout(chunksPlaced, 0);
    },
    spiderfyOnMaxZoom: true,
    // markercluster groups the offers for every zoom level when they are added. From 15 (about 3 m a pixel
    // here) each offer stands alone: the levels above were a third of the catalog map's start with 5,000
    // offers. Not lower: a cluster that stays whole down to the last grouped level spiderfies instead of
    // zooming in, and two offers 680 m apart (the closest today) must still zoom apart.
    disableClusteringAtZoom: 15,
    iconCreateFunction: clusterIcon(data),
  });
  return {
    group,
    replace: (markers) => {
      group.clearLayers();
      const placed = new Promise<void>((resolve) => (chunksPlaced = resolve));
      group.addLayers(markers);
      return placed;
    },
  };
}

/** "No offer matches", shown over the map when a search leaves nothing to show. */
function emptyNotice(container: HTMLElement, text: string): HTMLElement {
  const none = document.createElement('p');
  none.className = 'map-empty';
  none.textContent = text;
  none.hidden = true;
  container.append(none);
  return none;
}

/** An offer map's surroundings: the plot outline, and each hub with a line and its distance. Frames them all. */
function drawOfferSurroundings(map: L.Map, container: HTMLElement, data: MapData, offer: MapOffer): void {
  const point = L.latLng(offer.lat, offer.lon);
  let offerBounds = L.latLngBounds(point, point);
  if (offer.boundary && offer.boundary.length >= 3) {
    const polygon = L.polygon(offer.boundary, {
      className: 'map-boundary',
      color: MAP_COLOURS.ink,
      weight: 2,
      fillColor: MAP_COLOURS.ink,
      fillOpacity: 0.12,
      interactive: false,
    });
    polygon.addTo(map);
    offerBounds = polygon.getBounds();
  }
  const hubBounds = L.latLngBounds(point, point);
  for (const hub of data.hubs) {
    const at = L.latLng(hub.lat, hub.lon);
    hubBounds.extend(at);
    L.polyline([point, at], {
      className: 'map-hub-line',
      color: MAP_COLOURS.ink,
      weight: 1.5,
      dashArray: '6 5',
      opacity: 0.7,
      interactive: false,
    }).addTo(map);
    // Hubs are labelled facts, not controls: the distances list beside the map is their accessible
    // equivalent, so they take no focus and no pointer target (hubs a few km apart would overlap).
    L.marker(at, { icon: hubIcon(hub), interactive: false, keyboard: false })
      .bindTooltip(hub.distance, {
        permanent: true,
        direction: hub.type === 'airport' ? 'right' : 'left',
        offset: hub.type === 'airport' ? [12, 0] : [-12, 0],
        className: 'map-hub-label',
      })
      .addTo(map);
  }
  map.fitBounds(hubBounds.pad(0.12), { animate: false });
  if (data.hubs.length) viewButtons(map, container, data, offerBounds.pad(0.5), hubBounds.pad(0.08));
}

/**
 * Names move whenever markers or clusters may have: after zooming, panning (markercluster redraws
 * on moveend), cluster animations and new results. One placement per frame at most.
 * Returns the function that schedules a placement.
 */
function keepPlaceNamesClear(map: L.Map, group: L.FeatureGroup, container: HTMLElement): () => void {
  let frame = 0;
  const placeNames = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => placePlaceNames(container));
  };
  map.on('zoomend moveend', placeNames);
  group.on('animationend', placeNames);
  placeNames();
  return placeNames;
}

/** Draws the map into `container`, showing the offers `initialIds` names (all when undefined). */
export async function renderMap(
  container: HTMLElement,
  data: MapData,
  status: HTMLElement | null,
  resources: MapResources,
  initialIds?: readonly string[],
): Promise<MapController> {
  const points = await resources.points;
  if (points) data.offers = unpackMapPoints(points, data.points?.district);
  await resources.stylesheets;
  const map = createMap(container, data);
  const markers = offerMarkers(data);
  setInitialView(map, data, initialIds);
  const layer = await offerLayer(data, resources.clusterCode);
  layer.group.addTo(map);
  popupsOnDemand(layer.group, data);
  const none = emptyNotice(container, data.strings.none);

  const show = (ids: readonly string[] | undefined, fit: boolean): Promise<void> => {
    const wanted = visibleOffers(data.offers, ids);
    const placed = layer.replace(wanted.map((o) => markers.get(o.id)!));
    none.hidden = wanted.length > 0 || data.offers.length === 0;
    if (fit && data.mode !== 'offer') fitOffers(map, wanted);
    return placed;
  };

  const offer = data.mode === 'offer' ? data.offers[0] : undefined;
  if (offer) drawOfferSurroundings(map, container, data, offer);
  await show(offer ? undefined : initialIds, false);

  addTiles(map, data, container, status);
  const base = await resources.base;
  if (base) drawBase(map, base);
  drawPlaces(map, data);
  showVillagesWhenZoomedIn(container, map);
  const placeNames = keepPlaceNamesClear(map, layer.group, container);

  return {
    map,
    setVisible: (ids) => void show(ids, true).then(placeNames),
  };
}
