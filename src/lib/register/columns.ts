import {
  ACQUISITION_ROUTES,
  CONDITIONS,
  GRANTORS,
  LANGS,
  OBJECT_OFFERS,
  OFFER_KINDS,
  OFFER_STATUSES,
  OWN_UTILITIES,
  PRICE_BASES,
  RIGHTS,
  ROAD_SURFACES,
  UTILITY_KEYS,
} from '../../schemas/index.ts';
import { LANGUAGE_NAMES_EN } from '../../schemas/langs.ts';
import { CONTENT_LAYOUT } from '../content/layout.ts';

/** `a, b or c`: the allowed values of an enum in words, taken from the schema's own list so the notes cannot drift. */
export function oneOf(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
/** `a, b, c; separated by ;`: the values a list column may hold. */
const listOf = (values: readonly string[]): string => `${values.join(', ')}; separated by ;`;

/**
 * How a register cell is written and read.
 * - text: as is; number: a plain number (12.5; 12,5 is accepted on import); boolean: true/false;
 * - date: YYYY-MM-DD (DD.MM.YYYY is accepted on import, as Excel re-saves dates that way);
 * - list: values separated by `;`; intList: whole numbers separated by `;`;
 * - distances: `place=km` pairs separated by `;`; json: a JSON array, for nested lists.
 */
export type CellType = 'text' | 'number' | 'boolean' | 'date' | 'list' | 'intList' | 'distances' | 'json';

export interface RegisterColumn {
  /** Header in the register and in /data/offers.csv. Equal to the facts.yaml field path. */
  name: string;
  /** Path in facts.yaml (empty for `id`, which is the folder name, and for titles, which live in the language files). */
  path: ReadonlyArray<string>;
  type: CellType;
  /** What the column holds, for REGISTER.md. */
  note: string;
  /** Not a fact: read only to create missing language files. */
  prose?: boolean;
}

/**
 * A column in data form: its cell type and note, and for `perLang` one text column per language
 * (`title.en`, `title.ru`, …) whose notes name the language. The name and path come from where the
 * entry stands in the tree below, which mirrors facts.yaml.
 */
type ColumnSpec = readonly [type: CellType | 'perLang', note: string, extra?: Pick<RegisterColumn, 'prose'>];
interface ColumnTree {
  readonly [key: string]: ColumnSpec | ColumnTree;
}

/** The same tree with every note opened by `label: `, for a group such as `infrastructure: …`. */
function labelled(label: string, tree: ColumnTree): ColumnTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, node]) => [
      key,
      isSpec(node) ? ([node[0], `${label}: ${node[1]}`, node[2]] as const) : labelled(label, node),
    ]),
  );
}

const isSpec = (node: ColumnSpec | ColumnTree): node is ColumnSpec => Array.isArray(node);

/** The columns of a tree, depth first, in the order they are written. */
function flatten(tree: ColumnTree, prefix: readonly string[] = []): RegisterColumn[] {
  return Object.entries(tree).flatMap(([key, node]) => {
    const path = [...prefix, key];
    if (!isSpec(node)) return flatten(node, path);
    const [type, note, extra] = node;
    if (type !== 'perLang') return [{ name: path.join('.'), path, type, note, ...extra }];
    return LANGS.map((lang) => ({
      name: [...path, lang].join('.'),
      path: [...path, lang],
      type: 'text' as const,
      note: `${note} (${LANGUAGE_NAMES_EN[lang]})`,
      ...extra,
    }));
  });
}

/** A JSON object with a `…` for each language, for the notes of JSON columns: `{"en": …, "ru": …}`. */
const jsonPerLang = `{${LANGS.map((lang) => `"${lang}": …`).join(', ')}}`;

/** What every utility has, then what only some have. */
const UTILITY: ColumnTree = {
  available: ['boolean', 'can it be connected (true/false)'],
  distanceM: ['number', 'metres to the connection point (0 = on site)'],
  connectionCostKzt: ['number', 'estimated cost to connect, tenge'],
  connectionMonths: ['number', 'estimated months to connect'],
};
const UTILITY_EXTRAS: Partial<Record<(typeof UTILITY_KEYS)[number], ColumnTree>> = {
  power: { capacityKw: ['number', 'capacity available, kW'] },
  water: { capacityM3PerDay: ['number', 'capacity available, m³ a day'] },
  internet: { speedMbps: ['number', 'typical speed, Mbit/s'] },
  road: { surface: ['text', oneOf(ROAD_SURFACES)], allSeason: ['boolean', 'passable all year (true/false)'] },
};

