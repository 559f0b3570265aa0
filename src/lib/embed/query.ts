// Query parameters of the embed widgets. Pure and free of zod, so the loader and
// the embed pages stay a few kilobytes: allowed values are passed in, not imported.
import { DEFAULT_LANG, isLang, langOfTag, type Lang } from '../../schemas/langs.ts';
import { parseFrameId } from './protocol.ts';

/** Default and bounds of `limit`. */
export const DEFAULT_LIMIT = 6;
export const MAX_LIMIT = 50;

/** The filterable parameters, each a list of values. */
export const FILTER_PARAMS = ['district', 'kind', 'segment', 'status'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The values each filter accepts (taken from the content schema by the page). */
export type EmbedVocabulary = Record<FilterParam, readonly string[]>;

export interface EmbedOptions {
  /** Accepted values per filter; an empty list means "no filter". */
  filters: Record<FilterParam, string[]>;
  limit: number;
  /** Accent colour as `#rrggbb`, when a valid one was given. */
  accent: string | undefined;
  /** The loader's id for this frame, used only in height messages. */
  frame: string | undefined;
}

/** A token the loader may pass through: lower-case letters, digits and hyphens. */
const TOKEN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Values of a parameter given as repeats and/or comma-separated lists, trimmed and lower-cased. */
function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v.length > 0 && v.length <= 60);
}

