// How an offer looks on a map. Kind = shape + fill colour; status = a small badge with its own
// colour AND a glyph, so no meaning is carried by colour alone. The same SVG serves the Leaflet
// marker (divIcon), the legend and the static thumbnails.
// Type-only import: this module runs in the browser and must not pull zod in.
import type { OfferKind, OfferStatus } from '../../schemas/offer.ts';
import { KIND_COLOURS, MAP_COLOURS, STATUS_COLOURS } from '../../styles/palette.ts';

export { KIND_COLOURS, STATUS_COLOURS };

export type KindShape = 'square' | 'circle' | 'diamond';
export const KIND_SHAPES: Record<OfferKind, KindShape> = { 'land-plot': 'square', infrastructure: 'circle', 'large-project': 'diamond' };

/** A white glyph drawn in a 14 × 14 box centred on (7, 7). */
const STATUS_GLYPHS: Record<OfferStatus, string> = {
  available:
    '<path d="M3.6 7.4l2.3 2.3 4.5-4.7" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/>',
  reserved: '<path d="M5.2 4.2v5.6M8.8 4.2v5.6" stroke="#fff" stroke-width="1.9" stroke-linecap="round"/>',
  // Auction: an arrow up (the price rises); tender: a sheet (sealed bids); competition: a star (proposals are scored).
  'at-auction':
    '<path d="M7 10.6V3.8M4.1 6.5L7 3.6l2.9 2.9" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
  'at-tender':
    '<path d="M4.4 3.4h5.2v7.2H4.4zM5.9 5.8h2.2M5.9 8.1h2.2" fill="none" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>',
  'at-competition': '<path d="M7 2.9l1.2 2.5 2.7.4-2 1.9.5 2.7L7 9.1l-2.4 1.3.5-2.7-2-1.9 2.7-.4z" fill="#fff"/>',
  'under-negotiation':
    '<g fill="#fff"><circle cx="3.9" cy="7" r="1.2"/><circle cx="7" cy="7" r="1.2"/><circle cx="10.1" cy="7" r="1.2"/></g>',
  closed: '<path d="M4.6 4.6l4.8 4.8M9.4 4.6l-4.8 4.8" stroke="#fff" stroke-width="1.9" stroke-linecap="round"/>',
};

/** The shape of a kind inside a 32 × 32 box, centred on (14, 17). */
function shapeElement(kind: OfferKind, attrs: string): string {
  switch (KIND_SHAPES[kind]) {
    case 'square':
      return `<rect x="4" y="7" width="20" height="20" rx="3" ${attrs}/>`;
    case 'circle':
      return `<circle cx="14" cy="17" r="11" ${attrs}/>`;
    case 'diamond':
      return `<path d="M14 3.5L27.5 17L14 30.5L0.5 17Z" ${attrs}/>`;
  }
}

/** Where the offer's point sits in the 32 × 32 marker box. */
export const MARKER_ANCHOR: [number, number] = [14, 17];
export const MARKER_BOX = 32;

const svgOpen = (viewBox: string, size: number, extra = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${size}" height="${size}" aria-hidden="true" focusable="false"${extra}>`;

/** The status badge (coloured disc + glyph) as SVG children in a 14 × 14 box. */
export function statusBadgeElements(status: OfferStatus): string {
  return `<circle cx="7" cy="7" r="6.3" fill="${STATUS_COLOURS[status]}" stroke="#fff" stroke-width="1.4"/>${STATUS_GLYPHS[status]}`;
}

/** The marker's SVG children in the 32 × 32 box: kind shape with the status badge top right. */
export function markerElements(kind: OfferKind, status: OfferStatus): string {
  const faded = status === 'closed' ? ' opacity="0.6"' : '';
  return (
    `<g${faded}>${shapeElement(kind, `fill="${KIND_COLOURS[kind]}" stroke="#fff" stroke-width="2"`)}</g>` +
    `<g transform="translate(18 0)">${statusBadgeElements(status)}</g>`
  );
}

/** A whole marker as an inline SVG. */
export function markerSvg(kind: OfferKind, status: OfferStatus, size = MARKER_BOX): string {
  return `${svgOpen(`0 0 ${MARKER_BOX} ${MARKER_BOX}`, size, ' class="marker-svg"')}${markerElements(kind, status)}</svg>`;
}

/** The kind alone, for the legend. */
export function kindSymbolSvg(kind: OfferKind, size = 22): string {
  return `${svgOpen('0 2 28 30', size)}${shapeElement(kind, `fill="${KIND_COLOURS[kind]}" stroke="#fff" stroke-width="2"`)}</svg>`;
}

/** The status badge alone, for the legend. */
export function statusSymbolSvg(status: OfferStatus, size = 18): string {
  return `${svgOpen('0 0 14 14', size)}${statusBadgeElements(status)}</svg>`;
}

export type HubType = 'airport' | 'city';

/** A hub (airport or city) as SVG children in a 20 × 20 box centred on (10, 10). */
export function hubElements(type: HubType): string {
  if (type === 'airport') {
    return `<rect x="1.5" y="1.5" width="17" height="17" rx="4" fill="${MAP_COLOURS.ink}" stroke="#fff" stroke-width="1.5"/><path d="M10 4.5v11M4.8 10.6L10 8.4l5.2 2.2M7.6 15.2h4.8" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/>`;
  }
  return `<rect x="3" y="3" width="14" height="14" fill="${MAP_COLOURS.ink}" stroke="#fff" stroke-width="1.5"/><rect x="7.5" y="7.5" width="5" height="5" fill="#fff"/>`;
}

export function hubSvg(type: HubType, size = 20): string {
  return `${svgOpen('0 0 20 20', size)}${hubElements(type)}</svg>`;
}

/** The classes Leaflet's divIcon gets; CSS may use them, meaning never depends on them. */
export function markerClassName(kind: OfferKind, status: OfferStatus): string {
  return `map-marker map-marker--${kind} map-marker--${status}`;
}
