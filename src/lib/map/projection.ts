// Pure geometry for static maps: Web Mercator (the projection Leaflet uses, so a thumbnail and
// the interactive map agree), fitting a box into a picture, simplifying and clipping rings.

/** [x, y] in picture pixels, y downwards. */
export type Xy = [number, number];
/** [lon, lat] in degrees, GeoJSON order. */
export type LonLat = readonly [number, number];

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const RAD = Math.PI / 180;

/** Web Mercator on a unit square: x 0..1 west→east, y 0..1 north→south. */
export function mercator(lon: number, lat: number): Xy {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  const s = Math.sin(clamped * RAD);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Inverse of `mercator`. */
export function inverseMercator(x: number, y: number): [lon: number, lat: number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/** The smallest box holding all points ([lon, lat]). */
export function bboxOf(points: readonly LonLat[]): BBox {
  if (!points.length) throw new Error('bboxOf needs at least one point');
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return { west, south, east, north };
}

/** A projector from degrees to picture pixels, and back. */
export interface Projector {
  width: number;
  height: number;
  /** Pixels per unit of the Mercator square. */
  scale: number;
  project(lon: number, lat: number): Xy;
  unproject(x: number, y: number): [lon: number, lat: number];
  /** The degrees the whole picture covers. */
  bounds: BBox;
}

/**
 * Fits `box` into a width × height picture with `padding` pixels on every side, centred,
 * keeping the Mercator aspect. A box smaller than `minSpanKm` across is grown around its centre.
 */
export function fitProjector(box: BBox, width: number, height: number, padding = 0, minSpanKm = 0): Projector {
  let { west, south, east, north } = box;
  if (minSpanKm > 0) {
    const midLat = (south + north) / 2;
    const kmPerDegLat = 111.2;
    const kmPerDegLon = 111.32 * Math.cos(midLat * RAD);
    const halfLat = Math.max((north - south) / 2, minSpanKm / 2 / kmPerDegLat);
    const halfLon = Math.max((east - west) / 2, minSpanKm / 2 / kmPerDegLon);
    const cLat = (south + north) / 2;
    const cLon = (west + east) / 2;
    [west, east, south, north] = [cLon - halfLon, cLon + halfLon, cLat - halfLat, cLat + halfLat];
  }
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const innerW = Math.max(1, width - 2 * padding);
  const innerH = Math.max(1, height - 2 * padding);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const offsetX = (width - spanX * scale) / 2 - x0 * scale;
  const offsetY = (height - spanY * scale) / 2 - y0 * scale;
  const project = (lon: number, lat: number): Xy => {
    const [x, y] = mercator(lon, lat);
    return [x * scale + offsetX, y * scale + offsetY];
  };
  const unproject = (x: number, y: number) => inverseMercator((x - offsetX) / scale, (y - offsetY) / scale);
  const [bw, bn] = unproject(0, 0);
  const [be, bs] = unproject(width, height);
  return { width, height, scale, project, unproject, bounds: { west: bw, south: bs, east: be, north: bn } };
}

/** Squared distance from p to the segment a–b. */
function segmentDistanceSq(p: Xy, a: Xy, b: Xy): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker: drops points closer than `tolerance` to the simplified line. Keeps the ends. */
export function simplifyLine<T extends readonly [number, number]>(points: readonly T[], tolerance: number): T[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tolSq = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxSq = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(points[i] as unknown as Xy, points[first] as unknown as Xy, points[last] as unknown as Xy);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index !== -1 && maxSq > tolSq) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring. Splits it at its farthest point from the start so the two halves
 * keep the ring's shape; returns [] when the ring collapses below a triangle.
 */
export function simplifyRing<T extends readonly [number, number]>(ring: readonly T[], tolerance: number): T[] {
  const open =
    ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1]
      ? ring.slice(0, -1)
      : [...ring];
  if (open.length < 3) return [];
  let far = 0;
  let farSq = -1;
  for (let i = 1; i < open.length; i++) {
    const dx = open[i]![0] - open[0]![0];
    const dy = open[i]![1] - open[0]![1];
    if (dx * dx + dy * dy > farSq) {
      farSq = dx * dx + dy * dy;
      far = i;
    }
  }
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), open[0]!], tolerance);
  const result = [...a, ...b.slice(1, -1)];
  return result.length >= 3 ? result : [];
}

/** Sutherland–Hodgman: the part of a (closed, unrepeated) ring inside an axis-aligned rectangle. */
export function clipRing(ring: readonly Xy[], minX: number, minY: number, maxX: number, maxY: number): Xy[] {
  type Edge = { inside: (p: Xy) => boolean; cut: (a: Xy, b: Xy) => Xy };
  const atX =
    (x: number) =>
    (a: Xy, b: Xy): Xy => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Xy, b: Xy): Xy => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: Edge[] = [
    { inside: (p) => p[0] >= minX, cut: atX(minX) },
    { inside: (p) => p[0] <= maxX, cut: atX(maxX) },
    { inside: (p) => p[1] >= minY, cut: atY(minY) },
    { inside: (p) => p[1] <= maxY, cut: atY(maxY) },
  ];
  let output: Xy[] = [...ring];
  for (const edge of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cut(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cut(previous, current));
      }
    }
    if (!output.length) break;
  }
  return output;
}

/** An SVG path `d` for closed rings, rounded to `digits` decimals. */
export function ringsToPath(rings: ReadonlyArray<readonly Xy[]>, digits = 1): string {
  const f = (n: number) => String(Number(n.toFixed(digits)));
  return rings
    .filter((r) => r.length >= 3)
    .map((r) => `M${r.map(([x, y]) => `${f(x)} ${f(y)}`).join('L')}Z`)
    .join('');
}