/** `#abc`, `abc`, `#aabbcc` or `aabbcc` → `#aabbcc`; anything else → undefined. */
export function parseAccent(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** A whole number in 1…MAX_LIMIT, else the default. */
export function parseLimit(value: string | null | undefined): number {
  if (!value || !/^\d{1,4}$/.test(value.trim())) return DEFAULT_LIMIT;
  const n = Number(value.trim());
  return n >= 1 && n <= MAX_LIMIT ? n : DEFAULT_LIMIT;
}

/**
 * Reads an embed URL's query. Unknown values are dropped (a misspelt district shows the
 * unfiltered list rather than an empty widget); nothing is ever echoed back as HTML.
 */
export function parseEmbedQuery(params: URLSearchParams, vocabulary: EmbedVocabulary): EmbedOptions {
  const filters = Object.fromEntries(
    FILTER_PARAMS.map((name) => {
      const allowed = vocabulary[name];
      const values = listValues(params, name).filter((v) => allowed.includes(v));
      return [name, [...new Set(values)]];
    }),
  ) as Record<FilterParam, string[]>;
  return {
    filters,
    limit: parseLimit(params.get('limit')),
    accent: parseAccent(params.get('accent')),
    frame: parseFrameId(params.get('frame')),
  };
}

/** What the list filter needs to know about an offer. */
export interface FilterableOffer {
  id: string;
  district: string;
  kind: string;
  status: string;
  segments: readonly string[];
}

/**
 * The offers the list widget shows, in the given (catalog) order. Without a status filter,
 * closed offers are left out: a partner's widget advertises what can still be had.
 */
export function selectOffers<T extends FilterableOffer>(offers: readonly T[], options: Pick<EmbedOptions, 'filters' | 'limit'>): T[] {
  const { district, kind, segment, status } = options.filters;
  return offers
    .filter(
      (o) =>
        (district.length === 0 || district.includes(o.district)) &&
        (kind.length === 0 || kind.includes(o.kind)) &&
        (segment.length === 0 || o.segments.some((s) => segment.includes(s))) &&
        (status.length === 0 ? o.status !== 'closed' : status.includes(o.status)),
    )
    .slice(0, options.limit);
}

/**
 * Whether a query can be answered from the default cards the list page holds (the first DEFAULT_LIMIT open
 * offers): only an unfiltered query for at most that many. Any other needs the index of every offer.
 */
export function needsIndex(options: Pick<EmbedOptions, 'filters' | 'limit'>): boolean {
  return options.limit > DEFAULT_LIMIT || FILTER_PARAMS.some((name) => options.filters[name].length > 0);
}

/** The entries of a fetched index that have the shape of a filterable offer; anything else is left out. */
export function readEmbedIndex(json: unknown): FilterableOffer[] {
  if (!Array.isArray(json)) return [];
  const text = (v: unknown): v is string => typeof v === 'string';
  return json.filter(
    (o): o is FilterableOffer =>
      typeof o === 'object' &&
      o !== null &&
      text(o.id) &&
      text(o.district) &&
      text(o.kind) &&
      text(o.status) &&
      Array.isArray(o.segments) &&
      o.segments.every(text),
  );
}

/** The entries of a fetched choices file that are an offer id with a title; anything else is left out. */
export function readEmbedChoices(json: unknown): Array<{ id: string; title: string }> {
  if (!Array.isArray(json)) return [];
  return json
    .filter((o) => typeof o === 'object' && o !== null && typeof o.id === 'string' && TOKEN.test(o.id) && typeof o.title === 'string')
    .map((o) => ({ id: o.id, title: o.title }));
}

/** What a partner asks for: the list, or one offer's card. */
export type WidgetRequest =
  | { widget: 'list'; lang: Lang; filters: Partial<Record<FilterParam, string[]>>; limit?: number; accent?: string }
  | { widget: 'card'; lang: Lang; offer: string; accent?: string };

/** The language to use: the requested one, else the host page's, else English. */
export function pickEmbedLang(requested: string | null | undefined, hostLang: string | null | undefined): Lang {
  const req = requested?.trim().toLowerCase();
  if (isLang(req)) return req;
  return langOfTag(hostLang) ?? DEFAULT_LANG;
}

/**
 * Reads a placeholder element's `data-tic-*` attributes (through `attr`, so this stays DOM-free).
 * `<div data-tic-offers data-tic-district="karkaraly">` asks for the list;
 * `<div data-tic-offer="karkaraly-kent-camping">` for one card. Values are only checked for
 * shape here; the embed page checks them against the catalog.
 */
export function readWidgetRequest(attr: (name: string) => string | null, hostLang?: string | null): WidgetRequest | undefined {
  const lang = pickEmbedLang(attr('data-tic-lang'), hostLang);
  const accent = parseAccent(attr('data-tic-accent'));
  const offer = attr('data-tic-offer')?.trim().toLowerCase();
  if (offer !== undefined && offer !== '') {
    if (!TOKEN.test(offer) || offer.length > 100) return undefined;
    return { widget: 'card', lang, offer, ...(accent ? { accent } : {}) };
  }
  if (attr('data-tic-offers') === null) return undefined;
  const filters: Partial<Record<FilterParam, string[]>> = {};
  for (const name of FILTER_PARAMS) {
    const raw = attr(`data-tic-${name}`);
    if (raw === null) continue;
    const values = raw
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter((v) => TOKEN.test(v) && v.length <= 60);
    if (values.length) filters[name] = values;
  }
  const limitAttr = attr('data-tic-limit');
  return {
    widget: 'list',
    lang,
    filters,
    ...(limitAttr === null ? {} : { limit: parseLimit(limitAttr) }),
    ...(accent ? { accent } : {}),
  };
}

/** The embed page path and query for a request: `/ru/embed/offers/?district=karkaraly&limit=6`. */
export function widgetUrl(request: WidgetRequest, frame?: string): string {
  const params = new URLSearchParams();
  let path: string;
  if (request.widget === 'card') {
    path = `/${request.lang}/embed/offers/${request.offer}/`;
  } else {
    path = `/${request.lang}/embed/offers/`;
    for (const name of FILTER_PARAMS) {
      const values = request.filters[name];
      if (values?.length) params.set(name, values.join(','));
    }
    if (request.limit !== undefined) params.set('limit', String(request.limit));
  }
  if (request.accent) params.set('accent', request.accent.slice(1));
  if (frame) params.set('frame', frame);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
