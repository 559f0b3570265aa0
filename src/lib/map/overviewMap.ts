// The overview map the catalog and area pages draw at build time: the base layer, the lake,
// settlements, and one count per cluster of offers. Pure: the page renders it as inline SVG whose
// clusters are links, so the first view needs no Leaflet and grows by one circle per cluster, not per offer.
import { bboxOf, fitProjector, ringsToPath, type BBox, type LonLat, type Projector } from './projection.ts';
import { projectRings } from './locationThumbnail.ts';

export const OVERVIEW_WIDTH = 440;
export const OVERVIEW_HEIGHT = 280;
/** Offers closer than this (picture pixels) share one circle. The picture is 440 wide so that on a 360 px phone a circle (34 px across) is still at least 24 CSS px, the minimum target size. */
export const CLUSTER_RADIUS_PX = 36;

export interface OverviewPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface OverviewPlace {
  name: string;
  lat: number;
  lon: number;
  major: boolean;
}

export interface OverviewCluster {
  x: number;
  y: number;
  count: number;
  /** The smallest box holding the cluster's offers, rounded outwards to 4 decimals (about 10 m). */
  box: BBox;
  /** The first offer's id: the one a single-offer circle links to. */
  firstId: string;
}

export interface OverviewMap {
  width: number;
  height: number;
  /** SVG path data of Kazakhstan's land and of the lake, in picture pixels. */
  land: string;
  lake: string;
  /** Settlement dots (x, y) and their names (tx, ty, anchor), placed clear of the circles. */
  places: Array<{ x: number; y: number; tx: number; ty: number; anchor: 'start' | 'end' | 'middle'; name: string; major: boolean }>;
  clusters: OverviewCluster[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const floor4 = (n: number) => Math.floor(n * 1e4) / 1e4;
const ceil4 = (n: number) => Math.ceil(n * 1e4) / 1e4;

/**
 * Greedy clustering in picture pixels, in the points' order: each point joins the first cluster whose
 * first point lies within `radius`, else starts one. Deterministic, so a build always draws the same map.
 */
export function clusterPoints(
  points: readonly OverviewPoint[],
  p: Pick<Projector, 'project'>,
  radius = CLUSTER_RADIUS_PX,
): OverviewCluster[] {
  const groups: Array<{ x0: number; y0: number; members: Array<OverviewPoint & { x: number; y: number }> }> = [];
  // A coarse grid of the seeds keeps this linear in the number of offers.
  const cell = (x: number, y: number) => `${Math.floor(x / radius)}:${Math.floor(y / radius)}`;
  const seeds = new Map<string, number[]>();
  for (const point of points) {
    const [x, y] = p.project(point.lon, point.lat);
    let found: (typeof groups)[number] | undefined;
    const cx = Math.floor(x / radius);
    const cy = Math.floor(y / radius);
    search: for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const g of seeds.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const group = groups[g]!;
          if (Math.hypot(group.x0 - x, group.y0 - y) <= radius) {
            found = group;
            break search;
          }
        }
    if (found) found.members.push({ ...point, x, y });
    else {
      const key = cell(x, y);
      seeds.set(key, [...(seeds.get(key) ?? []), groups.length]);
      groups.push({ x0: x, y0: y, members: [{ ...point, x, y }] });
    }
  }
  // Circles that would touch are merged, so no number hides behind another.
  type Member = OverviewPoint & { x: number; y: number };
  let merged: Member[][] = groups.map((g) => g.members);
  const centre = (ms: Member[]) => [ms.reduce((s, m) => s + m.x, 0) / ms.length, ms.reduce((s, m) => s + m.y, 0) / ms.length] as const;
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < merged.length; i++)
      for (let j = i + 1; j < merged.length; j++) {
        const [xi, yi] = centre(merged[i]!);
        const [xj, yj] = centre(merged[j]!);
        if (Math.hypot(xi - xj, yi - yj) < clusterRadius(merged[i]!.length) + clusterRadius(merged[j]!.length) + 4) {
          merged = merged.map((ms, k) => (k === i ? [...ms, ...merged[j]!] : ms)).filter((_, k) => k !== j);
          changed = true;
          break outer;
        }
      }
  }
  return merged.map((members) => {
    const b = bboxOf(members.map((m) => [m.lon, m.lat] as LonLat));
    const box = { west: floor4(b.west), south: floor4(b.south), east: ceil4(b.east), north: ceil4(b.north) };
    return {
      x: round(members.reduce((s, m) => s + m.x, 0) / members.length),
      y: round(members.reduce((s, m) => s + m.y, 0) / members.length),
      // The offers the list will show for this box: a neighbour's offer can fall inside it too, and the
      // circle's number must be what the reader then sees.
      count: points.filter((o) => o.lat >= box.south && o.lat <= box.north && o.lon >= box.west && o.lon <= box.east).length,
      box,
      firstId: members[0]!.id,
    };
  });
}

