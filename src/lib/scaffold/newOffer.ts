import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_LAYOUT, languageFile } from '../content/layout.ts';
import { DEFAULT_LANG, LANGUAGE_NAMES } from '../../schemas/langs.ts';
import {
  CONDITIONS,
  GRANTORS,
  ID_PATTERN,
  LANGS,
  LAND_CATEGORIES,
  OBJECT_OFFERS,
  OFFER_KINDS,
  OFFER_STATUSES,
  PRICE_BASES,
  SEGMENTS,
  type AcquisitionRoute,
  type Grantor,
  type LandCategory,
  type OfferKind,
  type Right,
} from '../../schemas/index.ts';
import { BIDDING_STATUS, GRANTOR_RULES, acquisitionProblems } from '../rules/acquisition.ts';
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
  /** Who grants the right; left out, the usual grantor for the kind (DEFAULT_GRANTOR). */
  grantor?: string | undefined;
}

/** Who usually grants the right for each kind: state land by the akimat, communal buildings, a PPP project. */
export const DEFAULT_GRANTOR: Readonly<Record<OfferKind, Grantor>> = {
  'land-plot': 'akimat-land',
  infrastructure: 'communal-property',
  'large-project': 'ppp',
};

/** What a new offer starts with so that it passes the acquisition rules: route, right and land category. */
export interface StartingAcquisition {
  grantor: Grantor;
  route: AcquisitionRoute;
  right: Right;
  /** Term of the right, years; undefined where the right has none (ownership, PPP). */
  termYears: number | undefined;
  category: LandCategory;
}

/** Rights that need no term (the schema asks a term of every other right). */
const TERMLESS: readonly Right[] = ['ownership', 'ppp'];

/**
 * The first route and right, in the order GRANTOR_RULES lists them, that the grantor can give for
 * this kind of offer, checked by the same rules the schema applies; undefined when none fits (a PPP
 * hands over no right a bare land plot can carry).
 */
export function startingAcquisition(kind: OfferKind, grantor: Grantor): StartingAcquisition | undefined {
  const rule = GRANTOR_RULES[grantor];
  const category = (rule.landCategories?.[0] ?? (kind === 'large-project' ? 'protected-recreational' : 'settlement')) as LandCategory;
  for (const [route, rights] of Object.entries(rule.routes) as Array<[AcquisitionRoute, readonly Right[]]>) {
    for (const right of rights) {
      // A building lease or trust management runs for years, not decades; land rights get the longest term the grantor gives.
      const termYears = TERMLESS.includes(right) ? undefined : (rule.maxTermYears ?? 10);
      const fits =
        acquisitionProblems({
          kind,
          status: 'available',
          land: { category },
          right: { type: right, termYears },
          acquisition: { grantor, route },
        }).length === 0;
      if (fits) return { grantor, route, right, termYears, category };
    }
  }
  return undefined;
}

/** The grantors that can offer this kind at all, in schema order. */
export const grantorsFor = (kind: OfferKind): Grantor[] => GRANTORS.filter((g) => startingAcquisition(kind, g) !== undefined);

/** `auction: lease or ownership; …`: what a grantor gives by which route, for the TODO comment. */
const routesOf = (grantor: Grantor) =>
  Object.entries(GRANTOR_RULES[grantor].routes)
    .map(([route, rights]) => `${route}: ${(rights ?? []).join(' or ')}`)
    .join('; ');

