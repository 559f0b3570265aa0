// What the .xlsx reader makes of a workbook's parts, at the edges the existing register tests leave
// open: which number formats are dates, styles outside cellXfs, rich and pretty-printed texts, a
// workbook at another path, several sheets, rows out of order, the export date, and the full wording
// (English, then Russian) of the refusals an official reads. Workbooks are built byte by byte here.
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRegisterXlsx } from '../../src/lib/register/io.ts';
import { isDateFormatCode } from '../../src/lib/register/xlsxRead.ts';
import { refusal, textCell, workbookOf, zipOf } from './registerHelpers.ts';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RESAVE = 'Open it in Excel and save it again as "Excel Workbook (*.xlsx)", or save the register as CSV UTF-8.';
const RESAVE_RU = 'Откройте её в Excel и сохраните заново как «Книга Excel (*.xlsx)» или сохраните реестр как CSV UTF-8.';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const rels = (...targets: Array<[id: string, type: string, target: string, extra?: string]>) =>
  `<Relationships xmlns="${PKG}">${targets.map(([id, type, target, extra = '']) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${extra}/>`).join('')}</Relationships>`;
/** Header `id`, `value`; row 2 holds `x` and the given B2 cell. */
const oneCell = (cell: string) =>
  `<row r="1">${textCell('A1', 'id')}${textCell('B1', 'value')}</row><row r="2">${textCell('A2', 'x')}${cell}</row>`;
const b2 = (cell: string, parts: Parameters<typeof workbookOf>[1] = {}) =>
  readRegisterXlsx(workbookOf(oneCell(cell), parts)).rows[0]?.cells[1];
const messageOf = (data: Uint8Array) => {
  const e = refusal(() => readRegisterXlsx(data, 'r.xlsx'));
  expect(e.file).toBe('r.xlsx');
  expect(e.problems).toHaveLength(1);
  return e.problems[0]!;
};

describe('which number formats show dates', () => {
  it('sees a date or time in a y, m, d, h or s of any case', () => {
    for (const code of ['yyyy-mm-dd', 'DD.MM.YYYY', 'h:mm', '[h]:mm:ss', 'mmm', 'ss', '[$-409]d-mmm-yy;@', 'YY'])
      expect(isDateFormatCode(code), code).toBe(true);
  });

  it('ignores letters in brackets, quotes, after a backslash, and after _ or *', () => {
    for (const code of [
      '0.00',
      'General',
      '[Red]0.00',
      '[Red][<=100]0;[Blue]0',
      '"days "0',
      '0" ms"',
      '0 "d" 0 "s"',
      '0\\d',
      '0\\s\\h',
      '#,##0_s',
      '* #,##0*d',
      '0_);[Red](0)',
    ])
      expect(isDateFormatCode(code), code).toBe(false);
  });

  it('still sees the date part next to such text', () => {
    expect(isDateFormatCode('[Red]yyyy')).toBe(true);
    expect(isDateFormatCode('"day "d')).toBe(true);
    expect(isDateFormatCode('\\dd')).toBe(true);
    expect(isDateFormatCode('_m')).toBe(false);
    expect(isDateFormatCode('_mm')).toBe(true);
    expect(isDateFormatCode('[a]"b"\\c_d*ey')).toBe(true);
  });
});

describe('number cells styled as dates', () => {
  const styles = (xfs: string, extra = '') =>
    `<styleSheet ${MAIN}>${extra}<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;

  it('reads a day number as a date for every built-in date format, and as a number for the others', () => {
    const dateIds = [
      14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ];
    const plainIds = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59];
    const ids = [...dateIds, ...plainIds];
    const sheet = `<row r="1">${textCell('A1', 'id')}</row><row r="2">${ids.map((_, i) => `<c s="${i}"><v>46000</v></c>`).join('')}</row>`;
    const data = workbookOf(sheet, { 'xl/styles.xml': styles(ids.map((id) => `<xf numFmtId="${id}"/>`).join('')) });
    const cells = readRegisterXlsx(data).rows[0]!.cells;
    expect(cells).toEqual([...dateIds.map(() => utc(2025, 12, 9)), ...plainIds.map(() => 46000)]);
  });

  it('counts only the styles in cellXfs, not the cell style templates before them', () => {
    const parts = { 'xl/styles.xml': styles('<xf numFmtId="0"/><xf numFmtId="14"/>') };
    expect(b2('<c r="B2" s="0"><v>46000</v></c>', parts)).toBe(46000);
    expect(b2('<c r="B2" s="1"><v>46000</v></c>', parts)).toEqual(utc(2025, 12, 9));
    expect(b2('<c r="B2"><v>46000</v></c>', parts)).toBe(46000);
  });

  it('reads styles written as Excel does, with closing tags and alignment inside each xf', () => {
    const excel = `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"></numFmt></numFmts><cellStyleXfs count="1"><xf numFmtId="0"></xf></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" applyAlignment="1"><alignment wrapText="1"/></xf><xf numFmtId="164"><alignment horizontal="left"/><protection locked="0"/></xf><xf numFmtId="0"></xf></cellXfs><cellStyles><cellStyle name="Normal" xfId="0"/></cellStyles></styleSheet>`;
    expect(b2('<c r="B2" s="0"><v>46000</v></c>', { 'xl/styles.xml': excel })).toBe(46000);
    expect(b2('<c r="B2" s="1"><v>46000</v></c>', { 'xl/styles.xml': excel })).toEqual(utc(2025, 12, 9));
    expect(b2('<c r="B2" s="2"><v>46000</v></c>', { 'xl/styles.xml': excel })).toBe(46000);
  });

  it('ignores xf elements after cellXfs and an empty <cellXfs/>', () => {
    const after = `<styleSheet ${MAIN}><cellXfs><xf numFmtId="0"/></cellXfs><dxfs><xf numFmtId="14"/></dxfs></styleSheet>`;
    expect(b2('<c r="B2" s="1"><v>46000</v></c>', { 'xl/styles.xml': after })).toBe(46000);
    const empty = `<styleSheet ${MAIN}><cellXfs/><xf numFmtId="14"/></styleSheet>`;
    expect(b2('<c r="B2" s="0"><v>46000</v></c>', { 'xl/styles.xml': empty })).toBe(46000);
  });

  it('uses a custom format code over the built-in meaning of its number', () => {
    const custom = styles(
      '<xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>',
      '<numFmts><numFmt numFmtId="14" formatCode="0.00"/><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[Red]0"/></numFmts>',
    );
    expect(b2('<c r="B2" s="0"><v>46000</v></c>', { 'xl/styles.xml': custom })).toBe(46000);
    expect(b2('<c r="B2" s="1"><v>46000</v></c>', { 'xl/styles.xml': custom })).toEqual(utc(2025, 12, 9));
    expect(b2('<c r="B2" s="2"><v>46000</v></c>', { 'xl/styles.xml': custom })).toBe(46000);
  });

  it('keeps the time of day of a day number, rounded to the millisecond, in both date systems', () => {
    const parts = { 'xl/styles.xml': styles('<xf numFmtId="22"/>') };
    expect(b2('<c r="B2" s="0"><v>46000.75</v></c>', parts)).toEqual(utc(2025, 12, 9, 18));
    const wb1904 = `<workbook ${MAIN} xmlns:r="${REL}"><workbookPr date1904="true"/><sheets><sheet name="r" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(b2('<c r="B2" s="0"><v>0</v></c>', { ...parts, 'xl/workbook.xml': wb1904 })).toEqual(utc(1904, 1, 1));
    const wb1900 = wb1904.replace('date1904="true"', 'date1904="0"');
    expect(b2('<c r="B2" s="0"><v>46000</v></c>', { ...parts, 'xl/workbook.xml': wb1900 })).toEqual(utc(2025, 12, 9));
  });

  it('reads number cells without styles when the workbook has no styles part', () => {
    expect(b2('<c r="B2" s="3"><v>2.5</v></c>')).toBe(2.5);
  });
});

describe('texts of a workbook', () => {
  const shared = (...items: string[]) => ({ 'xl/sharedStrings.xml': `<sst ${MAIN}>${items.join('')}</sst>` });

  it('joins the runs of a rich text and ignores the layout whitespace around them', () => {
    const parts = shared(
      '<si>\n  <r><rPr><b/></rPr><t>Демалыс</t></r>\n  <r><t xml:space="preserve"> базасы</t></r>\n</si>',
      '<si><t/></si>',
      '<si><t>  kept  </t></si>',
    );
    expect(b2('<c r="B2" t="s"><v>0</v></c>', parts)).toBe('Демалыс базасы');
    expect(b2('<c r="B2" t="s"><v>1</v></c>', parts)).toBeUndefined();
    expect(b2('<c r="B2" t="s"><v>2</v></c>', parts)).toBe('  kept  ');
  });

  it('reads a reference to an empty <si/> as an empty cell, and ignores layout after each text', () => {
    const parts = shared('<si/>', '<si>\n  <t>a</t>\n</si>', '<si><r><t>b</t>\n</r></si>');
    expect(b2('<c r="B2" t="s"><v>0</v></c>', parts)).toBeUndefined();
    expect(b2('<c r="B2" t="s"><v>1</v></c>', parts)).toBe('a');
    expect(b2('<c r="B2" t="s"><v>2</v></c>', parts)).toBe('b');
  });

  it('finds shared texts past the tenth', () => {
    const parts = shared(...Array.from({ length: 12 }, (_, i) => `<si><t>text ${i}</t></si>`));
    expect(b2('<c r="B2" t="s"><v>11</v></c>', parts)).toBe('text 11');
    expect(b2('<c r="B2" t="s"><v>10</v></c>', parts)).toBe('text 10');
  });

  it('reads a shared text index with spaces around it, and an empty index as an empty cell', () => {
    const parts = shared('<si><t>a</t></si>', '<si><t>b</t></si>');
    expect(b2('<c r="B2" t="s"><v> 1 </v></c>', parts)).toBe('b');
    expect(b2('<c r="B2" t="s"><v> </v></c>', parts)).toBeUndefined();
    expect(b2('<c r="B2" t="s"></c>', parts)).toBeUndefined();
  });

  it('refuses a shared text index that is not a whole number, in full words', () => {
    const p = messageOf(workbookOf(oneCell('<c r="B2" t="s"><v>0.5</v></c>'), shared('<si><t>a</t></si>')));
    expect(p).toEqual({
      cell: 'B2',
      row: 2,
      message: `cell B2 refers to a text the workbook does not have: the file is damaged. ${RESAVE}\nячейка B2 ссылается на текст, которого нет в книге: файл повреждён. ${RESAVE_RU}`,
    });
  });

  it('decodes OOXML escapes in shared and formula texts, and leaves other underscores alone', () => {
    const parts = shared('<si><t>a_x000D__x000a_b_x005F_x0041_</t></si>', '<si><t>snake_case_x</t></si>');
    expect(b2('<c r="B2" t="s"><v>0</v></c>', parts)).toBe('a\r\nb_x0041_');
    expect(b2('<c r="B2" t="s"><v>1</v></c>', parts)).toBe('snake_case_x');
    expect(b2('<c r="B2" t="str"><f>A1</f><v>x_x0009_y</v></c>')).toBe('x\ty');
  });

  it('joins the runs of a rich inline text, leaving out phonetic readings and layout whitespace', () => {
    expect(b2('<c r="B2" t="inlineStr"><is>\n <r><t>ab</t></r> <r><t>cd</t></r><rPh><t>ふ</t></rPh></is></c>')).toBe('abcd');
    expect(b2('<c r="B2" t="inlineStr"><is/></c>')).toBeUndefined();
    expect(b2('<c r="B2" t="inlineStr"/>')).toBeUndefined();
    expect(b2('<c r="B2" t="inlineStr"></c>')).toBeUndefined();
    expect(b2('<c r="B2" t="inlineStr"><v>from v</v></c>')).toBe('from v');
  });

  it('reads the text result of a formula, and a text cell with no value as empty', () => {
    expect(b2('<c r="B2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>')).toBe('ab');
    expect(b2('<c r="B2" t="str"/>')).toBeUndefined();
  });
});

describe('valid XML written in less usual ways', () => {
  const shared = (...items: string[]) => ({ 'xl/sharedStrings.xml': `<sst ${MAIN}>${items.join('')}</sst>` });

  it('keeps the text after an empty phonetic run <rPh/>', () => {
    expect(b2('<c r="B2" t="s"><v>0</v></c>', shared('<si><rPh/><t>kept</t></si>'))).toBe('kept');
    expect(b2('<c r="B2" t="inlineStr"><is><rPh/><t>kept</t></is></c>')).toBe('kept');
  });

  it('joins a value or text split by a comment or a CDATA section', () => {
    expect(b2('<c r="B2"><v>12<!-- note -->34</v></c>')).toBe(1234);
    expect(b2('<c r="B2" t="inlineStr"><is><t>ab<![CDATA[<cd>]]>e</t></is></c>')).toBe('ab<cd>e');
    expect(b2('<c r="B2" t="s"><v>0</v></c>', shared('<si><t>x<![CDATA[&y]]></t></si>'))).toBe('x&y');
  });

  it('reads an empty <t/> in an inline text as nothing, and the runs after it', () => {
    expect(b2('<c r="B2" t="inlineStr"><is><t/></is></c>')).toBeUndefined();
    expect(b2('<c r="B2" t="inlineStr"><is><r><t/></r><r><t>b</t></r></is></c>')).toBe('b');
  });

  it('ignores a doubled slash in a relationship target, and a relationship with no target', () => {
    const parts = {
      'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets//sheet1.xml']).replace(
        '<Relationship ',
        `<Relationship Id="rId1" Type="${REL}/worksheet"/><Relationship `,
      ),
    };
    expect(readRegisterXlsx(workbookOf(`<row r="1">${textCell('A1', 'id')}</row>`, parts)).header).toEqual(['id']);
  });
});

describe('the cells of the sheet', () => {
  it('places cells without a reference after the previous cell, and rows without a number after the previous row', () => {
    const sheet = `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c><c t="inlineStr"><is><t>e</t></is></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c r="C5"><v>3</v></c></row><row><c><v>1</v></c></row>`;
    const table = readRegisterXlsx(workbookOf(sheet));
    expect(table.header).toEqual(['id', 'b', '', 'd', 'e']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['x', undefined, undefined, undefined, undefined] },
      { rowNumber: 5, cells: [undefined, undefined, 3, undefined, undefined] },
      { rowNumber: 6, cells: [1, undefined, undefined, undefined, undefined] },
    ]);
  });

  it('reads cell references in lower case and with two or three letters', () => {
    const sheet = `<row r="1">${textCell('a1', 'id')}${textCell('ab1', 'far')}</row><row r="2"><c r="ab2"><v>7</v></c></row>`;
    const table = readRegisterXlsx(workbookOf(sheet));
    expect(table.header[27]).toBe('far');
    expect(table.header).toHaveLength(28);
    expect(table.rows[0]!.cells[27]).toBe(7);
  });

  it('gives the rows in order of their numbers, whatever order the sheet has them in, and drops blank rows', () => {
    const sheet = `<row r="3">${textCell('A3', 'third')}</row><row r="1">${textCell('A1', 'id')}</row><row r="4">${textCell('A4', '   ')}</row><row r="2">${textCell('A2', 'second')}</row>`;
    expect(readRegisterXlsx(workbookOf(sheet)).rows).toEqual([
      { rowNumber: 2, cells: ['second'] },
      { rowNumber: 3, cells: ['third'] },
    ]);
  });

  it('drops a row of spaces even when other rows are wider', () => {
    const sheet = `<row r="1">${textCell('A1', 'id')}${textCell('B1', 'value')}</row><row r="2">${textCell('A2', '  ')}</row><row r="3">${textCell('A3', 'x')}</row>`;
    expect(readRegisterXlsx(workbookOf(sheet)).rows).toEqual([{ rowNumber: 3, cells: ['x', undefined] }]);
  });

  it('refuses a reference to a shared text when the workbook has no shared texts', () => {
    expect(messageOf(workbookOf(oneCell('<c r="B2" t="s"><v>0</v></c>'))).message).toContain(
      'cell B2 refers to a text the workbook does not have',
    );
  });

  it('names the file "the workbook" when no file name is given', () => {
    expect(refusal(() => readRegisterXlsx(new Uint8Array(4))).file).toBe('the workbook');
  });

  it('reads a sheet with no header row as an empty header', () => {
    const table = readRegisterXlsx(workbookOf(`<row r="2">${textCell('A2', 'x')}</row>`));
    expect(table).toEqual({ header: [''], rows: [{ rowNumber: 2, cells: ['x'] }] });
  });

  it('reads numbers and booleans in the header as text', () => {
    const sheet = `<row r="1"><c r="A1"><v>2026</v></c><c r="B1" t="b"><v>1</v></c>${textCell('C1', ' name ')}</row>`;
    expect(readRegisterXlsx(workbookOf(sheet)).header).toEqual(['2026', 'true', 'name']);
  });

  it('reads cells only inside sheetData', () => {
    const sheet = `<?xml version="1.0"?><worksheet ${MAIN}><c r="A5"><v>9</v></c><sheetData>${`<row r="1">${textCell('A1', 'id')}</row><row r="2">${textCell('A2', 'x')}</row>`}</sheetData><c r="A6"><v>8</v></c><row r="7"><c r="A7"><v>1</v></c></row></worksheet>`;
    const table = readRegisterXlsx(workbookOf('', { 'xl/worksheets/sheet1.xml': sheet }));
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['x'] }]);
  });

  it('reads an empty <sheetData/> as an empty register', () => {
    const sheet = `<worksheet ${MAIN}><sheetData/><c r="A1" t="inlineStr"><is><t>id</t></is></c></worksheet>`;
    expect(readRegisterXlsx(workbookOf('', { 'xl/worksheets/sheet1.xml': sheet }))).toEqual({ header: [], rows: [] });
  });

  it('reads a number with spaces around it, and a number value that is empty as an empty cell', () => {
    expect(b2('<c r="B2"><v> 12.5 </v></c>')).toBe(12.5);
    expect(b2('<c r="B2"><v/></c>')).toBeUndefined();
    expect(b2('<c r="B2"><v>  </v></c>')).toBeUndefined();
    expect(b2('<c r="B2" t="b"><v/></c>')).toBeUndefined();
  });

  it('accepts a cell of exactly 10 000 characters', () => {
    expect(b2(textCell('B2', 'я'.repeat(10_000)))).toBe('я'.repeat(10_000));
  });

  it('accepts data on row 10 000 and in column 200 (GR), and refuses row 10 001 and column 201 (GS), in full words', () => {
    const edge = `<row r="1">${textCell('A1', 'id')}</row><row r="10000">${textCell('A10000', 'last')}${textCell('GR10000', 'far')}</row>`;
    const table = readRegisterXlsx(workbookOf(edge));
    expect(table.rows[0]!.rowNumber).toBe(10_000);
    expect(table.rows[0]!.cells[199]).toBe('far');
    expect(messageOf(workbookOf(`<row r="10001">${textCell('A10001', 'x')}</row>`))).toEqual({
      cell: 'A10001',
      row: 10_001,
      message:
        'cell A10001 holds data on row 10 001; a register may have at most 10 000 rows. Delete the rows below the register and save.\nв ячейке A10001 есть данные в строке 10 001; в реестре может быть не больше 10 000 строк. Удалите строки ниже реестра и сохраните файл.',
    });
    expect(messageOf(workbookOf(`<row r="3">${textCell('GS3', 'x')}</row>`)).message).toMatch(
      /^cell GS3 holds data in column 201 \(GS\); the register has \d+ columns and the import reads at most 200\. Delete the columns to the right of the register and save\.\nв ячейке GS3 есть данные в столбце 201 \(GS\); столбцов в реестре — \d+, импорт читает не больше 200\. Удалите столбцы правее реестра и сохраните файл\.$/,
    );
  });

  it('ignores empty cells beyond the limits', () => {
    const sheet = `<row r="1">${textCell('A1', 'id')}</row><row r="20000"><c r="XFD20000" s="1"/>${textCell('A20000', '')}</row>`;
    expect(readRegisterXlsx(workbookOf(sheet)).rows).toEqual([]);
  });

  it('accepts the last cell a sheet can have, XFD1048576, only when it is empty, and refuses XFE1 and row 1 048 577', () => {
    expect(readRegisterXlsx(workbookOf(`<row r="1">${textCell('A1', 'id')}<c r="XFD1048576"/></row>`)).header).toEqual(['id']);
    for (const ref of ['XFE1', 'A1048577', 'A0', 'ABCD1', 'A1:B2', 'B2 ', 'A12345678'])
      expect(messageOf(workbookOf(`<row r="1"><c r="${ref}"><v>1</v></c></row>`)).message, ref).toBe(
        `the sheet has a cell named "${ref}", which is not a cell: the file is damaged. ${RESAVE}\nна листе есть ячейка «${ref}», такой ячейки не бывает: файл повреждён. ${RESAVE_RU}`,
      );
    expect(messageOf(workbookOf('<row r="1048577"/>')).message).toBe(
      `a row of the sheet has the number "1048577", which is not a row: the file is damaged. ${RESAVE}\nу строки листа номер «1048577», такой строки не бывает: файл повреждён. ${RESAVE_RU}`,
    );
    expect(messageOf(workbookOf('<row r="1.5"/>')).message).toContain('the number "1.5", which is not a row');
    expect(readRegisterXlsx(workbookOf(`<row r="1048576"/><row r="1">${textCell('A1', 'id')}</row>`)).header).toEqual(['id']);
  });

  it('says in full words what is wrong with a formula, an error, a true/false, a number and a date cell', () => {
    const cases: Array<[string, string]> = [
      [
        '<c r="B2"><f>A1*2</f></c>',
        'cell B2 holds a formula with no saved value; in Excel, copy the column and Paste Special → Values, then save.\nв ячейке B2 формула без сохранённого значения; в Excel скопируйте столбец и выберите Специальная вставка → Значения, затем сохраните файл.',
      ],
      [
        '<c r="B2" t="e"><v>#N/A</v></c>',
        'cell B2 holds the error #N/A; correct the formula or type the value, then save.\nв ячейке B2 ошибка #N/A; исправьте формулу или введите значение и сохраните файл.',
      ],
      [
        '<c r="B2" t="b"><v>yes</v></c>',
        `cell B2 is marked true/false but holds "yes": the file is damaged. ${RESAVE}\nячейка B2 отмечена как «истина/ложь», но содержит «yes»: файл повреждён. ${RESAVE_RU}`,
      ],
      [
        '<c r="B2"><v>Infinity</v></c>',
        `cell B2 is marked as a number but holds "Infinity": the file is damaged. ${RESAVE}\nячейка B2 отмечена как число, но содержит «Infinity»: файл повреждён. ${RESAVE_RU}`,
      ],
      [
        '<c r="B2" t="d"><v> 2026-02-30x </v></c>',
        'cell B2 holds the date "2026-02-30x", which is not a date: the file is damaged.\nв ячейке B2 дата «2026-02-30x», но это не дата: файл повреждён.',
      ],
    ];
    for (const [cell, message] of cases) expect(messageOf(workbookOf(oneCell(cell))), cell).toEqual({ cell: 'B2', row: 2, message });
  });

  it('reads a date cell with spaces around the day, and a time with a +hh:mm zone', () => {
    expect(b2('<c r="B2" t="d"><v> 2026-03-01 </v></c>')).toEqual(utc(2026, 3, 1));
    expect(b2('<c r="B2" t="d"><v>2026-03-01T10:00:00+05:00</v></c>')).toEqual(utc(2026, 3, 1, 5));
    expect(b2('<c r="B2" t="d"><v>2026-03-01T10:00:00z</v></c>')).toEqual(utc(2026, 3, 1, 10));
  });

  it('reports every bad cell of a sheet, not only the first, and keeps reading', () => {
    const sheet = `<row r="1">${textCell('A1', 'id')}</row><row r="2"><c r="A2" t="e"><v>#REF!</v></c><c r="B2" t="b"><v>2</v></c></row>`;
    const e = refusal(() => readRegisterXlsx(workbookOf(sheet)));
    expect(e.problems.map((p) => p.cell)).toEqual(['A2', 'B2']);
  });

  it('stops at exactly 50 bad cells', () => {
    const bad = Array.from({ length: 60 }, (_, i) => `<c r="A${i + 2}" t="e"><v>#N/A</v></c>`).join('');
    const e = refusal(() => readRegisterXlsx(workbookOf(`<row r="1">${textCell('A1', 'id')}</row>${bad}`)));
    expect(e.problems).toHaveLength(50);
    const e49 = refusal(() =>
      readRegisterXlsx(workbookOf(`<row r="1">${textCell('A1', 'id')}</row>${bad.split('</c>').slice(0, 49).join('</c>')}</c>`)),
    );
    expect(e49.problems).toHaveLength(49);
  });
});

