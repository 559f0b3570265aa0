import type { RawCell } from './cells.ts';
import { REGISTER_HEADER } from './columns.ts';
import { REGISTER_LIMITS, columnLetters, grouped, megabytes } from './limits.ts';
import { RegisterFileError, type RegisterProblem } from './problems.ts';
import { bilingual, tooLong, type RegisterTable } from './table.ts';
import { XmlError, xmlTokens, type XmlToken } from './xml.ts';
import { ZipError, listZip, readZipEntry, type InflateBudget, type ZipEntry } from './zip.ts';

/**
 * Reads the first worksheet of an .xlsx register: only the parts it needs (workbook, its
 * relationships, shared texts, styles for date formats, the sheet and the export date), each
 * inflated within REGISTER_LIMITS, with row, column and cell-length limits checked cell by cell.
 */

const RESAVE_EN = 'Open it in Excel and save it again as "Excel Workbook (*.xlsx)", or save the register as CSV UTF-8.';
const RESAVE_RU = 'Откройте её в Excel и сохраните заново как «Книга Excel (*.xlsx)» или сохраните реестр как CSV UTF-8.';

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True for a format code that shows a date or time: a y m d h or s outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(bare);
}

/** Text of an XML part, or a file error naming it. */
class Parts {
  private readonly budget: InflateBudget = { entryBytes: REGISTER_LIMITS.entryBytes, remainingBytes: REGISTER_LIMITS.totalBytes };
  private readonly data: Uint8Array;
  private readonly entries: Map<string, ZipEntry>;
  private readonly fail: (message: string) => never;

