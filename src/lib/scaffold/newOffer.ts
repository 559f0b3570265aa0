import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_LAYOUT, languageFile } from '../content/layout.ts';
import {
  ACQUISITION_ROUTES,
  CONDITIONS,
  ID_PATTERN,
  LANGS,
  LAND_CATEGORIES,
  OBJECT_OFFERS,
  OFFER_KINDS,
  PRICE_BASES,
  RIGHTS,
  SEGMENTS,
  type OfferKind,
} from '../../schemas/index.ts';
import type { ContentTree } from '../validation/loadContent.ts';
import { offerStub } from '../register/stubs.ts';

/** Where offers live and what their files are called: the one content layout. */
const OFFERS = CONTENT_LAYOUT.offers;

export interface NewOfferInput {
  kind: string;
  district: string;
  id: string;
  /** English title. */
  title: string;
  /** YYYY-MM-DD for the audit, published and updated dates. */
  today: string;
}

/** What is wrong with the input, one message per problem; empty when it can be created. */
export function newOfferProblems(input: NewOfferInput, tree: Pick<ContentTree, 'districts'>, contentDir: string): string[] {
  const problems: string[] = [];
  if (!(OFFER_KINDS as readonly string[]).includes(input.kind)) problems.push(`--kind must be one of: ${OFFER_KINDS.join(', ')}`);
  const districts = tree.districts.map((d) => d.id);
  if (!districts.includes(input.district)) problems.push(`--district must be one of: ${districts.join(', ')}`);
  if (!ID_PATTERN.test(input.id))
    problems.push('--id must use only lower-case Latin letters, digits and single hyphens, e.g. karkaraly-lakeside-glamping');
  else if (existsSync(join(contentDir, OFFERS.folder, input.id)))
    problems.push(`content/${OFFERS.folder}/${input.id} already exists: choose another id, or edit that offer`);
  if (input.title.trim().length < 5 || input.title.length > 90) problems.push('--title must be 5 to 90 characters');
  return problems;
}

/** An id made from an English title: "Lakeside glamping, 4 ha" → "lakeside-glamping-4-ha". */
export function idFromTitle(title: string, district: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug.startsWith(`${district}-`) ? slug : `${district}-${slug}`;
}

const q = (s: string) => JSON.stringify(s);
const todoText = (what: string) =>
  `{ en: ${q(`TODO: ${what}`)}, ru: ${q(`TODO: ${what} (по-русски)`)}, kk: ${q(`TODO: ${what} (қазақша)`)} }`;

/**
 * The facts.yaml of a new offer: valid from the first minute (so `npm run check:content` passes),
 * a draft (so the site does not publish it), and every placeholder marked `# TODO` with what to write.
 */
export function newFactsYaml(input: NewOfferInput, tree: Pick<ContentTree, 'districts' | 'places' | 'contacts'>): string {
  const kind = input.kind as OfferKind;
  const district = tree.districts.find((d) => d.id === input.district)!;
  const centre = tree.places.find((p) => p.value.id === district.facts.centre)?.value;
  const contact = tree.contacts.find((c) => c.value.id.startsWith(`${input.district}-`))?.value ?? tree.contacts[0]?.value;
  const year = Number(input.today.slice(0, 4));
  const route = kind === 'land-plot' ? 'auction' : kind === 'large-project' ? 'competition' : 'negotiation';
  const lines = [
    `# ${input.title}`,
    '# Created by `npm run new-offer`. Fill in every line marked TODO (the guide: content/README.md),',
    '# then delete `draft: true` at the end to publish. `npm run check:content` lists what is left.',
    `kind: ${kind}`,
    `status: available  # TODO: one of available, reserved, at-auction, under-negotiation, closed`,
    `district: ${input.district}`,
    `place: ${district.facts.centre}  # TODO: the nearest place in content/places.yaml`,
    `location: { lat: ${centre?.lat ?? 0}, lon: ${centre?.lon ?? 0} }  # TODO: the site's own point (now the district centre), decimal degrees`,
    'land:',
    '  areaHa: 1  # TODO: area in hectares, e.g. 4.2',
    `  category: ${kind === 'large-project' ? 'protected-recreational' : 'settlement'}  # TODO: one of ${LAND_CATEGORIES.join(', ')}`,
    '  # cadastralNumber: "09-134-021-345"  # TODO: add when the plot has one',
    `targetPurpose: ${todoText('target purpose, quoted from the title document')}`,
    `right: { type: lease, termYears: 49, foreignOwnedEligible: false }  # TODO: type is one of ${RIGHTS.join(', ')}; foreign participation allowed?`,
    `acquisition: { route: ${route} }  # TODO: one of ${ACQUISITION_ROUTES.join(', ')}; add lotUrl and date for an auction`,
    `price: { basis: on-request }  # TODO: or basis: one of ${PRICE_BASES.filter((b) => b !== 'on-request').join(', ')}, with amountKzt`,
    ...(kind === 'large-project' ? ['investmentKzt: 1000000000  # TODO: total investment in tenge'] : []),
    'utilities:  # TODO: for each, available true/false, distanceM, and capacity where known',
    '  power: { available: false }',
    '  water: { available: false }',
    '  sewage: { available: false }',
    '  heat: { available: false }',
    '  gas: { available: false }',
    '  internet: { available: false }',
    '  road: { available: true, surface: dirt, allSeason: false }',
    `segments: [recreation-base]  # TODO: any of ${SEGMENTS.join(', ')}`,
    'incentives: []  # TODO: ids from content/incentives.yaml the offer may qualify for',
    `audit: { date: ${input.today}, auditor: ${todoText('who did the audit')}, condition: ${kind === 'infrastructure' ? 'satisfactory' : 'no-buildings'} }  # TODO: date of the visit; condition is one of ${CONDITIONS.join(', ')}`,
    `contact: ${contact?.id ?? 'TODO'}  # TODO: the responsible officer in content/contacts.yaml`,
    `published: ${input.today}`,
    `updated: ${input.today}`,
  ];
  if (kind === 'infrastructure') {
    lines.push(
      'object:',
      `  type: ${todoText('object type, e.g. recreation base')}`,
      `  owner: ${todoText('current owner')}`,
      `  offered: [sale]  # TODO: any of ${OBJECT_OFFERS.join(', ')}`,
      '  # TODO: floorAreaM2, yearBuilt, rooms, beds, seasonMonths, beachFrontageM, ownUtilities where known',
    );
  }
  if (kind === 'large-project') {
    lines.push(
      'project:',
      '  phases:  # TODO: one entry per phase',
      `    - { name: ${todoText('first phase')}, startYear: ${year + 1}, endYear: ${year + 2}, investmentKzt: 1000000000 }`,
      `  partnersSought: [${todoText('partner sought, e.g. hotel operator')}]`,
      '  # TODO: irrPct and paybackYears, if the concept gives them',
    );
  }
  lines.push('draft: true  # delete this line to publish, when no TODO is left', '');
  return lines.join('\n');
}

/** Writes content/offers/<id>/ with facts.yaml and en/ru/kk.mdx stubs. Returns the paths written. */
export function writeNewOffer(
  input: NewOfferInput,
  tree: Pick<ContentTree, 'districts' | 'places' | 'contacts'>,
  contentDir: string,
): string[] {
  const dir = join(contentDir, OFFERS.folder, input.id);
  mkdirSync(dir, { recursive: true });
  const files: Array<[string, string]> = [
    [OFFERS.factsFile, newFactsYaml(input, tree)],
    ...LANGS.map((lang): [string, string] => [languageFile(lang), offerStub(lang, { en: input.title }, input.id)]),
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
