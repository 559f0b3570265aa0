// The static location thumbnail drawn from a small hand-made fixture, with every coordinate worked
// out by hand (not by the code under test), so a shifted marker, a lost lake or a label on top of
// the offer's point fails here.
//
// The frame: the offer at 75.5° E 49° N, the town at 75.0° E 49° N. Their box (0.5° of longitude,
// no height) is grown to the 10 km minimum in latitude: ± 5 / 111.2 = ± 0.044964°. The picture is
// 320 × 180 with 30 px padding, so 260 × 120 px inside. Across: 0.5° = 0.5 / 360 of the Mercator
// square; down: y(φ) = 0.5 − ln(tan(45° + φ/2)) / 2π gives y(48.955036) − y(49.044964) = 0.00038076.
// 260 / (0.5 / 360) = 187 200 px per unit < 120 / 0.00038076 = 315 160, so the width decides:
//   x(lon) = 30 + (lon − 75) × 520   (187 200 / 360 = 520 px per degree of longitude)
//   y(49°) = 90.016 (half the height, plus 0.016 px because Mercator stretches towards the pole)
//   y(49.01°) = 82.089, y(48.99°) = 97.941, y(49.02°) = 74.161, y(48.98°) = 105.865, y(49.03°) = 66.231
import { describe, expect, it } from 'vitest';
import {
  locationThumbnailSvg,
  projectRings,
  scaleBar,
  type ThumbnailInput,
  thumbnailProjector,
} from '../../src/lib/map/locationThumbnail.ts';
import type { Projector } from '../../src/lib/map/projection.ts';

const INK = '#1c2430';
const MUTED = '#4d5866';
const WATER = '#a9cfe0';
const SHORE = '#5d94ad';

/** Kazakhstan's stand-in: one rectangle 70–80° E, 45–52° N, which covers the whole picture. */
const COUNTRY: ThumbnailInput['country'] = [
  [
    [
      [70, 45],
      [80, 45],
      [80, 52],
      [70, 52],
      [70, 45],
    ],
  ],
];

/** A lake 74.9–75.2° E, 48.99–49.01° N: its west end lies outside the picture and is cut 4 px beyond the edge. */
const LAKE: ThumbnailInput['lake'] = [
  [
    [74.9, 48.99],
    [75.2, 48.99],
    [75.2, 49.01],
    [74.9, 49.01],
    [74.9, 48.99],
  ],
];

function input(overrides: Partial<ThumbnailInput> = {}): ThumbnailInput {
  return {
    title: 'Location of "Lakeside" plot',
    description: 'Map: 37 km from Karkaraly',
    kind: 'land-plot',
    status: 'available',
    point: { lat: 49, lon: 75.5 },
    town: { name: 'Karkaraly', lat: 49, lon: 75, distanceLabel: '37 km' },
    places: [],
    lake: LAKE,
    country: COUNTRY,
    credit: 'Fixture & <test> data',
    ...overrides,
  };
}

const textsOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[0]);
const textWith = (svg: string, content: string) => textsOf(svg).find((t) => t.endsWith(`>${content}</text>`));

describe('the frame of a location thumbnail', () => {
  it('puts the offer and the town where the hand-worked projection says', () => {
    const p = thumbnailProjector(input());
    expect(p.scale).toBeCloseTo(187_200, 3);
    const [px, py] = p.project(75.5, 49);
    expect(px).toBeCloseTo(290, 6);
    expect(py).toBeCloseTo(90.016, 3);
    const [tx, ty] = p.project(75, 49);
    expect(tx).toBeCloseTo(30, 6);
    expect(ty).toBeCloseTo(90.016, 3);
    expect(p.project(75.25, 49.02)[1]).toBeCloseTo(74.161, 3);
    expect(p.project(75.25, 48.98)[1]).toBeCloseTo(105.865, 3);
  });

  it('takes the boundary into the frame', () => {
    // A boundary reaching 75.7° E makes the box 0.7° wide: 260 px / 0.7° = 371.43 px per degree.
    const p = thumbnailProjector(
      input({
        boundary: [
          [49, 75.5],
          [49, 75.7],
          [49.01, 75.6],
        ],
      }),
    );
    expect(p.project(75, 49)[0]).toBeCloseTo(30, 6);
    expect(p.project(75.7, 49)[0]).toBeCloseTo(290, 6);
    expect(p.project(75.5, 49)[0]).toBeCloseTo(30 + 0.5 * 371.4286, 3);
  });
});

