// Attack 3: hostile .xlsx registers (a zip bomb, a cell at XFD1048576, a formula with no saved
// value) crashed the import or wrote "[object Object]" into facts. Attack 5: the reader and writer
// no longer need exceljs. Hostile workbooks are built byte by byte with registerHelpers.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTER_HEADER } from '../../src/lib/register/columns.ts';
import { registerRows } from '../../src/lib/register/exportRegister.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import { readRegisterXlsx, writeRegisterXlsx } from '../../src/lib/register/io.ts';
import type { RegisterRow } from '../../src/lib/register/rows.ts';
import { TODAY } from './helpers.ts';
import { contentFixture, deflatedZeros, offersOf, snapshot, textCell, unzipText, workbookOf, zipOf, refusal } from './registerHelpers.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('reading .xlsx registers', () => {
  it('reads a workbook written by another program (exceljs 4.4.0): shared and rich texts, dates, booleans, numbers, a formula with its saved value', () => {
    const table = readRegisterXlsx(readFileSync('tests/fixtures/register/exceljs-types.xlsx'), 'exceljs-types.xlsx');
    expect(table.header).toEqual([
      'id',
      'published',
      'updated',
      'land.areaHa',
      'featured',
      'title.ru',
      'price.amountKzt',
      'audit.date',
      'targetPurpose.kk',
    ]);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: ['shared-text', utc(2026, 1, 10), utc(2026, 2, 1), 2.5, true, 'Пляж', 2100000, '2025-06-10', 'Демалыс базасы'],
      },
      { rowNumber: 3, cells: ['second', undefined, undefined, 1250000.75, false, 'База\nотдыха', 1050000, utc(2025, 6, 11), 'x'] },
    ]);
    expect(table.exportedAt).toBeUndefined();
  });

  it('reads our export after LibreOffice saved it again: shared strings, and the export date kept', () => {
    const table = readRegisterXlsx(readFileSync('tests/fixtures/register/libreoffice-resaved.xlsx'));
    expect(table.header).toEqual(REGISTER_HEADER);
    expect(table.exportedAt).toBe('2026-12-01T09:30:00Z');
    const cells = (n: number) =>
      Object.fromEntries(table.rows[n]!.cells.flatMap((c, i) => (c === undefined ? [] : [[REGISTER_HEADER[i], c]])));
    expect(cells(0)).toEqual({
      id: 'shaitankol-glamping',
      kind: 'land-plot',
      'title.ru': 'Участок\nу озера',
      'location.lat': 49.4035,
      'targetPurpose.en': "''=x",
      'targetPurpose.kk': '=1+1',
      'price.amountKzt': 1850000,
      'audit.auditor.en': ' padded <&> _x0041_ ',
      featured: true,
    });
    expect(cells(1)).toEqual({ id: 'b', kind: 'infrastructure', 'title.kk': 'Демалыс базасы ә ғ қ ң ө ұ ү һ', featured: false });
  });

  it('reads what LibreOffice writes for typed values: a date, a formula with its value, TRUE, two lines', () => {
    const table = readRegisterXlsx(readFileSync('tests/fixtures/register/libreoffice-typed.xlsx'));
    expect(table.header).toEqual(['id', 'updated', 'price.amountKzt', 'featured', 'title.ru']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['lo-row', utc(2026, 3, 1), 2000, true, 'Две\nстроки'] }]);
  });

  it('uses the saved value of a formula, and reads inline strings, OOXML escapes, 1904 dates and cells without a reference', () => {
    const sheet =
      '<row r="1">' +
      textCell('A1', 'id') +
      textCell('B1', 'note') +
      textCell('C1', 'price.amountKzt') +
      textCell('D1', 'audit.date') +
      '</row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>bal</t></r><r><t xml:space="preserve">khash</t></r><rPh><t>ignored</t></rPh></is></c>' +
      '<c r="B2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="C2"><f>1000*2</f><v>2000</v></c><c r="D2" s="1"><v>0</v></c></row>' +
      '<row><c t="inlineStr"><is><t>two_x000D_&#10;lines &amp; _x005F_x0041_</t></is></c></row>';
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="r" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const table = readRegisterXlsx(workbookOf(sheet, { 'xl/styles.xml': styles, 'xl/workbook.xml': workbook }));
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['balkhash', 'ab', 2000, utc(1904, 1, 1)] },
      { rowNumber: 3, cells: ['two\r\nlines & _x0041_', undefined, undefined, undefined] },
    ]);
  });

  it('refuses a formula with no saved value, naming the cell and the fix (it used to import "[object Object]")', () => {
    const sheet =
      '<row r="1">' +
      textCell('A1', 'id') +
      textCell('F1', 'targetPurpose.en') +
      '</row><row r="7">' +
      textCell('A7', 'x') +
      '<c r="F7" t="str"><f>A7&amp;"!"</f></c></row>';
    const error = refusal(() => readRegisterXlsx(workbookOf(sheet), 'register.xlsx'));
    expect(error.file).toBe('register.xlsx');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ cell: 'F7', row: 7 });
    expect(error.problems[0]!.message).toContain(
      'cell F7 holds a formula with no saved value; in Excel, copy the column and Paste Special → Values, then save.',
    );
    expect(error.problems[0]!.message).toContain('в ячейке F7 формула без сохранённого значения');
  });

  it('refuses an error value such as #DIV/0!, naming the cell', () => {
    const sheet = `<row r="1">${textCell('A1', 'id')}</row><row r="2"><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`;
    expect(refusal(() => readRegisterXlsx(workbookOf(sheet))).problems[0]).toMatchObject({
      cell: 'B2',
      message: expect.stringContaining('holds the error #DIV/0!'),
    });
  });

  it('refuses a 24 KB sheet with one cell at XFD1048576 at once, naming the cell and the row limit', () => {
    const sheet = `<row r="1">${textCell('A1', 'id')}</row><row r="1048576">${textCell('XFD1048576', 'x')}</row>`;
    const started = performance.now();
    const error = refusal(() => readRegisterXlsx(workbookOf(sheet), 'far.xlsx'));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.problems[0]).toMatchObject({ cell: 'XFD1048576', row: 1048576 });
    expect(error.problems[0]!.message).toContain('cell XFD1048576 holds data on row 1 048 576; a register may have at most 10 000 rows');
  });

  it('refuses data beyond column 200, and ignores empty formatted cells far away', () => {
    const far = `<row r="1">${textCell('A1', 'id')}${textCell('XFD1', 'x')}</row>`;
    expect(refusal(() => readRegisterXlsx(workbookOf(far))).problems[0]!.message).toContain('cell XFD1 holds data in column 16 384 (XFD)');
    const styledOnly = `<row r="1">${textCell('A1', 'id')}<c r="XFD1" s="0"/></row><row r="1048576"><c r="XFD1048576" s="0"/></row>`;
    expect(readRegisterXlsx(workbookOf(styledOnly))).toEqual({ header: ['id'], rows: [] });
  });

  it('refuses a cell longer than 10 000 characters, naming it', () => {
    const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>id</t></si><si><t>${'я'.repeat(10_001)}</t></si></sst>`;
    const sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="C2" t="s"><v>1</v></c></row>';
    const problem = refusal(() => readRegisterXlsx(workbookOf(sheet, { 'xl/sharedStrings.xml': shared }))).problems[0]!;
    expect(problem).toMatchObject({ cell: 'C2', row: 2 });
    expect(problem.message).toContain('10 001 characters; a cell may hold at most 10 000');
  });

  it('refuses a reference to a shared text that does not exist', () => {
    const sheet = '<row r="1"><c r="A1" t="s"><v>5</v></c></row>';
    expect(refusal(() => readRegisterXlsx(workbookOf(sheet))).problems[0]!.message).toContain(
      'cell A1 refers to a text the workbook does not have',
    );
  });

  it('refuses a zip bomb (200 MB of zeros in 200 KB, claiming 1 KB) at the 64 MB limit, without unpacking it all', async () => {
    const bomb = await deflatedZeros(200 * 1024 * 1024);
    expect(bomb.deflated.length).toBeLessThan(1024 * 1024);
    const data = workbookOf('', {
      'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', deflated: bomb.deflated, crc: bomb.crc, size: 1000 },
    });
    const before = process.memoryUsage().arrayBuffers;
    const error = refusal(() => readRegisterXlsx(data, 'bomb.xlsx'));
    // The cap is enforced while inflating: no more than about the cap was ever held.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
    expect(error.file).toBe('bomb.xlsx');
    expect(error.problems[0]!.message).toContain('The part xl/worksheets/sheet1.xml of the workbook unpacks to more than 64 MB');
  }, 60_000);

  it('refuses a workbook whose parts together unpack to more than 160 MB', async () => {
    const sixty = await deflatedZeros(60 * 1024 * 1024);
    const part = (name: string) => ({ name, deflated: sixty.deflated, crc: sixty.crc, size: 10 });
    const data = workbookOf('', {
      'xl/sharedStrings.xml': part('xl/sharedStrings.xml'),
      'xl/styles.xml': part('xl/styles.xml'),
      'xl/worksheets/sheet1.xml': part('xl/worksheets/sheet1.xml'),
    });
    expect(refusal(() => readRegisterXlsx(data)).problems[0]!.message).toContain('The workbook unpacks to more than 160 MB in all');
  }, 60_000);

  it('refuses a DTD (entity expansion, "billion laughs") without expanding it', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    const message = refusal(() => readRegisterXlsx(workbookOf('', { 'xl/worksheets/sheet1.xml': laughs }))).problems[0]!.message;
    expect(message).toContain('The part xl/worksheets/sheet1.xml of the workbook is not valid: it declares a DTD');
  });

  it('refuses files that are not .xlsx workbooks, saying what to do', () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(refusal(() => readRegisterXlsx(xls)).problems[0]!.message).toContain(
      'it is an old .xls file or a workbook protected with a password',
    );
    expect(refusal(() => readRegisterXlsx(new TextEncoder().encode('id,kind\r\n'))).problems[0]!.message).toContain(
      'it is not a zip archive',
    );
    expect(refusal(() => readRegisterXlsx(zipOf([{ name: 'hello.txt', data: 'hi' }]))).problems[0]!.message).toContain(
      'The workbook has no part xl/workbook.xml',
    );
  });
});

describe('writing .xlsx registers', { timeout: 30_000 }, () => {
  it('writes one sheet "register" with a bold, frozen header row and the export date', () => {
    const parts = unzipText(writeRegisterXlsx([], new Date('2026-12-01T09:30:00Z')));
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/custom.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(parts['xl/workbook.xml']).toContain('<sheet name="register" sheetId="1" r:id="rId1"/>');
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>id</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>kind</t></is></c>');
    expect(parts['xl/styles.xml']).toContain('<font><b/><sz val="11"/>');
    expect(parts['xl/styles.xml']).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
    expect(parts['docProps/custom.xml']).toContain('name="registerExportedAt"><vt:lpwstr>2026-12-01T09:30:00Z</vt:lpwstr>');
  });

  it('writes texts, numbers and booleans that read back as the same table', () => {
    const row: RegisterRow = {
      id: 'shaitankol-glamping',
      'title.ru': 'Участок\nу озера',
      'targetPurpose.en': "'=not a formula",
      'targetPurpose.kk': '=1+1',
      'land.cadastralNumber': '00-000-001-001',
      'price.amountKzt': 1850000,
      'location.lat': 49.4035,
      featured: true,
      'right.foreignOwnedEligible': false,
      'audit.auditor.en': ' padded <&> _x0041_ \u0001',
    };
    const table = readRegisterXlsx(writeRegisterXlsx([row], new Date('2026-12-01T09:30:00Z')));
    expect(table.header).toEqual(REGISTER_HEADER);
    expect(table.exportedAt).toBe('2026-12-01T09:30:00Z');
    expect(table.rows).toHaveLength(1);
    const cell = (name: string) => table.rows[0]!.cells[REGISTER_HEADER.indexOf(name)];
    expect(cell('id')).toBe('shaitankol-glamping');
    expect(cell('title.ru')).toBe('Участок\nу озера');
    // An apostrophe-led formula text gets one more apostrophe, which the import takes away again.
    expect(cell('targetPurpose.en')).toBe("''=not a formula");
    expect(cell('targetPurpose.kk')).toBe('=1+1');
    expect(cell('land.cadastralNumber')).toBe('00-000-001-001');
    expect(cell('price.amountKzt')).toBe(1850000);
    expect(cell('location.lat')).toBe(49.4035);
    expect(cell('featured')).toBe(true);
    expect(cell('right.foreignOwnedEligible')).toBe(false);
    expect(cell('audit.auditor.en')).toBe(' padded <&> _x0041_ \u0001');
    expect(cell('status')).toBeUndefined();
  });

  it('round-trips the content: export to .xlsx, import back, nothing changes', () => {
    const dir = contentFixture();
    const before = snapshot(dir);
    const report = importRegister(readRegisterXlsx(writeRegisterXlsx(registerRows(offersOf(dir)), new Date(`${TODAY}T12:00:00Z`))), {
      contentDir: dir,
      today: TODAY,
    });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.unchanged.sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
    expect(snapshot(dir)).toEqual(before);
  });
});
