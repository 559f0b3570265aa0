// A small static location map of one offer, as SVG text: no script, no tiles, built once per build.
// It shows the offline vector base (land, Lake Balkhash, Kazakhstan's outline in an inset),
// settlements, the offer's point (and boundary) and the nearest town with the straight-line distance.
import type { OfferKind, OfferStatus } from '../../schemas/offer.ts';
import { markerElements, MARKER_ANCHOR } from './markerStyle.ts';
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

function label(
  x: number,
  y: number,
  text: string,
  width: number,
  opts: { bold?: boolean; italic?: boolean; size?: number; avoid?: Xy } = {},
): string {
  const size = opts.size ?? 10;
  const estimated = text.length * size * 0.56;
  let anchor: 'start' | 'end' = x + 6 + estimated > width - 4 ? 'end' : 'start';
  if (opts.avoid) {
    const [ax, ay] = opts.avoid;
    const sideX = anchor === 'start' ? x + 6 : x - 6 - estimated;
    const overlaps = Math.abs(ay - y) < 16 && ax + 14 > sideX && ax - 14 < sideX + estimated;
    if (overlaps && (anchor === 'start' ? x - 6 - estimated > 4 : x + 6 + estimated < width - 4))
      anchor = anchor === 'start' ? 'end' : 'start';
  }
  const tx = anchor === 'start' ? x + 6 : x - 6;
  return `<text x="${r1(tx)}" y="${r1(y + size * 0.35)}" text-anchor="${anchor}" font-size="${size}"${opts.bold ? ' font-weight="700"' : ''}${opts.italic ? ' font-style="italic"' : ''} paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round" fill="${THUMBNAIL_COLOURS.text}">${esc(text)}</text>`;
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

  for (const place of input.places) {
    if (place.name === input.town.name) continue;
    const xy = p.project(place.lon, place.lat);
    if (!inView(xy, 8)) continue;
    const type = place.type ?? 'settlement';
    if (type === 'settlement')
      parts.push(`<circle cx="${r1(xy[0])}" cy="${r1(xy[1])}" r="2.5" fill="${c.muted}" stroke="#fff" stroke-width="1"/>`);
    else if (type === 'airport')
      parts.push(
        `<rect x="${r1(xy[0] - 2.5)}" y="${r1(xy[1] - 2.5)}" width="5" height="5" fill="${c.text}" stroke="#fff" stroke-width="1"/>`,
      );
    else
      parts.push(
        `<circle cx="${r1(xy[0])}" cy="${r1(xy[1])}" r="2" fill="none" stroke="${type === 'water' ? c.shore : c.muted}" stroke-width="1.2"/>`,
      );
    parts.push(label(xy[0], xy[1], place.name, width, { size: 9, avoid: point, italic: type === 'water' || type === 'other' }));
  }

  // Straight line to the nearest town; its length goes on the line, or beside the name when the town is close.
  const gap = Math.hypot(point[0] - town[0], point[1] - town[1]);
  let townText = input.town.name;
  if (gap >= 70) {
    parts.push(
      `<path d="M${r1(point[0])} ${r1(point[1])}L${r1(town[0])} ${r1(town[1])}" stroke="${c.line}" stroke-width="1.2" stroke-dasharray="4 3" fill="none"/>`,
    );
    const mx = (point[0] + town[0]) / 2;
    const my = (point[1] + town[1]) / 2;
    parts.push(
      `<text x="${r1(mx)}" y="${r1(my - 4)}" text-anchor="middle" font-size="10" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round" fill="${c.text}">${esc(input.town.distanceLabel)}</text>`,
    );
  } else if (input.town.distanceLabel) {
    if (gap >= 14)
      parts.push(
        `<path d="M${r1(point[0])} ${r1(point[1])}L${r1(town[0])} ${r1(town[1])}" stroke="${c.line}" stroke-width="1.2" stroke-dasharray="3 2" fill="none"/>`,
      );
    townText = `${input.town.name} · ${input.town.distanceLabel}`;
  }
  parts.push(`<circle cx="${r1(town[0])}" cy="${r1(town[1])}" r="4" fill="${c.text}" stroke="#fff" stroke-width="1.5"/>`);
  parts.push(label(town[0], town[1], townText, width, { bold: true, size: 11, avoid: point }));

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
  const insetW = 66;
  const insetH = 40;
  const countryPts = input.country.flatMap((poly) => poly[0] ?? []);
  if (countryPts.length) {
    const ip = fitProjector(bboxOf(countryPts), insetW, insetH, 3);
    const outline = ringsToPath(input.country.flatMap((poly) => projectRings(poly.slice(0, 1), ip, 0.6, 0)));
    const [ix, iy] = ip.project(input.point.lon, input.point.lat);
    parts.push(
      `<g transform="translate(6 6)"><rect width="${insetW}" height="${insetH}" rx="3" fill="#fff" fill-opacity="0.92" stroke="${c.border}" stroke-width="0.8"/>` +
        `<path d="${outline}" fill="${c.land}" stroke="${c.muted}" stroke-width="0.7"/>` +
        `<circle cx="${r1(ix)}" cy="${r1(iy)}" r="2.6" fill="#a4262c" stroke="#fff" stroke-width="0.8"/></g>`,
    );
  }

  // Scale bar and credit.
  const bar = scaleBar(p, input.point.lat);
  const bx = width - 8 - bar.px;
  const by = height - 10;
  parts.push(
    `<g fill="none" stroke="${c.text}" stroke-width="1.2"><path d="M${r1(bx)} ${by - 4}V${by}H${r1(bx + bar.px)}V${by - 4}"/></g>` +
      `<text x="${r1(bx + bar.px / 2)}" y="${by - 5}" text-anchor="middle" font-size="9" fill="${c.text}">${esc(input.scaleLabel?.(bar.km) ?? `${bar.km} km`)}</text>`,
  );
  parts.push(`<text x="4" y="${height - 4}" font-size="7" fill="${c.muted}">${esc(input.credit)}</text>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif">` +
    `<title id="t">${esc(input.title)}</title><desc id="d">${esc(input.description)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