describe('the parts of a workbook', () => {
  it('finds the workbook where the package relationships say, with its own relationships beside it', () => {
    const data = zipOf([
      { name: '_rels/.rels', data: rels(['rId1', 'officeDocument', 'excel/book.xml']) },
      {
        name: 'excel/book.xml',
        data: `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="a" r:id="rId7"/><sheet name="b" r:id="rId8"/></sheets></workbook>`,
      },
      {
        name: 'excel/_rels/book.xml.rels',
        data: rels(
          ['rId8', 'worksheet', 'second.xml'],
          ['rId7', 'worksheet', 'http://example.com/first.xml', ' TargetMode="External"'],
          ['rId7', 'worksheet', 'first.xml'],
          ['rId9', 'sharedStrings', 'texts.xml'],
        ),
      },
      {
        name: 'excel/first.xml',
        data: `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      },
      {
        name: 'excel/second.xml',
        data: `<worksheet ${MAIN}><sheetData><row r="1">${textCell('A1', 'wrong sheet')}</row></sheetData></worksheet>`,
      },
      { name: 'excel/texts.xml', data: `<sst ${MAIN}><si><t>first sheet</t></si></sst>` },
    ]);
    expect(readRegisterXlsx(data).header).toEqual(['first sheet']);
  });

  it('reads relationships written with closing tags instead of />', () => {
    const closed = `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"></Relationship></Relationships>`;
    const data = workbookOf(`<row r="1">${textCell('A1', 'id')}</row>`, { 'xl/_rels/workbook.xml.rels': closed });
    expect(readRegisterXlsx(data).header).toEqual(['id']);
  });

  it('finds the workbook when the package lists its properties first, as Excel does', () => {
    const data = zipOf([
      {
        name: '_rels/.rels',
        data: `<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="excel/book.xml"/></Relationships>`,
      },
      { name: 'excel/book.xml', data: `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>` },
      { name: 'excel/_rels/book.xml.rels', data: rels(['rId1', 'worksheet', 'sheet.xml']) },
      { name: 'excel/sheet.xml', data: `<worksheet ${MAIN}><sheetData><row r="1">${textCell('A1', 'id')}</row></sheetData></worksheet>` },
      { name: 'docProps/app.xml', data: '<Properties/>' },
      { name: 'docProps/core.xml', data: '<coreProperties/>' },
    ]);
    expect(readRegisterXlsx(data).header).toEqual(['id']);
  });

  it('falls back to xl/workbook.xml when the package has no relationships part', () => {
    const data = workbookOf(`<row r="1">${textCell('A1', 'id')}</row>`);
    const withoutRels = zipOf([
      { name: 'xl/workbook.xml', data: `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="r" r:id="rId1"/></sheets></workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(['rId1', 'worksheet', 'worksheets/sheet1.xml']) },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: `<worksheet ${MAIN}><sheetData><row r="1">${textCell('A1', 'id')}</row></sheetData></worksheet>`,
      },
    ]);
    expect(readRegisterXlsx(withoutRels).header).toEqual(readRegisterXlsx(data).header);
  });

  it('says in full words that a part the workbook names is missing', () => {
    const data = workbookOf('', { 'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets/gone.xml']) });
    expect(messageOf(data)).toEqual({
      message: `The workbook has no part xl/worksheets/gone.xml, so it is damaged. ${RESAVE}\nВ книге нет части xl/worksheets/gone.xml, она повреждена. ${RESAVE_RU}`,
    });
  });

  it('says in full words that a workbook has no sheet when its relationships lack the one it names', () => {
    const data = workbookOf('', { 'xl/_rels/workbook.xml.rels': rels(['rId2', 'worksheet', 'worksheets/sheet1.xml']) });
    expect(messageOf(data)).toEqual({ message: `The workbook has no sheet. ${RESAVE}\nВ книге нет ни одного листа. ${RESAVE_RU}` });
  });

  it('says in full words which part is not valid XML and why', () => {
    const data = workbookOf('', { 'xl/worksheets/sheet1.xml': `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1"></sheetData` });
    expect(messageOf(data)).toEqual({
      message: `The part xl/worksheets/sheet1.xml of the workbook is not valid: a closing tag never ends. ${RESAVE}\nЧасть xl/worksheets/sheet1.xml книги повреждена (a closing tag never ends). ${RESAVE_RU}`,
    });
  });

  it('says in full words that a part is not UTF-8 and that a part cannot be read', () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', data: Uint8Array.from([0x3c, 0x61, 0x3e, 0xc0, 0x3c, 0x2f, 0x61, 0x3e]) };
    expect(messageOf(workbookOf('', { 'xl/worksheets/sheet1.xml': sheet }))).toEqual({
      message: `The part xl/worksheets/sheet1.xml of the workbook is not UTF-8 text. ${RESAVE}\nЧасть xl/worksheets/sheet1.xml книги — не текст UTF-8. ${RESAVE_RU}`,
    });
  });

  it('says in full words that a part cannot be read, quoting the reason', () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', deflated: Uint8Array.from([0xb3, 0x49, 0xd4, 0xb7, 0x03, 0x00]), crc: 7, size: 4 };
    const reason = 'the part xl/worksheets/sheet1.xml is damaged (its checksum does not match)';
    expect(messageOf(workbookOf('', { 'xl/worksheets/sheet1.xml': sheet }))).toEqual({
      message: `The workbook cannot be read: ${reason}. ${RESAVE}\nКнигу невозможно прочитать (${reason}). ${RESAVE_RU}`,
    });
  });

  it('says in full words that a file is not a zip archive or is an old .xls', () => {
    expect(messageOf(new TextEncoder().encode('id,kind\r\n'))).toEqual({
      message: `This is not a readable .xlsx workbook: it is not a zip archive (an .xlsx workbook is one). ${RESAVE}\nЭто не книга .xlsx, которую можно прочитать (it is not a zip archive (an .xlsx workbook is one)). ${RESAVE_RU}`,
    });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(messageOf(ole)).toEqual({
      message:
        'This is not an .xlsx workbook: it is an old .xls file or a workbook protected with a password. In Excel choose File → Save As → "Excel Workbook (*.xlsx)", without a password.\nЭто не книга .xlsx: это старый файл .xls или книга, защищённая паролем. В Excel выберите Файл → Сохранить как → «Книга Excel (*.xlsx)», без пароля.',
    });
    // Only all four bytes of the signature mark an old workbook.
    for (const k of [0, 1, 2, 3]) {
      const almost = ole.slice();
      almost[k] = 0;
      expect(messageOf(almost).message, String(k)).toContain('it is not a zip archive');
    }
  });

  it('says in full words that a part unpacks to more than 64 MB', () => {
    // 65 MB of zeros as 65 independent 1 MB deflate blocks and an empty final block: cheap to build.
    const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
    const deflated = Buffer.concat([...Array.from({ length: 65 }, () => block), Buffer.from([0x03, 0x00])]);
    const data = workbookOf('', { 'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', deflated, crc: 0, size: 100 } });
    expect(messageOf(data)).toEqual({
      message: `The part xl/worksheets/sheet1.xml of the workbook unpacks to more than 64 MB (a register needs a few MB): the file is damaged or made to overload the import. ${RESAVE}\nЧасть xl/worksheets/sheet1.xml книги распаковывается больше чем в 64 MB (реестру хватает нескольких МБ): файл повреждён или сделан, чтобы перегрузить импорт. ${RESAVE_RU}`,
    });
  });

  it('accepts a file of exactly 20 MB as far as its size goes', () => {
    const file = new Uint8Array(20 * 1024 * 1024);
    expect(messageOf(file).message).toContain('it is not a zip archive');
  });
});

describe('the export date', () => {
  const withCustom = (custom: string, target = 'docProps/custom.xml') =>
    workbookOf(`<row r="1">${textCell('A1', 'id')}</row>`, {
      '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml'], ['rId2', 'custom-properties', target]),
      'docProps/custom.xml': `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="v">${custom}</Properties>`,
    });
  const prop = (name: string, value: string) => `<property fmtid="{x}" pid="2" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;

  it('reads registerExportedAt among other properties, trimmed', () => {
    const custom =
      prop('author', 'someone 2020-01-01T00:00:00Z') + prop('registerExportedAt', ' 2026-12-01T09:30:00Z ') + prop('other', 'x');
    expect(readRegisterXlsx(withCustom(custom)).exportedAt).toBe('2026-12-01T09:30:00Z');
  });

  it('accepts minutes only or fractions of a second, and ignores a date that is malformed or does not exist', () => {
    const at = (v: string) => readRegisterXlsx(withCustom(prop('registerExportedAt', v))).exportedAt;
    expect(at('2026-12-01T09:30Z')).toBe('2026-12-01T09:30Z');
    expect(at('2026-12-01T09:30:15.250Z')).toBe('2026-12-01T09:30:15.250Z');
    expect(at('2026-12-01T09:30:00')).toBeUndefined();
    expect(at('2026-12-01')).toBeUndefined();
    expect(at('x2026-12-01T09:30:00Z')).toBeUndefined();
    expect(at('2026-12-01T09:30:00Zx')).toBeUndefined();
    expect(at('2026-13-01T09:30:00Z')).toBeUndefined();
    expect(at('')).toBeUndefined();
    expect('exportedAt' in readRegisterXlsx(withCustom(prop('registerExportedAt', 'soon')))).toBe(false);
  });

  it('ignores a custom-properties relationship whose part is missing', () => {
    expect(
      readRegisterXlsx(withCustom(prop('registerExportedAt', '2026-12-01T09:30:00Z'), 'docProps/gone.xml')).exportedAt,
    ).toBeUndefined();
  });
});
