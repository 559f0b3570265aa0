import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a set of files all or nothing. Every file goes to a temporary file in its own folder first
 * (a rename is atomic only within one file system); only when all are written are they renamed into
 * place. Any failure before the renames removes the temporary files and the folders made for them,
 * so no file changes. If a rename fails part-way, the files already renamed are put back.
 */

/** The file-system calls used, replaceable in tests to make one of them fail. */
export interface FileOps {
  writeFileSync(path: string, data: string, options: { flag: string }): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options?: { recursive?: boolean; force?: boolean }): void;
  mkdirSync(path: string, options: { recursive: true }): string | undefined;
  readFileSync(path: string, encoding: 'utf8'): string;
  existsSync(path: string): boolean;
}

export const nodeFileOps: FileOps = {
  writeFileSync: (p, d, o) => fs.writeFileSync(p, d, o),
  renameSync: (a, b) => fs.renameSync(a, b),
  rmSync: (p, o) => fs.rmSync(p, o),
  mkdirSync: (p, o) => fs.mkdirSync(p, o),
  readFileSync: (p, e) => fs.readFileSync(p, e),
  existsSync: (p) => fs.existsSync(p),
};

export interface PlannedWrite {
  path: string;
  text: string;
  /** What the file held when the change was planned (`null`: it did not exist). If it differs now, nothing is written. */
  expected?: string | null;
}

/** A file changed by someone else between planning and writing. */
export class ConcurrentChangeError extends Error {
  override name = 'ConcurrentChangeError';
  readonly path: string;
  constructor(path: string) {
    super(`${path} changed while the import was running, so nothing was written; run the import again`);
    this.path = path;
  }
}

const current = (ops: FileOps, path: string): string | null => (ops.existsSync(path) ? ops.readFileSync(path, 'utf8') : null);

/** Writes all `files` or none of them. */
export function writeFilesAtomically(files: readonly PlannedWrite[], ops: FileOps = nodeFileOps): void {
  const temps: string[] = [];
  const madeDirs: string[] = [];
  const cleanUp = () => {
    for (const t of temps) ops.rmSync(t, { force: true });
    for (const d of madeDirs.toReversed()) ops.rmSync(d, { recursive: true, force: true });
  };
  const originals: Array<string | null> = [];
  try {
    for (const file of files) {
      const made = ops.mkdirSync(dirname(file.path), { recursive: true });
      if (made) madeDirs.push(made);
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push(temp);
      ops.writeFileSync(temp, file.text, { flag: 'wx' });
    }
    // Checked last, just before the renames, to leave the smallest window for someone else's edit.
    for (const file of files) {
      const now = current(ops, file.path);
      if (file.expected !== undefined && now !== file.expected) throw new ConcurrentChangeError(file.path);
      originals.push(now);
    }
  } catch (e) {
    cleanUp();
    throw e;
  }
  let renamed = 0;
  try {
    for (; renamed < files.length; renamed++) ops.renameSync(temps[renamed]!, files[renamed]!.path);
  } catch (e) {
    // Put back what was already replaced; best effort, and say so if it fails too.
    const notRestored: string[] = [];
    for (let i = 0; i < renamed; i++) {
      const { path } = files[i]!;
      try {
        const before = originals[i];
        if (before === null || before === undefined) ops.rmSync(path, { force: true });
        else {
          const back = `${temps[i]!}.restore`;
          ops.writeFileSync(back, before, { flag: 'wx' });
          ops.renameSync(back, path);
        }
      } catch {
        notRestored.push(path);
      }
    }
    for (const t of temps.slice(renamed)) ops.rmSync(t, { force: true });
    if (notRestored.length)
      throw new Error(
        `${(e as Error).message}; these files could not be put back and must be checked by hand (git diff): ${notRestored.join(', ')}`,
        { cause: e },
      );
    for (const d of madeDirs.toReversed()) ops.rmSync(d, { recursive: true, force: true });
    throw e;
  }
}
