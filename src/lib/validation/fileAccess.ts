import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { ContentProblem } from './problems.ts';

/**
 * Safe reading of one content file. Git can commit a symbolic link that points at /etc/passwd or at a secret
 * outside the repository; following it would put that file's contents into the checker's report or the
 * build. So nothing here follows a link: `lstat` before opening, and O_NOFOLLOW on the open itself so a link
 * swapped in between the two is refused too.
 */

/**
 * Flags for opening a content file without following a symbolic link (where the system has O_NOFOLLOW), and
 * without waiting (O_NONBLOCK): opening a named pipe for reading otherwise blocks until something writes to it,
 * which would stop the check for good. A regular file reads the same either way.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The problem for a symbolic link in content/: the same object wherever it is found, so it is reported once. */
export function symlinkProblem(file: string): ContentProblem {
  return {
    severity: 'error',
    file,
    message:
      'this is a symbolic link (a shortcut to another file or folder), which content may not contain: it could expose files from outside the catalog',
    hint: 'delete the link and put the real file here instead (a copy, not a link)',
  };
}

/** Sizes in words: 5.0 MB, 300 KB, 12 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The problem for a file over its size limit, with a fix that fits the kind of file. */
export function tooBigProblem(file: string, size: number, max: number, fix: string): ContentProblem {
  return {
    severity: 'error',
    file,
    message: `the file is ${formatBytes(size)}, more than the limit of ${formatBytes(max)} for this kind of file`,
    hint: fix,
  };
}

/** `lstat` that returns undefined for a path that does not exist (or cannot be looked at). */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Reads at most `limit` bytes of a regular file without following links; undefined when that is not possible. */
export function readBytesNoFollow(path: string, limit: number): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const buffer = new Uint8Array(Math.min(stats.size, limit));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
