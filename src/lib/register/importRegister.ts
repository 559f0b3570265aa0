import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { ID_PATTERN, LANGS, offerFactsSchema, type Lang } from '../../schemas/index.ts';
import { loadContent } from '../validation/loadContent.ts';
import { issuesToProblems } from '../validation/zodIssues.ts';
import { closest } from '../validation/suggest.ts';
import { readMdx } from '../validation/readContentTree.ts';
import { nodeFileOps, writeFilesAtomically, type FileOps } from './atomicWrite.ts';
import type { RawCell } from './cells.ts';
import { REGISTER_COLUMNS, REGISTER_HEADER, columnForPath } from './columns.ts';
import { columnLetters } from './limits.ts';
import { RegisterFileError, formatRegisterProblem, type RegisterProblem } from './problems.ts';
import { applyRow, changedColumns, getPath, parseRow, type ParsedRow } from './rows.ts';
import { staleMessage, staleRow, type StaleRow } from './stale.ts';
import { bilingual, checkTableLimits, type RegisterTable } from './table.ts';
import { editYaml, newYamlText, type YamlEdit } from './yamlEdit.ts';
import { offerStub } from './stubs.ts';
import { catalogToday } from '../today.ts';
import { CONTENT_LAYOUT } from '../content/layout.ts';

/** Where offers live and what their facts file is called: the one content layout. */
const OFFERS = CONTENT_LAYOUT.offers;

export { formatRegisterProblem, type RegisterProblem };

export interface ImportReport {
  created: string[];
  changed: Array<{ id: string; columns: string[] }>;
  unchanged: string[];
  /** Language files created as stubs (paths relative to the content folder). */
  stubs: string[];
  /** Things worth knowing that do not stop the import. */
  notes: string[];
  /** Rows made before the offer last changed: refused, or applied anyway with `force`. */
  stale: StaleRow[];
  errors: RegisterProblem[];
  /** True when files were written (no errors and not a dry run). */
  written: boolean;
}

export interface ImportOptions {
  /** The content folder to update, e.g. `content`. */
  contentDir: string;
  /** Day used for date checks (YYYY-MM-DD); defaults to today. */
  today?: string;
  /** Plan and validate only. */
  dryRun?: boolean;
  /** Register file name, for the comment at the top of new facts files. */
  sourceName?: string;
  /** Apply rows even when they would undo newer edits (see stale.ts). */
  force?: boolean;
  /** File-system calls for the final write; tests replace one to make it fail. */
  fileOps?: FileOps;
}

interface Planned {
  id: string;
  rowNumber: number;
  action: 'create' | 'update' | 'unchanged';
  columns: string[];
  /** Files to write, relative to the content folder. */
  files: Map<string, string>;
  /** What each of those files held when planned (`null`: absent), so a file changed meanwhile is not overwritten. */
  expected: Map<string, string | null>;
}

const fieldPath = (field: string | undefined) =>
  field
    ? field
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter(Boolean)
    : [];

/** Reads the title of an existing language file, if it has one. */
function existingTitle(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const data = readMdx(dirname(path), path, []).data as { title?: unknown } | undefined;
  return typeof data?.title === 'string' ? data.title : undefined;
}

/**
 * Rebuilds a facts object in register order, groups included (`location: { lat, lon }`), so new files
 * read in the same order as the register whatever order the spreadsheet's columns were in.
 */
function ordered(facts: Record<string, unknown>, prefix: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const under = REGISTER_COLUMNS.filter((c) => !c.prose && c.path.length > prefix.length && prefix.every((k, i) => c.path[i] === k));
  for (const key of [...under.map((c) => c.path[prefix.length]!), ...Object.keys(facts)]) {
    if (!(key in facts) || key in out) continue;
    const value = facts[key];
    const group = value !== null && typeof value === 'object' && !Array.isArray(value);
    out[key] = group ? ordered(value as Record<string, unknown>, [...prefix, key]) : value;
  }
  return out;
}

