import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  documentSchema,
  localizedTextSchema,
  offerFactsSchema,
  photoSchema,
  projectPhaseSchema,
  roadDistanceSchema,
} from '../../src/schemas/index.ts';
import { REGISTER_COLUMNS, REGISTER_HEADER, NOT_IN_REGISTER } from '../../src/lib/register/columns.ts';
import { registerCsv, registerRows } from '../../src/lib/register/exportRegister.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import { readRegisterCsv, readRegisterXlsx, writeRegisterXlsx } from '../../src/lib/register/io.ts';
import { collectKeys } from '../../src/lib/validation/schemaKeys.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { RICH_FIXTURE, TODAY } from './helpers.ts';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/**
 * A temporary copy of the rich fixture (eight real offers, copied), so an edit of content/ cannot change
 * these tests. `withoutOffers` keeps only places, districts, contacts and incentives.
 */
function contentCopy({ withoutOffers = false } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'register-'));
  made.push(root);
  const dir = join(root, 'content');
  cpSync(RICH_FIXTURE, dir, { recursive: true, filter: (src) => !(withoutOffers && /content-rich\/offers\/.+/.test(src)) });
  return dir;
}

function offersOf(dir: string) {
  const { tree, problems } = loadContent(dir, { root: join(dir, '..'), today: TODAY });
  const offers = tree.offers.map((o) => ({
    id: o.id,
    facts: o.facts,
    texts: Object.fromEntries(Object.entries(o.texts).map(([l, t]) => [l, t.data])),
  }));
  return {
    offers,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    tree,
  };
}

