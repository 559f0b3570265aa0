// What the .xlsx register the site exports holds, read part by part with the independent unzip of
// registerHelpers: one sheet "register" with a bold, frozen header and id column; texts, numbers and
// true/false as what they are; empty cells left out; text kept exactly, even characters XML cannot
// hold; and the export date in a document property the import reads back.
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../src/lib/register/xlsxWrite.ts';
import { unzipText } from './registerHelpers.ts';

const AT = new Date(Date.UTC(2026, 2, 1, 9, 30, 15, 123));
const SHEET = 'xl/worksheets/sheet1.xml';

/** The `<sheetData>` of a workbook with these rows. */
function sheetData(header: string[], rows: Array<Array<string | number | boolean | undefined>>): string {
  const xml = unzipText(writeXlsx(header, rows, AT))[SHEET]!;
  return xml.slice(xml.indexOf('<sheetData>') + '<sheetData>'.length, xml.indexOf('</sheetData>'));
}

describe('the cells of the exported register', () => {
  it('writes the header bold (style 1) and values by type, leaving empty cells out', () => {
    expect(sheetData(['id', 'investmentKzt', 'featured', 'contact'], [['a-b', 350000000, false, undefined]])).toBe(
      '<row r="1">' +
        '<c r="A1" s="1" t="inlineStr"><is><t>id</t></is></c>' +
        '<c r="B1" s="1" t="inlineStr"><is><t>investmentKzt</t></is></c>' +
        '<c r="C1" s="1" t="inlineStr"><is><t>featured</t></is></c>' +
        '<c r="D1" s="1" t="inlineStr"><is><t>contact</t></is></c>' +
        '</row>' +
        '<row r="2">' +
        '<c r="A2" t="inlineStr"><is><t>a-b</t></is></c>' +
        '<c r="B2"><v>350000000</v></c>' +
        '<c r="C2" t="b"><v>0</v></c>' +
        '</row>',
    );
  });

  it('writes true as 1, a decimal as it is, and leaves out an empty text and a number that is not finite', () => {
    expect(sheetData(['a', 'b', 'c', 'd'], [[true, 2.5, '', Number.NaN]])).toContain(
      '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2"><v>2.5</v></c></row>',
    );
    expect(sheetData(['a'], [[Number.POSITIVE_INFINITY]])).toContain('<row r="2"></row>');
  });

  it('names cells past column Z with two letters', () => {
    const header = Array.from({ length: 28 }, (_, i) => `c${i + 1}`);
    const data = sheetData(header, []);
    expect(data).toContain('<c r="Z1" s="1" t="inlineStr"><is><t>c26</t></is></c>');
    expect(data).toContain('<c r="AB1" s="1" t="inlineStr"><is><t>c28</t></is></c>');
  });
});

describe('several offers in the exported register', () => {
  it('writes one row after another, numbered from 2', () => {
    expect(sheetData(['id'], [['a'], ['b']])).toBe(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>id</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>b</t></is></c></row>',
    );
  });
});

/** Checks that every element of an XML text is closed in order; returns the names of the root's children. */
function wellFormed(xml: string): { root: string; children: string[] } {
  const stack: string[] = [];
  const children: string[] = [];
  let root = '';
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (close) {
      expect(stack.pop(), `closing </${name}>`).toBe(name);
      continue;
    }
    if (stack.length === 0) {
      expect(root, `a second root <${name}>`).toBe('');
      root = name!;
    } else if (stack.length === 1) children.push(name!);
    if (!selfClosing) stack.push(name!);
  }
  expect(stack).toEqual([]);
  return { root, children };
}

