import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFER_KINDS } from '../../src/schemas/index.ts';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { idFromTitle } from '../../src/lib/scaffold/newOffer.ts';
import { TODAY, check, fixtureWith } from './helpers.ts';

/**
 * Runs the real command, the way an official would, into a temporary content folder. It runs on the
 * Node that runs the tests (the project's Node 24), without npx, whose start-up alone took five seconds
 * on a busy two-core machine.
 */
function newOffer(dir: string, args: string[], input?: string): string {
  return execFileSync(process.execPath, ['scripts/new-offer.ts', '--content-dir', dir, '--today', TODAY, ...args], {
    encoding: 'utf8',
    input,
  });
}

describe('npm run new-offer', { timeout: 30_000 }, () => {
  for (const kind of OFFER_KINDS) {
    it(`creates a ${kind} that passes the content check at once, as a draft with its TODOs listed`, () => {
      const dir = fixtureWith(() => {});
      newOffer(dir, [
        '--kind',
        kind,
        '--district',
        'karkaraly',
        '--id',
        `karkaraly-new-${kind}`,
        '--title',
        `A new ${kind} near Karkaraly`,
      ]);
      expect(readdirSync(join(dir, 'offers', `karkaraly-new-${kind}`)).sort()).toEqual(['en.mdx', 'facts.yaml', 'kk.mdx', 'ru.mdx']);
      const { errors, warnings, tree } = check(dir);
      expect(errors).toEqual([]);
      const offer = tree.offers.find((o) => o.id === `karkaraly-new-${kind}`)!;
      expect(offer.facts.draft).toBe(true);
      expect(offer.texts.en!.data.title).toBe(`A new ${kind} near Karkaraly`);
      const mine = warnings.filter((w) => w.file.includes(`karkaraly-new-${kind}/`));
      expect(mine.some((w) => w.message === 'this offer is a draft, so the site does not publish it')).toBe(true);
      expect(mine.filter((w) => w.message.startsWith('still to do:')).length).toBeGreaterThan(10);
      expect(new Set(mine.map((w) => w.file.split('/').at(-1)))).toEqual(new Set(['facts.yaml', 'en.mdx', 'ru.mdx', 'kk.mdx']));
    });
  }

  it('keeps a draft off the site', () => {
    const dir = fixtureWith(() => {});
    newOffer(dir, ['--kind', 'land-plot', '--district', 'balkhash', '--id', 'balkhash-draft', '--title', 'A draft plot']);
    const { tree } = check(dir);
    const catalog = buildCatalog(catalogInputFromTree(tree, TODAY));
    expect(tree.offers.map((o) => o.id)).toContain('balkhash-draft');
    expect(catalog.offers.map((o) => o.id)).not.toContain('balkhash-draft');
  });

  it('refuses to publish an offer that still has a TODO: removing `draft: true` too early is an error with the line', () => {
    const dir = fixtureWith(() => {});
    newOffer(dir, ['--kind', 'land-plot', '--district', 'balkhash', '--id', 'balkhash-early', '--title', 'Published too early']);
    const facts = join(dir, 'offers/balkhash-early/facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace(/^draft: true.*\n/m, ''));
    const { errors } = check(dir);
    expect(errors.length).toBeGreaterThan(10);
    expect(errors[0]!.message).toMatch(/^a TODO is left in a published offer/);
    expect(errors.every((e) => e.line !== undefined)).toBe(true);
  });

  it('asks for each value when run without flags, re-asking after a wrong answer', () => {
    const dir = fixtureWith(() => {});
    // An empty answer takes the value in brackets: the grantor usual for the kind, and the id made from the title.
    const out = newOffer(dir, [], 'infrastructure\n\nkarkarali\nkarkaraly\nOld rest home by the lake\n\n');
    expect(out).toContain(
      'Who grants the right (akimat-land / national-park / communal-property / ppp / private-owner) [communal-property]: ',
    );
    expect(out).toContain('Please type one of: balkhash, karkaraly');
    const id = idFromTitle('Old rest home by the lake', 'karkaraly');
    expect(id).toBe('karkaraly-old-rest-home-by-the-lake');
    expect(check(dir).errors).toEqual([]);
    const facts = readFileSync(join(dir, 'offers', id, 'facts.yaml'), 'utf8');
    expect(facts).toContain('kind: infrastructure');
    expect(facts).toContain('\nacquisition: { grantor: communal-property, route: tender }  # TODO');
  });

  it('refuses an id that is taken or malformed, and writes nothing', () => {
    const dir = fixtureWith(() => {});
    expect(() =>
      newOffer(dir, ['--kind', 'land-plot', '--district', 'karkaraly', '--id', 'shaitankol-glamping', '--title', 'Taken id']),
    ).toThrow(/already exists/);
    expect(() => newOffer(dir, ['--kind', 'land-plot', '--district', 'karkaraly', '--id', 'Bad_Id', '--title', 'Bad id'])).toThrow(
      /lower-case/,
    );
    expect(readdirSync(join(dir, 'offers')).sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
  });
});