  constructor(data: Uint8Array, entries: Map<string, ZipEntry>, fail: (message: string) => never) {
    this.data = data;
    this.entries = entries;
    this.fail = fail;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  text(name: string): string {
    const entry = this.entries.get(name);
    if (!entry)
      this.fail(
        bilingual(
          `The workbook has no part ${name}, so it is damaged. ${RESAVE_EN}`,
          `В книге нет части ${name}, она повреждена. ${RESAVE_RU}`,
        ),
      );
    let bytes: Uint8Array;
    try {
      bytes = readZipEntry(this.data, entry, this.budget);
    } catch (e) {
      if (!(e instanceof ZipError)) throw e;
      if (e.limit === 'entry') {
        this.fail(
          bilingual(
            `The part ${name} of the workbook unpacks to more than ${megabytes(REGISTER_LIMITS.entryBytes)} (a register needs a few MB): the file is damaged or made to overload the import. ${RESAVE_EN}`,
            `Часть ${name} книги распаковывается больше чем в ${megabytes(REGISTER_LIMITS.entryBytes)} (реестру хватает нескольких МБ): файл повреждён или сделан, чтобы перегрузить импорт. ${RESAVE_RU}`,
          ),
        );
      }
      if (e.limit === 'total') {
        this.fail(
          bilingual(
            `The workbook unpacks to more than ${megabytes(REGISTER_LIMITS.totalBytes)} in all (a register needs a few MB): the file is damaged or made to overload the import. ${RESAVE_EN}`,
            `Книга распаковывается больше чем в ${megabytes(REGISTER_LIMITS.totalBytes)} (реестру хватает нескольких МБ): файл повреждён или сделан, чтобы перегрузить импорт. ${RESAVE_RU}`,
          ),
        );
      }
      this.fail(
        bilingual(`The workbook cannot be read: ${e.message}. ${RESAVE_EN}`, `Книгу невозможно прочитать (${e.message}). ${RESAVE_RU}`),
      );
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      this.fail(
        bilingual(`The part ${name} of the workbook is not UTF-8 text. ${RESAVE_EN}`, `Часть ${name} книги — не текст UTF-8. ${RESAVE_RU}`),
      );
    }
  }

  /** Tokens of a part; malformed XML becomes a file error naming the part. */
  *tokens(name: string): Generator<XmlToken> {
    try {
      yield* xmlTokens(this.text(name));
    } catch (e) {
      if (!(e instanceof XmlError)) throw e;
      this.fail(
        bilingual(
          `The part ${name} of the workbook is not valid: ${e.message}. ${RESAVE_EN}`,
          `Часть ${name} книги повреждена (${e.message}). ${RESAVE_RU}`,
        ),
      );
    }
  }
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to the part that names it. */
function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The relationships file of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function readRels(parts: Parts, part: string): Array<{ id: string; type: string; target: string }> {
  const file = relsOf(part);
  if (!parts.has(file)) return [];
  const out: Array<{ id: string; type: string; target: string }> = [];
  for (const t of parts.tokens(file)) {
    if (t.kind === 'open' && t.name === 'Relationship' && t.attrs.Target && t.attrs.TargetMode !== 'External') {
      out.push({ id: t.attrs.Id ?? '', type: t.attrs.Type ?? '', target: resolveTarget(part, t.attrs.Target) });
    }
  }
  return out;
}

function readSharedStrings(parts: Parts, name: string, max: number, fail: (m: string) => never): string[] {
  const out: string[] = [];
  // Every text counts towards the limit, an empty <si/> too: a part of millions of them would otherwise pass.
  const add = (text: string) => {
    out.push(text);
    if (out.length > max)
      fail(
        bilingual(
          `The workbook holds more than ${grouped(max)} texts, more than a register can. ${RESAVE_EN}`,
          `В книге больше ${grouped(max)} текстов — больше, чем может быть в реестре. ${RESAVE_RU}`,
        ),
      );
  };
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let text = '';
  for (const t of parts.tokens(name)) {
    if (t.kind === 'open') {
      if (t.name === 'si') {
        text = '';
        inItem = !t.selfClosing;
        if (t.selfClosing) add('');
      } else if (t.name === 'rPh' && !t.selfClosing) phonetic++;
      else if (t.name === 't' && !t.selfClosing) inText = true;
    } else if (t.kind === 'close') {
      if (t.name === 'si' && inItem) {
        add(text);
        inItem = false;
      } else if (t.name === 'rPh') phonetic--;
      else if (t.name === 't') inText = false;
    } else if (inItem && inText && phonetic === 0) text += t.text;
  }
  return out;
}

/** For each cell style (index in cellXfs), whether its number format shows a date. */
function readDateStyles(parts: Parts, name: string): boolean[] {
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  for (const t of parts.tokens(name)) {
    if (t.kind === 'open' && t.name === 'numFmt') codes.set(Number(t.attrs.numFmtId), t.attrs.formatCode ?? '');
    else if (t.kind === 'open' && t.name === 'cellXfs') inCellXfs = !t.selfClosing;
    else if (t.kind === 'close' && t.name === 'cellXfs') inCellXfs = false;
    else if (t.kind === 'open' && t.name === 'xf' && inCellXfs) {
      const id = Number(t.attrs.numFmtId ?? 0);
      const code = codes.get(id);
      styles.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
    }
  }
  return styles;
}

/** Excel's day number to a date (as exceljs did: 1900 system by default, 1904 when the workbook says so). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** `_x000D_` → carriage return: how OOXML writes characters XML cannot hold. `_x005F_` is a literal underscore. */
const decodeOoxmlEscapes = (s: string) =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;

const CELL_REF = /^([A-Za-z]{1,3})([1-9][0-9]{0,6})$/;

function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = CELL_REF.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return col <= 16_384 && row <= 1_048_576 ? { row, col } : undefined;
}

interface SheetContext {
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
  fail: (problem: RegisterProblem) => never;
  problems: RegisterProblem[];
  file: string;
}

/** The sheet's cells that hold a value, by row; checks every limit before storing a cell. */
function readSheet(parts: Parts, name: string, ctx: SheetContext): Map<number, RawCell[]> {
  const rows = new Map<number, RawCell[]>();
  const { rows: maxRows, columns: maxColumns, cellChars } = REGISTER_LIMITS;
  let inData = false;
  let rowNumber = 0;
  let lastCol = 0;
  // The cell being read.
  let ref = '';
  let row = 0;
  let col = 0;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let inline: string | undefined;
  let hasFormula = false;
  let inValue = false;
  let inInline = false;
  let inText = false;
  let phonetic = 0;

  const finish = () => {
    const raw = cellValue();
    if (raw === undefined || raw === '') return;
    if (row > maxRows) {
      ctx.fail({
        cell: ref,
        row,
        message: bilingual(
          `cell ${ref} holds data on row ${grouped(row)}; a register may have at most ${grouped(maxRows)} rows. Delete the rows below the register and save.`,
          `в ячейке ${ref} есть данные в строке ${grouped(row)}; в реестре может быть не больше ${grouped(maxRows)} строк. Удалите строки ниже реестра и сохраните файл.`,
        ),
      });
    }
    if (col > maxColumns) {
      ctx.fail({
        cell: ref,
        row,
        message: bilingual(
          `cell ${ref} holds data in column ${grouped(col)} (${columnLetters(col)}); the register has ${REGISTER_HEADER.length} columns and the import reads at most ${maxColumns}. Delete the columns to the right of the register and save.`,
          `в ячейке ${ref} есть данные в столбце ${grouped(col)} (${columnLetters(col)}); столбцов в реестре — ${REGISTER_HEADER.length}, импорт читает не больше ${maxColumns}. Удалите столбцы правее реестра и сохраните файл.`,
        ),
      });
    }
    if (typeof raw === 'string' && raw.length > cellChars) {
      note(tooLong(ref, row, raw.length));
      return;
    }
    let cells = rows.get(row);
    if (!cells) {
      cells = [];
      rows.set(row, cells);
    }
    cells[col - 1] = raw;
  };

  // A hostile sheet can hold a million bad cells: report the first 50, which is enough to act on.
  const note = (p: RegisterProblem) => {
    ctx.problems.push(p);
    if (ctx.problems.length >= 50) throw new RegisterFileError(ctx.file, ctx.problems);
  };
  const problem = (en: string, ru: string) => {
    note({ cell: ref, row, message: bilingual(en, ru) });
    return undefined;
  };

  const cellValue = (): RawCell => {
    if (hasFormula && value === undefined) {
      return problem(
        `cell ${ref} holds a formula with no saved value; in Excel, copy the column and Paste Special → Values, then save.`,
        `в ячейке ${ref} формула без сохранённого значения; в Excel скопируйте столбец и выберите Специальная вставка → Значения, затем сохраните файл.`,
      );
    }
    switch (type) {
      case 'inlineStr':
        return decodeOoxmlEscapes(inline ?? value ?? '');
      case 's': {
        if (value === undefined || value.trim() === '') return undefined;
        const text = /^\d+$/.test(value.trim()) ? ctx.shared[Number(value)] : undefined;
        if (text === undefined)
          return problem(
            `cell ${ref} refers to a text the workbook does not have: the file is damaged. ${RESAVE_EN}`,
            `ячейка ${ref} ссылается на текст, которого нет в книге: файл повреждён. ${RESAVE_RU}`,
          );
        return decodeOoxmlEscapes(text);
      }
      case 'str':
        return value === undefined ? undefined : decodeOoxmlEscapes(value);
      case 'b':
        if (value === undefined || value === '') return undefined;
        if (value === '1' || value === 'true') return true;
        if (value === '0' || value === 'false') return false;
        return problem(
          `cell ${ref} is marked true/false but holds "${value}": the file is damaged. ${RESAVE_EN}`,
          `ячейка ${ref} отмечена как «истина/ложь», но содержит «${value}»: файл повреждён. ${RESAVE_RU}`,
        );
      case 'e':
        return problem(
          `cell ${ref} holds the error ${value ?? ''}; correct the formula or type the value, then save.`,
          `в ячейке ${ref} ошибка ${value ?? ''}; исправьте формулу или введите значение и сохраните файл.`,
        );
      case 'd': {
        if (value === undefined || value.trim() === '') return undefined;
        const v = value.trim();
        const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : /[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
        return Number.isNaN(date.getTime())
          ? problem(
              `cell ${ref} holds the date "${v}", which is not a date: the file is damaged.`,
              `в ячейке ${ref} дата «${v}», но это не дата: файл повреждён.`,
            )
          : date;
      }
      default: {
        if (value === undefined || value.trim() === '') return undefined;
        const n = Number(value);
        if (!Number.isFinite(n))
          return problem(
            `cell ${ref} is marked as a number but holds "${value}": the file is damaged. ${RESAVE_EN}`,
            `ячейка ${ref} отмечена как число, но содержит «${value}»: файл повреждён. ${RESAVE_RU}`,
          );
        return ctx.dateStyles[style] ? excelDate(n, ctx.date1904) : n;
      }
    }
  };

  for (const t of parts.tokens(name)) {
    if (t.kind === 'text') {
      if (inValue) value = (value ?? '') + t.text;
      else if (inInline && inText && phonetic === 0) inline = (inline ?? '') + t.text;
      continue;
    }
    if (t.kind === 'close') {
      switch (t.name) {
        case 'sheetData':
          inData = false;
          break;
        case 'c':
          finish();
          break;
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 't':
          inText = false;
          break;
        case 'rPh':
          phonetic--;
          break;
      }
      continue;
    }
    if (t.name === 'sheetData') inData = !t.selfClosing;
    if (!inData) continue;
    switch (t.name) {
      case 'row': {
        const r = t.attrs.r === undefined ? rowNumber + 1 : Number(t.attrs.r);
        if (!Number.isInteger(r) || r < 1 || r > 1_048_576)
          ctx.fail({
            message: bilingual(
              `a row of the sheet has the number "${t.attrs.r}", which is not a row: the file is damaged. ${RESAVE_EN}`,
              `у строки листа номер «${t.attrs.r}», такой строки не бывает: файл повреждён. ${RESAVE_RU}`,
            ),
          });
        rowNumber = r;
        lastCol = 0;
        break;
      }
      case 'c': {
        const at = t.attrs.r === undefined ? { row: rowNumber, col: lastCol + 1 } : parseRef(t.attrs.r);
        if (!at || at.row < 1)
          ctx.fail({
            message: bilingual(
              `the sheet has a cell named "${t.attrs.r ?? ''}", which is not a cell: the file is damaged. ${RESAVE_EN}`,
              `на листе есть ячейка «${t.attrs.r ?? ''}», такой ячейки не бывает: файл повреждён. ${RESAVE_RU}`,
            ),
          });
        ({ row, col } = at);
        lastCol = col;
        ref = `${columnLetters(col)}${row}`;
        type = t.attrs.t ?? 'n';
        style = Number(t.attrs.s ?? 0);
        value = undefined;
        inline = undefined;
        hasFormula = false;
        if (t.selfClosing) finish();
        break;
      }
      case 'v':
        if (!t.selfClosing) {
          inValue = true;
          value ??= '';
        } else value ??= '';
        break;
      case 'f':
        hasFormula = true;
        break;
      case 'is':
        inInline = !t.selfClosing;
        inline ??= '';
        break;
      case 't':
        inText = !t.selfClosing;
        break;
      case 'rPh':
        if (!t.selfClosing) phonetic++;
        break;
    }
  }
  return rows;
}

/** The export date the .xlsx export keeps as the custom property `registerExportedAt`, if present and well formed. */
function readExportedAt(parts: Parts, customPart: string | undefined): string | undefined {
  if (!customPart || !parts.has(customPart)) return undefined;
  let inProperty = false;
  let text = '';
  for (const t of parts.tokens(customPart)) {
    if (t.kind === 'open' && t.name === 'property') inProperty = t.attrs.name === 'registerExportedAt';
    else if (t.kind === 'close' && t.name === 'property') {
      if (inProperty) break;
    } else if (t.kind === 'text' && inProperty) text += t.text;
  }
  const at = text.trim();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/.test(at) && !Number.isNaN(Date.parse(at)) ? at : undefined;
}

/**
 * Reads the first worksheet of an .xlsx file; row 1 is the header. Throws a RegisterFileError
 * naming the file, the cell and the fix when the workbook is over a limit, damaged, or holds a
 * formula with no saved value (a formula with a saved value gives that value).
 */
export function readRegisterXlsx(data: Uint8Array, file = 'the workbook'): RegisterTable {
  const fail = (problem: RegisterProblem): never => {
    throw new RegisterFileError(file, [problem]);
  };
  const failWith = (message: string): never => fail({ message });
  if (data.length > REGISTER_LIMITS.fileBytes) {
    failWith(
      bilingual(
        `The file is ${megabytes(data.length)}; a register may be at most ${megabytes(REGISTER_LIMITS.fileBytes)}. Delete pictures and other sheets, or save the register as CSV UTF-8.`,
        `Файл занимает ${megabytes(data.length)}; реестр может быть не больше ${megabytes(REGISTER_LIMITS.fileBytes)}. Удалите картинки и лишние листы или сохраните реестр как CSV UTF-8.`,
      ),
    );
  }
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    failWith(
      bilingual(
        'This is not an .xlsx workbook: it is an old .xls file or a workbook protected with a password. In Excel choose File → Save As → "Excel Workbook (*.xlsx)", without a password.',
        'Это не книга .xlsx: это старый файл .xls или книга, защищённая паролем. В Excel выберите Файл → Сохранить как → «Книга Excel (*.xlsx)», без пароля.',
      ),
    );
  }
  let entries: Map<string, ZipEntry>;
  try {
    entries = listZip(data, REGISTER_LIMITS.zipEntries);
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    return failWith(
      bilingual(
        `This is not a readable .xlsx workbook: ${e.message}. ${RESAVE_EN}`,
        `Это не книга .xlsx, которую можно прочитать (${e.message}). ${RESAVE_RU}`,
      ),
    );
  }
  const parts = new Parts(data, entries, failWith);

  const rootRels = readRels(parts, '');
  const workbookPart = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const customPart = rootRels.find((r) => r.type.endsWith('/custom-properties'))?.target;
  let sheetId: string | undefined;
  let date1904 = false;
  for (const t of parts.tokens(workbookPart)) {
    if (t.kind !== 'open') continue;
    if (t.name === 'workbookPr') date1904 = t.attrs.date1904 === '1' || t.attrs.date1904 === 'true';
    if (t.name === 'sheet' && sheetId === undefined) sheetId = t.attrs.id;
  }
  const rels = readRels(parts, workbookPart);
  const sheetPart = rels.find((r) => r.id === sheetId)?.target;
  if (!sheetPart) failWith(bilingual(`The workbook has no sheet. ${RESAVE_EN}`, `В книге нет ни одного листа. ${RESAVE_RU}`));
  const sharedPart = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const stylesPart = rels.find((r) => r.type.endsWith('/styles'))?.target;

  const problems: RegisterProblem[] = [];
  const shared =
    sharedPart && parts.has(sharedPart)
      ? readSharedStrings(parts, sharedPart, REGISTER_LIMITS.rows * REGISTER_LIMITS.columns, failWith)
      : [];
  const dateStyles = stylesPart && parts.has(stylesPart) ? readDateStyles(parts, stylesPart) : [];
  const cells = readSheet(parts, sheetPart!, { shared, dateStyles, date1904, fail, problems, file });
  if (problems.length) throw new RegisterFileError(file, problems);

  const width = Math.max(0, ...[...cells.values()].map((r) => r.length));
  const read = (r: number): RawCell[] => Array.from({ length: width }, (_, i) => cells.get(r)?.[i]);
  const header = read(1).map((h) =>
    h === undefined || h === null ? '' : h instanceof Date ? h.toISOString().slice(0, 10) : String(h).trim(),
  );
  const rows: RegisterTable['rows'] = [...cells.keys()]
    .filter((r) => r > 1)
    .sort((a, b) => a - b)
    .map((r) => ({ rowNumber: r, cells: read(r) }))
    .filter(({ cells: c }) => c.some((v) => v !== undefined && String(v).trim() !== ''));
  const exportedAt = readExportedAt(parts, customPart);
  return exportedAt ? { header, rows, exportedAt } : { header, rows };
}
