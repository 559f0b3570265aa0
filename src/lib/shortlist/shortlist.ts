// The shortlist as pure data: a list of offer ids, in the order they were saved. Kept in the browser's
// localStorage under one key and nowhere else; these helpers never trust what they read back.

/** localStorage key of the saved ids (a JSON array of strings). */
export const SHORTLIST_KEY = 'catalog.shortlist';
/** The most offers the compare page puts side by side. */
export const COMPARE_MAX = 4;
/** The most ids the shortlist keeps: a bound on what a hand-edited store can make the pages fetch. */
export const SHORTLIST_MAX = 100;

/** The schemas' ID_PATTERN (src/schemas/common.ts), restated so client code does not bundle zod; a unit test keeps them equal. */
export const OFFER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isOfferId = (value: unknown): value is string => typeof value === 'string' && value.length <= 120 && OFFER_ID_PATTERN.test(value);

/** Unique valid ids in their first order, at most `max`. */
function cleanIds(values: readonly unknown[], max: number): string[] {
  const out: string[] = [];
  for (const v of values) if (isOfferId(v) && !out.includes(v) && out.length < max) out.push(v);
  return out;
}

/** The saved ids from the stored text; anything unreadable counts as an empty shortlist. */
export function parseShortlist(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? cleanIds(value, SHORTLIST_MAX) : [];
  } catch {
    return [];
  }
}

/** The list with `id` added at the end (saved) or taken out (unsaved). */
export function withSaved(ids: readonly string[], id: string, saved: boolean): string[] {
  const rest = ids.filter((x) => x !== id);
  return saved && isOfferId(id) ? cleanIds([...rest, id], SHORTLIST_MAX) : rest;
}

/** The ids of a compare link's `ids` parameter (`a,b,c`): valid, unique, and how many were left out beyond the maximum. */
export function parseCompareIds(param: string | null): { ids: string[]; leftOut: number } {
  const all = cleanIds(
    (param ?? '').split(',').map((s) => s.trim()),
    SHORTLIST_MAX,
  );
  return { ids: all.slice(0, COMPARE_MAX), leftOut: Math.max(0, all.length - COMPARE_MAX) };
}

/**
 * The saved offers the compare link puts side by side. Until the visitor ticks or unticks one, the
 * first COMPARE_MAX; after that, the ticked ones still saved, in the shortlist's order, at most COMPARE_MAX.
 */
export function compareChoice(saved: readonly string[], ticked: ReadonlySet<string> | undefined): string[] {
  if (!ticked) return saved.slice(0, COMPARE_MAX);
  return saved.filter((id) => ticked.has(id)).slice(0, COMPARE_MAX);
}

/** The ticked set after the visitor ticks (`on`) or unticks an offer, starting from what the compare link holds now. */
export function withTicked(current: readonly string[], id: string, on: boolean): Set<string> {
  const next = new Set(current);
  if (!on) next.delete(id);
  else if (next.size < COMPARE_MAX) next.add(id);
  return next;
}

/** The compare page's address for these ids (the first COMPARE_MAX), e.g. `/en/compare/?ids=a,b`. */
export function compareHref(lang: string, ids: readonly string[]): string {
  return `/${lang}/compare/?ids=${ids.slice(0, COMPARE_MAX).join(',')}`;
}

/**
 * What the offline worker keeps for a shortlist in one language: the shortlist and compare pages, and
 * each saved offer's page and compare record. Nothing else of the site.
 */
export function offlineUrls(lang: string, ids: readonly string[]): string[] {
  return [`/${lang}/shortlist/`, `/${lang}/compare/`, ...ids.flatMap((id) => [`/${lang}/offers/${id}/`, `/${lang}/shortlist/${id}.json`])];
}
