import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isInLakeBalkhash } from '../geo/lake.ts';
import { pointInRing } from '../geo/pointInPolygon.ts';
import type { ContentTree } from './loadContent.ts';
import type { ContentProblem } from './problems.ts';
import type { YamlSource } from './readContentTree.ts';
import { didYouMean } from './suggest.ts';
import { fieldName } from './zodIssues.ts';
import { siteConfig } from '../../site.config.ts';
import { GRANTOR_RULES, bidDateState } from '../rules/acquisition.ts';
import { checkIncentive, explainIneligible, mciForYear } from '../rules/incentives.ts';
import { RATE_MAX_AGE_DAYS, isRateOutdated, rateAgeDays } from '../rules/currency.ts';
import { FOREIGN_CURRENCIES } from '../../schemas/exchangeRate.ts';

/** Place types that are settlements: `place:` must be one; `namedLocation:` must not. */
const SETTLEMENT_TYPES: readonly string[] = ['city', 'town', 'village'];

/** True when `date` (YYYY-MM-DD) is more than `months` months before `today`. */
export function isOlderThanMonths(date: string, today: string, months: number): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${date}T00:00:00Z`) < limit;
}

/** Records one problem at a YAML path of a source file; `timeDependent` marks what only the passing of time made wrong. */
type ReportProblem = (
  source: YamlSource,
  path: PropertyKey[],
  severity: 'error' | 'warning',
  message: string,
  hint?: string,
  timeDependent?: true,
) => void;

/**
 * Checks that need more than one file: references resolve, points lie where they
 * should, numbers that must be unique are, and dates are not in the future.
 */
export function crossCheck(
  tree: ContentTree,
  { today, root, illustrative = siteConfig.illustrativeData }: { today: string; root: string; illustrative?: boolean },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at: ReportProblem = (source, path, severity, message, hint, timeDependent) =>
    problems.push({
      ...(timeDependent && { timeDependent }),
      severity,
      file: source.file,
      line: source.lineOf(path),
      // Named as the schema's errors name them (`[0].date`, `photos[1].alt`), so one field reads the same in both.
      field: fieldName(path),
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
  for (const { value: incentive, source, index } of tree.incentives) {
    incentive.eligibility.minInvestment?.forEach((threshold, i) => {
      threshold.districts?.forEach((district, j) => {
        ref(source, [index, 'eligibility', 'minInvestment', i, 'districts', j], district, districtIds, 'district', 'content/districts/');
      });
    });
  }
  const year = Number(today.slice(0, 4));
  const mci = mciForYear(
    year,
    tree.mci.map((m) => m.value),
  );
  const thresholdsUsed = tree.incentives.some((i) => i.value.eligibility.minInvestment);
  if (thresholdsUsed && mci?.year !== year) {
    problems.push({
      severity: 'warning',
      file: 'content/mci.yaml',
      message: mci
        ? `there is no MCI value for ${year}, so investment thresholds use the value of ${mci.year}`
        : `there is no MCI value for ${year} or any earlier year, so no offer can pass an investment threshold`,
      hint: `add \`- { id: mci-${year}, year: ${year}, valueKzt: …, source: … }\` from the republican budget law for ${year}`,
      timeDependent: true,
    });
  }

  checkExchangeRates(tree, today, problems, at);

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
    if (place && !SETTLEMENT_TYPES.includes(place.type)) {
      const settlements = tree.places.filter((p) => SETTLEMENT_TYPES.includes(p.value.type) && p.value.district === facts.district);
      at(
        source,
        ['place'],
        'error',
        `\`place\` is the nearest settlement, but \`${place.id}\` is ${place.type === 'airport' ? 'an' : 'a'} ${place.type}`,
        `write the nearest city, town or village in \`place\` (${settlements.map((p) => p.value.id).join(', ')}) and move \`${place.id}\` to \`namedLocation: ${place.id}\``,
      );
    }
    if (facts.namedLocation !== undefined) {
      const named = tree.places.find((p) => p.value.id === facts.namedLocation)?.value;
      if (!named) ref(source, ['namedLocation'], facts.namedLocation, placeIds, 'place', 'content/places.yaml');
      else if (SETTLEMENT_TYPES.includes(named.type))
        at(
          source,
          ['namedLocation'],
          'error',
          `\`namedLocation\` is for a lake, park or landmark, but \`${named.id}\` is a ${named.type}`,
          `delete \`namedLocation\`, or write \`place: ${named.id}\` if it is the nearest settlement`,
        );
    }
    if (!tree.grantors.some((g) => g.value.id === facts.acquisition.grantor))
      at(
        source,
        ['acquisition', 'grantor'],
        'error',
        `content/grantors.yaml gives no legal source for \`${facts.acquisition.grantor}\`, so the page cannot cite one`,
        `add \`- id: ${facts.acquisition.grantor}\` with its \`source:\` under \`grantors:\` in content/grantors.yaml`,
      );
    const contact = tree.contacts.find((c) => c.value.id === facts.contact)?.value;
    const grantorRule = GRANTOR_RULES[facts.acquisition.grantor];
    if (contact && !grantorRule.contactBodies.includes(contact.body)) {
      const fitting = tree.contacts.filter((c) => grantorRule.contactBodies.includes(c.value.body)).map((c) => c.value.id);
      at(
        source,
        ['contact'],
        'error',
        facts.acquisition.grantor === 'national-park'
          ? `national-park land is granted by the park's authorised body, so the contact must be a national-park officer, not \`${contact.id}\` (${contact.body})`
          : `the right is granted by \`${facts.acquisition.grantor}\`, which \`${contact.id}\` (${contact.body}) does not answer for`,
        fitting.length
          ? `use one of: ${fitting.join(', ')}`
          : `add an officer with \`body: ${grantorRule.contactBodies[0]}\` under \`contacts:\` in content/contacts.yaml`,
      );
    }
    facts.incentives.forEach((id, i) => {
      const incentive = tree.incentives.find((x) => x.value.id === id)?.value;
      if (!incentive) return; // an unknown id is reported by the reference check
      const check = checkIncentive(facts, incentive, mci, year);
      if (!check.eligible)
        at(
          source,
          ['incentives', i],
          'error',
          `the offer does not meet the rules of \`${id}\`: ${explainIneligible(check)}`,
          'delete this line: the site lists the programmes an offer may qualify for by itself, from content/incentives.yaml',
        );
    });
    if (bidDateState(facts, today) === 'passed') {
      at(
        source,
        ['acquisition', 'date'],
        'error',
        `bids closed on ${facts.acquisition.date}, but the status is still \`${facts.status}\`; the site now says the result is being confirmed`,
        'write the result: `status: closed` (or `reserved` / `under-negotiation`), or a new `date:` if the bidding was moved or repeated',
        true,
      );
    }
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
        true,
      );
    }
    // Demonstration offers have no real lot, and say so on the page; a real offer in bidding needs its link.
    if (!illustrative && bidDateState(facts, today) === 'upcoming' && !facts.acquisition.lotUrl) {
      at(
        source,
        ['acquisition'],
        'warning',
        `the offer is \`${facts.status}\` but gives no link to the lot`,
        'add `lotUrl:` with the address of the lot itself on the portal where it is published',
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
    facts.documents.forEach((doc, i) => {
      if (doc.file !== undefined && !existsSync(join(root, dirname(source.file), doc.file)))
        at(
          source,
          ['documents', i, 'file'],
          'error',
          `the document file ${doc.file} is not in the offer folder, so the site cannot publish it`,
          'put the PDF beside facts.yaml under exactly this name (capital letters count), or correct the name in `file:`',
        );
    });
  }
  return problems;
}

