// The scaffolder's own logic, in-process (tests/unit/scaffold.test.ts runs the command as an official would).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRANTOR,
  grantorsFor,
  idFromTitle,
  newFactsYaml,
  newOfferProblems,
  startingAcquisition,
  writeNewOffer,
} from '../../src/lib/scaffold/newOffer.ts';
import { GOOD_FIXTURE, TODAY, check, fixtureWith } from './helpers.ts';

const { tree } = check(GOOD_FIXTURE);
const input = (over: Partial<Parameters<typeof newOfferProblems>[0]> = {}) => ({
  kind: 'land-plot',
  district: 'karkaraly',
  id: 'karkaraly-new-plot',
  title: 'A new plot near Karkaraly',
  today: TODAY,
  ...over,
});
const lineOf = (yaml: string, start: string) => yaml.split('\n').find((l) => l.startsWith(start));

describe('what the scaffolder refuses', () => {
  it('accepts a good input', () => {
    expect(newOfferProblems(input(), tree, GOOD_FIXTURE)).toEqual([]);
  });

  it('names the kinds and districts it knows when given another', () => {
    expect(newOfferProblems(input({ kind: 'hotel', district: 'karkarali' }), tree, GOOD_FIXTURE)).toEqual([
      '--kind must be one of: land-plot, infrastructure, large-project',
      '--district must be one of: balkhash, karkaraly',
    ]);
  });

  it('refuses a malformed id with an example, and a taken one with the folder it found', () => {
    expect(newOfferProblems(input({ id: 'Bad_Id' }), tree, GOOD_FIXTURE)).toEqual([
      '--id must use only lower-case Latin letters, digits and single hyphens, e.g. karkaraly-lakeside-glamping',
    ]);
    expect(newOfferProblems(input({ id: 'shaitankol-glamping' }), tree, GOOD_FIXTURE)).toEqual([
      'content/offers/shaitankol-glamping already exists: choose another id, or edit that offer',
    ]);
  });

  it('takes a title of 5 to 90 characters, not counting spaces around a short one', () => {
    const problem = ['--title must be 5 to 90 characters'];
    expect(newOfferProblems(input({ title: 'Plot5' }), tree, GOOD_FIXTURE)).toEqual([]);
    expect(newOfferProblems(input({ title: 'Plot' }), tree, GOOD_FIXTURE)).toEqual(problem);
    expect(newOfferProblems(input({ title: '  Plot  ' }), tree, GOOD_FIXTURE)).toEqual(problem);
    expect(newOfferProblems(input({ title: 'x'.repeat(90) }), tree, GOOD_FIXTURE)).toEqual([]);
    expect(newOfferProblems(input({ title: 'x'.repeat(91) }), tree, GOOD_FIXTURE)).toEqual(problem);
  });
});