/** What is wrong with the input, one message per problem; empty when it can be created. */
export function newOfferProblems(input: NewOfferInput, tree: Pick<ContentTree, 'districts'>, contentDir: string): string[] {
  const problems: string[] = [];
  if (!(OFFER_KINDS as readonly string[]).includes(input.kind)) problems.push(`--kind must be one of: ${OFFER_KINDS.join(', ')}`);
  else if (input.grantor !== undefined) {
    const fitting = grantorsFor(input.kind as OfferKind);
    if (!(GRANTORS as readonly string[]).includes(input.grantor)) problems.push(`--grantor must be one of: ${GRANTORS.join(', ')}`);
    else if (!fitting.includes(input.grantor as Grantor))
      problems.push(`--grantor ${input.grantor} cannot offer a ${input.kind}: choose one of ${fitting.join(', ')}`);
  }
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
/** A TODO in every language, each saying which language to write it in (from LANGS, so a new language gets one too). */
const todoText = (what: string) =>
  `{ ${LANGS.map((lang) => `${lang}: ${q(lang === DEFAULT_LANG ? `TODO: ${what}` : `TODO: ${what} (${LANGUAGE_NAMES[lang]})`)}`).join(', ')} }`;

/**
 * The facts.yaml of a new offer: valid from the first minute (so `npm run check:content` passes),
 * a draft (so the site does not publish it), and every placeholder marked `# TODO` with what to write.
 */
export function newFactsYaml(input: NewOfferInput, tree: Pick<ContentTree, 'districts' | 'places' | 'contacts'>): string {
  const kind = input.kind as OfferKind;
  const grantor = (input.grantor ?? DEFAULT_GRANTOR[kind]) as Grantor;
  // newOfferProblems refuses a grantor that fits no route for the kind, so this is only undefined for unchecked input.
  const start = startingAcquisition(kind, grantor);
  if (!start) throw new Error(`${grantor} cannot offer a ${kind}`);
  const district = tree.districts.find((d) => d.id === input.district)!;
  const centre = tree.places.find((p) => p.value.id === district.facts.centre)?.value;
  // The contact must work for a body the grantor's rule names (a national-park plot needs the park's officer).
  const bodies = GRANTOR_RULES[grantor].contactBodies as readonly string[];
  const fitting = tree.contacts.filter((c) => bodies.includes(c.value.body));
  const contact =
    (fitting.find((c) => c.value.id.startsWith(`${input.district}-`)) ?? fitting[0])?.value ??
    (tree.contacts.find((c) => c.value.id.startsWith(`${input.district}-`)) ?? tree.contacts[0])?.value;
  const year = Number(input.today.slice(0, 4));
  const term = start.termYears === undefined ? '' : ` termYears: ${start.termYears},`;
  const bidding = BIDDING_STATUS[start.route];
  const lines = [
    `# ${input.title}`,
    '# Created by `npm run new-offer`. Fill in every line marked TODO (the guide: content/README.md),',
    '# then delete `draft: true` at the end to publish. `npm run check:content` lists what is left.',
    `kind: ${kind}`,
    `status: available  # TODO: one of ${OFFER_STATUSES.join(', ')}${bidding ? `; ${bidding} while bids are open` : ''}`,
    `district: ${input.district}`,
    `place: ${district.facts.centre}  # TODO: the nearest city, town or village in content/places.yaml`,
    '# namedLocation: shaitankol  # TODO: the lake, national park or landmark in content/places.yaml the site is at, if any',
    `location: { lat: ${centre?.lat ?? 0}, lon: ${centre?.lon ?? 0} }  # TODO: the site's own point (now the district centre), decimal degrees`,
    'land:',
    '  areaHa: 1  # TODO: area in hectares, e.g. 4.2',
    `  category: ${start.category}  # TODO: one of ${GRANTOR_RULES[grantor].landCategories?.join(', ') ?? LAND_CATEGORIES.join(', ')}`,
    '  # cadastralNumber: "09-134-021-345"  # TODO: add when the plot has one',
    `targetPurpose: ${todoText('target purpose, quoted from the title document')}`,
    `right: { type: ${start.right},${term} foreignOwnedEligible: false }  # TODO: by route, ${grantor} gives ${routesOf(grantor)}; foreign participation allowed?`,
    `acquisition: { grantor: ${grantor}, route: ${start.route} }  # TODO: grantor is one of ${GRANTORS.join(', ')}; when bids open add date and lotUrl (the lot itself)`,
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
    '# incentives: the site works them out from the rules in content/incentives.yaml, so leave them out',
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
