// What an import of an audit register does to the content folder: a new offer is created as a draft
// in the register's field order with stub language files, an edited row changes only its own lines,
// a dry run writes nothing, and a value the file leaves out is never added just because the register
// states its default. Every import runs on a copy of tests/fixtures/content-good (never content/).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../src/lib/register/exportRegister.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import type { RegisterRow } from '../../src/lib/register/rows.ts';
import type { RegisterTable } from '../../src/lib/register/table.ts';
import { TODAY, replaceIn } from './helpers.ts';
import { contentFixture, offersOf, snapshot } from './registerHelpers.ts';

const BASE = 'balkhash-test-base';
const NEW = 'balkhash-new-base';
const FACTS = `offers/${BASE}/facts.yaml`;

/** The register row the export writes for an offer of the fixture. */
function exportedRow(dir: string, id: string): RegisterRow {
  return registerRows(offersOf(dir)).find((r) => r.id === id)!;
}

/** A table of `rows` over `header`, numbered from row 2. */
function tableOf(header: string[], rows: RegisterRow[]): RegisterTable {
  return { header, rows: rows.map((row, i) => ({ rowNumber: i + 2, cells: header.map((h) => row[h]) })) };
}

/** The top-level keys of a YAML text, in order (lines that start with a letter). */
const topKeys = (yaml: string) => yaml.split('\n').flatMap((line) => /^([a-zA-Z]+):/.exec(line)?.[1] ?? []);

describe('a new offer from a register row', { timeout: 60_000 }, () => {
  it('is written in the register order, kind first, as a draft, whatever order the columns come in', () => {
    const dir = contentFixture();
    const row: RegisterRow = { ...exportedRow(dir, BASE), id: NEW, 'land.cadastralNumber': '00-000-999-777' };
    // The official's spreadsheet has its columns the other way round.
    const header = Object.keys(row)
      .filter((h) => row[h] !== undefined)
      .reverse();
    const report = importRegister(tableOf(header, [row]), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual([NEW]);
    expect(report.written).toBe(true);
    const text = readFileSync(join(dir, `offers/${NEW}/facts.yaml`), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual([
      `# ${NEW}: created from the audit register.`,
      '# Draft: fill in the language files, then delete the line `draft: true` to publish.',
    ]);
    expect(topKeys(text)).toEqual([
      'kind',
      'status',
      'district',
      'place',
      'location',
      'land',
      'targetPurpose',
      'right',
      'acquisition',
      'price',
      'investmentKzt',
      'utilities',
      'segments',
      'audit',
      'contact',
      'published',
      'updated',
      'featured',
      'object',
      'draft',
    ]);
    expect(text).toContain('\ndraft: true\n');
    // Inside groups too: the reversed columns do not reverse a group's fields.
    expect(text).toContain('\nlocation: { lat: 46.812, lon: 75.21 }\n');
    expect(text).toContain('\nland:\n  areaHa: 2.5\n  cadastralNumber: 00-000-999-777\n  category: settlement\n');
    expect(text).toContain('\ntargetPurpose:\n  en: For a recreation base\n  ru: Для базы отдыха\n  kk: Демалыс базасы үшін\n');
    expect(text).toContain('\n  power: { available: true, distanceM: 0, capacityKw: 120 }\n');
  });

  it('gets a stub for each language file it lacks, titled from the register, and keeps one already there', () => {
    const dir = contentFixture();
    const row: RegisterRow = { ...exportedRow(dir, BASE), id: NEW, 'land.cadastralNumber': '00-000-999-777', 'title.ru': 'Новая база' };
    // The folder and its English text were made by hand before the register was imported.
    mkdirSync(join(dir, `offers/${NEW}`));
    writeFileSync(
      join(dir, `offers/${NEW}/en.mdx`),
      '---\ntitle: Written by hand\nsummary: A base on the shore, described by hand before the register came in.\n---\nKept.\n',
    );
    const report = importRegister(tableOf(Object.keys(row), [row]), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.stubs).toEqual([`offers/${NEW}/ru.mdx`, `offers/${NEW}/kk.mdx`]);
    // A new offer has no facts.yaml to compare titles with: no note about titles.
    expect(report.notes).toEqual([]);
    expect(readFileSync(join(dir, `offers/${NEW}/en.mdx`), 'utf8')).toBe(
      '---\ntitle: Written by hand\nsummary: A base on the shore, described by hand before the register came in.\n---\nKept.\n',
    );
    expect(readFileSync(join(dir, `offers/${NEW}/ru.mdx`), 'utf8').split('\n')[1]).toBe('title: "Новая база"');
  });
});

describe('a register with new, edited and untouched rows', { timeout: 60_000 }, () => {
  function mixed(dir: string) {
    const base: RegisterRow = { ...exportedRow(dir, BASE), investmentKzt: 400_000_000 };
    const copy: RegisterRow = { ...exportedRow(dir, BASE), id: NEW, 'land.cadastralNumber': '00-000-999-777' };
    const glamping = exportedRow(dir, 'shaitankol-glamping');
    return tableOf(Object.keys(base), [base, copy, glamping]);
  }

  it('reports each row by what it would do, and a dry run writes nothing', () => {
    const dir = contentFixture();
    const before = snapshot(dir);
    const report = importRegister(mixed(dir), { contentDir: dir, today: TODAY, dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: BASE, columns: ['investmentKzt'] }]);
    expect(report.created).toEqual([NEW]);
    expect(report.unchanged).toEqual(['shaitankol-glamping']);
    // The titles in the register are those of the language files: nothing to say about them.
    expect(report.notes).toEqual([]);
    expect(report.written).toBe(false);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, `offers/${NEW}`))).toBe(false);
  });

  it('writes only the edited line of an existing offer, and the new offer', () => {
    const dir = contentFixture();
    const before = snapshot(dir);
    const report = importRegister(mixed(dir), { contentDir: dir, today: TODAY });
    expect(report.written).toBe(true);
    const after = snapshot(dir);
    expect(after[FACTS]).toBe(before[FACTS]!.replace('investmentKzt: 350000000', 'investmentKzt: 400000000'));
    expect(after['offers/shaitankol-glamping/facts.yaml']).toBe(before['offers/shaitankol-glamping/facts.yaml']);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual([
      `offers/${NEW}/en.mdx`,
      `offers/${NEW}/facts.yaml`,
      `offers/${NEW}/kk.mdx`,
      `offers/${NEW}/ru.mdx`,
    ]);
  });
});

