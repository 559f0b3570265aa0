import { LANGS, type Lang, type OfferFacts } from '../../schemas/index.ts';
import { formatCell, parseCell, type CellValue, type RawCell } from './cells.ts';
import { REGISTER_COLUMNS, type RegisterColumn } from './columns.ts';

/** One register row as the export writes it: header name → cell. */
export type RegisterRow = Record<string, CellValue>;

/** Reads a value at a path in a plain object. */
export function getPath(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Sets (or, for `undefined`, removes) a value at a path, creating objects on the way and pruning ones left empty. */
export function setPath(data: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): void {
  const parents: Array<Record<string, unknown>> = [data];
  let node = data;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object' || Array.isArray(node[key])) {
      if (value === undefined) return;
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
    parents.push(node);
  }
  const last = path.at(-1)!;
  if (value === undefined) {
    delete node[last];
    for (let i = parents.length - 1; i > 0; i--) {
      if (Object.keys(parents[i]!).length > 0) break;
      delete parents[i - 1]![path[i - 1]!];
    }
  } else node[last] = value;
}

/** An offer's facts (and titles) as one register row: the export's half of the round trip. */
export function factsToRow(id: string, facts: OfferFacts, titles: Partial<Record<Lang, string>> = {}): RegisterRow {
  const row: RegisterRow = {};
  for (const column of REGISTER_COLUMNS) {
    if (column.name === 'id') row.id = id;
    else if (column.prose) row[column.name] = titles[column.path[1] as Lang];
    else row[column.name] = formatCell(column, getPath(facts, column.path));
  }
  return row;
}

export interface CellError {
  column: string;
  message: string;
}

/** A register row read back: the facts it states, for the columns the register has. */
export interface ParsedRow {
  id: string;
  /** Values by column name, for the columns present in the register; `undefined` means an empty cell. */
  values: Map<string, unknown>;
  titles: Partial<Record<Lang, string>>;
  errors: CellError[];
}

/** Reads the cells of one row. `header` gives each cell's column; unknown headers are rejected before this. */
export function parseRow(header: readonly string[], cells: readonly RawCell[]): ParsedRow {
  const values = new Map<string, unknown>();
  const titles: Partial<Record<Lang, string>> = {};
  const errors: CellError[] = [];
  let id = '';
  header.forEach((name, i) => {
    const column = REGISTER_COLUMNS.find((c) => c.name === name);
    if (!column) return;
    const result = parseCell(column.type, cells[i]);
    if (!result.ok) {
      errors.push({ column: name, message: result.error });
      return;
    }
    if (column.name === 'id') id = typeof result.value === 'string' ? result.value : '';
    else if (column.prose) {
      if (typeof result.value === 'string') titles[column.path[1] as Lang] = result.value;
    } else values.set(column.name, result.value);
  });
  return { id, values, titles, errors };
}

/** The facts a row gives, laid over `base` (an existing facts.yaml, or nothing for a new offer). */
export function applyRow(base: Record<string, unknown>, row: ParsedRow): Record<string, unknown> {
  const facts = structuredClone(base);
  for (const [name, value] of row.values) setPath(facts, REGISTER_COLUMNS.find((c) => c.name === name)!.path, value);
  return facts;
}

/** Names of the fact columns whose cells differ between two parsed facts objects. */
export function changedColumns(before: unknown, after: unknown, columns: readonly RegisterColumn[] = REGISTER_COLUMNS): string[] {
  return columns
    .filter((c) => c.path.length > 0 && !c.prose)
    .filter((c) => formatCell(c, getPath(before, c.path)) !== formatCell(c, getPath(after, c.path)))
    .map((c) => c.name);
}

export const TITLE_LANGS = LANGS;
