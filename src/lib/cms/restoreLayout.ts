// A save through the GitHub backend writes the whole file in Decap's style: the officials' comments, blank lines,
// flow lists and quotes are gone. This puts the saved values back into the file as it was before the save, with
// the same rule the local proxy uses as it saves (keepLayout.ts), and says what the save dropped. It never
// changes a value: when the restored text would read as other data than the saved one, the file stays as saved.
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { ContentProblem } from '../validation/problems.ts';
import { mergeSave, savedFileKind } from './keepLayout.ts';
import { FRONT_MATTER } from './yamlMerge.ts';

/** What restoring one file gives. */
export interface RestoredFile {
  /** Path relative to the repository root. */
  file: string;
  /**
   * `kept`: the saved text already has the file's layout (or a person wrote it, keeping comments of their own);
   * `restored`: `text` is the saved data in the file's own layout; `unsafe`: the layout could not be restored
   * without changing the data, so the file stays as saved.
   */
  outcome: 'kept' | 'restored' | 'unsafe';
  /** The text the file should have: the restored one, or the saved one when nothing is to be done. */
  text: string;
  /** A warning for the pull request, for `restored` and `unsafe`. */
  problem?: ContentProblem;
}

export const RESTORE_HINT = 'check out the branch, run `npm run cms:restore-layout` and commit (deploy/CMS.md, *Comments and layout*)';

/** The data a text stands for: a YAML file's value, or an MDX file's front matter value and its body. */
function dataOf(kind: 'yaml' | 'mdx', text: string): unknown {
  if (kind === 'yaml') return parse(text);
  const match = FRONT_MATTER.exec(text);
  return match ? { frontMatter: parse(match[1] ?? ''), body: text.slice(match[0].length) } : { body: text };
}

/** Whether two texts of one file stand for the same data; a text that does not parse stands for nothing. */
function sameData(kind: 'yaml' | 'mdx', a: string, b: string): boolean {
  try {
    return isDeepStrictEqual(dataOf(kind, a), dataOf(kind, b));
  } catch {
    return false;
  }
}

/** Lines of `a` and of `b` that a longest common subsequence leaves out (false: kept in both), and the first line of `b` that differs. */
export function lineDiff(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[]; firstB: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  // Files hold a few hundred lines, so the table is small; beyond four million cells (two files of 2 000 changed
  // lines) the count falls back to lines missing from the other side, which is enough for a report.
  if (n * m > 4_000_000) {
    const inA = new Set(midA);
    const inB = new Set(midB);
    return { onlyA: midA.filter((l) => !inB.has(l)), onlyB: midB.filter((l) => !inA.has(l)), firstB: start };
  }
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * width + j] =
        midA[i] === midB[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let firstB = -1;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
      if (firstB < 0) firstB = start + j;
      onlyB.push(midB[j++]!);
    } else {
      if (firstB < 0) firstB = start + j;
      onlyA.push(midA[i++]!);
    }
  }
  return { onlyA, onlyB, firstB: firstB < 0 ? start : firstB };
}

const isComment = (line: string) => line.trimStart().startsWith('#');
const isBlank = (line: string) => line.trim() === '';
const lines = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What the save did to the layout, in words: "the save dropped 3 comment lines and re-wrote 12 unchanged lines". */
function whatTheSaveDid(dropped: { comments: number; blank: number }, rewritten: number): string {
  const droppedParts = [
    ...(dropped.comments ? [lines(dropped.comments, 'comment line')] : []),
    ...(dropped.blank ? [lines(dropped.blank, 'blank line')] : []),
  ];
  const parts = [
    ...(droppedParts.length ? [`dropped ${droppedParts.join(' and ')}`] : []),
    ...(rewritten ? [`re-wrote ${lines(rewritten, 'unchanged line')}`] : []),
  ];
  return `the save ${parts.length ? parts.join(' and ') : 'changed the layout'}`;
}

/**
 * The text `file` should have after a save that turned `baseText` (before the pull request) into `headText`
 * (as saved), with a warning when the save lost layout. Only the layout may change: the result is `headText`
 * unless the restored text reads as exactly the same data.
 */
export function restoreFile(file: string, baseText: string, headText: string): RestoredFile {
  const kind = savedFileKind(file);
  const kept: RestoredFile = { file, outcome: 'kept', text: headText };
  if (!kind) return kept;
  const unsafe: RestoredFile = {
    file,
    outcome: 'unsafe',
    text: headText,
    problem: {
      severity: 'warning',
      file,
      message: `could not restore the layout of ${file}: left as saved`,
      hint: 'compare it with the file before the pull request and put its comments back by hand',
    },
  };
  let merged: string;
  try {
    merged = mergeSave(file, baseText, headText);
  } catch {
    return unsafe;
  }
  if (merged === headText) return kept;
  if (!sameData(kind, merged, headText)) return unsafe;
  const headLines = headText.split('\n');
  const diff = lineDiff(merged.split('\n'), headLines);
  // Decap writes no comments, so a comment the restored text would lose was written by a person in this pull
  // request: the file is theirs as it stands.
  if (diff.onlyB.some(isComment)) return kept;
  const dropped = { comments: diff.onlyA.filter(isComment).length, blank: diff.onlyA.filter(isBlank).length };
  // The lines the change itself needed (those of the restored text that differ from the base) are no fault of
  // the save when the saved text has them in another form: they are not counted as re-written.
  const needed = lineDiff(baseText.split('\n'), merged.split('\n')).onlyB.filter((l) => !isBlank(l));
  const neededElsewhere = needed.filter((l) => diff.onlyA.includes(l)).length;
  const rewritten = Math.max(0, diff.onlyB.filter((l) => !isBlank(l)).length - neededElsewhere);
  return {
    file,
    outcome: 'restored',
    text: merged,
    problem: {
      severity: 'warning',
      file,
      line: Math.max(1, Math.min(diff.firstB + 1, headLines.length)),
      message: whatTheSaveDid(dropped, rewritten),
      hint: RESTORE_HINT,
    },
  };
}