/** The facts columns in register order: each declared once, where it stands in facts.yaml. */
const FACT_COLUMNS: ColumnTree = {
  kind: ['text', oneOf(OFFER_KINDS)],
  status: ['text', oneOf(OFFER_STATUSES)],
  title: ['perLang', 'title, used only to create a missing language file', { prose: true }],
  district: ['text', `area id: the name of an area's folder in content/${CONTENT_LAYOUT.districts.folder}/`],
  place: ['text', `id of the nearest settlement (city, town or village) in content/${CONTENT_LAYOUT.places.file}`],
  namedLocation: [
    'text',
    `optional id of the lake, national park or landmark the site lies in or at, in content/${CONTENT_LAYOUT.places.file}`,
  ],
  location: { lat: ['number', 'latitude, decimal degrees'], lon: ['number', 'longitude, decimal degrees'] },
  boundary: ['json', 'optional plot outline as JSON: [[lat, lon], [lat, lon], …]'],
  land: {
    areaHa: ['number', 'area, hectares'],
    cadastralNumber: ['text', 'cadastral number, digits and dashes'],
    category: ['text', 'land category under the Land Code'],
  },
  targetPurpose: ['perLang', 'target purpose from the title document'],
  right: {
    type: ['text', oneOf(RIGHTS)],
    termYears: ['number', 'term of a lease or trust management, years'],
    foreignOwnedEligible: ['boolean', 'may a company with foreign participation acquire it (true/false)'],
  },
  acquisition: {
    grantor: ['text', `${oneOf(GRANTORS)}: who grants the right; it decides which routes and rights fit`],
    route: ['text', oneOf(ACQUISITION_ROUTES)],
    lotUrl: ['text', "link to the lot itself, not the portal's home page (empty until the lot is published)"],
    date: ['date', 'date bids close (auction, tender or competition)'],
    depositKzt: ['number', 'guarantee fee a bidder pays, tenge'],
  },
  price: {
    basis: ['text', oneOf(PRICE_BASES)],
    amountKzt: ['number', 'price, tenge (empty when on request)'],
    yearlyAfterKzt: ['number', 'what the holder pays every year after acquiring (rent or land-use fee), tenge'],
  },
  investmentKzt: ['number', 'estimated investment needed, tenge'],
  utilities: Object.fromEntries(UTILITY_KEYS.map((key) => [key, labelled(key, { ...UTILITY, ...UTILITY_EXTRAS[key] })])),
  segments: ['list', 'tourism segments, separated by ;'],
  // The site computes incentives from each programme's rules; the column stays so a register can still name one, which the check then verifies.
  incentives: [
    'list',
    `usually empty: the site computes them; incentive ids from content/${CONTENT_LAYOUT.incentives.file}, separated by ;, each one the rules must allow`,
  ],
  audit: {
    date: ['date', 'date of the audit visit'],
    auditor: ['perLang', 'organisation that did the audit'],
    condition: ['text', oneOf(CONDITIONS)],
  },
  contact: ['text', `contact id from content/${CONTENT_LAYOUT.contacts.file}`],
  roadDistances: ['distances', 'known road distances as place=km, separated by ;'],
  photos: ['json', `photos as JSON: [{"file": "shore.jpg", "alt": ${jsonPerLang}}]`],
  documents: [
    'json',
    'documents as JSON: [{"title": {…}, "type": "title", "url": "https://…"}]; a PDF in the offer folder has "file": "title.pdf" instead of "url"',
  ],
  published: ['date', 'date first published'],
  updated: ['date', 'date the facts were last changed or confirmed'],
  featured: ['boolean', 'show on the home page (true/false)'],
  object: labelled('infrastructure', {
    type: ['perLang', 'object type'],
    owner: ['perLang', 'current owner'],
    offered: ['list', listOf(OBJECT_OFFERS)],
    floorAreaM2: ['number', 'floor area, m²'],
    yearBuilt: ['number', 'year built'],
    yearRenovated: ['number', 'year of the last major renovation'],
    rooms: ['number', 'rooms'],
    beds: ['number', 'beds'],
    seasonMonths: ['intList', 'months it operates, 1–12, separated by ;'],
    beachFrontageM: ['number', 'beach frontage, metres'],
    ownUtilities: ['list', listOf(OWN_UTILITIES)],
    occupancyPct: ['number', 'average occupancy in season, percent'],
    revenueKzt: ['number', 'annual revenue, tenge'],
  }),
  project: labelled('large project', {
    irrPct: ['number', 'internal rate of return, percent'],
    paybackYears: ['number', 'payback, years'],
    phases: ['json', 'phases as JSON: [{"name": {…}, "startYear": 2027, "endYear": 2029, "investmentKzt": 1000}]'],
    partnersSought: ['json', `partners sought as JSON: [${jsonPerLang}]`],
  }),
};

/**
 * The audit register's columns, in order. The CSV export (/data/offers.csv) writes
 * exactly these, and `npm run import:register` reads them, so a register can go
 * out, be edited in a spreadsheet and come back.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  {
    name: 'id',
    path: [],
    type: 'text',
    note: `offer id = folder name in content/${CONTENT_LAYOUT.offers.folder}/, e.g. shaitankol-glamping`,
  },
  ...flatten(FACT_COLUMNS),
];

/** Header names in order. */
export const REGISTER_HEADER: readonly string[] = REGISTER_COLUMNS.map((c) => c.name);

/** Facts fields that are deliberately not register columns: editorial, not audit facts. */
export const NOT_IN_REGISTER: readonly string[] = ['draft'];

export function columnByName(name: string): RegisterColumn | undefined {
  return REGISTER_COLUMNS.find((c) => c.name === name);
}

/** The column a facts path (from a schema error) belongs to: the one whose path is the longest prefix of it, or the first under it. */
export function columnForPath(path: ReadonlyArray<PropertyKey>): RegisterColumn | undefined {
  // A problem with the whole file (no field) is no column's: not the first one's.
  if (path.length === 0) return undefined;
  const keys = path.map(String);
  const facts = REGISTER_COLUMNS.filter((c) => c.path.length > 0 && !c.prose);
  let best: RegisterColumn | undefined;
  for (const c of facts) {
    if (c.path.length <= keys.length && c.path.every((k, i) => k === keys[i]) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ?? facts.find((c) => keys.every((k, i) => c.path[i] === k));
}
