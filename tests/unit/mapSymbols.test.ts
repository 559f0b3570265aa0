// Map symbols and label spots written out by hand: the shape of each kind, the faded closed offer, the
// legend and hub symbols, and where a settlement's name goes on each side of its dot.
import { describe, expect, it } from 'vitest';
import { hubSvg, kindSymbolSvg, markerSvg, statusSymbolSvg } from '../../src/lib/map/markerStyle.ts';
import { overlapArea, placeLabel } from '../../src/lib/map/placeLabel.ts';
import { KIND_COLOURS, MAP_COLOURS } from '../../src/styles/palette.ts';

const OPEN = '<svg xmlns="http://www.w3.org/2000/svg"';
const HIDDEN = 'aria-hidden="true" focusable="false"';

describe('marker and legend symbols', () => {
  it('draws a land plot as a square, infrastructure as a circle and a large project as a diamond', () => {
    const paint = (kind: keyof typeof KIND_COLOURS) => `fill="${KIND_COLOURS[kind]}" stroke="#fff" stroke-width="2"/>`;
    expect(kindSymbolSvg('land-plot')).toBe(
      `${OPEN} viewBox="0 2 28 30" width="22" height="22" ${HIDDEN}><rect x="4" y="7" width="20" height="20" rx="3" ${paint('land-plot')}</svg>`,
    );
    expect(kindSymbolSvg('infrastructure', 16)).toBe(
      `${OPEN} viewBox="0 2 28 30" width="16" height="16" ${HIDDEN}><circle cx="14" cy="17" r="11" ${paint('infrastructure')}</svg>`,
    );
    expect(kindSymbolSvg('large-project')).toContain(`<path d="M14 3.5L27.5 17L14 30.5L0.5 17Z" ${paint('large-project')}`);
  });

  it('fades a closed offer and puts the status badge top right', () => {
    const closed = markerSvg('land-plot', 'closed', 24);
    expect(
      closed.startsWith(`${OPEN} viewBox="0 0 32 32" width="24" height="24" ${HIDDEN} class="marker-svg"><g opacity="0.6"><rect `),
    ).toBe(true);
    expect(closed).toContain('<g transform="translate(18 0)"><circle cx="7" cy="7" r="6.3" fill="');
    expect(closed.endsWith('</g></svg>')).toBe(true);
    expect(markerSvg('infrastructure', 'available')).toContain('class="marker-svg"><g><circle cx="14" cy="17" r="11"');
  });

  it('draws the legend badge in a 14 × 14 box, and the airport and city hubs differently', () => {
    expect(
      statusSymbolSvg('reserved').startsWith(`${OPEN} viewBox="0 0 14 14" width="18" height="18" ${HIDDEN}><circle cx="7" cy="7" r="6.3"`),
    ).toBe(true);
    expect(hubSvg('airport')).toBe(
      `${OPEN} viewBox="0 0 20 20" width="20" height="20" ${HIDDEN}><rect x="1.5" y="1.5" width="17" height="17" rx="4" fill="${MAP_COLOURS.ink}" stroke="#fff" stroke-width="1.5"/><path d="M10 4.5v11M4.8 10.6L10 8.4l5.2 2.2M7.6 15.2h4.8" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/></svg>`,
    );
    expect(hubSvg('city', 12)).toBe(
      `${OPEN} viewBox="0 0 20 20" width="12" height="12" ${HIDDEN}><rect x="3" y="3" width="14" height="14" fill="${MAP_COLOURS.ink}" stroke="#fff" stroke-width="1.5"/><rect x="7.5" y="7.5" width="5" height="5" fill="#fff"/></svg>`,
    );
  });
});

describe('where a name goes beside its dot', () => {
  const dot = { x: 100, y: 100 };
  const name = { width: 40, height: 10 };
  // Boxes a label 40 × 10 takes 8 px from a dot at (100, 100).
  const right = { left: 108, top: 95, right: 148, bottom: 105 };
  const left = { left: 52, top: 95, right: 92, bottom: 105 };
  const above = { left: 80, top: 82, right: 120, bottom: 92 };
  const below = { left: 80, top: 108, right: 120, bottom: 118 };

  it('tries right, left, above, then below', () => {
    expect(placeLabel(dot, name, [])).toEqual({ side: 'right', box: right, covered: 0 });
    expect(placeLabel(dot, name, [right])).toEqual({ side: 'left', box: left, covered: 0 });
    expect(placeLabel(dot, name, [right, left])).toEqual({ side: 'above', box: above, covered: 0 });
    expect(placeLabel(dot, name, [right, left, above])).toEqual({ side: 'below', box: below, covered: 0 });
  });

  it('moves 26 px out when all four close spots are taken, to the first side clear there', () => {
    // 26 px out, the right and left boxes still reach the close obstacles; above is clear.
    expect(placeLabel(dot, name, [right, left, above, below])).toEqual({
      side: 'above',
      box: { left: 80, top: 64, right: 120, bottom: 74 },
      covered: 0,
    });
  });

  it('counts boxes that only touch as not overlapping', () => {
    expect(overlapArea({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(0);
    expect(overlapArea({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 0, top: 10, right: 10, bottom: 20 })).toBe(0);
    expect(overlapArea({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 5, top: 8, right: 20, bottom: 20 })).toBe(10);
  });
});
