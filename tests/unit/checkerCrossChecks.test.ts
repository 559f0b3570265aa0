import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/lib/validation/crossChecks.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { TODAY, check, fixtureWith, replaceIn, writeIn } from './helpers.ts';

// Mistakes planted in temporary copies of tests/fixtures/content-good that need more than one file to see
// (a grantor or contact that does not fit, a photo that is not there, a TODO left in a published offer).

const BASE = 'offers/balkhash-test-base';
const GLAMPING = 'offers/shaitankol-glamping';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const FRONT =
  '---\ntitle: "Test recreation base (en)"\nsummary: "A test recreation base on the shore, used by the unit tests only."\n---\n';

/** Each problem as `severity file:line field: message (fix: hint)`, so a test states the whole text it expects. */
function lines(problems: readonly ContentProblem[]): string[] {
  return problems.map(
    (p) => `${p.severity} ${p.file.replace(/^content\//, '')}:${p.line ?? '-'} ${p.field ?? '-'}: ${p.message} (fix: ${p.hint})`,
  );
}

/** Lists photos under the base's facts.yaml (the YAML lines are given whole). */
function withPhotos(d: string, yaml: string): void {
  replaceIn(d, `${BASE}/facts.yaml`, 'published: 2026-01-10', `${yaml}\npublished: 2026-01-10`);
}

describe('checks across files', () => {
  it('asks for the legal source of a grantor that content/grantors.yaml does not list', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'grantors.yaml', '- id: communal-property', '- id: communal-property-old'));
    expect(lines(check(dir).errors)).toContain(
      'error offers/balkhash-test-base/facts.yaml:13 acquisition.grantor: content/grantors.yaml gives no legal source for `communal-property`, so the page cannot cite one (fix: add `- id: communal-property` with its `source:` under `grantors:` in content/grantors.yaml)',
    );
  });

  it('refuses a contact whose body does not answer for the grantor, and lists the officers who do', () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, `${BASE}/facts.yaml`, 'contact: balkhash-tourism-officer', 'contact: karkaraly-park-recreation-officer'),
    );
    // The fitting officers are the akimat and regional-akimat ones of contacts.yaml, in file order.
    expect(lines(check(dir).errors)).toContain(
      'error offers/balkhash-test-base/facts.yaml:26 contact: the right is granted by `communal-property`, which `karkaraly-park-recreation-officer` (national-park) does not answer for (fix: use one of: balkhash-land-officer, balkhash-tourism-officer, karkaraly-land-officer, karkaraly-tourism-officer, regional-investment-officer)',
    );
  });

  it('says which body to add when no officer in contacts.yaml fits the grantor', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'contacts.yaml', 'body: national-park', 'body: akimat'));
    const contact = check(dir).errors.find((e) => e.field === 'contact');
    expect(contact?.hint).toBe('add an officer with `body: national-park` under `contacts:` in content/contacts.yaml');
  });

  it('warns that investment thresholds use an older MCI when the current year has none', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'mci.yaml', /- id: mci-2026[\s\S]*$/, ''));
    expect(lines(check(dir).warnings)).toContain(
      // TODAY is in 2026; the fixture's other value is for 2025.
      'warning mci.yaml:- -: there is no MCI value for 2026, so investment thresholds use the value of 2025 (fix: add `- { id: mci-2026, year: 2026, valueKzt: …, source: … }` from the republican budget law for 2026)',
    );
  });

  it('refuses a land plot whose boundary has a corner in the water of Lake Balkhash, naming the corner', () => {
    // 46.60, 74.80 is open water in the middle of the lake's western basin.
    const dir = fixtureWith((d) => replaceIn(d, `${GLAMPING}/facts.yaml`, '  - [49.4054, 75.4146]', '  - [46.60, 74.80]'));
    const lake = check(dir).errors.filter((e) => e.message.includes('Lake Balkhash'));
    expect(lines(lake)).toEqual([
      'error offers/shaitankol-glamping/facts.yaml:9 boundary[1]: corner 2 of the boundary is in the water of Lake Balkhash (fix: a land plot must lie on land: correct this corner)',
    ]);
  });

  it('asks a real (not demonstration) catalog for the lot link of an offer in bidding, and only then', () => {
    const dir = fixtureWith((d) => replaceIn(d, `${BASE}/facts.yaml`, ', lotUrl: "https://gosreestr.example.kz/lot/1"', ''));
    const { tree } = check(dir);
    const real = crossCheck(tree, { today: TODAY, root: join(dir, '..'), illustrative: false });
    expect(lines(real.filter((p) => p.field === 'acquisition'))).toEqual([
      'warning offers/balkhash-test-base/facts.yaml:13 acquisition: the offer is `at-tender` but gives no link to the lot (fix: add `lotUrl:` with the address of the lot itself on the portal where it is published)',
    ]);
    // The demonstration catalog has no real lots and says so on the page.
    expect(crossCheck(tree, { today: TODAY, root: join(dir, '..'), illustrative: true }).filter((p) => p.field === 'acquisition')).toEqual(
      [],
    );
    // Once the bid date has passed the offer needs a result, not a lot link.
    expect(crossCheck(tree, { today: '2026-12-20', root: join(dir, '..'), illustrative: false }).map((p) => p.field)).not.toContain(
      'acquisition',
    );
  });

  it('does not ask for a lot link that is given', () => {
    const { tree } = check(fixtureWith(() => {}));
    expect(crossCheck(tree, { today: TODAY, root: '.', illustrative: false }).filter((p) => p.field === 'acquisition')).toEqual([]);
  });

  it('warns about a photo without alt text and refuses a listed photo that is not in the folder', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, BASE, 'shore.jpg'), JPEG);
      withPhotos(d, 'photos:\n  - file: shore.jpg\n  - file: gone.jpg\n    alt: { en: "Gone", ru: "Нет", kk: "Жоқ" }');
    });
    const { problems } = check(dir);
    const photos = problems.filter((p) => p.field?.startsWith('photos'));
    expect(lines(photos)).toEqual([
      'warning offers/balkhash-test-base/facts.yaml:28 photos[0]: the photo shore.jpg has no alt text, so people who cannot see it learn nothing from it (fix: add `alt: { en: …, ru: …, kk: … }` saying what the photo shows)',
      'error offers/balkhash-test-base/facts.yaml:29 photos[1].file: the photo file gone.jpg is not in the offer folder (fix: add the file beside facts.yaml or correct the name)',
    ]);
  });
});

