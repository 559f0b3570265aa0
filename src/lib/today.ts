/** The shape CATALOG_TODAY must have: a calendar day, YYYY-MM-DD. */
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the catalog is built or checked on. CATALOG_TODAY=YYYY-MM-DD overrides it so that a build, the
 * content check, the register import and the scaffolder all agree on one day (and tests are reproducible):
 * an audit that the site marks stale must also be the one the checker warns about.
 */
export function catalogToday(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env.CATALOG_TODAY;
  if (given === undefined || given === '') return new Date().toISOString().slice(0, 10);
  if (!DAY_PATTERN.test(given) || Number.isNaN(Date.parse(`${given}T00:00:00Z`))) {
    throw new Error(`CATALOG_TODAY must be a day written YYYY-MM-DD, e.g. 2026-11-29, but it is \`${given}\``);
  }
  return given;
}
