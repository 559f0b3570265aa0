import type { ContentProblem } from './problems.ts';

/** The command-line flag that marks the scheduled rebuild (`npm run check:content -- --scheduled`). */
export const SCHEDULED_FLAG = '--scheduled';

/**
 * True on the scheduled rebuild: the flag on the command line, or CATALOG_SCHEDULED=1 in the environment
 * (the build's content guard has no command line of its own, so the workflow sets the variable for it).
 */
export function isScheduledRun(args: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return args.includes(SCHEDULED_FLAG) || env.CATALOG_SCHEDULED === '1';
}

/**
 * The problems as a run should report them. On a scheduled run a time-dependent error (the calendar moved, nobody
 * edited anything) becomes a warning, so the nightly rebuild still publishes a site whose dates and stale flags are
 * true, and the official learns of it from the warning and from `npm run report`. On a pull request nothing
 * changes: the same problem stays an error, because the person editing can fix it there and then.
 */
export function problemsForRun(problems: readonly ContentProblem[], scheduled: boolean): ContentProblem[] {
  if (!scheduled) return [...problems];
  return problems.map((p) =>
    p.timeDependent && p.severity === 'error'
      ? { ...p, severity: 'warning', message: `${p.message} (a warning on the scheduled rebuild; a pull request fails on it)` }
      : p,
  );
}