describe('projecting the base map into the thumbnail', () => {
  // Built inside each test, so Stryker's per-test coverage sees the projection code these tests run.
  const frame = () => thumbnailProjector(input());

  it('cuts a ring 4 px outside the picture and keeps its corners', () => {
    const [lake] = projectRings(LAKE, frame());
    expect(lake).toBeDefined();
    const rounded = lake!.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    expect(rounded).toHaveLength(4);
    expect(rounded).toEqual(
      expect.arrayContaining([
        [-4, 97.9],
        [134, 97.9],
        [134, 82.1],
        [-4, 82.1],
      ]),
    );
  });

  it('uses the margin it is given and drops rings that fall outside', () => {
    const [lake] = projectRings(LAKE, frame(), 0.4, 0);
    expect(Math.min(...lake!.map(([x]) => x))).toBeCloseTo(0, 9);
    // The whole country rectangle becomes the picture plus the margin on every side.
    const [land] = projectRings(COUNTRY[0]!, frame());
    const xs = land!.map(([x]) => x);
    const ys = land!.map(([, y]) => y);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([-4, 324, -4, 184]);
    const farAway = [
      [
        [60, 40],
        [61, 40],
        [61, 41],
        [60, 40],
      ],
    ] as const;
    expect(projectRings(farAway, frame())).toEqual([]);
  });
});

describe('the scale bar', () => {
  // A projector whose scale is the Earth's circumference in km: exactly 1 px per km on the equator.
  const unit = { scale: 40_075.017 } as Projector;

  it('picks the longest round length that fits, the limit included', () => {
    expect(scaleBar(unit, 0, 10)).toEqual({ km: 10, px: 10 });
    expect(scaleBar(unit, 0, 9.99)).toEqual({ km: 5, px: 5 });
    expect(scaleBar(unit, 0, 0.1)).toEqual({ km: 0.5, px: 0.5 });
  });

  it('stretches with latitude as Mercator does: twice the pixels per km at 60°', () => {
    const bar = scaleBar(unit, 60, 20);
    expect(bar.km).toBe(10);
    expect(bar.px).toBeCloseTo(20, 9);
  });

  it('is 10 km long (71.2 px) on the fixture thumbnail at 49° N', () => {
    // 187 200 px per unit / (40 075.017 km × cos 49° = 26 291.6 km) = 7.1202 px per km.
    const bar = scaleBar(thumbnailProjector(input()), 49);
    expect(bar.km).toBe(10);
    expect(bar.px).toBeCloseTo(71.2015, 3);
  });
});