/** Columns /data/offers.csv adds for readers (the demonstration flag); an import reads past them. */
export const EXPORT_ONLY_COLUMNS: readonly string[] = ['illustrative'];

function checkHeader(header: readonly string[], errors: RegisterProblem[]) {
  const seen = new Set<string>();
  header.forEach((name) => {
    if (name === '' || EXPORT_ONLY_COLUMNS.includes(name)) return;
    if (seen.has(name)) errors.push({ row: 1, column: name, message: `the column \`${name}\` appears twice` });
    seen.add(name);
    if (!REGISTER_HEADER.includes(name)) {
      const guess = closest(name, REGISTER_HEADER);
      errors.push({
        row: 1,
        column: name,
        message: `\`${name}\` is not a register column${guess ? `: did you mean \`${guess}\`?` : ' (see seeds/REGISTER.md)'}`,
      });
    }
  });
  if (!header.includes('id'))
    errors.push({ row: 1, column: 'id', message: 'the register has no `id` column, so rows cannot be matched to offers' });
}

/**
 * Creates or updates offers' facts.yaml from an audit register. Nothing is written unless every
 * row is valid on its own (schemas) and together with the rest of the content (cross-checks).
 * Prose is never changed: only a new offer gets stub language files, and it starts as a draft.
 */
export function importRegister(table: RegisterTable, options: ImportOptions): ImportReport {
  const { contentDir } = options;
  const today = options.today ?? catalogToday();
  const report: ImportReport = { created: [], changed: [], unchanged: [], stubs: [], notes: [], stale: [], errors: [], written: false };
  const { errors } = report;
  try {
    checkTableLimits(table, options.sourceName ?? 'the register');
  } catch (e) {
    if (!(e instanceof RegisterFileError)) throw e;
    errors.push(...e.problems);
    return report;
  }
  errors.push(...replacementCharacters(table));
  if (errors.length) return report;
  checkHeader(table.header, errors);
  if (errors.length) return report;
  if (table.rows.length === 0) {
    errors.push({ message: 'the register has a header but no rows' });
    return report;
  }

  const plans: Planned[] = [];
  const rowOfId = new Map<string, number>();
  for (const { rowNumber, cells } of table.rows) {
    const row: ParsedRow = parseRow(table.header, cells as RawCell[]);
    for (const e of row.errors) errors.push({ row: rowNumber, column: e.column, id: row.id || undefined, message: e.message });
    if (!row.id) {
      errors.push({ row: rowNumber, column: 'id', message: 'the id is empty' });
      continue;
    }
    if (!ID_PATTERN.test(row.id)) {
      errors.push({
        row: rowNumber,
        column: 'id',
        id: row.id,
        message: `\`${row.id}\` cannot be an offer id: use lower-case Latin letters, digits and single hyphens`,
      });
      continue;
    }
    if (rowOfId.has(row.id)) {
      errors.push({ row: rowNumber, column: 'id', id: row.id, message: `the id \`${row.id}\` is also on row ${rowOfId.get(row.id)}` });
      continue;
    }
    rowOfId.set(row.id, rowNumber);
    if (row.errors.length) continue;
    const plan = planRow(row, rowNumber, options, report, table.exportedAt);
    if (plan) plans.push(plan);
  }
  // Rows that are valid on their own are still cross-checked, so one run lists every problem.

  // Cross-checks (references, lake, district, unique cadastral numbers) on the content as it would be.
  const scratch = mkdtempSync(join(tmpdir(), 'register-import-'));
  try {
    const name = basename(contentDir);
    const trial = join(scratch, name);
    cpSync(contentDir, trial, { recursive: true });
    for (const plan of plans)
      for (const [file, text] of plan.files) {
        mkdirSync(dirname(join(trial, file)), { recursive: true });
        writeFileSync(join(trial, file), text);
      }
    const key = (p: { file: string; field?: string; message: string }) => `${p.file}|${p.field ?? ''}|${p.message}`;
    const before = new Set(
      loadContent(contentDir, { root: dirname(contentDir), today })
        .problems.filter((p) => p.severity === 'error')
        .map(key),
    );
    const after = loadContent(trial, { root: scratch, today }).problems.filter((p) => p.severity === 'error' && !before.has(key(p)));
    for (const p of after) {
      const id = /(?:^|\/)offers\/([^/]+)\//.exec(p.file)?.[1];
      const rowNumber = id ? rowOfId.get(id) : undefined;
      const inFacts = p.file.endsWith(OFFERS.factsFile);
      const column = inFacts ? columnForPath(fieldPath(p.field))?.name : undefined;
      errors.push({
        row: rowNumber,
        column,
        id,
        // Only the row's own facts.yaml goes without saying; an error in any other file (another offer clashing
        // with a row, a language file already in a new offer's folder) names that file, and keeps its fix too.
        message: `${rowNumber && inFacts ? '' : `${p.file}: `}${p.message}${p.hint ? ` (${p.hint})` : ''}`,
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (errors.length) return report;

  for (const plan of plans) {
    if (plan.action === 'create') report.created.push(plan.id);
    else if (plan.action === 'update') report.changed.push({ id: plan.id, columns: plan.columns });
    else report.unchanged.push(plan.id);
  }
  if (!options.dryRun) {
    const writes = plans.flatMap((plan) =>
      [...plan.files].map(([file, text]) => ({ path: join(contentDir, file), text, expected: plan.expected.get(file) })),
    );
    try {
      writeFilesAtomically(writes, options.fileOps ?? nodeFileOps);
    } catch (e) {
      errors.push({ message: `could not write the files, so none was changed: ${(e as Error).message}` });
      return report;
    }
    report.written = true;
  }
  return report;
}

/** U+FFFD in a cell means an earlier conversion already lost text; importing it would publish the loss. */
function replacementCharacters(table: RegisterTable): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const rows = [{ rowNumber: 1, cells: table.header as RawCell[] }, ...table.rows];
  for (const { rowNumber, cells } of rows) {
    cells.forEach((cell, i) => {
      if (typeof cell !== 'string' || !cell.includes('\uFFFD')) return;
      problems.push({
        row: rowNumber,
        column: (rowNumber === 1 ? undefined : table.header[i]) || columnLetters(i + 1),
        message: bilingual(
          'the cell holds the character \uFFFD (U+FFFD), which marks text lost when the file was converted between encodings earlier (for example saved as ANSI and opened again). Retype the text, or copy it from the original workbook.',
          'в ячейке есть знак \uFFFD (U+FFFD): так отмечается текст, потерянный при прежнем преобразовании кодировки (например, файл сохранили в ANSI и открыли снова). Введите текст заново или скопируйте его из исходной книги.',
        ),
      });
    });
  }
  return problems;
}

function planRow(
  row: ParsedRow,
  rowNumber: number,
  options: ImportOptions,
  report: ImportReport,
  exportedAt: string | undefined,
): Planned | undefined {
  const { contentDir } = options;
  const dir = join(contentDir, OFFERS.folder, row.id);
  const factsFile = relative(contentDir, join(dir, OFFERS.factsFile));
  const exists = existsSync(join(dir, OFFERS.factsFile));
  const fail = (column: string | undefined, message: string) => report.errors.push({ row: rowNumber, column, id: row.id, message });

  let baseText = '';
  let base: Record<string, unknown> = {};
  if (exists) {
    baseText = readFileSync(join(dir, OFFERS.factsFile), 'utf8');
    const doc = parseDocument(baseText);
    if (doc.errors.length || typeof doc.toJS() !== 'object' || doc.toJS() === null) {
      fail(undefined, `content/${factsFile} is not valid YAML: fix it (npm run check:content) before importing`);
      return undefined;
    }
    base = doc.toJS() as Record<string, unknown>;
  }
  const merged = applyRow(base, row);
  if (!exists) merged.draft = true;
  const result = offerFactsSchema.safeParse(merged);
  if (!result.success) {
    const source = { file: factsFile, data: merged, lineOf: () => undefined };
    for (const p of issuesToProblems(result.error.issues, source)) {
      const column = columnForPath(fieldPath(p.field));
      fail(column?.name ?? p.field, `${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    }
    return undefined;
  }

  const files = new Map<string, string>();
  const expected = new Map<string, string | null>();
  // Titles in the register are used for new language files only; say so when they differ.
  for (const lang of LANGS) {
    const file = join(dir, `${lang}.mdx`);
    const title = row.titles[lang];
    if (exists && existsSync(file) && title !== undefined && existingTitle(file) !== title) {
      report.notes.push(
        `row ${rowNumber} (${row.id}): title.${lang} differs from ${lang}.mdx; the import does not change prose, so edit ${lang}.mdx if the title should change`,
      );
    }
  }

  if (!exists) {
    const header = ` ${row.id}: created from the audit register${options.sourceName ? ` (${options.sourceName})` : ''}.\n Draft: fill in the language files, then delete the line \`draft: true\` to publish.`;
    files.set(factsFile, newYamlText(ordered(merged), header));
    expected.set(factsFile, null);
    const missing = LANGS.filter((lang) => !existsSync(join(dir, `${lang}.mdx`)));
    for (const lang of missing) {
      const file = relative(contentDir, join(dir, `${lang}.mdx`));
      files.set(file, offerStub(lang as Lang, row.titles, row.id));
      expected.set(file, null);
      report.stubs.push(file);
    }
    return { id: row.id, rowNumber, action: 'create', columns: [], files, expected };
  }

  for (const lang of LANGS) {
    if (!existsSync(join(dir, `${lang}.mdx`)))
      report.notes.push(
        `${row.id}: ${lang}.mdx is missing; the site shows the English text there (the import adds language files only to new offers)`,
      );
  }
  const old = offerFactsSchema.safeParse(base);
  if (old.success && isDeepStrictEqual(old.data, result.data))
    return { id: row.id, rowNumber, action: 'unchanged', columns: [], files, expected };

  // Edit only fields whose meaning changed, so a `featured: false` the file leaves out is not added.
  const current = old.success ? old.data : base;
  const columns = changedColumns(current, result.data);
  const stale = staleRow({
    id: row.id,
    row: rowNumber,
    current,
    next: result.data,
    changed: columns,
    registerHasUpdated: row.values.has('updated'),
    exportedAt,
  });
  if (stale) {
    report.stale.push(stale);
    if (!options.force) {
      fail('updated', staleMessage(stale));
      return undefined;
    }
    report.notes.push(
      `row ${rowNumber} (${row.id}): applied with --force although ${stale.reason === 'older-row' ? 'the row is older than facts.yaml' : 'the register was exported before the offer was last updated'}: ${stale.reverts.map((r) => `${r.column} ${r.current} → ${r.register}`).join('; ')}`,
    );
  }
  const edits: YamlEdit[] = [];
  for (const [name, value] of row.values) {
    const column = REGISTER_COLUMNS.find((c) => c.name === name)!;
    if (columns.includes(name) && !isDeepStrictEqual(getPath(base, column.path) ?? undefined, value))
      edits.push({ path: column.path, value });
  }
  const text = editYaml(baseText, edits);
  const check = offerFactsSchema.safeParse(parseDocument(text).toJS());
  if (!check.success || !isDeepStrictEqual(check.data, result.data)) {
    fail(undefined, `could not update content/${factsFile} without changing other fields; update it by hand`);
    return undefined;
  }
  files.set(factsFile, text);
  expected.set(factsFile, baseText);
  return { id: row.id, rowNumber, action: 'update', columns, files, expected };
}