describe('values the register states that the file leaves out', { timeout: 60_000 }, () => {
  it('does not add `featured: false` to a file that leaves it out, while changing another field', () => {
    const dir = contentFixture();
    const before = readFileSync(join(dir, FACTS), 'utf8');
    expect(before).not.toContain('featured');
    const table = {
      header: ['id', 'featured', 'investmentKzt', 'title.en'],
      rows: [{ rowNumber: 2, cells: [BASE, 'false', '400000000', ''] }],
    };
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    // An empty title cell says nothing about the title.
    expect(report.notes).toEqual([]);
    expect(report.changed).toEqual([{ id: BASE, columns: ['investmentKzt'] }]);
    expect(readFileSync(join(dir, FACTS), 'utf8')).toBe(before.replace('investmentKzt: 350000000', 'investmentKzt: 400000000'));
  });

  it('lists a row that states only what the file says as unchanged, and leaves the file alone', () => {
    const dir = contentFixture();
    const before = snapshot(dir);
    const table = { header: ['id', 'featured', 'object.rooms'], rows: [{ rowNumber: 2, cells: [BASE, 'false', 24] }] };
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.unchanged).toEqual([BASE]);
    expect(report.changed).toEqual([]);
    expect(report.written).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a new offer whose folder already holds a language file', { timeout: 60_000 }, () => {
  it('names that file when it is what stops the import, since no register column can fix it', () => {
    const dir = contentFixture();
    const row: RegisterRow = { ...exportedRow(dir, BASE), id: NEW, 'land.cadastralNumber': '00-000-999-777' };
    mkdirSync(join(dir, `offers/${NEW}`));
    writeFileSync(join(dir, `offers/${NEW}/en.mdx`), '---\ntitle: Written by hand\nsummary: Short.\n---\nText.\n');
    const report = importRegister(tableOf(Object.keys(row), [row]), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([
      {
        row: 2,
        column: undefined,
        id: NEW,
        message: `content/offers/${NEW}/en.mdx: the summary is missing or too short (write one or two sentences)`,
      },
    ]);
    expect(report.written).toBe(false);
    expect(existsSync(join(dir, `offers/${NEW}/facts.yaml`))).toBe(false);
  });
});

describe('content that already had errors, or a facts file that is no facts', { timeout: 60_000 }, () => {
  it('imports a good row even when another offer already had an error, and does not blame the register for it', () => {
    const dir = contentFixture((d) =>
      replaceIn(d, 'offers/shaitankol-glamping/facts.yaml', 'contact: karkaraly-park-recreation-officer', 'contact: nobody-yet'),
    );
    const table = { header: ['id', 'investmentKzt'], rows: [{ rowNumber: 2, cells: [BASE, '400000000'] }] };
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: BASE, columns: ['investmentKzt'] }]);
    expect(report.written).toBe(true);
  });

  it('refuses to update a facts.yaml that holds a plain text instead of fields', () => {
    const table = { header: ['id', 'investmentKzt'], rows: [{ rowNumber: 2, cells: [BASE, '400000000'] }] };
    const dir = contentFixture();
    writeFileSync(join(dir, FACTS), 'an offer on the shore\n');
    const before = snapshot(dir);
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.errors).toContainEqual({
      row: 2,
      column: undefined,
      id: BASE,
      message: `content/${FACTS} is not valid YAML: fix it (npm run check:content) before importing`,
    });
    expect(snapshot(dir)).toEqual(before);
  });
});
