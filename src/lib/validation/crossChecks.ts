import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isInLakeBalkhash } from '../geo/lake.ts';
import { pointInRing } from '../geo/pointInPolygon.ts';
import type { ContentTree } from './loadContent.ts';
import type { ContentProblem } from './problems.ts';
import type { YamlSource } from './readContentTree.ts';
import { didYouMean } from './suggest.ts';
import { siteConfig } from '../../site.config.ts';

/** True when `date` (YYYY-MM-DD) is more than `months` months before `today`. */
export function isOlderThanMonths(date: string, today: string, months: number): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${date}T00:00:00Z`) < limit;
}

/**
 * Checks that need more than one file: references resolve, points lie where they
 * should, numbers that must be unique are, and dates are not in the future.
 */
export function crossCheck(tree: ContentTree, { today, root }: { today: string; root: string }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (source: YamlSource, path: PropertyKey[], severity: 'error' | 'warning', message: string, hint?: string) =>
    problems.push({
      severity,
      file: source.file,
      line: source.lineOf(path),
      field: path
        .map(String)
        .join('.')
        .replace(/\.(\d+)/g, '[$1]'),
      message,
      hint,
    });

  const placeIds = tree.places.map((p) => p.value.id);
  const districtIds = tree.districts.map((d) => d.id);
  const contactIds = tree.contacts.map((c) => c.value.id);
  const incentiveIds = tree.incentives.map((i) => i.value.id);
  const ref = (source: YamlSource, path: PropertyKey[], value: string, ids: string[], what: string, file: string) => {
    if (!ids.includes(value))
      at(
        source,
        path,
        'error',
        `there is no ${what} with the id \`${value}\``,
        didYouMean(value, ids) ?? `use one of the ids in ${file}: ${ids.join(', ')}`,
      );
  };

  for (const { value: place, source, index } of tree.places) {
    if (place.district) ref(source, [index, 'district'], place.district, districtIds, 'district', 'content/districts/');
  }
  for (const { value: contact, source, index } of tree.contacts) {
    if (!contact.phone && !contact.email)
      at(
        source,
        [index],
        'warning',
        `${contact.name.en} has neither a phone nor an email, so investors cannot reach them`,
        'add `phone:` or `email:`',
      );
  }
  for (const d of tree.districts) ref(d.source, ['centre'], d.facts.centre, placeIds, 'place', 'content/places.yaml');

  /**
   * References and dates are checked on every offer, even one whose facts failed
   * their schema, so that an official sees all problems in one run.
   */
  const checkReferencesAndDates = (source: YamlSource, data: unknown) => {
    const get = (...path: PropertyKey[]) =>
      path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
    const refIfText = (path: PropertyKey[], ids: string[], what: string, file: string) => {
      const value = get(...path);
      if (typeof value === 'string') ref(source, path, value, ids, what, file);
    };
    refIfText(['district'], districtIds, 'district', 'content/districts/');
    refIfText(['place'], placeIds, 'place', 'content/places.yaml');
    refIfText(['contact'], contactIds, 'contact', 'content/contacts.yaml');
    const incentives = get('incentives');
    if (Array.isArray(incentives)) {
      for (let i = 0; i < incentives.length; i++)
        refIfText(['incentives', i], incentiveIds, 'incentive programme', 'content/incentives.yaml');
    }
    const roads = get('roadDistances');
    if (Array.isArray(roads)) {
      for (let i = 0; i < roads.length; i++) refIfText(['roadDistances', i, 'place'], placeIds, 'place', 'content/places.yaml');
    }
    for (const path of [['published'], ['updated'], ['audit', 'date']]) {
      const raw = get(...path);
      const date = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today)
        at(source, path, 'error', `the date ${date} is in the future`, `use a date on or before ${today}`);
    }
  };
  for (const invalid of tree.invalidOffers) checkReferencesAndDates(invalid.source, invalid.data);

  const cadastral = new Map<string, string>();
  for (const offer of tree.offers) {
    const { facts, source } = offer;
    checkReferencesAndDates(source, facts);

    const district = tree.districts.find((d) => d.id === facts.district);
    if (district && !pointInRing(facts.location, district.facts.outline, true)) {
      at(
        source,
        ['location'],
        'error',
        `the point ${facts.location.lat}, ${facts.location.lon} lies outside the ${district.facts.name.en}`,
        'check that latitude and longitude are not swapped and that `district` is right',
      );
    }
    const place = tree.places.find((p) => p.value.id === facts.place)?.value;
    if (place?.district && place.district !== facts.district) {
      at(
        source,
        ['place'],
        'warning',
        `the place \`${place.id}\` belongs to \`${place.district}\`, but the offer says \`${facts.district}\``,
        'check `place` and `district`',
      );
    }
    if (isInLakeBalkhash(facts.location)) {
      at(
        source,
        ['location'],
        'error',
        `the point ${facts.location.lat}, ${facts.location.lon} is in the water of Lake Balkhash`,
        'move the point onto the shore: compare it with the map on the offer page or any online map',
      );
    }
    if (facts.kind === 'land-plot') {
      facts.boundary?.forEach(([lat, lon], i) => {
        if (isInLakeBalkhash({ lat, lon }))
          at(
            source,
            ['boundary', i],
            'error',
            `corner ${i + 1} of the boundary is in the water of Lake Balkhash`,
            'a land plot must lie on land: correct this corner',
          );
      });
    }
    if (facts.land.cadastralNumber) {
      const other = cadastral.get(facts.land.cadastralNumber);
      if (other)
        at(
          source,
          ['land', 'cadastralNumber'],
          'error',
          `the cadastral number ${facts.land.cadastralNumber} is also used by the offer \`${other}\``,
          'each plot has its own cadastral number: check both offers',
        );
      else cadastral.set(facts.land.cadastralNumber, offer.id);
    }
    if (isOlderThanMonths(facts.audit.date, today, siteConfig.staleAfterMonths)) {
      at(
        source,
        ['audit', 'date'],
        'warning',
        `the audit of ${facts.audit.date} is more than ${siteConfig.staleAfterMonths} months old, so the site marks the offer as needing re-verification`,
        'visit the site again and update `audit.date` (and `updated`)',
      );
    }
    if (facts.status === 'at-auction' && !facts.acquisition.lotUrl) {
      at(
        source,
        ['acquisition'],
        'warning',
        'the offer is at auction but gives no link to the lot',
        'add `lotUrl:` with the address of the lot on the state property register portal',
      );
    }
    facts.photos.forEach((photo, i) => {
      if (!photo.alt)
        at(
          source,
          ['photos', i],
          'warning',
          `the photo ${photo.file} has no alt text, so people who cannot see it learn nothing from it`,
          'add `alt: { en: …, ru: …, kk: … }` saying what the photo shows',
        );
      if (!existsSync(join(root, dirname(source.file), photo.file)))
        at(
          source,
          ['photos', i, 'file'],
          'error',
          `the photo file ${photo.file} is not in the offer folder`,
          'add the file beside facts.yaml or correct the name',
        );
    });
  }
  return problems;
}
