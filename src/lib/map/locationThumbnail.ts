// A small static location map of one offer, as SVG text: no script, no tiles, built once per build.
// It shows the offline vector base (land, Lake Balkhash, Kazakhstan's outline in an inset),
// settlements, the offer's point (and boundary) and the nearest town with the straight-line distance.
import type { OfferKind, OfferStatus } from '../../schemas/offer.ts';
import { markerElements, MARKER_ANCHOR } from './markerStyle.ts';
import { type Box, coveredArea, type LabelPlacement, placeLabel } from './placeLabel.ts';
import { MAP_COLOURS } from '../../styles/palette.ts';
import { bboxOf, clipRing, fitProjector, ringsToPath, simplifyRing, type LonLat, type Projector, type Xy } from './projection.ts';

export const THUMBNAIL_WIDTH = 320;
export const THUMBNAIL_HEIGHT = 180;

export const THUMBNAIL_COLOURS = { ...MAP_COLOURS, text: MAP_COLOURS.ink, line: MAP_COLOURS.ink };

export interface ThumbnailPlace {
  name: string;
  lat: number;
  lon: number;
  /** Settlements get a dot; lakes, parks and landmarks an italic label; airports a small square. */
  type?: 'settlement' | 'water' | 'airport' | 'other';
}

export interface ThumbnailInput {
  /** Accessible title, e.g. "Location of Glamping plot near Shaitankol". */
  title: string;
  /** Longer description for <desc>. */
  description: string;
  kind: OfferKind;
  status: OfferStatus;
  point: { lat: number; lon: number };
  /** [lat, lon] vertices, content order. */
  boundary?: ReadonlyArray<readonly [number, number]>;
  /** The nearest settlement, with the distance already computed and formatted. */
  town: ThumbnailPlace & { distanceLabel: string };
  /** Other settlements drawn for context when they fall inside the picture. */
  places: readonly ThumbnailPlace[];
  /** [lon, lat] rings of the lake, at full resolution (simplified here in pixels). */
  lake: ReadonlyArray<ReadonlyArray<LonLat>>;
  /** Kazakhstan's outline: polygons → rings → [lon, lat]. */
  country: ReadonlyArray<ReadonlyArray<ReadonlyArray<LonLat>>>;
  /** Short credit line printed in the picture. */
  credit: string;
  /** The scale bar's length as words, e.g. "5 km", "0,5 км" (default: English). */
  scaleLabel?: (km: number) => string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => String(Math.round(n * 10) / 10);

/** Projects, clips to the picture (with a margin) and simplifies in pixel space. */
export function projectRings(rings: ReadonlyArray<ReadonlyArray<LonLat>>, p: Projector, tolerancePx = 0.4, margin = 4): Xy[][] {
  return rings
    .map((ring) => ring.map(([lon, lat]) => p.project(lon, lat)))
    .map((ring) => clipRing(ring, -margin, -margin, p.width + margin, p.height + margin))
    .map((ring) => simplifyRing(ring, tolerancePx))
    .filter((ring) => ring.length >= 3);
}

const KM_PER_MERCATOR_UNIT_AT_EQUATOR = 40075.017;

/** A round scale-bar length (km) no longer than `maxPx`, and its length in pixels. */
export function scaleBar(p: Projector, lat: number, maxPx = 72): { km: number; px: number } {
  const pxPerKm = p.scale / (KM_PER_MERCATOR_UNIT_AT_EQUATOR * Math.cos((lat * Math.PI) / 180));
  const steps = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
  let km = steps[0]!;
  for (const s of steps) if (s * pxPerKm <= maxPx) km = s;
  return { km, px: km * pxPerKm };
}

/** The picture frame: the point, its boundary and the town, at least 10 km across. */
export function thumbnailProjector(
  input: Pick<ThumbnailInput, 'point' | 'boundary' | 'town'>,
  width = THUMBNAIL_WIDTH,
  height = THUMBNAIL_HEIGHT,
): Projector {
  const pts: LonLat[] = [
    [input.point.lon, input.point.lat],
    [input.town.lon, input.town.lat],
    ...(input.boundary ?? []).map(([lat, lon]) => [lon, lat] as LonLat),
  ];
  return fitProjector(bboxOf(pts), width, height, 30, 10);
}

/**
 * How wide a name is likely to be, in pixels. The picture is drawn before any font is known (the reader's own
 * sans-serif draws it), so this errs wide: 0.75 em a capital and 0.6 em any other letter, 7 % more in bold.
 * In Chromium with DejaVu Sans, a wide font, the names measured (Latin and Cyrillic) came out 83–105 % of this;
 * tests/browser/map.test.ts measures every name of every built thumbnail.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const letter of text) em += letter === letter.toLowerCase() ? 0.6 : 0.75;
  return em * size * (bold ? 1.07 : 1);
}

/** The label's height: the letters and the white halo drawn round them. */
const lineHeight = (size: number) => size * 1.25;

/** Space around the picture's edge that no name may enter. */
const EDGE = 3;

/** Boxes that hold names out of the picture's edges. */
function frameGuards(width: number, height: number): Box[] {
  const far = 1000;
  return [
    { left: -far, top: -far, right: EDGE, bottom: height + far },
    { left: width - EDGE, top: -far, right: width + far, bottom: height + far },
    { left: -far, top: -far, right: width + far, bottom: EDGE },
    { left: -far, top: height - EDGE, right: width + far, bottom: height + far },
  ];
}

/** A square box of half-side `r` round a point. */
const around = ([x, y]: Xy, r: number): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });

