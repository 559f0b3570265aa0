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

/** The best spot for a label of the given size beside a point, avoiding the obstacles. */
export function placeLabel(
  point: { x: number; y: number },
  size: { width: number; height: number },
  obstacles: readonly Box[],
  gaps: readonly number[] = LABEL_GAPS,
): LabelPlacement {
  let best: LabelPlacement | undefined;
  for (const gap of gaps) {
    for (const side of SIDES) {
      const box = boxAt(side, point.x, point.y, size.width, size.height, gap);
      const covered = obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
      if (covered === 0) return { side, box, covered };
      if (!best || covered < best.covered) best = { side, box, covered };
    }
  }
  return best!;
}
