// The scaffolder's own logic, in-process (tests/unit/scaffold.test.ts runs the command as an official would).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFromTitle, newFactsYaml, newOfferProblems, writeNewOffer } from '../../src/lib/scaffold/newOffer.ts';
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
      acquisition: { route: 'auction' },
      contact: 'karkaraly-land-officer',
      published: TODAY,
      updated: TODAY,
      draft: true,
    });
    expect(offer.texts.en!.data.title).toBe('A new plot near Karkaraly');
    expect(readFileSync(join(folder, 'facts.yaml'), 'utf8')).toMatch(/^# A new plot near Karkaraly\n/);
  });

  it('fills what differs by kind: route, land category, condition, object and project parts', () => {
    const plot = newFactsYaml(input(), tree);
    expect(lineOf(plot, 'acquisition:')).toMatch(/^acquisition: \{ route: auction \}/);
    expect(lineOf(plot, '  category:')).toMatch(/^ {2}category: settlement /);
    expect(plot).toContain('condition: no-buildings }');
    expect(plot).not.toContain('object:');
    expect(plot).not.toContain('project:');
    expect(plot).not.toContain('investmentKzt');

    const base = newFactsYaml(input({ kind: 'infrastructure' }), tree);
    expect(lineOf(base, 'acquisition:')).toMatch(/^acquisition: \{ route: negotiation \}/);
    expect(base).toContain('condition: satisfactory }');
    expect(base).toContain(
      '\nobject:\n  type: { en: "TODO: object type, e.g. recreation base", ru: "TODO: object type, e.g. recreation base (по-русски)", kk: "TODO: object type, e.g. recreation base (қазақша)" }\n',
    );
    expect(base).toContain('  offered: [sale]  # TODO: any of sale, lease, trust-management, ppp, operator-wanted\n');

    const project = newFactsYaml(input({ kind: 'large-project', today: '2026-11-29' }), tree);
    expect(lineOf(project, 'acquisition:')).toMatch(/^acquisition: \{ route: competition \}/);
    expect(lineOf(project, '  category:')).toMatch(/^ {2}category: protected-recreational /);
    expect(project).toContain('\ninvestmentKzt: 1000000000  # TODO: total investment in tenge\n');
    expect(project).toContain('startYear: 2027, endYear: 2028, investmentKzt: 1000000000 }');
    expect(project.endsWith('draft: true  # delete this line to publish, when no TODO is left\n')).toBe(true);
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