/** CSV text with one cell changed, edited as a spreadsheet would (by header name). */
function editCsv(csv: string, id: string, column: string, value: string): string {
  const table = readRegisterCsv(csv);
  const row = table.rows.find((r) => r.cells[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  row.cells[table.header.indexOf(column)] = value;
  const quote = (c: unknown) => (/[",\n]/.test(String(c ?? '')) ? `"${String(c).replace(/"/g, '""')}"` : String(c ?? ''));
  return `\uFEFF${[table.header, ...table.rows.map((r) => r.cells)].map((cells) => cells.map(quote).join(',')).join('\r\n')}`;
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(dir, 'offers'), { recursive: true })
      .map(String)
      .filter((f) => /\.(yaml|mdx)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, 'offers', f), 'utf8')]),
  );

// Each import loads the content twice (before and after, for the cross-checks): seconds on a busy machine.
describe('the audit register', { timeout: 60_000 }, () => {
  it('has a column for every offer fact except the editorial ones', () => {
    const leaves = new Set(REGISTER_COLUMNS.flatMap((c) => c.path));
    // Keys inside list cells (JSON or place=km) are covered by their column.
    const inCells = new Set(
      [photoSchema, documentSchema, roadDistanceSchema, projectPhaseSchema, localizedTextSchema].flatMap((s) => [...collectKeys(s)]),
    );
    const missing = [...collectKeys(offerFactsSchema)].filter((k) => !leaves.has(k) && !inCells.has(k) && !NOT_IN_REGISTER.includes(k));
    expect(missing).toEqual([]);
  });

  it('exports one row per published offer, as UTF-8 CSV with a BOM, with Cyrillic intact', () => {
    const { offers } = offersOf(contentCopy());
    const csv = registerCsv(offers);
    expect(csv.startsWith('\uFEFFid,kind,status,')).toBe(true);
    const table = readRegisterCsv(csv);
    expect(table.header).toEqual(REGISTER_HEADER);
    expect(table.rows.map((r) => r.cells[0])).toEqual(offers.map((o) => o.id).sort());
    expect(table.rows).toHaveLength(8);
    const hotel = offers.find((o) => o.id === 'karkaraly-town-guest-house')!;
    const row = table.rows.find((r) => r.cells[0] === hotel.id)!.cells;
    expect(row[table.header.indexOf('targetPurpose.kk')]).toBe(hotel.facts.targetPurpose.kk);
    expect(row[table.header.indexOf('title.ru')]).toBe(hotel.texts.ru!.title);
    expect(Number(row[table.header.indexOf('price.amountKzt')])).toBe(hotel.facts.price.amountKzt);
  });

  it('imports cleanly into an empty catalog: every offer is created as a draft with stub texts, and the check passes', () => {
    const dir = contentCopy({ withoutOffers: true });
    // Photos are files, not register cells: an official adds them beside facts.yaml. The seed register
    // describes the real offers, so their photos come from the real folders (only the photos are read there).
    cpSync('content/offers', join(dir, 'offers'), { recursive: true, filter: (src) => !/\.(yaml|mdx)$/.test(src) });
    const csv = readFileSync('seeds/audit-register.csv', 'utf8');
    const report = importRegister(readRegisterCsv(csv), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    const ids = readRegisterCsv(csv).rows.map((r) => String(r.cells[0]));
    expect(report.created.sort()).toEqual(ids.sort());
    const { errors, tree, warnings } = offersOf(dir);
    expect(errors).toEqual([]);
    expect(tree.offers.every((o) => o.facts.draft)).toBe(true);
    expect(warnings.filter((w) => w.message.includes('is a draft'))).toHaveLength(ids.length);
    const en = readFileSync(join(dir, 'offers', ids[0]!, 'en.mdx'), 'utf8');
    expect(en).toContain('TODO');
  });

  it('changes nothing when the export of the content is imported back', () => {
    const dir = contentCopy();
    const before = snapshot(dir);
    const report = importRegister(readRegisterCsv(registerCsv(offersOf(dir).offers)), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.created).toEqual([]);
    expect(report.unchanged).toHaveLength(Object.keys(before).filter((f) => f.endsWith('facts.yaml')).length);
    expect(snapshot(dir)).toEqual(before);
  });

  it('changes exactly one field, and only that line of the facts file, when one cell is edited', () => {
    const dir = contentCopy();
    const file = join(dir, 'offers/karkaraly-town-guest-house/facts.yaml');
    const before = readFileSync(file, 'utf8');
    const csv = editCsv(registerCsv(offersOf(dir).offers), 'karkaraly-town-guest-house', 'price.amountKzt', '399000000');
    const report = importRegister(readRegisterCsv(csv), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([{ id: 'karkaraly-town-guest-house', columns: ['price.amountKzt'] }]);
    const after = readFileSync(file, 'utf8');
    const diff = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(diff).toEqual(['price: { basis: sale-price, amountKzt: 399000000 }']);
    expect(after.split('\n')[0]).toBe(before.split('\n')[0]); // the comment at the top stays
    const again = importRegister(readRegisterCsv(csv), { contentDir: dir, today: TODAY });
    expect(again.changed).toEqual([]);
  });

  it('carries who grants the right, the deposit, the yearly payment and the named location from a cell to facts.yaml', () => {
    const dir = contentCopy();
    let csv = registerCsv(offersOf(dir).offers);
    csv = editCsv(csv, 'karkaraly-shaitankol-trailhead-glamping', 'acquisition.depositKzt', '420000');
    csv = editCsv(csv, 'karkaraly-shaitankol-trailhead-glamping', 'price.yearlyAfterKzt', '380000');
    csv = editCsv(csv, 'balkhash-city-beach', 'acquisition.grantor', 'private-owner');
    csv = editCsv(csv, 'balkhash-city-beach', 'acquisition.route', 'negotiation');
    csv = editCsv(csv, 'karkaraly-town-guest-house', 'namedLocation', 'karkaraly-national-park');
    const report = importRegister(readRegisterCsv(csv), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([
      { id: 'balkhash-city-beach', columns: ['acquisition.grantor', 'acquisition.route'] },
      { id: 'karkaraly-shaitankol-trailhead-glamping', columns: ['acquisition.depositKzt', 'price.yearlyAfterKzt'] },
      { id: 'karkaraly-town-guest-house', columns: ['namedLocation'] },
    ]);
    const facts = (id: string) => readFileSync(join(dir, 'offers', id, 'facts.yaml'), 'utf8').split('\n');
    expect(facts('balkhash-city-beach')).toContain('acquisition: { grantor: private-owner, route: negotiation }');
    expect(facts('karkaraly-shaitankol-trailhead-glamping')).toContain(
      'acquisition: { grantor: national-park, route: competition, date: 2026-12-15, depositKzt: 420000 }',
    );
    expect(facts('karkaraly-shaitankol-trailhead-glamping')).toContain(
      'price: { basis: start-price, amountKzt: 4200000, yearlyAfterKzt: 380000 }',
    );
    expect(facts('karkaraly-town-guest-house')).toContain('namedLocation: karkaraly-national-park');
    // And back out: the export writes the same cells the register brought in.
    const table = readRegisterCsv(registerCsv(offersOf(dir).offers));
    const cell = (id: string, column: string) => table.rows.find((r) => r.cells[0] === id)!.cells[table.header.indexOf(column)];
    expect(cell('karkaraly-shaitankol-trailhead-glamping', 'acquisition.depositKzt')).toBe('420000');
    expect(cell('karkaraly-shaitankol-trailhead-glamping', 'price.yearlyAfterKzt')).toBe('380000');
    expect(cell('balkhash-city-beach', 'acquisition.grantor')).toBe('private-owner');
    expect(cell('karkaraly-town-guest-house', 'namedLocation')).toBe('karkaraly-national-park');
  });

  it('refuses a grantor that does not fit the route, and a settlement written as the named location, by row and column', () => {
    const dir = contentCopy();
    const before = snapshot(dir);
    let csv = registerCsv(offersOf(dir).offers);
    csv = editCsv(csv, 'karkaraly-kent-camping', 'acquisition.grantor', 'akimat-land');
    csv = editCsv(csv, 'karkaraly-town-guest-house', 'namedLocation', 'karkaraly');
    const table = readRegisterCsv(csv);
    const rowOf = (id: string) => table.rows.find((r) => r.cells[0] === id)!.rowNumber;
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.written).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual(
      expect.arrayContaining([
        [rowOf('karkaraly-kent-camping'), 'acquisition.route'],
        [rowOf('karkaraly-town-guest-house'), 'namedLocation'],
      ]),
    );
    expect(report.errors.find((e) => e.column === 'acquisition.route')!.message).toContain('write `route: auction`');
    expect(snapshot(dir)).toEqual(before);
  });

  it('rejects bad rows with row numbers and column names, and writes nothing', () => {
    const dir = contentCopy();
    const before = snapshot(dir);
    let csv = registerCsv(offersOf(dir).offers);
    csv = editCsv(csv, 'karkaraly-town-guest-house', 'land.areaHa', 'large');
    csv = editCsv(csv, 'balkhash-city-beach', 'district', 'karkarally');
    csv = editCsv(csv, 'karkaraly-kent-camping', 'status', 'sold');
    const table = readRegisterCsv(csv);
    const rowOf = (id: string) => table.rows.find((r) => r.cells[0] === id)!.rowNumber;
    const report = importRegister(table, { contentDir: dir, today: TODAY });
    expect(report.written).toBe(false);
    const found = report.errors.map((e) => [e.row, e.column]);
    expect(found).toEqual(
      expect.arrayContaining([
        [rowOf('karkaraly-town-guest-house'), 'land.areaHa'],
        [rowOf('balkhash-city-beach'), 'district'],
        [rowOf('karkaraly-kent-camping'), 'status'],
      ]),
    );
    expect(report.errors.find((e) => e.column === 'district')!.message).toContain('did you mean `karkaraly`?');
    expect(snapshot(dir)).toEqual(before);
  });

  it('rejects an unknown column by name, with a spelling hint', () => {
    const dir = contentCopy();
    const csv = registerCsv(offersOf(dir).offers).replace('price.amountKzt', 'price.amountKZT');
    const report = importRegister(readRegisterCsv(csv), { contentDir: dir, today: TODAY });
    expect(report.errors[0]).toMatchObject({ row: 1, column: 'price.amountKZT' });
    expect(report.errors[0]!.message).toContain('did you mean `price.amountKzt`?');
  });

  it('round-trips through an Excel workbook and through the CSV a Russian Excel saves (semicolons, DD.MM.YYYY dates, decimal commas)', async () => {
    const dir = contentCopy();
    const { offers } = offersOf(dir);
    const xlsx = await readRegisterXlsx(await writeRegisterXlsx(registerRows(offers)));
    expect(importRegister(xlsx, { contentDir: dir, today: TODAY }).changed).toEqual([]);

    const table = readRegisterCsv(registerCsv(offers));
    const col = (name: string) => table.header.indexOf(name);
    for (const { cells } of table.rows) {
      const d = String(cells[col('published')]);
      cells[col('published')] = `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
      cells[col('land.areaHa')] = String(cells[col('land.areaHa')]).replace('.', ',');
    }
    const semicolon =
      '\uFEFF' +
      [table.header, ...table.rows.map((r) => r.cells)]
        .map((c) => c.map((x) => `"${String(x ?? '').replace(/"/g, '""')}"`).join(';'))
        .join('\r\n');
    const report = importRegister(readRegisterCsv(semicolon), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([]);
  }, 30_000);
});