/** Frames the offers (or, with none, the given fallback box) and draws the base, places and clusters. */
export function overviewMap(input: {
  points: readonly OverviewPoint[];
  places: readonly OverviewPlace[];
  lake: ReadonlyArray<ReadonlyArray<LonLat>>;
  country: ReadonlyArray<ReadonlyArray<ReadonlyArray<LonLat>>>;
  fallback: BBox;
  width?: number;
  height?: number;
}): OverviewMap {
  const width = input.width ?? OVERVIEW_WIDTH;
  const height = input.height ?? OVERVIEW_HEIGHT;
  const box = input.points.length ? bboxOf(input.points.map((o) => [o.lon, o.lat] as LonLat)) : input.fallback;
  const p = fitProjector(box, width, height, 30, 30);
  // Drawn a picture's width beyond each side: a page wider than the picture's shape shows them.
  const land = ringsToPath(input.country.flatMap((poly) => projectRings(poly, p, 0.8, width)));
  const lake = ringsToPath(projectRings(input.lake, p, 0.8, width));
  const clusters = clusterPoints(input.points, p);
  const places = placeLabels(input.places, p, clusters, width, height);
  return { width, height, land, lake, places, clusters };
}

/** The circle's radius in picture pixels for a count: bigger numbers need room for their digits. */
export const clusterRadius = (count: number): number => (count < 10 ? 17 : count < 100 ? 20 : count < 1000 ? 23 : 26);

type Rect = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Settlement names beside their dots, on the first side (right, left, below, above) where they cover no
 * circle and no other name; names with no free side, and places outside the picture, are left out.
 * Major places are placed first. Widths are estimated from the letter count.
 */
export function placeLabels(
  places: readonly OverviewPlace[],
  p: Pick<Projector, 'project'>,
  clusters: readonly Pick<OverviewCluster, 'x' | 'y' | 'count'>[],
  width: number,
  height: number,
): OverviewMap['places'] {
  const taken: Rect[] = clusters.map((c) => {
    const r = clusterRadius(c.count) + 3;
    return { x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r };
  });
  const out: OverviewMap['places'] = [];
  for (const place of [...places].sort((a, b) => Number(b.major) - Number(a.major))) {
    const [x, y] = p.project(place.lon, place.lat);
    if (x < 4 || x > width - 4 || y < 4 || y > height - 4) continue;
    const size = place.major ? 14 : 12;
    const w = place.name.length * size * 0.58;
    // Beside the dot first; then, for a town under a circle, just past the circle's edge.
    const sides = [6, 32].flatMap(
      (gap): Array<{ anchor: 'start' | 'end' | 'middle'; tx: number; ty: number; rect: Rect }> => [
        {
          anchor: 'start',
          tx: x + gap,
          ty: y + size * 0.35,
          rect: { x0: x + gap - 2, y0: y - size * 0.7, x1: x + gap + 2 + w, y1: y + size * 0.5 },
        },
        {
          anchor: 'end',
          tx: x - gap,
          ty: y + size * 0.35,
          rect: { x0: x - gap - 2 - w, y0: y - size * 0.7, x1: x - gap + 2, y1: y + size * 0.5 },
        },
        {
          anchor: 'middle',
          tx: x,
          ty: y + size + gap - 2,
          rect: { x0: x - w / 2, y0: y + gap - 2, x1: x + w / 2, y1: y + size + gap + 1 },
        },
        { anchor: 'middle', tx: x, ty: y - gap - 1, rect: { x0: x - w / 2, y0: y - size - gap - 2, x1: x + w / 2, y1: y - gap + 2 } },
      ],
    );
    const inside = (r: Rect) => r.x0 >= 2 && r.x1 <= width - 2 && r.y0 >= 2 && r.y1 <= height - 2;
    const side = sides.find((s) => inside(s.rect) && !taken.some((t) => overlaps(t, s.rect)));
    const dot: Rect = { x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 };
    if (!side) continue;
    taken.push(side.rect, dot);
    out.push({
      x: round(x),
      y: round(y),
      tx: round(side.tx),
      ty: round(side.ty),
      anchor: side.anchor,
      name: place.name,
      major: place.major,
    });
  }
  return out;
}

/** `west,south,east,north`, as the catalog URL's `box` parameter carries it. */
export const boxParam = (box: BBox): string => [box.west, box.south, box.east, box.north].join(',');
