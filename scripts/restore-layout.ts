// Puts back the comments and layout that a save through the editor's GitHub backend dropped (deploy/CMS.md,
// *Comments and layout*): every content file (content/**/*.yaml, content/**/*.mdx) changed since the pull
// request's base gets the saved values merged into the file as it was at the base, by the same rule the local
// proxy uses as it saves. New, deleted and renamed files are left alone.
//   npm run cms:restore-layout                          write the restored files into the working tree, to commit
//   npm run cms:restore-layout -- --base origin/main    the branch the pull request goes into (default origin/main)
//   npm run cms:restore-layout -- --check               change nothing; list each file whose layout the save lost
//   npm run cms:restore-layout -- --check --format github   also as GitHub Actions annotations (content-check.yml)
// Exit code: 0 when it ran, also with warnings: a lost comment leaves the content valid, and the fix is a
// reviewer's commit, so it must not block the pull request. 2 for an unknown option or when git cannot compare
// with the base (the check itself is broken then, which should be seen).
//
// Paths and texts come from an untrusted pull request: git is called with argument arrays (never a shell),
// textconv and external diff programs are off, and only regular files under content/ are read or written.
import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { savedFileKind } from '../src/lib/cms/keepLayout.ts';
import { type RestoredFile, restoreFile } from '../src/lib/cms/restoreLayout.ts';
import { githubAnnotations } from '../src/lib/validation/annotations.ts';
import { formatReport } from '../src/lib/validation/problems.ts';

export interface RestoreOptions {
  /** The repository's root (its working tree). */
  root: string;
  /** The branch or commit the pull request goes into; its merge base with HEAD is the "before". */
  base?: string;
  /** Change nothing, only report. */
  check?: boolean;
}

/** Git could not answer: a bad base ref, not a repository, a shallow clone without the merge base. */
export class GitError extends Error {}

/** Runs git with `args` in `root` and returns its output as bytes; nothing goes through a shell. */
function git(root: string, args: readonly string[]): Buffer {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.toString('utf8').trim()}`);
  return result.stdout;
}

/** Strict UTF-8, as the content check requires: a file that is not is not ours to rewrite. */
const utf8 = (bytes: Buffer): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** The commit both the base and HEAD come from: what the files looked like before the pull request. */
function mergeBase(root: string, base: string): string {
  // A ref that starts with a dash would be read as an option.
  if (base.startsWith('-')) throw new GitError(`not a git ref: ${base}`);
  const baseCommit = git(root, ['rev-parse', '--verify', '--end-of-options', `${base}^{commit}`])
    .toString('utf8')
    .trim();
  return git(root, ['merge-base', baseCommit, 'HEAD']).toString('utf8').trim();
}

/** Content files modified (not added, deleted, renamed or turned into a link) between `commit` and the working tree. */
function changedContentFiles(root: string, commit: string): string[] {
  const out = git(root, [
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--diff-filter=M',
    commit,
    '--',
    'content/',
  ]);
  return (
    out
      .toString('utf8')
      .split('\0')
      // Plain .md files under content/ are guides (README, docs/) that the editor never writes.
      .filter((path) => path.startsWith('content/') && !path.endsWith('.md') && savedFileKind(path) !== undefined)
  );
}

/** The working tree's file at `path`, only when it is a regular file inside root/content/ (not a link elsewhere). */
function regularContentFile(root: string, path: string): string | undefined {
  const full = resolve(root, path);
  if (!full.startsWith(resolve(root, 'content') + sep)) return undefined;
  try {
    return lstatSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Restores the layout of every content file changed since the merge base of `base` and HEAD, writing the
 * restored texts into the working tree unless `check`. Returns what it found for each changed file.
 */
export function restoreLayout({ root, base = 'origin/main', check = false }: RestoreOptions): RestoredFile[] {
  const before = mergeBase(root, base);
  const results: RestoredFile[] = [];
  for (const path of changedContentFiles(root, before)) {
    const full = regularContentFile(root, path);
    if (!full) continue;
    const headText = utf8(readFileSync(full));
    const baseText = utf8(git(root, ['show', '--no-textconv', `${before}:${path}`]));
    if (headText === undefined || baseText === undefined) continue;
    const result = restoreFile(path, baseText, headText);
    if (!check && result.outcome === 'restored') writeFileSync(full, result.text);
    results.push(result);
  }
  return results;
}

const readArgs = () =>
  parseArgs({ options: { base: { type: 'string', default: 'origin/main' }, check: { type: 'boolean' }, format: { type: 'string' } } });

function main(): number {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs();
  } catch (err) {
    console.error(`${(err as Error).message}\nUsage: npm run cms:restore-layout -- [--base <ref>] [--check] [--format github]`);
    return 2;
  }
  const { base, check = false, format } = parsed.values;
  if (format !== undefined && format !== 'github') {
    console.error(`Unknown --format ${format}: the only machine format is \`github\`.`);
    return 2;
  }
  let results: RestoredFile[];
  try {
    results = restoreLayout({ root: process.cwd(), base, check });
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    console.error(
      `${err.message}\nThe layout could not be compared with ${base}: is it fetched (git fetch origin), and is this a git working tree?`,
    );
    return 2;
  }
  const problems = results.flatMap((r) => (r.problem ? [r.problem] : []));
  const restored = results.filter((r) => r.outcome === 'restored').length;
  const summary = `${results.length} changed content file${results.length === 1 ? '' : 's'} compared with ${base}`;
  if (check) {
    console.log(formatReport(problems, summary));
    if (format === 'github' && problems.length > 0) console.log(githubAnnotations(problems, 'Comments and layout'));
    return 0;
  }
  for (const r of results.filter((x) => x.outcome === 'restored')) console.log(`restored the comments and layout of ${r.file}`);
  const unsafe = problems.filter((p) => !results.some((r) => r.outcome === 'restored' && r.file === p.file));
  if (unsafe.length > 0) console.log(formatReport(unsafe));
  console.log(
    restored > 0 ? `${summary}: ${restored} restored. Review with \`git diff\`, then commit.` : `${summary}: nothing to restore.`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = main();
