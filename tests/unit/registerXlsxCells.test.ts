// What the .xlsx reader makes of the cells and parts a real or damaged workbook can hold: typed
// cells (true/false, ISO dates, errors), phonetic runs, relative and absolute part names, and the
// refusals an official sees, each naming the cell or part and the fix. Workbooks are built byte by
// byte with registerHelpers.ts, so every case is exactly the XML written here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegisterXlsx } from '../../src/lib/register/io.ts';
import { refusal, textCell, workbookOf } from './registerHelpers.ts';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A sheet with the header `id`, `value` and one data row whose B2 cell is `cell`. */
const oneCell = (cell: string) =>
  `<row r="1">${textCell('A1', 'id')}${textCell('B1', 'value')}</row><row r="2">${textCell('A2', 'x')}${cell}</row>`;

/** The value read from B2 of a one-cell sheet. */
const b2 = (cell: string, parts: Parameters<typeof workbookOf>[1] = {}) =>
  readRegisterXlsx(workbookOf(oneCell(cell), parts)).rows[0]?.cells[1];

/** The one problem a refused one-cell sheet reports. */
const problemOf = (cell: string) => {
  const error = refusal(() => readRegisterXlsx(workbookOf(oneCell(cell)), 'register.xlsx'));
  expect(error.file).toBe('register.xlsx');
  expect(error.problems).toHaveLength(1);
  return error.problems[0]!;
};

describe('typed cells of an .xlsx register', () => {
  it('reads true/false cells written as 1/0 or as the words true/false', () => {
    expect(b2('<c r="B2" t="b"><v>true</v></c>')).toBe(true);
    expect(b2('<c r="B2" t="b"><v>false</v></c>')).toBe(false);
    expect(b2('<c r="B2" t="b"><v>0</v></c>')).toBe(false);
  });

  it('refuses a true/false cell that holds anything else, quoting the value', () => {
    const problem = problemOf('<c r="B2" t="b"><v>2</v></c>');
    expect(problem).toMatchObject({ cell: 'B2', row: 2 });
    expect(problem.message).toContain('cell B2 is marked true/false but holds "2": the file is damaged.');
    expect(problem.message).toContain('ячейка B2 отмечена как «истина/ложь», но содержит «2»: файл повреждён.');
  });

  it('refuses an error cell even when no error code was saved', () => {
    const problem = problemOf('<c r="B2" t="e"/>');
    expect(problem.message).toContain('cell B2 holds the error ; correct the formula or type the value, then save.');
    expect(problem.message).toContain('в ячейке B2 ошибка ; исправьте формулу');
  });

  it('refuses a number cell that holds text, quoting it', () => {
    const problem = problemOf('<c r="B2"><v>abc</v></c>');
    expect(problem.message).toContain('cell B2 is marked as a number but holds "abc": the file is damaged.');
    expect(problem.message).toContain('ячейка B2 отмечена как число, но содержит «abc»: файл повреждён.');
  });

  it('reads an inline-text cell with no text, and a formula whose saved value is empty, as empty cells', () => {
    expect(readRegisterXlsx(workbookOf(oneCell('<c r="B2" t="inlineStr"/>'))).rows).toEqual([{ rowNumber: 2, cells: ['x', undefined] }]);
    // `<v/>` is a saved (empty) value, so this is not "a formula with no saved value".
    expect(readRegisterXlsx(workbookOf(oneCell('<c r="B2" t="str"><f>""</f><v/></c>'))).rows).toEqual([
      { rowNumber: 2, cells: ['x', undefined] },
    ]);
  });

  it('stops after 50 bad cells: enough to act on, and a hostile sheet cannot make a million', () => {
    const bad = Array.from({ length: 60 }, (_, i) => `<c r="B${i + 2}" t="e"><v>#N/A</v></c>`).join('');
    const error = refusal(() => readRegisterXlsx(workbookOf(`<row r="1">${textCell('A1', 'id')}</row><row r="2">${bad}</row>`)));
    expect(error.problems).toHaveLength(50);
    expect(error.problems[49]!.cell).toBe('B51');
  });

  it('reads a header cell that is empty as an empty name, trims names, and names a date header by its day', () => {
    const styles = `<styleSheet ${MAIN}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    // 46082 is 2026-03-01 in Excel's 1900 day numbers (25569 is 1970-01-01; 25569 + 20513 days).
    const sheet = `<row r="1">${textCell('A1', ' id ')}<c r="C1" s="1"><v>46082</v></c></row><row r="2">${textCell('A2', 'x')}</row>`;
    expect(readRegisterXlsx(workbookOf(sheet, { 'xl/styles.xml': styles })).header).toEqual(['id', '', '2026-03-01']);
  });

  it('treats a custom number format without a code as a plain number, not a date', () => {
    const styles = `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    expect(b2('<c r="B2" s="1"><v>45000</v></c>', { 'xl/styles.xml': styles })).toBe(45000);
  });
});

