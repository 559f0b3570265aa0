// Where to write a settlement's name so that no marker or cluster hides it. Offers gather around the
// towns, so a cluster badge often sits right on Karkaraly or Balkhash. The name tries the right of its
// dot first (as maps usually write it), then the left, above and below, close and then a little farther;
// it takes the first spot that touches no obstacle, or the one that is covered least.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface LabelPlacement {
  side: LabelSide;
  /** Where the label box goes, in the same coordinates as the point and obstacles. */
  box: Box;
  /** Pixels of the label hidden by obstacles (0 when it is clear). */
  covered: number;
}

/** Gaps between the dot and the name, in pixels, tried in this order. */
export const LABEL_GAPS = [8, 26] as const;

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

function boxAt(side: LabelSide, x: number, y: number, width: number, height: number, gap: number): Box {
  const left = side === 'right' ? x + gap : side === 'left' ? x - gap - width : x - width / 2;
  const top = side === 'above' ? y - gap - height : side === 'below' ? y + gap : y - height / 2;
  return { left, top, right: left + width, bottom: top + height };
}

/** Area two boxes share. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `box` that the obstacles cover, overlaps counted once per obstacle. */
export function coveredArea(box: Box, obstacles: readonly Box[]): number {
  return obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
}

/** A label above or below its point slid sideways, as little as needed, to stay between `left` and `right`. */
function slideInside(box: Box, side: LabelSide, span: { left: number; right: number } | undefined): Box {
  if (!span || side === 'right' || side === 'left') return box;
  const shift = box.left < span.left ? span.left - box.left : box.right > span.right ? span.right - box.right : 0;
  return { ...box, left: box.left + shift, right: box.right + shift };
}

/**
 * The best spot for a label of the given size beside a point, avoiding the obstacles. With `span`, a label
 * above or below its point slides sideways to stay within it (a name near a picture's edge), instead of being
 * cut by the edge.
 */
export function placeLabel(
  point: { x: number; y: number },
  size: { width: number; height: number },
  obstacles: readonly Box[],
  gaps: readonly number[] = LABEL_GAPS,
  span?: { left: number; right: number },
): LabelPlacement {
  let best: LabelPlacement | undefined;
  for (const gap of gaps) {
    for (const side of SIDES) {
      const box = slideInside(boxAt(side, point.x, point.y, size.width, size.height, gap), side, span);
      const covered = coveredArea(box, obstacles);
      if (covered === 0) return { side, box, covered };
      if (!best || covered < best.covered) best = { side, box, covered };
    }
  }
  return best!;
}
