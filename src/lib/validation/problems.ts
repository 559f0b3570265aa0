/** One thing wrong (or worth a look) in the content, said so an official can fix it. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the repository root, e.g. `content/offers/x/facts.yaml`. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** Dotted field path, e.g. `price.amountKzt`. */
  field?: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * True when the problem appears only because the calendar moved (a bid date that has passed, an audit grown
   * stale), with no edit. A pull request fails on it; a scheduled rebuild reports it as a warning and never fails.
   */
  timeDependent?: boolean;
}

/** One problem on one line, with its file: `ERROR content/x/facts.yaml:12 price.amountKzt: …`. */
export function formatProblem(p: ContentProblem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  return `${p.severity === 'error' ? 'ERROR' : 'warning'} ${where}${p.field ? ` ${p.field}` : ''}: ${p.message}${p.hint ? ` (fix: ${p.hint})` : ''}`;
}

/** Problems grouped by file, errors first within a file, then a count line. */
export function formatReport(problems: readonly ContentProblem[], summary = ''): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file);
    const list = byFile
      .get(file)!
      .sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1));
    for (const p of list) {
      lines.push(
        `  ${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${p.line ? `line ${p.line}, ` : ''}${p.field ? `\`${p.field}\`: ` : ''}${p.message}`,
      );
      if (p.hint) lines.push(`          fix: ${p.hint}`);
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(
    `${lines.length ? '\n' : ''}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${summary ? ` · ${summary}` : ''}`,
  );
  return lines.join('\n');
}
