// The colours TypeScript draws with (map markers, Leaflet's vector base, the SVG thumbnails), defined
// once. tokens.css declares those that stylesheets use as CSS variables (see cssVariables()), and
// tests/unit/mapMarkers.test.ts fails if a value there differs from the one here.
// Type-only import: this module runs in the browser and must not pull zod in.
import type { OfferKind, OfferStatus } from '../schemas/offer.ts';

/** Fill of each kind's marker shape and the accent of its cards: --kind-*. */
export const KIND_COLOURS: Record<OfferKind, string> = {
  'land-plot': '#8a5a00',
  infrastructure: '#0b5c7a',
  'large-project': '#5b3f8c',
};

/** Each status's badge on markers and cards: --status-*. */
export const STATUS_COLOURS: Record<OfferStatus, string> = {
  available: '#1e6b34',
  reserved: '#6b4e00',
  // Auction, tender and competition are different procedures, so each has its own colour and glyph.
  'at-auction': '#0b5c7a',
  'at-tender': '#0a5a52',
  'at-competition': '#8a3a12',
  'under-negotiation': '#5b3f8c',
  closed: '#5a5f66',
};

/** The offline base map, the same on Leaflet maps and static thumbnails. Stylesheets use some of them (MAP_CSS_VARIABLES). */
export const MAP_COLOURS = {
  /** Outside Kazakhstan, and the frame before a map loads. */
  outside: '#e4e4df',
  land: '#f3efe4',
  water: '#a9cfe0',
  shore: '#5d94ad',
  border: '#8a8f96',
  /** Labels, plot outlines, hub lines and symbols. */
  ink: '#1c2430',
  /** Secondary labels (villages, landmarks). */
  muted: '#4d5866',
} as const;

/**
 * The tokens.css variable of each map colour a stylesheet uses. Only those get one: every token is
 * inlined into every page, and water, shore and border are drawn by scripts alone.
 */
export const MAP_CSS_VARIABLES: Partial<Record<keyof typeof MAP_COLOURS, string>> = {
  outside: '--map-outside',
  land: '--map-land',
  ink: '--color-text',
  muted: '--color-muted',
};

/** Every palette colour a stylesheet uses, with the CSS variable tokens.css must declare for it. */
export function cssVariables(): Array<[variable: string, colour: string]> {
  const map = Object.entries(MAP_CSS_VARIABLES).map(
    ([key, variable]) => [variable, MAP_COLOURS[key as keyof typeof MAP_COLOURS]] as [string, string],
  );
  return [
    ...Object.entries(KIND_COLOURS).map(([k, c]) => [`--kind-${k}`, c] as [string, string]),
    ...Object.entries(STATUS_COLOURS).map(([s, c]) => [`--status-${s}`, c] as [string, string]),
    ...map,
  ];
}
