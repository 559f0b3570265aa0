// The errors an official reads for single cells and headers of an audit register: each names the
// row and the column (by header, or by letter when the header is empty), the offer when the row
// has one, and says what to do. Every import is a dry run on a copy of tests/fixtures/content-good.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import type { RegisterTable } from '../../src/lib/register/table.ts';
import { TODAY } from './helpers.ts';
import { contentFixture } from './registerHelpers.ts';

const BASE = 'balkhash-test-base';

const dryRun = (table: RegisterTable) => importRegister(table, { contentDir: contentFixture(), today: TODAY, dryRun: true });
const oneRow = (header: string[], cells: unknown[]): RegisterTable => ({
  header,
  rows: [{ rowNumber: 2, cells: cells as RegisterTable['rows'][number]['cells'] }],
});

describe('the header row', { timeout: 60_000 }, () => {
  it('suggests the column a misspelt header was meant to be', () => {
    const report = dryRun(oneRow(['id', 'investmentKz'], [BASE, '1']));
    expect(report.errors).toEqual([
      { row: 1, column: 'investmentKz', message: '`investmentKz` is not a register column: did you mean `investmentKzt`?' },
    ]);
  });

  it('reads past the column the site adds for readers, and columns with no header', () => {
    const report = dryRun(oneRow(['id', 'illustrative', '', 'investmentKzt', ''], [BASE, 'true', 'a note', '400000000', 'x']));
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: BASE, columns: ['investmentKzt'] }]);
  });
});

describe('a cell that lost text to an encoding conversion', { timeout: 60_000 }, () => {
  it('is named by its row and header, or by its letter under an empty header, in English and Russian', () => {
    const report = dryRun(oneRow(['id', 'land.category', ''], [BASE, 'settle\uFFFDment', 'no\uFFFDte']));
    expect(report.errors.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 2, column: 'land.category' },
      { row: 2, column: 'C' },
    ]);
    expect(report.errors[0]!.message).toContain('Retype the text, or copy it from the original workbook.');
    expect(report.errors[0]!.message).toContain('Введите текст заново или скопируйте его из исходной книги.');
  });
});

describe('cells that cannot be read', { timeout: 60_000 }, () => {
  it('names the offer of a row with an unreadable cell, and says an empty id is empty', () => {
    const report = dryRun({
      header: ['id', 'investmentKzt'],
      rows: [
        { rowNumber: 2, cells: [BASE, 'lots'] },
        { rowNumber: 3, cells: ['', 'many'] },
      ],
    });
    expect(report.errors).toEqual([
      { row: 2, column: 'investmentKzt', id: BASE, message: '"lots" is not a number (write digits only, e.g. 12.5 or 25000000)' },
      { row: 3, column: 'investmentKzt', message: '"many" is not a number (write digits only, e.g. 12.5 or 25000000)' },
      { row: 3, column: 'id', message: 'the id is empty' },
    ]);
  });
});

describe('a new offer with a cell that cannot be read', { timeout: 60_000 }, () => {
  it('gets that one error, not a list of the fields a new offer lacks', () => {
    const report = dryRun(oneRow(['id', 'investmentKzt'], ['balkhash-brand-new', 'lots']));
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'investmentKzt',
        id: 'balkhash-brand-new',
        message: '"lots" is not a number (write digits only, e.g. 12.5 or 25000000)',
      },
    ]);
  });
});

describe('errors inside a JSON list cell', { timeout: 60_000 }, () => {
  it('names the JSON column of a document the facts schema refuses', () => {
    const report = dryRun(oneRow(['id', 'documents'], [BASE, '[{"type": "title", "title": {"en": "a", "ru": "б", "kk": "в"}}]']));
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'documents',
        id: BASE,
        message:
          'a document needs `file:` (the name of a PDF in the offer folder, e.g. `title.pdf`) or `url:` (a web address starting with https://): add one of them',
      },
    ]);
  });

  it('names the JSON column of a photo the content check misses, with the fix', () => {
    const report = dryRun(oneRow(['id', 'photos'], [BASE, '[{"file": "missing.jpg", "alt": {"en": "a", "ru": "б", "kk": "в"}}]']));
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'photos',
        id: BASE,
        message: 'the photo file missing.jpg is not in the offer folder (add the file beside facts.yaml or correct the name)',
      },
    ]);
  });
});

describe('a long list of photos', { timeout: 60_000 }, () => {
  it('names the photos column for every missing file, the eleventh too', () => {
    const photos = Array.from({ length: 11 }, (_, i) => ({ file: `p${i + 1}.jpg`, alt: { en: 'Shore', ru: 'Берег', kk: 'Жаға' } }));
    const report = dryRun(oneRow(['id', 'photos'], [BASE, JSON.stringify(photos)]));
    expect(report.errors).toHaveLength(11);
    expect(report.errors.map((e) => e.column)).toEqual(Array(11).fill('photos'));
    expect(report.errors[10]!.message).toBe(
      'the photo file p11.jpg is not in the offer folder (add the file beside facts.yaml or correct the name)',
    );
  });
});

describe('ids that point nowhere', { timeout: 60_000 }, () => {
  it('names the row and column of each, listing the ids that exist', () => {
    const report = dryRun(oneRow(['id', 'place', 'contact'], [BASE, 'nowhere', 'nobody']));
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'place',
        id: BASE,
        message:
          'there is no place with the id `nowhere` (use one of the ids in content/places.yaml: karaganda, karaganda-airport, balkhash, balkhash-airport, shubartubek, torangalyk, gulshat, sayak, karkaraly, karkaraly-national-park, shaitankol, bolshoye-shchuchye, pashennoye, kent)',
      },
      {
        row: 2,
        column: 'contact',
        id: BASE,
        message:
          'there is no contact with the id `nobody` (use one of the ids in content/contacts.yaml: balkhash-land-officer, balkhash-tourism-officer, karkaraly-land-officer, karkaraly-tourism-officer, regional-investment-officer, karkaraly-park-recreation-officer)',
      },
    ]);
    expect(report.written).toBe(false);
  });
});

describe('a field of facts.yaml the register has no column for', { timeout: 60_000 }, () => {
  it('is named by its field when it stops a row, with the fix', () => {
    const dir = contentFixture();
    const facts = join(dir, `offers/${BASE}/facts.yaml`);
    writeFileSync(facts, `${readFileSync(facts, 'utf8')}draft: maybe\n`);
    const report = importRegister(oneRow(['id', 'investmentKzt'], [BASE, '400000000']), { contentDir: dir, today: TODAY, dryRun: true });
    expect(report.errors).toEqual([
      { row: 2, column: 'draft', id: BASE, message: 'write `draft: true`, or delete the line to publish the offer' },
    ]);
  });
});