/**
 * The rates of content/exchange-rates.yaml: every currency present, no date after build day, and a warning when a
 * rate is more than RATE_MAX_AGE_DAYS old (the same rule the offer pages use to call it outdated).
 */
function checkExchangeRates(tree: ContentTree, today: string, problems: ContentProblem[], at: ReportProblem): void {
  const file = 'content/exchange-rates.yaml';
  const seen = new Set<string>();
  for (const { value: rate, source, index } of tree.exchangeRates) {
    // A currency listed twice is already an error of the list's ids; its rate is judged once.
    if (seen.has(rate.id)) continue;
    seen.add(rate.id);
    const age = rateAgeDays(rate.date, today);
    if (age < 0)
      at(
        source,
        [index, 'date'],
        'error',
        `the date ${rate.date} is in the future`,
        `use the date of the NBK table you copied, on or before ${today}`,
      );
    else if (isRateOutdated(rate.date, today))
      at(
        source,
        [index, 'date'],
        'warning',
        `the ${rate.id.toUpperCase()} rate of ${rate.date} is ${age} days old (more than ${RATE_MAX_AGE_DAYS}), so the ${rate.id === 'usd' ? 'dollar' : 'euro'} amounts on offer pages are out of date`,
        "copy a recent day's official rate from the NBK's table, set `kztPerUnit:` and `date:`, and `verified: true` once you have compared them",
        true,
      );
  }
  const missing = FOREIGN_CURRENCIES.filter((c) => !seen.has(c));
  if (missing.length)
    problems.push({
      severity: 'warning',
      file,
      message: `there is no rate for ${missing.map((c) => c.toUpperCase()).join(' and ')}, so offer pages show no amounts in it`,
      hint: `add \`- { id: ${missing[0]}, kztPerUnit: …, date: …, source: …, verified: … }\` from the NBK's table of official rates`,
    });
}