describe('the location thumbnail SVG', () => {
  const draw = () => locationThumbnailSvg(input());

  it('is a 320 × 180 picture with an escaped title and description', () => {
    const svg = draw();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180" width="320" height="180" role="img"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title id="t">Location of &quot;Lakeside&quot; plot</title><desc id="d">Map: 37 km from Karkaraly</desc>');
    expect(svg).toContain('<rect width="320" height="180" fill="#e4e4df"/>');
  });

  it('draws the land clipped to the picture and the lake in water colour', () => {
    const svg = draw();
    const land = svg.match(/<path d="([^"]+)" fill="#f3efe4" fill-rule="evenodd"/);
    expect(land![1]!.replace(/^M|Z$/g, '').split('L').sort()).toEqual(['-4 -4', '-4 184', '324 -4', '324 184']);
    const lake = svg.match(new RegExp(`<path d="([^"]+)" fill="${WATER}" fill-rule="evenodd" stroke="${SHORE}"`));
    expect(lake).not.toBeNull();
    const corners = lake![1]!.replace(/^M|Z$/g, '').split('L').sort();
    expect(corners).toEqual(['-4 82.1', '-4 97.9', '134 82.1', '134 97.9']);
  });

  it('leaves out the lake and the land when they are outside the picture', () => {
    const far = [
      [
        [60, 40],
        [61, 40],
        [61, 41],
        [60, 40],
      ],
    ] as const;
    const empty = locationThumbnailSvg(input({ lake: far, country: [far] }));
    expect(empty).not.toContain(`fill="${WATER}"`);
    expect(empty).not.toContain('fill="#f3efe4" fill-rule="evenodd"');
  });

  it('puts the marker on the offer: its anchor (14, 17) × 0.8 subtracted from (290, 90.0)', () => {
    const svg = draw();
    expect(svg).toContain('<g transform="translate(278.8 76.4) scale(0.8)"><g><rect x="4" y="7" width="20" height="20"');
  });

  it('links a far town with a dashed line and writes the distance at its middle', () => {
    const svg = draw();
    expect(svg).toContain(`<path d="M290 90L30 90" stroke="${INK}" stroke-width="1.2" stroke-dasharray="4 3" fill="none"/>`);
    expect(textWith(svg, '37 km')).toContain('x="160" y="86" text-anchor="middle"');
    expect(svg).toContain(`<circle cx="30" cy="90" r="4" fill="${INK}"`);
    // The town's name (bold 11 px, guessed (0.75 + 8 × 0.6) em × 11 × 1.07 = 65.3 px wide, 13.75 high) cannot go
    // right of its dot (the line runs there) nor left (off the picture), so it goes 7 px above, slid right to keep
    // 3 px from the edge: box 3–68.3 across, 69.3–83.0 down; centre 35.7, baseline 76.1 + 11 × 0.35 = 80.0.
    expect(textWith(svg, 'Karkaraly')).toMatch(/^<text x="35.7" y="80" text-anchor="middle" font-size="11" font-weight="700" paint-order/);
  });

  it('draws the boundary on top of the base map', () => {
    const withBoundary = locationThumbnailSvg(
      input({
        boundary: [
          [49.01, 75.49],
          [49.01, 75.5],
          [48.99, 75.5],
        ],
      }),
    );
    // Inside the frame of the offer and the town, so the frame (and x = 30 + (lon − 75) × 520) stays.
    expect(withBoundary).toContain(`<path d="M284.8 82.1L290 82.1L290 97.9Z" fill="${INK}" fill-opacity="0.12"`);
    const twoPoints = locationThumbnailSvg(
      input({
        boundary: [
          [49.01, 75.49],
          [49.01, 75.51],
        ],
      }),
    );
    expect(twoPoints).not.toContain('fill-opacity="0.12"');
  });

  it('shows where in the country the offer lies, in an inset', () => {
    const svg = draw();
    // The country box 70–80° E, 45–52° N in 66 × 40 px with 3 px padding: the height decides
    // (34 px for y(45°) − y(52°) = 0.029410 → 1 156.07 px per unit; 10° across = 32.11 px, centred
    // from 16.9 to 49.1). The offer: x = 16.94 + 5.5° × 32.113 / 10° = 34.6; y = 3 + (y(49°) − y(52°)) × 1 156.07 = 18.2.
    expect(svg).toContain('<g transform="translate(6 6)"><rect width="66" height="40" rx="3"');
    const outline = svg.match(/<path d="([^"]+)" fill="#f3efe4" stroke="#4d5866" stroke-width="0.7"\/>/);
    expect(outline![1]!.replace(/^M|Z$/g, '').split('L').sort()).toEqual(['16.9 3', '16.9 37', '49.1 3', '49.1 37']);
    expect(svg).toContain('<circle cx="34.6" cy="18.2" r="2.6" fill="#a4262c"');
    expect(locationThumbnailSvg(input({ country: [] }))).not.toContain('translate(6 6)');
  });

  it('draws a 10 km scale bar in the bottom right corner and the escaped credit', () => {
    const svg = draw();
    // 71.2 px long, ending 8 px from the right edge (320 − 8 − 71.2 = 240.8), 10 px above the bottom.
    expect(svg).toContain('<path d="M240.8 166V170H312V166"/>');
    expect(textWith(svg, '10 km')).toContain('x="276.4" y="165" text-anchor="middle" font-size="9"');
    expect(svg).toContain(`<text x="4" y="176" font-size="7" fill="${MUTED}">Fixture &amp; &lt;test&gt; data</text>`);
    const russian = locationThumbnailSvg(input({ scaleLabel: (km) => `${km} км` }));
    expect(textWith(russian, '10 км')).toBeDefined();
  });
});