describe('who grants the right', () => {
  it('takes the grantor usual for the kind when none is given', () => {
    expect(DEFAULT_GRANTOR).toEqual({ 'land-plot': 'akimat-land', infrastructure: 'communal-property', 'large-project': 'ppp' });
  });

  it('starts with a route and right the grantor gives for the kind', () => {
    expect(startingAcquisition('land-plot', 'akimat-land')).toEqual({
      grantor: 'akimat-land',
      route: 'auction',
      right: 'lease',
      termYears: 49,
      category: 'settlement',
    });
    expect(startingAcquisition('land-plot', 'national-park')).toEqual({
      grantor: 'national-park',
      route: 'competition',
      right: 'park-land-use',
      termYears: 49,
      category: 'protected-recreational',
    });
    // Communal land plots are not let by property lease: the first right a plot can carry is ownership at auction.
    expect(startingAcquisition('land-plot', 'communal-property')).toMatchObject({
      route: 'auction',
      right: 'ownership',
      termYears: undefined,
    });
    expect(startingAcquisition('infrastructure', 'akimat-land')).toMatchObject({ route: 'auction', right: 'ownership' });
    expect(startingAcquisition('infrastructure', 'private-owner')).toMatchObject({ route: 'direct-sale', right: 'ownership' });
    expect(startingAcquisition('land-plot', 'ppp')).toBeUndefined();
  });

  it('offers every grantor but a PPP for a land plot, and all five for the other kinds', () => {
    expect(grantorsFor('land-plot')).toEqual(['akimat-land', 'national-park', 'communal-property', 'private-owner']);
    expect(grantorsFor('infrastructure')).toEqual(['akimat-land', 'national-park', 'communal-property', 'ppp', 'private-owner']);
    expect(grantorsFor('large-project')).toEqual(['akimat-land', 'national-park', 'communal-property', 'ppp', 'private-owner']);
  });

  it('refuses a grantor it does not know, and one that cannot offer the kind, naming the ones that can', () => {
    expect(newOfferProblems(input({ grantor: 'akimat' }), tree, GOOD_FIXTURE)).toEqual([
      '--grantor must be one of: akimat-land, national-park, communal-property, ppp, private-owner',
    ]);
    expect(newOfferProblems(input({ grantor: 'ppp' }), tree, GOOD_FIXTURE)).toEqual([
      '--grantor ppp cannot offer a land-plot: choose one of akimat-land, national-park, communal-property, private-owner',
    ]);
    expect(newOfferProblems(input({ kind: 'infrastructure', grantor: 'ppp' }), tree, GOOD_FIXTURE)).toEqual([]);
  });

  it('writes a national-park plot the check accepts: competition, park-land-use, protected land and the park officer', () => {
    const dir = fixtureWith(() => {});
    writeNewOffer(input({ grantor: 'national-park' }), tree, dir);
    const { errors, tree: after } = check(dir);
    expect(errors).toEqual([]);
    expect(after.offers.find((o) => o.id === 'karkaraly-new-plot')!.facts).toMatchObject({
      land: { category: 'protected-recreational' },
      right: { type: 'park-land-use', termYears: 49 },
      acquisition: { grantor: 'national-park', route: 'competition' },
      contact: 'karkaraly-park-recreation-officer',
    });
  });
});

describe('the id made from a title', () => {
  it('keeps Latin letters and digits, one hyphen between words, and the district in front once', () => {
    expect(idFromTitle('Lakeside glamping, 4 ha', 'karkaraly')).toBe('karkaraly-lakeside-glamping-4-ha');
    expect(idFromTitle('  --Karkaraly  pines!  ', 'karkaraly')).toBe('karkaraly-pines');
    expect(idFromTitle('Balkhash beach', 'karkaraly')).toBe('karkaraly-balkhash-beach');
  });

  it('cuts the slug at 60 characters without leaving a hyphen at the end', () => {
    // 59 letters, a space, then more: the cut at 60 falls just after the hyphen.
    const title = `${'a'.repeat(59)} bbb`;
    expect(idFromTitle(title, 'balkhash')).toBe(`balkhash-${'a'.repeat(59)}`);
  });
});

