// Register files as a whole: files too big or too wide to read, UTF-16 CSV, an empty CSV, values the
// .xlsx export cannot write, and the one case where an all-or-nothing write must admit it could not
// put a file back. Files are made in temporary folders (never content/).
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFileOps, writeFilesAtomically, type FileOps } from '../../src/lib/register/atomicWrite.ts';
import { decodeRegisterCsv } from '../../src/lib/register/encoding.ts';
import { readRegisterCsv, readRegisterFile, writeRegisterXlsx } from '../../src/lib/register/io.ts';
import { checkTableLimits } from '../../src/lib/register/table.ts';
import { refusal, unzipText } from './registerHelpers.ts';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-files-'));
  made.push(dir);
  return dir;
}

describe('register files refused as a whole', () => {
  it('refuses a register file over 20 MB before reading it, saying to check the file chosen', () => {
    const path = join(folder(), 'huge.csv');
    // A sparse 21 MB file: the size is what counts, and it takes no disk space.
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024);
    closeSync(fd);
    const error = refusal(() => readRegisterFile(path));
    expect(error.file).toBe('huge.csv');
    expect(error.problems[0]!.message).toBe(
      'The file is 21 MB; a register may be at most 20 MB. Check that you chose the right file.\n' +
        'Файл занимает 21 MB; реестр может быть не больше 20 MB. Проверьте, тот ли файл выбран.',
    );
  });

  it('refuses a row with data beyond column 200, naming the row, the cell and the column letters', () => {
    // Column 201 is GS: 7 × 26 + 19, G being the 7th letter and S the 19th.
    const wide = Array.from({ length: 201 }, (_, i) => `c${i + 1}`);
    const error = refusal(() => checkTableLimits({ header: ['id'], rows: [{ rowNumber: 2, cells: wide }] }, 'wide.csv'));
    expect(error.file).toBe('wide.csv');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ row: 2, cell: 'GS2' });
    expect(error.problems[0]!.message).toMatch(
      /^row 2 has data in column 201 \(GS\); the register has \d+ columns and the import reads at most 200\. Delete the columns to the right of the register and save\.\n/,
    );
    expect(error.problems[0]!.message).toContain('в строке 2 есть данные в столбце 201 (GS)');
  });

  it('refuses CSV saved as UTF-16 with either byte order', () => {
    const littleEndian = Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
    const bigEndian = Uint8Array.from([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]);
    for (const bytes of [littleEndian, bigEndian]) {
      const error = refusal(() => decodeRegisterCsv(bytes, 'unicode.txt'));
      expect(error.problems[0]!.message).toContain('The file unicode.txt was saved as "Unicode Text" (UTF-16), not CSV UTF-8');
    }
    // A file that merely starts with the byte 0xFE is not UTF-16: it is refused as not UTF-8.
    const error = refusal(() => decodeRegisterCsv(Uint8Array.from([0xfe, 0x41]), 'odd.csv'));
    expect(error.problems[0]!.message).toContain('The file odd.csv is not UTF-8 (the first bad byte, 0xFE, is on row 1)');
  });

  it('reads an empty CSV as a register with no header and no rows', () => {
    expect(readRegisterCsv('')).toEqual({ header: [], rows: [] });
  });
});

describe('the .xlsx export', () => {
  it('leaves a cell empty for a number that is not finite, rather than write text Excel cannot read', () => {
    const sheet = unzipText(writeRegisterXlsx([{ id: 'x', 'price.amountKzt': Number.NaN, investmentKzt: Number.POSITIVE_INFINITY }]))[
      'xl/worksheets/sheet1.xml'
    ]!;
    expect(sheet).toContain('<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>');
  });
});

describe('an all-or-nothing write that cannot undo itself', () => {
  it('names the files that could not be put back, so they can be checked by hand', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'old a');
    let renames = 0;
    let writes = 0;
    // The second rename fails, and so does writing the copy that would put a.txt back (the third write).
    const ops: FileOps = {
      ...nodeFileOps,
      renameSync: (from, to) => {
        if (++renames === 2) throw new Error('EACCES: rename refused');
        nodeFileOps.renameSync(from, to);
      },
      writeFileSync: (path, data, options) => {
        if (++writes === 3) throw new Error('ENOSPC: disk full');
        nodeFileOps.writeFileSync(path, data, options);
      },
    };
    const files = [
      { path: join(dir, 'a.txt'), text: 'new a' },
      { path: join(dir, 'b.txt'), text: 'b' },
    ];
    let thrown: unknown;
    try {
      writeFilesAtomically(files, ops);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(
      `EACCES: rename refused; these files could not be put back and must be checked by hand (git diff): ${join(dir, 'a.txt')}`,
    );
    expect(((thrown as Error).cause as Error).message).toBe('EACCES: rename refused');
    // a.txt holds the new text: exactly what the message tells the official to check.
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new a');
  });
});
