import { emptyState, LIST_FACETS, RANGES, SORTS, UTILITY_FACETS } from './types.ts';
import type { ListFacet, MapBox, RangeKey, SearchState, SortKey, UtilityFacet } from './types.ts';

/** URL parameter names of the ranges: `area_min`, `price_max`, … */
export const rangeParam = (key: RangeKey, end: 'min' | 'max') => `${key}_${end}`;

/** Reads a number as people type it: "12,5", "1 000", " 3.2 ". Anything else is no number. */
export function parseNumber(raw: string | null | undefined): number | undefined {
  if (raw == null) return undefined;
  const cleaned = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** `box=west,south,east,north` in degrees; anything else (wrong count, out of range, empty) is no box. */
export function parseBox(raw: string | null | undefined): MapBox | null {
  const parts = (raw ?? '').split(',').map((s) => s.trim());
  if (parts.length !== 4 || parts.some((s) => !/^-?\d+(?:\.\d+)?$/.test(s))) return null;
  const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
  const lonOk = (n: number) => n >= -180 && n <= 180;
  const latOk = (n: number) => n >= -90 && n <= 90;
  if (!lonOk(west) || !lonOk(east) || !latOk(south) || !latOk(north) || west > east || south > north) return null;
  return { west, south, east, north };
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * The state a query string describes. Lenient: unknown parameters and values are dropped,
 * empty fields (as a plain GET form sends them) are ignored, and a reversed range is swapped.
 * `known` limits each facet to the options that exist.
 */
export function parseState(search: string | URLSearchParams, known?: Partial<Record<ListFacet, readonly string[]>>): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  for (const facet of LIST_FACETS) {
    const allowed = known?.[facet];
    state.facets[facet] = unique(
      params
        .getAll(facet)
        .map((v) => v.trim())
        .filter((v) => v && (!allowed || allowed.includes(v))),
    );
  }
  state.foreign = ['1', 'true', 'on', 'yes'].includes(params.get('foreign') ?? '');
  state.util = UTILITY_FACETS.filter((u) => params.getAll('util').includes(u));
  for (const key of RANGES) {
    let min = parseNumber(params.get(rangeParam(key, 'min')));
    let max = parseNumber(params.get(rangeParam(key, 'max')));
    if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
    state.ranges[key] = { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  }
  state.box = parseBox(params.get('box'));
  const sort = params.get('sort');
  state.sort = (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'newest';
  return state;
}

/** The query string for a state, in one canonical order, leaving out defaults. Starts with "?" unless empty. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.append('q', state.q.trim());
  for (const facet of LIST_FACETS) for (const value of state.facets[facet]) params.append(facet, value);
  if (state.foreign) params.append('foreign', '1');
  for (const u of UTILITY_FACETS) if (state.util.includes(u)) params.append('util', u);
  for (const key of RANGES) {
    const { min, max } = state.ranges[key];
    if (min !== undefined) params.append(rangeParam(key, 'min'), String(min));
    if (max !== undefined) params.append(rangeParam(key, 'max'), String(max));
  }
  if (state.box) params.append('box', [state.box.west, state.box.south, state.box.east, state.box.north].join(','));
  if (state.sort !== 'newest') params.append('sort', state.sort);
  // Commas are safe in a query; left plain, a map box reads as the four numbers it is.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** True when nothing narrows the list (sorting alone does not). */
export function isUnfiltered(state: SearchState): boolean {
  return (
    !state.q &&
    LIST_FACETS.every((f) => state.facets[f].length === 0) &&
    !state.foreign &&
    state.util.length === 0 &&
    !state.box &&
    RANGES.every((k) => state.ranges[k].min === undefined && state.ranges[k].max === undefined)
  );
}

export type { UtilityFacet };
