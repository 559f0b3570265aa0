// The places list file the yamlMerge tests save into: as content/ has it (comments at the top and between
// items, flow maps, the list under one key), and what the editor sends back for it.

export const PLACES = `# Places. Offers refer to them by id.
places:
- id: balkhash
  name: { en: Balkhash, ru: Балхаш }
  lat: 46.8455
# The lake: its position is approximate.
- id: lake-balkhash
  name: { en: Lake Balkhash, ru: озеро Балхаш }
  lat: 46.5
- id: karkaraly
  name: { en: Karkaraly, ru: Каркаралинск }
  lat: 49.41
`;

export interface Place {
  id: string;
  en: string;
  ru: string;
  lat: number;
}

/** What the editor sends for the places file: every item in block style, comments gone; `after` follows the list. */
export const placesFromEditor = (items: Place[], after = '') =>
  `places:\n${items.map((p) => `  - id: ${p.id}\n    name:\n      en: ${p.en}\n      ru: ${p.ru}\n    lat: ${p.lat}\n`).join('')}${after}`;

export const BALKHASH: Place = { id: 'balkhash', en: 'Balkhash', ru: 'Балхаш', lat: 46.8455 };
export const LAKE: Place = { id: 'lake-balkhash', en: 'Lake Balkhash', ru: 'озеро Балхаш', lat: 46.5 };
export const KARKARALY: Place = { id: 'karkaraly', en: 'Karkaraly', ru: 'Каркаралинск', lat: 49.41 };
