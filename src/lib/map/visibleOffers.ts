/** The detail of the 'catalog:results' event the search dispatches on `document`. */
export interface CatalogResultsDetail {
  ids: string[];
}

export const CATALOG_RESULTS_EVENT = 'catalog:results';

/** The ids in a 'catalog:results' event, or undefined when the event is malformed. */
export function idsFromEvent(event: Event): string[] | undefined {
  const detail = (event as CustomEvent<unknown>).detail as Partial<CatalogResultsDetail> | null | undefined;
  if (!detail || !Array.isArray(detail.ids)) return undefined;
  return detail.ids.filter((id): id is string => typeof id === 'string');
}

/** The offers a 'catalog:results' event leaves visible: those ids, in map order; all offers before any event. */
export function visibleOffers<T extends { id: string }>(offers: readonly T[], ids: readonly string[] | undefined): T[] {
  if (!ids) return [...offers];
  const wanted = new Set(ids);
  return offers.filter((o) => wanted.has(o.id));
}