describe('TODOs and components that need the facts', () => {
  it('refuses a TODO left in a published offer, with its line and the two ways out', () => {
    const dir = fixtureWith((d) => writeIn(d, `${BASE}/en.mdx`, `${FRONT}Body text.\n\nTODO: describe the beach\n`));
    expect(lines(check(dir).errors)).toEqual([
      'error offers/balkhash-test-base/en.mdx:7 -: a TODO is left in a published offer: TODO: describe the beach (fix: finish it and remove the TODO, or add `draft: true` to facts.yaml to keep the offer unpublished)',
    ]);
  });

  it('refuses each Gallery photo that facts.yaml does not list, ignoring spaces and empty names', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, BASE, 'shore.jpg'), JPEG);
      withPhotos(d, 'photos:\n  - file: shore.jpg\n    alt: { en: "The shore", ru: "Берег", kk: "Жаға" }');
      writeIn(d, `${BASE}/en.mdx`, `${FRONT}Body text.\n\n<Gallery files=" shore.jpg ,ghost.jpg,," />\n`);
    });
    expect(lines(check(dir).errors)).toEqual([
      'error offers/balkhash-test-base/en.mdx:7 -: <Gallery> names ghost.jpg, which is not under `photos:` in facts.yaml (fix: use one of: shore.jpg)',
    ]);
  });

  it('warns that <FactsNote fact="investment"> shows nothing when facts.yaml gives no investment', () => {
    const dir = fixtureWith((d) => {
      replaceIn(d, `${BASE}/facts.yaml`, 'investmentKzt: 350000000\n', '');
      writeIn(d, `${BASE}/en.mdx`, `${FRONT}Body text.\n\n<FactsNote fact="investment">Estimated by the akimat.</FactsNote>\n`);
    });
    expect(lines(check(dir).warnings).filter((w) => w.includes('FactsNote'))).toEqual([
      'warning offers/balkhash-test-base/en.mdx:7 -: <FactsNote fact="investment"> shows nothing: facts.yaml gives no `investmentKzt` (fix: add investmentKzt to facts.yaml, or choose another fact)',
    ]);
  });

  it('accepts <FactsNote fact="investment"> when facts.yaml gives the investment', () => {
    const dir = fixtureWith((d) =>
      writeIn(d, `${BASE}/en.mdx`, `${FRONT}Body text.\n\n<FactsNote fact="investment">Estimated by the akimat.</FactsNote>\n`),
    );
    expect(check(dir).warnings.filter((w) => w.message.includes('FactsNote'))).toEqual([]);
  });
});

describe('folders the loader cannot use are reported, never dropped', () => {
  it('names a district folder without district.yaml', () => {
    const dir = fixtureWith((d) => rmSync(join(d, 'districts/karkaraly/district.yaml')));
    expect(lines(check(dir).errors)).toContain(
      'error districts/karkaraly:- -: this district folder has no district.yaml (fix: add district.yaml (copy it from another district))',
    );
  });

  it('refuses an offer folder whose name cannot be an id', () => {
    const dir = fixtureWith((d) => mkdirSync(join(d, 'offers/Balkhash_Base')));
    expect(lines(check(dir).errors)).toEqual([
      'error offers/Balkhash_Base:- -: the folder name `Balkhash_Base` cannot be an offer id (fix: rename the folder using only lower-case Latin letters, digits and hyphens, e.g. `shaitankol-glamping`)',
    ]);
  });

  it('refuses an offer whose language files are all unreadable, since it would have no title', () => {
    const dir = fixtureWith((d) => {
      for (const lang of ['en', 'ru', 'kk']) writeFileSync(join(d, BASE, `${lang}.mdx`), Buffer.from([0xc0, 0x0a]));
    });
    const { errors, tree } = check(dir);
    expect(lines(errors.filter((e) => e.file === `content/${BASE}`))).toEqual([
      'error offers/balkhash-test-base:- -: this offer has no valid language file, so it has no title (fix: add en.mdx (and ru.mdx, kk.mdx) with a title and summary)',
    ]);
    expect(tree.offers.map((o) => o.id)).toEqual(['shaitankol-glamping']);
  });
});
