import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_FIXTURE, check, fixtureWith, replaceIn, writeIn } from './helpers.ts';

const PLOT = 'offers/shaitankol-glamping/facts.yaml';
const BASE = 'offers/balkhash-test-base/facts.yaml';

describe('the content check', () => {
  it('accepts the good fixture with no errors', () => {
    const { errors, tree } = check(GOOD_FIXTURE);
    expect(errors).toEqual([]);
    expect(tree.offers.map((o) => o.id).sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
  });

  it('names the file, line and field of a wrong district and suggests the right id', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, 'district: karkaraly', 'district: karkarally'));
    const [error, ...rest] = check(dir).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: `content/${PLOT}`, field: 'district', line: 4 });
    expect(error!.message).toContain('karkarally');
    expect(error!.hint).toContain('did you mean `karkaraly`?');
  });

  it("refuses an offer folder named `page`, which the catalog's later pages use, and says why", () => {
    const dir = fixtureWith((d) => renameSync(join(d, 'offers/shaitankol-glamping'), join(d, 'offers/page')));
    const { errors } = check(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', file: 'content/offers/page' });
    expect(errors[0]!.message).toContain('/offers/page/2/');
    expect(errors[0]!.hint).toContain('rename the folder');
  });

  it('suggests an allowed value for a misspelt status', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, 'status: available', 'status: availble'));
    const [error] = check(dir).errors;
    expect(error).toMatchObject({ field: 'status', line: 3 });
    expect(error!.hint).toBe('did you mean `available`?');
  });

  it('reports every error of every file in one run', () => {
    const dir = fixtureWith((d) => {
      replaceIn(d, PLOT, 'areaHa: 4.2', 'areaHa: -4');
      replaceIn(d, PLOT, 'contact: karkaraly-park-recreation-officer', 'contact: nobody');
      replaceIn(d, BASE, 'published: 2026-01-10', 'published: 2030-01-10');
    });
    const fields = check(dir)
      .errors.map((e) => `${e.file.split('/').at(-2)}:${e.field}`)
      .sort();
    expect(fields).toEqual([
      'balkhash-test-base:published',
      'balkhash-test-base:updated',
      'shaitankol-glamping:contact',
      'shaitankol-glamping:land.areaHa',
    ]);
  });

  it('rejects a field the catalog does not know instead of dropping it, with a spelling hint', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, 'featured: true', 'featured: true\nfeatureed: true'));
    const [error] = check(dir).errors;
    expect(error).toMatchObject({ field: 'featureed' });
    expect(error!.hint).toBe('did you mean `featured`?');
  });

  it('reports a missing required field as missing', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, /^contact: .*\n/m, ''));
    const [error] = check(dir).errors;
    expect(error).toMatchObject({ field: 'contact', message: 'is missing' });
  });

  it('rejects a point in the water of Lake Balkhash', () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, BASE, 'location: { lat: 46.8120, lon: 75.2100 }', 'location: { lat: 46.5000, lon: 75.2000 }'),
    );
    const [error] = check(dir).errors;
    expect(error).toMatchObject({ field: 'location' });
    expect(error!.message).toContain('Lake Balkhash');
  });

  it('rejects a point outside its area, such as swapped coordinates', () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, PLOT, 'location: { lat: 49.4035, lon: 75.4120 }', 'location: { lat: 75.4120, lon: 49.4035 }'),
    );
    const [error] = check(dir).errors;
    expect(error!.message).toContain('outside the Karkaraly district');
  });

  it('rejects a cadastral number used twice', () => {
    const dir = fixtureWith((d) => replaceIn(d, BASE, '00-000-999-001', '00-000-001-001'));
    const errors = check(dir).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/also used by the offer `(shaitankol-glamping|balkhash-test-base)`/);
  });

  it('rejects dates in the future and dates that are not real', () => {
    const dir = fixtureWith((d) => {
      replaceIn(d, PLOT, 'date: 2026-07-16', 'date: 2027-07-16');
      replaceIn(d, BASE, 'updated: 2026-02-01', 'updated: 2026-02-30');
    });
    const messages = check(dir).errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toContain('audit.date: the date 2027-07-16 is in the future');
    // js-yaml (the build) would roll 2026-02-30 over to 2026-03-02; the check says so instead of accepting it.
    expect(messages).toContain("updated: 2026-02-30 is not a real calendar date: the site's build would read it as 2026-03-02");
  });

  it('rejects agricultural land offered to foreign-owned companies', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, 'category: protected-recreational', 'category: agricultural'));
    const [error] = check(dir).errors;
    expect(error).toMatchObject({ field: 'right.foreignOwnedEligible' });
  });

  it('requires either a price or on-request, never both', () => {
    const noPrice = fixtureWith((d) =>
      replaceIn(d, PLOT, 'price: { basis: annual-lease, amountKzt: 1850000 }', 'price: { basis: annual-lease }'),
    );
    expect(check(noPrice).errors[0]).toMatchObject({ field: 'price.amountKzt' });
    const both = fixtureWith((d) => replaceIn(d, BASE, 'price: { basis: on-request }', 'price: { basis: on-request, amountKzt: 5 }'));
    expect(check(both).errors[0]).toMatchObject({ field: 'price.amountKzt' });
  });

  it('gives the line of a YAML syntax error', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, 'status: available', 'status: available\n  bad: [unclosed'));
    const [error] = check(dir).errors;
    expect(error!.message).toContain('not valid YAML');
    expect(error!.line).toBeGreaterThanOrEqual(3);
  });

  it('treats a missing translation as a warning, not an error', () => {
    const dir = fixtureWith((d) => rmSync(join(d, 'offers/shaitankol-glamping/kk.mdx')));
    const { errors, warnings, tree } = check(dir);
    expect(errors).toEqual([]);
    expect(warnings.some((w) => w.file.endsWith('shaitankol-glamping/kk.mdx') && w.message.includes('Kazakh'))).toBe(true);
    expect(tree.offers).toHaveLength(2);
  });

  it('never lets an offer without facts vanish silently', () => {
    const dir = fixtureWith((d) => rmSync(join(d, PLOT)));
    const [error] = check(dir).errors;
    expect(error!.file).toBe('content/offers/shaitankol-glamping');
    expect(error!.message).toContain('no facts.yaml');
  });

  it('rejects a title that is too long and front matter that is missing', () => {
    const dir = fixtureWith((d) => {
      replaceIn(
        d,
        'offers/shaitankol-glamping/en.mdx',
        'title: Glamping plot near Lake Shaitankol',
        `title: ${'Very long title '.repeat(8)}`,
      );
      writeIn(d, 'offers/shaitankol-glamping/ru.mdx', 'No front matter here.\n');
    });
    const errors = check(dir).errors.map((e) => `${e.file.split('/').at(-1)} ${e.field ?? ''} ${e.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('en.mdx title the title is longer than 90 characters'),
        expect.stringContaining('ru.mdx  the file does not start with a front-matter block'),
      ]),
    );
  });

  it('warns about a contact who can be reached neither by phone nor by email', () => {
    const dir = fixtureWith((d) => {
      replaceIn(d, 'contacts.yaml', '  phone: +7 700 000 00 04\n  email: karkaraly.invest@example.kz\n', '');
    });
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('neither a phone nor an email'));
  });
});

describe('npm run check:content', () => {
  const run = (dir: string) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('exits 0 with only warnings and prints a summary', () => {
    const { code, out } = run(GOOD_FIXTURE);
    expect(code).toBe(0);
    expect(out).toMatch(/0 errors, \d+ warnings? · 2 offers, 2 districts/);
  });

  it('exits 1 on errors, grouping them under the file name', () => {
    const dir = fixtureWith((d) => replaceIn(d, PLOT, 'district: karkaraly', 'district: karkarally'));
    const { code, out } = run(dir);
    expect(code).toBe(1);
    expect(out).toContain(
      'offers/shaitankol-glamping/facts.yaml\n  ERROR   line 4, `district`: there is no district with the id `karkarally`',
    );
    expect(out).toContain('fix: did you mean `karkaraly`?');
  });
});
