import {
  ACQUISITION_ROUTES,
  CONDITIONS,
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

const col = (name: string, type: CellType, note: string, extra: Partial<RegisterColumn> = {}): RegisterColumn => ({
  name,
  path: name.split('.'),
  type,
  note,
  ...extra,
});

const langCols = (prefix: string, note: string, extra: Partial<RegisterColumn> = {}) =>
  LANGS.map((lang) =>
    col(`${prefix}.${lang}`, 'text', `${note} (${({ en: 'English', ru: 'Russian', kk: 'Kazakh' } as const)[lang]})`, extra),
  );

const utilityCols = UTILITY_KEYS.flatMap((key) => [
  col(`utilities.${key}.available`, 'boolean', `${key}: can it be connected (true/false)`),
  col(`utilities.${key}.distanceM`, 'number', `${key}: metres to the connection point (0 = on site)`),
  col(`utilities.${key}.connectionCostKzt`, 'number', `${key}: estimated cost to connect, tenge`),
  col(`utilities.${key}.connectionMonths`, 'number', `${key}: estimated months to connect`),
  ...(key === 'power' ? [col('utilities.power.capacityKw', 'number', 'power: capacity available, kW')] : []),
  ...(key === 'water' ? [col('utilities.water.capacityM3PerDay', 'number', 'water: capacity available, m³ a day')] : []),
  ...(key === 'internet' ? [col('utilities.internet.speedMbps', 'number', 'internet: typical speed, Mbit/s')] : []),
  ...(key === 'road'
    ? [
        col('utilities.road.surface', 'text', `road: ${oneOf(ROAD_SURFACES)}`),
        col('utilities.road.allSeason', 'boolean', 'road: passable all year (true/false)'),
      ]
    : []),
]);

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
  col('kind', 'text', oneOf(OFFER_KINDS)),
  col('status', 'text', oneOf(OFFER_STATUSES)),
  ...langCols('title', 'title, used only to create a missing language file', { prose: true }),
  col('district', 'text', `area id: the name of an area's folder in content/${CONTENT_LAYOUT.districts.folder}/`),
  col('place', 'text', `nearest place id from content/${CONTENT_LAYOUT.places.file}`),
  col('location.lat', 'number', 'latitude, decimal degrees'),
  col('location.lon', 'number', 'longitude, decimal degrees'),
  col('boundary', 'json', 'optional plot outline as JSON: [[lat, lon], [lat, lon], …]'),
  col('land.areaHa', 'number', 'area, hectares'),
  col('land.cadastralNumber', 'text', 'cadastral number, digits and dashes'),
  col('land.category', 'text', 'land category under the Land Code'),
  ...langCols('targetPurpose', 'target purpose from the title document'),
  col('right.type', 'text', oneOf(RIGHTS)),
  col('right.termYears', 'number', 'term of a lease or trust management, years'),
  col('right.foreignOwnedEligible', 'boolean', 'may a company with foreign participation acquire it (true/false)'),
  col('acquisition.route', 'text', oneOf(ACQUISITION_ROUTES)),
  col('acquisition.lotUrl', 'text', 'link to the auction or tender lot'),
  col('acquisition.date', 'date', 'date of the auction or tender'),
  col('price.basis', 'text', oneOf(PRICE_BASES)),
  col('price.amountKzt', 'number', 'price, tenge (empty when on request)'),
  col('investmentKzt', 'number', 'estimated investment needed, tenge'),
  ...utilityCols,
  col('segments', 'list', 'tourism segments, separated by ;'),
  col('incentives', 'list', `incentive ids from content/${CONTENT_LAYOUT.incentives.file}, separated by ;`),
  col('audit.date', 'date', 'date of the audit visit'),
  ...langCols('audit.auditor', 'organisation that did the audit'),
  col('audit.condition', 'text', oneOf(CONDITIONS)),
  col('contact', 'text', `contact id from content/${CONTENT_LAYOUT.contacts.file}`),
  col('roadDistances', 'distances', 'known road distances as place=km, separated by ;'),
  col('photos', 'json', 'photos as JSON: [{"file": "shore.jpg", "alt": {"en": …, "ru": …, "kk": …}}]'),
  col('documents', 'json', 'documents as JSON: [{"title": {…}, "type": "title", "url": "https://…"}]'),
  col('published', 'date', 'date first published'),
  col('updated', 'date', 'date the facts were last changed or confirmed'),
  col('featured', 'boolean', 'show on the home page (true/false)'),
  ...langCols('object.type', 'infrastructure: object type'),
  ...langCols('object.owner', 'infrastructure: current owner'),
  col('object.offered', 'list', `infrastructure: ${listOf(OBJECT_OFFERS)}`),
  col('object.floorAreaM2', 'number', 'infrastructure: floor area, m²'),
  col('object.yearBuilt', 'number', 'infrastructure: year built'),
  col('object.yearRenovated', 'number', 'infrastructure: year of the last major renovation'),
  col('object.rooms', 'number', 'infrastructure: rooms'),
  col('object.beds', 'number', 'infrastructure: beds'),
  col('object.seasonMonths', 'intList', 'infrastructure: months it operates, 1–12, separated by ;'),
  col('object.beachFrontageM', 'number', 'infrastructure: beach frontage, metres'),
  col('object.ownUtilities', 'list', `infrastructure: ${listOf(OWN_UTILITIES)}`),
  col('object.occupancyPct', 'number', 'infrastructure: average occupancy in season, percent'),
  col('object.revenueKzt', 'number', 'infrastructure: annual revenue, tenge'),
  col('project.irrPct', 'number', 'large project: internal rate of return, percent'),
  col('project.paybackYears', 'number', 'large project: payback, years'),
  col(
    'project.phases',
    'json',
    'large project: phases as JSON: [{"name": {…}, "startYear": 2027, "endYear": 2029, "investmentKzt": 1000}]',
  ),
  col('project.partnersSought', 'json', 'large project: partners sought as JSON: [{"en": …, "ru": …, "kk": …}]'),
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
  const keys = path.map(String);
  const facts = REGISTER_COLUMNS.filter((c) => c.path.length > 0 && !c.prose);
  let best: RegisterColumn | undefined;
  for (const c of facts) {
    if (c.path.length <= keys.length && c.path.every((k, i) => k === keys[i]) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ?? facts.find((c) => keys.every((k, i) => c.path[i] === k));
}
