import { formatCell } from './cells.ts';
import { REGISTER_COLUMNS } from './columns.ts';
import { grouped } from './limits.ts';
import { bilingual } from './table.ts';
import { getPath } from './rows.ts';

/**
 * Spotting a register made before the content last changed, so an import cannot quietly undo newer
 * work. Two marks: the row's `updated` date is older than the offer's (the row was exported before
 * the last edit), or the workbook's export date is older than the offer's `updated`.
 */

/** One field an import would set back. */
export interface Revert {
  column: string;
  current: string;
  register: string;
}

export interface StaleRow {
  id: string;
  row: number;
  /** `older-row`: the row's `updated` is older than facts.yaml's; `exported-before`: the register was exported before facts.yaml's `updated`. */
  reason: 'older-row' | 'exported-before';
  currentUpdated: string;
  registerUpdated?: string;
  exportedAt?: string;
  reverts: Revert[];
}

/** A facts value as an official reads it: `2 100 000`, `beach; glamping`, `(empty)`. */
export function describeValue(columnName: string, value: unknown): string {
  const column = REGISTER_COLUMNS.find((c) => c.name === columnName);
  const cell = column ? formatCell(column, value) : value === undefined ? undefined : String(value);
  if (cell === undefined || cell === '') return '(empty)';
  if (typeof cell === 'number') return grouped(cell);
  return String(cell);
}

/**
 * Whether applying a row to an offer would undo newer work, and which fields it would set back.
 * `changed` are the columns whose meaning the row changes; nothing changes → never stale.
 */
export function staleRow(args: {
  id: string;
  row: number;
  current: unknown;
  next: unknown;
  changed: readonly string[];
  registerHasUpdated: boolean;
  exportedAt?: string;
}): StaleRow | undefined {
  const { id, row, current, next, changed, exportedAt } = args;
  if (changed.length === 0) return undefined;
  const currentUpdated = getPath(current, ['updated']);
  if (typeof currentUpdated !== 'string') return undefined;
  const registerUpdated = args.registerHasUpdated ? getPath(next, ['updated']) : undefined;
  const reverts = () =>
    REGISTER_COLUMNS.filter((c) => changed.includes(c.name)).map((c) => ({
      column: c.name,
      current: describeValue(c.name, getPath(current, c.path)),
      register: describeValue(c.name, getPath(next, c.path)),
    }));
  // Dates are YYYY-MM-DD, so comparing the text compares the days.
  if (typeof registerUpdated === 'string' && registerUpdated < currentUpdated) {
    return { id, row, reason: 'older-row', currentUpdated, registerUpdated, reverts: reverts() };
  }
  if (exportedAt && currentUpdated > exportedAt.slice(0, 10)) {
    return {
      id,
      row,
      reason: 'exported-before',
      currentUpdated,
      registerUpdated: typeof registerUpdated === 'string' ? registerUpdated : undefined,
      exportedAt,
      reverts: reverts(),
    };
  }
  return undefined;
}

/** The refusal for a stale row, in English and Russian, with one line per field it would set back. */
export function staleMessage(s: StaleRow): string {
  const verb = s.reason === 'older-row' ? 'would revert' : 'would overwrite';
  const lines = s.reverts.map((r) => `  ${verb} ${r.column}: ${r.current} → ${r.register}`);
  const fresh =
    'Export a fresh register (npm run export:register -- register.xlsx) and make your changes in it; if the values in this register are right after all, run the import again with --force.';
  const freshRu =
    'Выгрузите свежий реестр (npm run export:register -- register.xlsx) и внесите правки в него; если значения в этом реестре всё же верны, повторите импорт с --force.';
  const why =
    s.reason === 'older-row'
      ? bilingual(
          `this row is older than the offer: its updated date is ${s.registerUpdated}, but facts.yaml was updated on ${s.currentUpdated}, after this row was exported. Importing it would undo the newer edits:`,
          `строка старше предложения: в ней дата updated ${s.registerUpdated}, а facts.yaml обновлён ${s.currentUpdated}, уже после выгрузки этой строки. Импорт отменил бы более новые правки:`,
        )
      : bilingual(
          `this register was exported on ${s.exportedAt!.slice(0, 10)}, but the offer was updated on ${s.currentUpdated}, after that (facts.yaml, updated). Importing this row would overwrite what changed since:`,
          `этот реестр выгружен ${s.exportedAt!.slice(0, 10)}, а предложение обновлено позже, ${s.currentUpdated} (facts.yaml, updated). Импорт этой строки перезаписал бы то, что изменилось с тех пор:`,
        );
  return [why, ...lines, bilingual(fresh, freshRu)].join('\n');
}