/** Small boxes along a straight line (its ends left out), so that no name is written across it. */
function lineBoxes([x1, y1]: Xy, [x2, y2]: Xy, skipEnds: number): Box[] {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const boxes: Box[] = [];
  for (let d = skipEnds; d <= length - skipEnds; d += 4) {
    const x = x1 + ((x2 - x1) * d) / length;
    const y = y1 + ((y2 - y1) * d) / length;
    boxes.push(around([x, y], 2));
  }
  return boxes;
}

interface LabelStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** The <text> of a placed name: anchored on the side of its dot, so a font narrower or wider than guessed keeps it there. */
function labelText(text: string, placement: LabelPlacement, style: LabelStyle): string {
  const { box, side } = placement;
  const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
  const x = side === 'right' ? box.left : side === 'left' ? box.right : (box.left + box.right) / 2;
  const baseline = (box.top + box.bottom) / 2 + style.size * 0.35;
  return `<text x="${r1(x)}" y="${r1(baseline)}" text-anchor="${anchor}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''}${style.italic ? ' font-style="italic"' : ''} paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round" fill="${THUMBNAIL_COLOURS.text}">${esc(text)}</text>`;
}

/** The inset's size, and the corners it may take: top left, or top right when the offer or its town is under it. */
export const INSET = { width: 66, height: 40, margin: 6 } as const;

function insetBox(left: number): Box {
  return { left, top: INSET.margin, right: left + INSET.width, bottom: INSET.margin + INSET.height };
}

