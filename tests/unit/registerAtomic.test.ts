// Attack 6: the import wrote files one after another, so a failure midway left half an import.
// Now all files go to temporary files first and are renamed into place together, or none is.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConcurrentChangeError, nodeFileOps, writeFilesAtomically, type FileOps } from '../../src/lib/register/atomicWrite.ts';
import { registerCsv } from '../../src/lib/register/exportRegister.ts';
import { importRegister } from '../../src/lib/register/importRegister.ts';
import { readRegisterCsv } from '../../src/lib/register/io.ts';
import { TODAY } from './helpers.ts';
import { contentFixture, offersOf, snapshot } from './registerHelpers.ts';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  made.push(dir);
  writeFileSync(join(dir, 'a.txt'), 'old a');
  return dir;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

/** The real file system, except that the `n`-th call of `call` fails. */
function failingOn(call: 'writeFileSync' | 'renameSync', n: number): FileOps {
  let calls = 0;
  return {
    ...nodeFileOps,
    [call]: (...args: unknown[]) => {
      if (++calls === n) throw Object.assign(new Error(`EACCES: permission denied (injected, call ${n})`), { code: 'EACCES' });
      return (nodeFileOps[call] as (...a: unknown[]) => unknown)(...args);
    },
  } as FileOps;
}

describe('writing files all or nothing', () => {
  it('writes every file when nothing fails', () => {
    const dir = folder();
    writeFilesAtomically([
      { path: join(dir, 'a.txt'), text: 'new a' },
      { path: join(dir, 'sub/b.txt'), text: 'b' },
    ]);
    expect(listing(dir)).toEqual(['a.txt', 'sub', 'sub/b.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new a');
  });

  it('changes nothing, and leaves no temporary file or new folder, when a write fails', () => {
    const dir = folder();
    const files = [
      { path: join(dir, 'a.txt'), text: 'new a' },
      { path: join(dir, 'sub/b.txt'), text: 'b' },
      { path: join(dir, 'c.txt'), text: 'c' },
    ];
    expect(() => writeFilesAtomically(files, failingOn('writeFileSync', 3))).toThrow('injected, call 3');
    expect(listing(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });

  it('puts back the files already renamed when a later rename fails', () => {
    const dir = folder();
    const files = [
      { path: join(dir, 'a.txt'), text: 'new a' },
      { path: join(dir, 'sub/b.txt'), text: 'b' },
      { path: join(dir, 'c.txt'), text: 'c' },
    ];
    expect(() => writeFilesAtomically(files, failingOn('renameSync', 3))).toThrow('injected, call 3');
    expect(listing(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });

  it('writes nothing when a file changed after the import read it', () => {
    const dir = folder();
    const files = [
      { path: join(dir, 'new.txt'), text: 'n', expected: null },
      { path: join(dir, 'a.txt'), text: 'new a', expected: 'what the import read' },
    ];
    expect(() => writeFilesAtomically(files)).toThrow(ConcurrentChangeError);
    expect(listing(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });
});

describe('an import that fails while writing', { timeout: 30_000 }, () => {
  /** A register that changes one offer and adds a new one (a new folder with facts.yaml and three language files). */
  function registerWithNewOffer(dir: string) {
    const table = readRegisterCsv(registerCsv(offersOf(dir)));
    const col = (name: string) => table.header.indexOf(name);
    const base = table.rows.find((r) => r.cells[0] === 'balkhash-test-base')!;
    base.cells[col('investmentKzt')] = '360000000';
    const copy = [...table.rows.find((r) => r.cells[0] === 'shaitankol-glamping')!.cells];
    copy[col('id')] = 'shaitankol-glamping-two';
    copy[col('land.cadastralNumber')] = '00-000-001-002';
    table.rows.push({ rowNumber: 4, cells: copy });
    return table;
  }

  for (const [call, n] of [
    ['writeFileSync', 4],
    ['renameSync', 3],
  ] as const) {
    it(`leaves the content exactly as it was when ${call} fails on call ${n}`, () => {
      const dir = contentFixture();
      const before = snapshot(dir);
      const report = importRegister(registerWithNewOffer(dir), { contentDir: dir, today: TODAY, fileOps: failingOn(call, n) });
      expect(report.written).toBe(false);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]!.message).toContain('could not write the files, so none was changed');
      expect(report.errors[0]!.message).toContain(`injected, call ${n}`);
      expect(snapshot(dir)).toEqual(before);
      expect(readdirSync(join(dir, 'offers')).sort()).toEqual(['balkhash-test-base', 'shaitankol-glamping']);
    });
  }

  it('writes all five files when nothing fails', () => {
    const dir = contentFixture();
    const report = importRegister(registerWithNewOffer(dir), { contentDir: dir, today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual(['shaitankol-glamping-two']);
    expect(report.changed).toEqual([{ id: 'balkhash-test-base', columns: ['investmentKzt'] }]);
    expect(readdirSync(join(dir, 'offers/shaitankol-glamping-two')).sort()).toEqual(['en.mdx', 'facts.yaml', 'kk.mdx', 'ru.mdx']);
    expect(readFileSync(join(dir, 'offers/balkhash-test-base/facts.yaml'), 'utf8')).toContain('investmentKzt: 360000000\n');
  });
});