describe('the package Excel opens', () => {
  const parts = () => unzipText(writeXlsx(['id'], [['a']], AT));
  const attrs = (xml: string, element: string, key: string, value: string) =>
    Object.fromEntries(
      [...xml.matchAll(new RegExp(`<${element} [^>]*?${key}="([^"]+)"[^>]*?${value}="([^"]+)"`, 'g'))].map((m) => [m[1], m[2]]),
    );

  it('has every part well formed, each with the root element its type needs', () => {
    const roots = Object.fromEntries(Object.entries(parts()).map(([name, xml]) => [name, wellFormed(xml).root]));
    expect(roots).toEqual({
      '[Content_Types].xml': 'Types',
      '_rels/.rels': 'Relationships',
      'docProps/core.xml': 'cp:coreProperties',
      'docProps/custom.xml': 'Properties',
      'xl/workbook.xml': 'workbook',
      'xl/_rels/workbook.xml.rels': 'Relationships',
      'xl/styles.xml': 'styleSheet',
      [SHEET]: 'worksheet',
    });
  });

  it('declares the type of every part', () => {
    const types = parts()['[Content_Types].xml']!;
    expect(types).toContain('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">');
    expect(attrs(types, 'Default', 'Extension', 'ContentType')).toEqual({
      rels: 'application/vnd.openxmlformats-package.relationships+xml',
      xml: 'application/xml',
    });
    expect(attrs(types, 'Override', 'PartName', 'ContentType')).toEqual({
      '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      '/xl/styles.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
      '/docProps/core.xml': 'application/vnd.openxmlformats-package.core-properties+xml',
      '/docProps/custom.xml': 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
    });
  });

  it('links the workbook, its properties, its sheet and its styles', () => {
    const all = parts();
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    expect(attrs(all['_rels/.rels']!, 'Relationship', 'Type', 'Target')).toEqual({
      [`${REL}/officeDocument`]: 'xl/workbook.xml',
      'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties': 'docProps/core.xml',
      [`${REL}/custom-properties`]: 'docProps/custom.xml',
    });
    expect(all['xl/_rels/workbook.xml.rels']).toContain(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    );
    expect(attrs(all['xl/_rels/workbook.xml.rels']!, 'Relationship', 'Type', 'Target')).toEqual({
      [`${REL}/worksheet`]: 'worksheets/sheet1.xml',
      [`${REL}/styles`]: 'styles.xml',
    });
    expect(all['xl/workbook.xml']).toContain(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`,
    );
    expect(all['docProps/core.xml']).toContain('xmlns:dcterms="http://purl.org/dc/terms/"');
    expect(all['docProps/custom.xml']).toContain(
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    );
  });

  it('has the style sections Excel requires, in order', () => {
    const styles = parts()['xl/styles.xml']!;
    expect(wellFormed(styles).children).toEqual(['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']);
    expect(styles).toContain(
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    );
    expect(styles).toContain('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>');
  });
});

describe('texts in the exported register', () => {
  const cell = (text: string) => {
    const data = sheetData(['x'], [[text]]);
    return data.slice(data.indexOf('<row r="2">') + '<row r="2">'.length, -'</row>'.length);
  };

  it('escapes the characters XML gives a meaning to', () => {
    expect(cell('a < b & "c"')).toBe('<c r="A2" t="inlineStr"><is><t>a &lt; b &amp; &quot;c&quot;</t></is></c>');
  });

  it('keeps leading and trailing spaces, line breaks and tabs', () => {
    expect(cell(' shore')).toBe('<c r="A2" t="inlineStr"><is><t xml:space="preserve"> shore</t></is></c>');
    expect(cell('shore ')).toBe('<c r="A2" t="inlineStr"><is><t xml:space="preserve">shore </t></is></c>');
    expect(cell('a\nb')).toContain('<t xml:space="preserve">a\nb</t>');
    expect(cell('a\tb')).toContain('<t xml:space="preserve">a\tb</t>');
    expect(cell('a b')).toBe('<c r="A2" t="inlineStr"><is><t>a b</t></is></c>');
  });

  it('writes characters XML cannot hold as _xHHHH_, and protects a text that already looks like one', () => {
    expect(cell('a\u0001b\u001fc')).toContain('<t>a_x0001_b_x001F_c</t>');
    expect(cell('\ufffe')).toContain('<t>_xFFFE_</t>');
    expect(cell('_x0041_')).toContain('<t>_x005F_x0041_</t>');
    expect(cell('my_x_file')).toContain('<t>my_x_file</t>');
  });

  it('adds an apostrophe only to a line that already starts with apostrophes before a formula sign', () => {
    expect(cell("'=SUM(A1)")).toContain("<t>''=SUM(A1)</t>");
    expect(cell('=SUM(A1)')).toContain('<t>=SUM(A1)</t>');
  });
});

describe('the workbook around the cells', () => {
  const parts = () => unzipText(writeXlsx(['id', 'kind', 'status'], [['a', 'b', 'c']], AT));

  it('writes each part as UTF-8 XML in the OOXML namespaces, and opens the sheet at cell B2', () => {
    const all = parts();
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    for (const [name, xml] of Object.entries(all)) expect(xml.startsWith(head), name).toBe(true);
    expect(all[SHEET]).toContain(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>' +
        '<selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/><cols>',
    );
    expect(all['xl/styles.xml']).toContain('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
    expect(all['_rels/.rels']).toContain(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>',
    );
  });

  it('freezes the header row and the id column, and sizes every header column', () => {
    const sheet = parts()[SHEET]!;
    expect(sheet).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<cols><col min="1" max="3" width="18" customWidth="1"/></cols>');
    const empty = unzipText(writeXlsx([], [], AT))[SHEET]!;
    expect(empty).toContain('<col min="1" max="1" width="18" customWidth="1"/>');
  });

  it('records the export date, to the second, where the import looks for it', () => {
    const all = parts();
    expect(all['docProps/custom.xml']).toContain('name="registerExportedAt"><vt:lpwstr>2026-03-01T09:30:15Z</vt:lpwstr>');
    expect(all['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T09:30:15Z</dcterms:created>');
    expect(all['docProps/core.xml']).toContain('<dc:title>Audit register</dc:title>');
  });

  it('has one sheet called register, with bold as its second cell style', () => {
    const all = parts();
    expect(Object.keys(all).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/custom.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      SHEET,
    ]);
    expect(all['xl/workbook.xml']).toContain('<sheets><sheet name="register" sheetId="1" r:id="rId1"/></sheets>');
    expect(all['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet1.xml"');
    expect(all['xl/styles.xml']).toContain('<font><b/><sz val="11"/>');
    expect(all['xl/styles.xml']).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
  });
});