describe('places around the offer', () => {
  // The far-town fixture: offer at (290, 90.0), town at (30, 90.0), the line between them along y = 90, its
  // distance "37 km" written at (160, 86), the inset in the top left corner (6–72 × 6–46), the marker's box
  // 281–305 × 75–99. Names are guessed 0.75 em a capital and 0.6 em another letter wide, 1.25 em high; each goes
  // right, left, above or below its dot, 5 px away and then 10.
  const draw = () =>
    locationThumbnailSvg(
      input({
        places: [
          // A lake listed first at Ortau's very spot: the settlement is named first, and the lake has no room left.
          { name: 'Twin lake', lat: 49.03, lon: 75.25, type: 'water' },
          // (160, 66.2): right of it, 5 px on, 3.15 em × 9 = 28.4 px of name fit (165–193.4, 60.6–71.8 down).
          { name: 'Ortau', lat: 49.03, lon: 75.25 },
          { name: 'Airfield', lat: 48.98, lon: 75.1, type: 'airport' },
          { name: 'Shaitankol', lat: 49.03, lon: 75.4, type: 'water' },
          // (269.2, 86.1): every spot of its name (33.8 px) touches the marker or the line, 5 px away and 10.
          { name: 'Wedged', lat: 49.005, lon: 75.46 },
          // (269.2, 90.0): right is the marker, left the line; above, 257.7–280.7 × 73.8–85.0, is clear.
          { name: 'Kent', lat: 49, lon: 75.46, type: 'other' },
          // (300.4, 90.0): its dot is under the offer's marker.
          { name: 'Bektau', lat: 49, lon: 75.52, type: 'settlement' },
          // (300.4, 105.9): too long for the right (305.4 + 39.2 > 317); the left, 256.2–295.4 × 100.2–111.5,
          // passes under the marker (bottom 99).
          { name: 'Aidarly', lat: 48.98, lon: 75.52, type: 'settlement' },
          // The town itself, listed again among the places (at another point), is not drawn twice.
          { name: 'Karkaraly', lat: 48.98, lon: 75.25 },
          // Outside the picture, and inside it but within 8 px of its edge (x = 5): left out.
          { name: 'Balkhash', lat: 46.85, lon: 74.98 },
          { name: 'Edge', lat: 49, lon: 74.951923 },
        ],
      }),
    );

  it('marks a settlement with a grey dot and its name to the right', () => {
    const svg = draw();
    expect(svg).toContain(`<circle cx="160" cy="66.2" r="2.5" fill="${MUTED}"`);
    // Baseline: 66.23 + 9 × 0.35 = 69.4.
    expect(textWith(svg, 'Ortau')).toMatch(/^<text x="165" y="69.4" text-anchor="start" font-size="9" paint-order/);
  });

  it('names settlements before lakes, and leaves out a lake whose spot is taken', () => {
    const svg = draw();
    expect(svg).not.toContain('Twin lake');
    expect(svg).not.toContain(`<circle cx="160" cy="66.2" r="2" fill="none"`);
  });

  it('marks an airport with a small square centred on it', () => {
    const svg = draw();
    expect(svg).toContain(`<rect x="79.5" y="103.4" width="5" height="5" fill="${INK}"`);
    expect(textWith(svg, 'Airfield')).toMatch(/^<text x="87" y="109" text-anchor="start" font-size="9" paint-order/);
  });

  it('marks a lake with a blue ring and an italic name', () => {
    const svg = draw();
    expect(svg).toContain(`<circle cx="238" cy="66.2" r="2" fill="none" stroke="${SHORE}"`);
    expect(textWith(svg, 'Shaitankol')).toMatch(/^<text x="243" y="69.4" text-anchor="start" font-size="9" font-style="italic"/);
  });

  it('leaves out a place, dot and name, when its name would touch the line or the offer, or its dot is under the offer', () => {
    const svg = draw();
    expect(svg).not.toContain('Wedged');
    expect(svg).not.toContain('cx="269.2" cy="86.1"');
    expect(svg).not.toContain('Bektau');
    expect(svg).not.toContain('cx="300.4" cy="90"');
  });

  it('writes a name above its dot when the line and the offer take both sides', () => {
    // Centre 269.2; baseline (73.766 + 85.016) / 2 + 9 × 0.35 = 82.5.
    expect(textWith(draw(), 'Kent')).toMatch(/^<text x="269.2" y="82.5" text-anchor="middle" font-size="9" font-style="italic"/);
  });

  it('writes a name left of its dot, ending 5 px from it, when the right would run off the picture', () => {
    // Baseline 105.865 + 9 × 0.35 = 109.0.
    expect(textWith(draw(), 'Aidarly')).toMatch(/^<text x="295.4" y="109" text-anchor="end" font-size="9" paint-order/);
  });

  it('draws the town once and leaves out places outside or at the very edge', () => {
    const svg = draw();
    expect(svg.match(/>Karkaraly</g)).toHaveLength(1);
    expect(svg).not.toContain('cx="160" cy="105.9"');
    expect(svg).not.toContain('Balkhash');
    expect(svg).not.toContain('Edge');
  });

  it('opens with the background right after the description, parts joined with nothing between', () => {
    expect(draw()).toContain('</desc><rect width="320" height="180" fill="#e4e4df"/><path d="');
  });
});