describe('the files of a new offer', () => {
  it('writes facts.yaml and the three texts, and the offer passes the check as a draft', () => {
    const dir = fixtureWith(() => {});
    const written = writeNewOffer(input(), tree, dir);
    const folder = join(dir, 'offers', 'karkaraly-new-plot');
    expect(written).toEqual(['facts.yaml', 'en.mdx', 'ru.mdx', 'kk.mdx'].map((f) => join(folder, f)));
    expect(readdirSync(folder).sort()).toEqual(['en.mdx', 'facts.yaml', 'kk.mdx', 'ru.mdx']);
    const { errors, tree: after } = check(dir);
    expect(errors).toEqual([]);
    const offer = after.offers.find((o) => o.id === 'karkaraly-new-plot')!;
    expect(offer.facts).toMatchObject({
      kind: 'land-plot',
      district: 'karkaraly',
      place: 'karkaraly',
      location: { lat: 49.4124, lon: 75.4723 },
      right: { type: 'lease', termYears: 49 },
      acquisition: { grantor: 'akimat-land', route: 'auction' },
      contact: 'karkaraly-land-officer',
      published: TODAY,
      updated: TODAY,
      draft: true,
    });
    expect(offer.texts.en!.data.title).toBe('A new plot near Karkaraly');
    expect(readFileSync(join(folder, 'facts.yaml'), 'utf8')).toMatch(/^# A new plot near Karkaraly\n/);
  });

  it('fills what differs by kind: grantor, route, right, land category, condition, object and project parts', () => {
    const plot = newFactsYaml(input(), tree);
    expect(lineOf(plot, 'acquisition:')).toMatch(/^acquisition: \{ grantor: akimat-land, route: auction \}/);
    expect(lineOf(plot, 'right:')).toMatch(/^right: \{ type: lease, termYears: 49, foreignOwnedEligible: false \}/);
    expect(lineOf(plot, '  category:')).toMatch(/^ {2}category: settlement /);
    expect(plot).toContain('condition: no-buildings }');
    expect(plot).not.toContain('object:');
    expect(plot).not.toContain('project:');
    expect(plot).not.toContain('investmentKzt');

    const base = newFactsYaml(input({ kind: 'infrastructure' }), tree);
    expect(lineOf(base, 'acquisition:')).toMatch(/^acquisition: \{ grantor: communal-property, route: tender \}/);
    expect(lineOf(base, 'right:')).toMatch(/^right: \{ type: property-lease, termYears: 10, foreignOwnedEligible: false \}/);
    expect(base).toContain('condition: satisfactory }');
    expect(base).toContain(
      '\nobject:\n  type: { en: "TODO: object type, e.g. recreation base", ru: "TODO: object type, e.g. recreation base (Русский)", kk: "TODO: object type, e.g. recreation base (Қазақша)" }\n',
    );
    expect(base).toContain('  offered: [sale]  # TODO: any of sale, lease, trust-management, ppp, operator-wanted\n');

    const project = newFactsYaml(input({ kind: 'large-project', today: '2026-11-29' }), tree);
    expect(lineOf(project, 'acquisition:')).toMatch(/^acquisition: \{ grantor: ppp, route: competition \}/);
    expect(lineOf(project, 'right:')).toMatch(/^right: \{ type: ppp, foreignOwnedEligible: false \}/);
    expect(lineOf(project, '  category:')).toMatch(/^ {2}category: protected-recreational /);
    expect(project).toContain('\ninvestmentKzt: 1000000000  # TODO: total investment in tenge\n');
    expect(project).toContain('startYear: 2027, endYear: 2028, investmentKzt: 1000000000 }');
    expect(project.endsWith('draft: true  # delete this line to publish, when no TODO is left\n')).toBe(true);
  });

  it('lists every status in the TODO, with the bidding status of the route', () => {
    expect(lineOf(newFactsYaml(input(), tree), 'status:')).toBe(
      'status: available  # TODO: one of available, reserved, at-auction, at-tender, at-competition, under-negotiation, closed; at-auction while bids are open',
    );
    expect(lineOf(newFactsYaml(input({ grantor: 'private-owner' }), tree), 'status:')).toBe(
      'status: available  # TODO: one of available, reserved, at-auction, at-tender, at-competition, under-negotiation, closed',
    );
  });

  it('leaves incentives out, since the site works them out from their rules', () => {
    const yaml = newFactsYaml(input(), tree);
    expect(yaml).not.toMatch(/^incentives:/m);
    expect(yaml).toContain('\n# incentives: the site works them out from the rules in content/incentives.yaml, so leave them out\n');
  });

  it('lists the other price bases in the TODO, not on-request itself', () => {
    const line = lineOf(newFactsYaml(input(), tree), 'price:')!;
    expect(line.startsWith('price: { basis: on-request }  # TODO: or basis: one of ')).toBe(true);
    expect(line.split('one of ')[1]).not.toContain('on-request');
  });

  it('falls back to the first contact when the district has no officer of its own', () => {
    const lone = { ...tree, contacts: tree.contacts.filter((c) => !c.value.id.startsWith('karkaraly-')) };
    expect(lineOf(newFactsYaml(input(), lone), 'contact:')).toBe(
      'contact: balkhash-land-officer  # TODO: the responsible officer in content/contacts.yaml',
    );
    expect(lineOf(newFactsYaml(input(), { ...tree, contacts: [] }), 'contact:')).toMatch(/^contact: TODO /);
  });

  it('puts the site at 0, 0 when the district centre is not among the places', () => {
    expect(lineOf(newFactsYaml(input(), { ...tree, places: [] }), 'location:')).toMatch(/^location: \{ lat: 0, lon: 0 \}/);
  });
});
