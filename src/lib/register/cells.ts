import type { CellType, RegisterColumn } from './columns.ts';
import { unescapeFormulaLines } from './formulaEscape.ts';

/** What a register cell holds after reading: text from CSV, or typed values from XLSX. */
export type RawCell = string | number | boolean | Date | null | undefined;
/** What the export writes into a cell. `undefined` is an empty cell. */
export type CellValue = string | number | boolean | undefined;

export type CellResult = { ok: true; value: unknown } | { ok: false; error: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (error: string): CellResult => ({ ok: false, error });

/** A number as a spreadsheet may hold it: `12.5`, `12,5`, `1 250 000`, `3.8E+10`. */
function toNumber(raw: string): number | undefined {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+,\d+(?:e[+-]?\d+)?$/i.test(s)) s = s.replace(',', '.');
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'да', 'иә']);
const FALSE = new Set(['false', 'no', 'n', '0', 'нет', 'жоқ']);

function isoFromDate(d: Date): string {
  // XLSX dates arrive as UTC midnight; keep the calendar day.
  return d.toISOString().slice(0, 10);
}

/**
 * Text of a cell, trimmed; the apostrophe the export puts before each line that would run as a
 * formula is removed again (trimming first, so a line that starts with a tab keeps its tab).
 */
function cellText(raw: RawCell): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return isoFromDate(raw);
  return unescapeFormulaLines(String(raw).trim());
}

/**
 * Reads one cell into the value facts.yaml holds. Empty cells give `undefined`
 * ("leave the field out"). Errors say what is wrong in words an official can act on.
 */
export function parseCell(type: CellType, raw: RawCell): CellResult {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('is not a date');
    return type === 'date'
      ? ok(isoFromDate(raw))
      : type === 'text'
        ? ok(isoFromDate(raw))
        : fail('is a date, but a date does not belong here');
  }
  if (typeof raw === 'number' && type === 'number') return ok(raw);
  if (typeof raw === 'boolean' && type === 'boolean') return ok(raw);
  const s = cellText(raw);
  if (s === '') return ok(undefined);
  switch (type) {
    case 'text':
      return ok(s);
    case 'number': {
      const n = toNumber(s);
      return n === undefined ? fail(`"${s}" is not a number (write digits only, e.g. 12.5 or 25000000)`) : ok(n);
    }
    case 'boolean': {
      const l = s.toLowerCase();
      if (TRUE.has(l)) return ok(true);
      if (FALSE.has(l)) return ok(false);
      return fail(`"${s}" is not true or false`);
    }
    case 'date': {
      if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return ok(s);
      const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
      if (dmy) return ok(`${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`);
      return fail(`"${s}" is not a date written as YYYY-MM-DD (or DD.MM.YYYY)`);
    }
    case 'list':
      return ok(
        s
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean),
      );
    case 'intList': {
      const parts = s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
      const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
      return nums.some(Number.isNaN) ? fail(`"${s}" must be whole numbers separated by ;`) : ok(nums);
    }
    case 'distances': {
      const out: Array<{ place: string; km: number }> = [];
      for (const part of s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)) {
        const m = /^([^=]+)=(.+)$/.exec(part);
        const km = m ? toNumber(m[2]!.trim().replace(/\s*km$/i, '')) : undefined;
        if (!m || km === undefined) return fail(`"${part}" must be written as place=km, e.g. karkaraly=7`);
        out.push({ place: m[1]!.trim(), km });
      }
      return ok(out);
    }
    case 'json': {
      try {
        return ok(JSON.parse(s));
      } catch {
        return fail('is not valid JSON (check brackets, quotes and commas)');
      }
    }
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** Writes a facts value into a cell; the inverse of parseCell. Empty lists become empty cells. */
export function formatCell(column: Pick<RegisterColumn, 'type'>, value: unknown): CellValue {
  if (isEmpty(value)) return undefined;
  switch (column.type) {
    case 'text':
    case 'date':
      return String(value);
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'list':
    case 'intList':
      return (value as unknown[]).join('; ');
    case 'distances':
      return (value as Array<{ place: string; km: number }>).map((d) => `${d.place}=${d.km}`).join('; ');
    case 'json':
      return JSON.stringify(value);
  }
}