describe('ISO date cells (t="d"), as LibreOffice and some exporters write them', () => {
  // A date-time without a zone is read as UTC, so the day cannot move with the computer's time zone.
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'Asia/Almaty';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads a day as UTC midnight, a time without a zone as UTC, and keeps a stated zone', () => {
    expect(b2('<c r="B2" t="d"><v>2026-03-01</v></c>')).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(b2('<c r="B2" t="d"><v>2026-03-01T10:00:00</v></c>')).toEqual(new Date(Date.UTC(2026, 2, 1, 10)));
    expect(b2('<c r="B2" t="d"><v>2026-03-01T10:00:00Z</v></c>')).toEqual(new Date(Date.UTC(2026, 2, 1, 10)));
    // 10:00 at +05:00 is 05:00 UTC.
    expect(b2('<c r="B2" t="d"><v>2026-03-01T10:00:00+05:00</v></c>')).toEqual(new Date(Date.UTC(2026, 2, 1, 5)));
  });

  it('reads a date cell with no value or only spaces as empty', () => {
    expect(b2('<c r="B2" t="d"/>')).toBeUndefined();
    expect(b2('<c r="B2" t="d"><v> </v></c>')).toBeUndefined();
  });

  it('refuses a date cell that is not a date, quoting it', () => {
    const problem = problemOf('<c r="B2" t="d"><v>soon</v></c>');
    expect(problem).toMatchObject({ cell: 'B2', row: 2 });
    expect(problem.message).toContain('cell B2 holds the date "soon", which is not a date: the file is damaged.');
    expect(problem.message).toContain('в ячейке B2 дата «soon», но это не дата: файл повреждён.');
  });
});

describe('shared texts', () => {
  const withShared = (items: string, sheet: string) =>
    readRegisterXlsx(workbookOf(sheet, { 'xl/sharedStrings.xml': `<sst ${MAIN}>${items}</sst>` }));

  it('leaves out phonetic readings (rPh) and counts an empty <si/> as a text', () => {
    const items =
      '<si/><si><t>id</t></si><si><r><t>Tok</t></r><r><t>yo</t></r><rPh sb="0" eb="1"><t>トウキョウ</t></rPh></si><si><t>next</t></si>';
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>0</v></c></row>';
    const table = withShared(items, sheet);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['Tokyo', 'next'] }]);
  });

  it('refuses a workbook with more than 2 000 000 shared texts (10 000 rows × 200 columns)', () => {
    const items = '<si></si>'.repeat(2_000_001);
    const message = refusal(() => withShared(items, '')).problems[0]!.message;
    expect(message).toContain('The workbook holds more than 2 000 000 texts, more than a register can.');
    expect(message).toContain('В книге больше 2 000 000 текстов');
  }, 30_000);

  it('counts empty <si/> texts towards the same limit', () => {
    const items = '<si/>'.repeat(2_000_001);
    const message = refusal(() => withShared(items, '')).problems[0]!.message;
    expect(message).toContain('The workbook holds more than 2 000 000 texts, more than a register can.');
  }, 30_000);
});

