// An offer's card from its built fragment (/{lang}/offers/<id>/card.json), for the lists that show offers their
// page's HTML lacks: the catalog's search (the catalog card) and the partners' list widget (its own card).
import { paths } from '../../lib/catalog/paths.ts';
import type { Lang } from '../../schemas/langs.ts';

/** Which card of the fragment: the catalog's (`html`) or the list widget's (`embedHtml`). */
export type CardFragmentKind = 'html' | 'embedHtml';

/**
 * The offer's `<article data-offer-id>` from its fragment, still in the parsed document (adopt what you keep), or
 * undefined when it cannot be had (offline, gone, or not a card). The HTML is our build's, every content string
 * escaped by the components that rendered it, and it is parsed inertly: no script runs in a parsed document.
 */
export async function fetchCardFragment(lang: Lang, id: string, kind: CardFragmentKind): Promise<HTMLElement | undefined> {
  try {
    const response = await fetch(paths.offerCard(lang, id));
    if (!response.ok) return undefined;
    const html = ((await response.json()) as Partial<Record<CardFragmentKind, unknown>>)[kind];
    if (typeof html !== 'string') return undefined;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.querySelector<HTMLElement>(`article[data-offer-id="${CSS.escape(id)}"]`) ?? undefined;
  } catch {
    return undefined;
  }
}
