// Writes N synthetic but valid offers (facts + en/ru/kk) into a new temporary content folder,
// reusing the real places, districts, contacts and incentives. Never writes into content/.
// Usage: node scripts/bench/generateSyntheticContent.ts <count> [outDir]
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isInLakeBalkhash } from '../../src/lib/geo/lake.ts';
import { CONTENT_LAYOUT, FOLDER_COLLECTIONS, LIST_COLLECTIONS } from '../../src/lib/content/layout.ts';
import { OFFER_STATUSES, SEGMENTS } from '../../src/schemas/offer.ts';

/** Deterministic pseudo-random numbers so runs are comparable. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const AREAS = [
  { district: 'balkhash', place: 'balkhash', lat: [46.86, 47.2], lon: [74.5, 75.6], contact: 'balkhash-land-officer' },
  { district: 'karkaraly', place: 'karkaraly', lat: [49.1, 49.8], lon: [75.0, 76.2], contact: 'karkaraly-land-officer' },
] as const;

const WORDS = {
  en: ['Shore plot', 'Glamping site', 'Recreation base', 'Camping ground', 'Guest house plot', 'Eco-trail base'],
  ru: ['Прибрежный участок', 'Участок под глэмпинг', 'База отдыха', 'Кемпинг', 'Участок под гостевой дом', 'База экотропы'],
  kk: ['Жағалаудағы учаске', 'Глэмпинг учаскесі', 'Демалыс базасы', 'Кемпинг', 'Қонақ үй учаскесі', 'Экосоқпақ базасы'],
};

/** A random point in an area's box that is not in Lake Balkhash. */
export function randomLandPoint(area: (typeof AREAS)[number], random: () => number): { lat: number; lon: number } {
  for (;;) {
    const lat = area.lat[0] + random() * (area.lat[1] - area.lat[0]);
    const lon = area.lon[0] + random() * (area.lon[1] - area.lon[0]);
    if (!isInLakeBalkhash({ lat, lon })) return { lat, lon };
  }
}

export function generateSyntheticContent(count: number, outDir?: string): string {
  const dir = resolve(outDir ?? mkdtempSync(join(tmpdir(), `synthetic-${count}-`)));
  mkdirSync(join(dir, CONTENT_LAYOUT.offers.folder), { recursive: true });
  const real = resolve(import.meta.dirname, '../../content');
  // Every collection but the offers is copied as it is, so a new collection in the layout is copied too.
  for (const name of LIST_COLLECTIONS) cpSync(join(real, CONTENT_LAYOUT[name].file), join(dir, CONTENT_LAYOUT[name].file));
  for (const name of FOLDER_COLLECTIONS.filter((n) => n !== 'offers'))
    cpSync(join(real, CONTENT_LAYOUT[name].folder), join(dir, CONTENT_LAYOUT[name].folder), { recursive: true });
  const random = rng(count);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  for (let i = 1; i <= count; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const area = AREAS[i % 2]!;
    const { lat, lon } = randomLandPoint(area, random);
    const areaHa = Math.round((0.5 + random() * 30) * 10) / 10;
    const onRequest = random() < 0.15;
    const word = Math.floor(random() * WORDS.en.length);
    const segment = pick(SEGMENTS);
    // An auction lot: tender and competition statuses belong to other routes, and bids need a closing date.
    const status = pick(OFFER_STATUSES.filter((st) => st !== 'at-tender' && st !== 'at-competition'));
    const month = String(1 + Math.floor(random() * 10)).padStart(2, '0');
    const facts = `kind: land-plot
status: ${status}
district: ${area.district}
place: ${area.place}
location: { lat: ${lat.toFixed(5)}, lon: ${lon.toFixed(5)} }
land: { areaHa: ${areaHa}, cadastralNumber: "00-${String(i).padStart(4, '0')}-000-000", category: ${random() < 0.5 ? 'settlement' : 'protected-recreational'} }
targetPurpose: { en: For a tourist facility, ru: Для размещения объекта туризма, kk: Туризм объектісін орналастыру үшін }
right: { type: lease, termYears: ${10 + Math.floor(random() * 39)}, foreignOwnedEligible: ${random() < 0.7} }
acquisition: { grantor: akimat-land, route: auction${status === 'at-auction' ? ', date: 2027-03-15' : ''} }
price: ${onRequest ? '{ basis: on-request }' : `{ basis: annual-lease, amountKzt: ${Math.round(200_000 + random() * 5_000_000)} }`}
investmentKzt: ${Math.round(50_000_000 + random() * 2_000_000_000)}
utilities:
  power: { available: ${random() < 0.7}, distanceM: ${Math.round(random() * 3000)} }
  water: { available: ${random() < 0.5} }
  sewage: { available: ${random() < 0.3} }
  heat: { available: ${random() < 0.2} }
  gas: { available: false }
  internet: { available: ${random() < 0.8} }
  road: { available: true, surface: ${pick(['asphalt', 'gravel', 'dirt'])}, allSeason: ${random() < 0.6} }
segments: [${segment}]
audit: { date: 2026-${month}-10, auditor: { en: Synthetic auditor, ru: Синтетический аудитор, kk: Синтетикалық аудитор }, condition: no-buildings }
contact: ${area.contact}
published: 2026-${month}-15
updated: 2026-${month}-20
`;
    const offerDir = join(dir, CONTENT_LAYOUT.offers.folder, id);
    mkdirSync(offerDir);
    writeFileSync(join(offerDir, CONTENT_LAYOUT.offers.factsFile), facts);
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const title = `${WORDS[lang][word]} ${i}`;
      const summary = {
        en: `Synthetic benchmark offer number ${i}: ${areaHa} ha for ${segment} in the ${area.district} area, generated for performance tests only.`,
        ru: `Синтетическое предложение № ${i} для замеров производительности: ${areaHa} га, территория ${area.district}.`,
        kk: `Өнімділікті өлшеуге арналған № ${i} синтетикалық ұсыныс: ${areaHa} га, аумақ ${area.district}.`,
      }[lang];
      writeFileSync(join(offerDir, `${lang}.mdx`), `---\ntitle: "${title}"\nsummary: "${summary}"\n---\n${summary}\n\n${summary}\n`);
    }
  }
  return dir;
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 100);
  const dir = generateSyntheticContent(count, process.argv[3]);
  console.log(dir);
}