describe('the parts of a workbook', () => {
  const rels = (...targets: Array<[id: string, type: string, target: string]>) =>
    `<Relationships xmlns="${PKG}">${targets.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

  it('follows relationship targets that are absolute or climb with ..', () => {
    const sheet = `<worksheet ${MAIN}><sheetData><row r="1">${textCell('A1', 'id')}</row><row r="2">${textCell('A2', 'found')}</row></sheetData></worksheet>`;
    const absolute = workbookOf('', {
      'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', '/xl/sheets/first.xml']),
      'xl/sheets/first.xml': sheet,
    });
    expect(readRegisterXlsx(absolute).rows).toEqual([{ rowNumber: 2, cells: ['found'] }]);
    const climbing = workbookOf('', {
      'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', '../data/./first.xml']),
      'data/first.xml': sheet,
    });
    expect(readRegisterXlsx(climbing).rows).toEqual([{ rowNumber: 2, cells: ['found'] }]);
  });

  it('refuses a workbook with no sheet', () => {
    const workbook = `<workbook ${MAIN}><sheets/></workbook>`;
    const message = refusal(() => readRegisterXlsx(workbookOf('', { 'xl/workbook.xml': workbook }))).problems[0]!.message;
    expect(message).toContain('The workbook has no sheet. Open it in Excel and save it again as "Excel Workbook (*.xlsx)"');
    expect(message).toContain('В книге нет ни одного листа.');
  });

  it('refuses a part that is not UTF-8, naming the part', () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', data: Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]) };
    const message = refusal(() => readRegisterXlsx(workbookOf('', { 'xl/worksheets/sheet1.xml': sheet }))).problems[0]!.message;
    expect(message).toContain('The part xl/worksheets/sheet1.xml of the workbook is not UTF-8 text.');
    expect(message).toContain('Часть xl/worksheets/sheet1.xml книги — не текст UTF-8.');
  });

  it('refuses a part whose checksum does not match, saying the workbook cannot be read', () => {
    // Deflated "<a/>" stored under a wrong checksum: what a truncated download or a bad disk gives.
    const deflated = Uint8Array.from([0xb3, 0x49, 0xd4, 0xb7, 0x03, 0x00]);
    const sheet = { name: 'xl/worksheets/sheet1.xml', deflated, crc: 12345, size: 4 };
    const message = refusal(() => readRegisterXlsx(workbookOf('', { 'xl/worksheets/sheet1.xml': sheet }))).problems[0]!.message;
    expect(message).toContain(
      'The workbook cannot be read: the part xl/worksheets/sheet1.xml is damaged (its checksum does not match). Open it in Excel',
    );
    expect(message).toContain('Книгу невозможно прочитать (the part xl/worksheets/sheet1.xml is damaged (its checksum does not match)).');
  });

  it('refuses a row or cell number that cannot exist, quoting it', () => {
    const row = refusal(() => readRegisterXlsx(workbookOf('<row r="0"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>')));
    expect(row.problems[0]!.message).toContain('a row of the sheet has the number "0", which is not a row: the file is damaged.');
    expect(row.problems[0]!.message).toContain('у строки листа номер «0», такой строки не бывает');
    const cell = refusal(() => readRegisterXlsx(workbookOf('<row r="1"><c r="1A" t="inlineStr"><is><t>id</t></is></c></row>')));
    expect(cell.problems[0]!.message).toContain('the sheet has a cell named "1A", which is not a cell: the file is damaged.');
    expect(cell.problems[0]!.message).toContain('на листе есть ячейка «1A», такой ячейки не бывает');
    // A cell with no name outside any row has no place on the sheet either.
    const nameless = refusal(() => readRegisterXlsx(workbookOf('<c t="inlineStr"><is><t>id</t></is></c>')));
    expect(nameless.problems[0]!.message).toContain('the sheet has a cell named "", which is not a cell');
    expect(nameless.problems[0]!.message).toContain('на листе есть ячейка «», такой ячейки не бывает');
  });

  it('refuses a file over 20 MB before reading it, saying how big it is', () => {
    const big = new Uint8Array(25 * 1024 * 1024);
    const message = refusal(() => readRegisterXlsx(big, 'big.xlsx')).problems[0]!.message;
    expect(message).toContain('The file is 25 MB; a register may be at most 20 MB. Delete pictures and other sheets');
    expect(message).toContain('Файл занимает 25 MB; реестр может быть не больше 20 MB.');
  });
});