/** The SVG document. */
export function locationThumbnailSvg(input: ThumbnailInput, width = THUMBNAIL_WIDTH, height = THUMBNAIL_HEIGHT): string {
  const c = THUMBNAIL_COLOURS;
  const p = thumbnailProjector(input, width, height);
  const inView = ([x, y]: Xy, m = 0) => x >= m && x <= width - m && y >= m && y <= height - m;
  const parts: string[] = [];

  parts.push(`<rect width="${width}" height="${height}" fill="${c.outside}"/>`);
  const land = input.country.map((poly) => projectRings(poly, p));
  const landPath = ringsToPath(land.flat());
  if (landPath)
    parts.push(`<path d="${landPath}" fill="${c.land}" fill-rule="evenodd" stroke="${c.border}" stroke-width="1" stroke-dasharray="4 2"/>`);
  const lakePath = ringsToPath(projectRings(input.lake, p));
  if (lakePath) parts.push(`<path d="${lakePath}" fill="${c.water}" fill-rule="evenodd" stroke="${c.shore}" stroke-width="0.8"/>`);

  const point = p.project(input.point.lon, input.point.lat);
  const town = p.project(input.town.lon, input.town.lat);
  const bar = scaleBar(p, input.point.lat);
  const scaleText = input.scaleLabel?.(bar.km) ?? `${bar.km} km`;

  // Names are placed one at a time, most important first, each clear of everything drawn or named before it:
  // the town's name, then other places by kind. A place whose name finds no clear spot is left out, dot and
  // all: a dot without a name tells the reader nothing, and names on top of each other cannot be read.
  const taken: Box[] = [...frameGuards(width, height)];
  // The marker as drawn (0.8 × its 28 px): the shape 8 px round the point, the status badge up to 14 px right and above.
  const markerBox: Box = { left: point[0] - 9, top: point[1] - 15, right: point[0] + 15, bottom: point[1] + 9 };
  const townDot = around(town, 5);

  // Straight line to the nearest town; its length goes on the line, or beside the name when the town is close.
  const gap = Math.hypot(point[0] - town[0], point[1] - town[1]);
  const lineParts: string[] = [];
  const line: Box[] = [];
  let townText = input.town.name;
  if (gap >= 70) {
    lineParts.push(
      `<path d="M${r1(point[0])} ${r1(point[1])}L${r1(town[0])} ${r1(town[1])}" stroke="${c.line}" stroke-width="1.2" stroke-dasharray="4 3" fill="none"/>`,
    );
    line.push(...lineBoxes(point, town, 8));
    const mx = (point[0] + town[0]) / 2;
    const my = (point[1] + town[1]) / 2;
    const half = textWidth(input.town.distanceLabel, 10) / 2;
    taken.push({ left: mx - half, top: my - 14, right: mx + half, bottom: my - 1 });
    lineParts.push(
      `<text x="${r1(mx)}" y="${r1(my - 4)}" text-anchor="middle" font-size="10" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round" fill="${c.text}">${esc(input.town.distanceLabel)}</text>`,
    );
  } else if (input.town.distanceLabel) {
    if (gap >= 14) {
      lineParts.push(
        `<path d="M${r1(point[0])} ${r1(point[1])}L${r1(town[0])} ${r1(town[1])}" stroke="${c.line}" stroke-width="1.2" stroke-dasharray="3 2" fill="none"/>`,
      );
      line.push(...lineBoxes(point, town, 6));
    }
    townText = `${input.town.name} · ${input.town.distanceLabel}`;
  }

  // The inset goes top left, or top right when that covers less of the offer, its town and the line between.
  const mustShow = [markerBox, townDot, ...line];
  const hides = (box: Box) => coveredArea(box, mustShow);
  const insetLeft = insetBox(INSET.margin);
  const insetRight = insetBox(width - INSET.margin - INSET.width);
  const inset = hides(insetRight) < hides(insetLeft) ? insetRight : insetLeft;

  // The scale bar goes bottom right, or bottom left above the credit line when that hides less.
  const scaleHalf = Math.max(bar.px, textWidth(scaleText, 9)) / 2;
  const scaleAt = (bx: number, by: number) => ({
    bx,
    by,
    box: { left: bx + bar.px / 2 - scaleHalf - 2, top: by - 15, right: bx + bar.px / 2 + scaleHalf + 2, bottom: by + 2 },
  });
  const scaleRight = scaleAt(width - 8 - bar.px, height - 10);
  const scaleLeft = scaleAt(Math.max(8, scaleHalf - bar.px / 2 + 4), height - 18);
  const { bx, by, box: scaleBox } = hides(scaleLeft.box) < hides(scaleRight.box) ? scaleLeft : scaleRight;
  const scaleMiddle = bx + bar.px / 2;
  taken.push(markerBox, townDot, inset, scaleBox, { left: 0, top: height - 12, right: 4 + textWidth(input.credit, 7), bottom: height });

  const townStyle: LabelStyle = { size: 11, bold: true };
  const townSize = { width: textWidth(townText, townStyle.size, true), height: lineHeight(townStyle.size) };
  const span = { left: EDGE, right: width - EDGE };
  const townLabel = placeLabel({ x: town[0], y: town[1] }, townSize, [...taken, ...line], [7, 14], span);
  taken.push(townLabel.box);

  const kindOrder: Record<NonNullable<ThumbnailPlace['type']>, number> = { settlement: 0, water: 1, other: 2, airport: 3 };
  const others = input.places
    .filter((place) => place.name !== input.town.name)
    .map((place) => ({ place, type: place.type ?? 'settlement', xy: p.project(place.lon, place.lat) }))
    .filter(({ xy }) => inView(xy, 8))
    .sort((a, b) => kindOrder[a.type] - kindOrder[b.type]);
  const placeParts: string[] = [];
  for (const { place, type, xy } of others) {
    const symbol = around(xy, 3.5);
    if (coveredArea(symbol, taken) > 0) continue;
    const style: LabelStyle = { size: 9, italic: type === 'water' || type === 'other' };
    const size = { width: textWidth(place.name, style.size), height: lineHeight(style.size) };
    const placement = placeLabel({ x: xy[0], y: xy[1] }, size, [...taken, ...line], [5, 10], span);
    if (placement.covered > 0) continue;
    taken.push(symbol, placement.box);
    if (type === 'settlement')
      placeParts.push(`<circle cx="${r1(xy[0])}" cy="${r1(xy[1])}" r="2.5" fill="${c.muted}" stroke="#fff" stroke-width="1"/>`);
    else if (type === 'airport')
      placeParts.push(
        `<rect x="${r1(xy[0] - 2.5)}" y="${r1(xy[1] - 2.5)}" width="5" height="5" fill="${c.text}" stroke="#fff" stroke-width="1"/>`,
      );
    else
      placeParts.push(
        `<circle cx="${r1(xy[0])}" cy="${r1(xy[1])}" r="2" fill="none" stroke="${type === 'water' ? c.shore : c.muted}" stroke-width="1.2"/>`,
      );
    placeParts.push(labelText(place.name, placement, style));
  }

  parts.push(...lineParts, ...placeParts);
  parts.push(`<circle cx="${r1(town[0])}" cy="${r1(town[1])}" r="4" fill="${c.text}" stroke="#fff" stroke-width="1.5"/>`);
  parts.push(labelText(townText, townLabel, townStyle));

  if (input.boundary && input.boundary.length >= 3) {
    const ring = input.boundary.map(([lat, lon]) => p.project(lon, lat));
    const d = ringsToPath([ring]);
    if (d) parts.push(`<path d="${d}" fill="${c.line}" fill-opacity="0.12" stroke="${c.line}" stroke-width="1.2"/>`);
  }
  const [ax, ay] = MARKER_ANCHOR;
  parts.push(
    `<g transform="translate(${r1(point[0] - ax * 0.8)} ${r1(point[1] - ay * 0.8)}) scale(0.8)">${markerElements(input.kind, input.status)}</g>`,
  );

  // Inset: where in Kazakhstan this is.
  const countryPts = input.country.flatMap((poly) => poly[0] ?? []);
  if (countryPts.length) {
    const ip = fitProjector(bboxOf(countryPts), INSET.width, INSET.height, 3);
    const outline = ringsToPath(input.country.flatMap((poly) => projectRings(poly.slice(0, 1), ip, 0.6, 0)));
    const [ix, iy] = ip.project(input.point.lon, input.point.lat);
    parts.push(
      `<g transform="translate(${r1(inset.left)} ${r1(inset.top)})"><rect width="${INSET.width}" height="${INSET.height}" rx="3" fill="#fff" fill-opacity="0.92" stroke="${c.border}" stroke-width="0.8"/>` +
        `<path d="${outline}" fill="${c.land}" stroke="${c.muted}" stroke-width="0.7"/>` +
        `<circle cx="${r1(ix)}" cy="${r1(iy)}" r="2.6" fill="#a4262c" stroke="#fff" stroke-width="0.8"/></g>`,
    );
  }

  // Scale bar and credit.
  parts.push(
    `<g fill="none" stroke="${c.text}" stroke-width="1.2"><path d="M${r1(bx)} ${by - 4}V${by}H${r1(bx + bar.px)}V${by - 4}"/></g>` +
      `<text x="${r1(scaleMiddle)}" y="${by - 5}" text-anchor="middle" font-size="9" fill="${c.text}">${esc(scaleText)}</text>`,
  );
  parts.push(`<text x="4" y="${height - 4}" font-size="7" fill="${c.muted}">${esc(input.credit)}</text>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif">` +
    `<title id="t">${esc(input.title)}</title><desc id="d">${esc(input.description)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
