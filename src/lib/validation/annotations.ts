// check:content's machine format for pull requests: one GitHub Actions workflow command per problem, so the
// git host shows each content error on its file and line in the pull request's "Files changed" view.
//   ::error file=content/offers/x/facts.yaml,line=9,title=land.areaHa::the area must be more than zero hectares
import type { ContentProblem } from './problems.ts';

/** A message (the part after `::`): GitHub reads `%`, CR and LF specially there, so they are percent-encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file, title): besides the message's characters, `:` and `,` end a value, so they are encoded too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command for one problem: `::error …` or `::warning …`, with the fix after the message. `check`
 * names the check in the annotation's title, for the other checks that report content problems (the layout check).
 */
export function githubAnnotation(problem: ContentProblem, check = 'Content check'): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(problem.field ? `${check}: ${problem.field}` : check)}`,
  ];
  const message = problem.hint ? `${problem.message}\nFix: ${problem.hint}` : problem.message;
  return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message)}`;
}

/** Every problem as a workflow command, in the order of the human report (by file, then line). */
export function githubAnnotations(problems: readonly ContentProblem[], check = 'Content check'): string {
  return [...problems]
    .sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
    .map((problem) => githubAnnotation(problem, check))
    .join('\n');
}