describe('the inset', () => {
  const insetAt = (svg: string) => svg.match(/<g transform="translate\(([^)]*)\)"><rect width="66" height="40"/)?.[1];

  it('sits in the top left corner when nothing is under it', () => {
    expect(insetAt(locationThumbnailSvg(input()))).toBe('6 6');
  });

  it('moves to the top right corner when the town is under it', () => {
    // Town at 49.1° N: the width still decides the frame (0.1° of latitude is 79 px < 120), so the town lands
    // at (30, 50.4) and its dot (25–35 × 45.4–55.4) reaches into the inset (bottom 46); the right corner
    // (248–314 × 6–46) is clear of the offer at (290, 129.6) and the line.
    const svg = locationThumbnailSvg(input({ town: { name: 'Karkaraly', lat: 49.1, lon: 75, distanceLabel: '40 km' } }));
    expect(insetAt(svg)).toBe('248 6');
  });
});

describe('a town close to the offer', () => {
  // A 10 km frame around two points 0.05° apart: the height decides (120 px for 0.089928° of latitude),
  // so 0.05° of longitude is 0.05 / 360 × 315 160 = 43.8 px — closer than 70 px.
  it('puts the distance beside the town name and keeps a short line', () => {
    const svg = locationThumbnailSvg(input({ town: { name: 'Karkaraly', lat: 49, lon: 75.45, distanceLabel: '3.7 km' } }));
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).not.toContain('stroke-dasharray="4 3"');
    expect(textWith(svg, 'Karkaraly · 3.7 km')).toBeDefined();
  });

  it('draws no line when the town is almost on the offer (0.015° = 13.1 px)', () => {
    const svg = locationThumbnailSvg(input({ town: { name: 'Karkaraly', lat: 49, lon: 75.485, distanceLabel: '1.1 km' } }));
    expect(svg).not.toContain('stroke-dasharray="3 2"');
    expect(textWith(svg, 'Karkaraly · 1.1 km')).toBeDefined();
  });

  it('writes the name alone when no distance is known', () => {
    const svg = locationThumbnailSvg(input({ town: { name: 'Karkaraly', lat: 49, lon: 75.45, distanceLabel: '' } }));
    expect(textWith(svg, 'Karkaraly')).toBeDefined();
    expect(svg).not.toContain('stroke-dasharray="3 2"');
  });
});

describe('a country with a hole, and a triangular lake', () => {
  const holed: ThumbnailInput['country'] = [
    [
      COUNTRY[0]![0]!,
      [
        [74.9, 48.9],
        [75.1, 48.9],
        [75.1, 49.1],
        [74.9, 49.1],
        [74.9, 48.9],
      ],
    ],
  ];

  it('draws the hole on the thumbnail but only the outline in the inset', () => {
    const svg = locationThumbnailSvg(input({ country: holed }));
    const land = svg.match(/<path d="([^"]+)" fill="#f3efe4" fill-rule="evenodd"/)![1]!;
    expect(land.match(/M/g)).toHaveLength(2);
    const inset = svg.match(/<path d="([^"]+)" fill="#f3efe4" stroke="#4d5866" stroke-width="0.7"\/>/)![1]!;
    expect(inset.match(/M/g)).toHaveLength(1);
  });

  it('keeps a lake of three corners', () => {
    const triangle = [
      [
        [75.1, 48.99],
        [75.2, 48.99],
        [75.15, 49.01],
        [75.1, 48.99],
      ],
    ] as const;
    expect(projectRings(triangle, thumbnailProjector(input()))[0]).toHaveLength(3);
  });
});
