// <embed-offer-list>: the partners' list widget. The page holds the default cards (the newest open offers);
// for any other query the element reads the index of every offer (/embed/offers.json), picks the offers
// the query asks for, and fetches the cards it lacks from their fragments (/{lang}/offers/<id>/card.json),
// so the widget's first view stays the same size however large the catalog grows.
import { embedPaths } from '../../lib/embed/paths.ts';
import {
  FILTER_PARAMS,
  needsIndex,
  parseEmbedQuery,
  readEmbedIndex,
  selectOffers,
  type EmbedVocabulary,
  type FilterableOffer,
} from '../../lib/embed/query.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../../schemas/langs.ts';
import { fetchCardFragment } from '../offer/cardFragment.ts';
import { applyAccent, guardThumbnails, reportHeight } from './embedFrame.ts';

/** A card as the page already shows it, or undefined when it is not there. */
function recordOf(li: HTMLLIElement): FilterableOffer | undefined {
  const card = li.querySelector<HTMLElement>('[data-offer-id]');
  if (!card?.dataset.offerId) return undefined;
  const { offerId: id, district = '', kind = '', status = '', segments = '' } = card.dataset;
  return { id, district, kind, status, segments: segments.split(' ').filter(Boolean) };
}

export class EmbedOfferList extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const vocabulary = Object.fromEntries(
      FILTER_PARAMS.map((name) => [
        name,
        (this.dataset[`vocab${name[0]!.toUpperCase()}${name.slice(1)}`] ?? '').split(' ').filter(Boolean),
      ]),
    ) as unknown as EmbedVocabulary;
    const options = parseEmbedQuery(new URLSearchParams(location.search), vocabulary);
    applyAccent(options.accent);
    const list = this.querySelector<HTMLUListElement>('ul.cards')!;
    const present = new Map<string, HTMLLIElement>();
    const presentRecords: FilterableOffer[] = [];
    for (const li of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
      const record = recordOf(li);
      if (!record) continue;
      present.set(record.id, li);
      presentRecords.push(record);
    }

    // Without the index the widget cannot tell which offers the query means: it shows none and says so,
    // rather than a wrong selection.
    const index = needsIndex(options) ? await this.fetchIndex() : presentRecords;
    const wanted = index ? selectOffers(index, options) : [];
    const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LANG;
    const items = await Promise.all(wanted.map(({ id }) => present.get(id) ?? this.fetchCard(lang, id)));
    const shown = items.filter((li): li is HTMLLIElement => li !== undefined);
    // A card that could not be fetched is not dropped silently: the widget says some are missing.
    const failed = index === undefined || shown.length < wanted.length;
    for (const li of shown) li.hidden = false;
    list.replaceChildren(...shown);

    this.querySelector<HTMLElement>('[data-embed-empty]')!.hidden = shown.length > 0 || failed;
    this.querySelector<HTMLElement>('[data-embed-failed]')!.hidden = !failed;
    guardThumbnails();
    this.dataset.shown = String(shown.length);
    reportHeight(options.frame);
  }

  private async fetchIndex(): Promise<FilterableOffer[] | undefined> {
    try {
      const response = await fetch(embedPaths.index);
      if (response.ok) return readEmbedIndex(await response.json());
    } catch {
      // Offline or blocked: the widget says the offers could not be loaded.
    }
    return undefined;
  }

  /** The offer's list card, from its fragment. */
  private async fetchCard(lang: Lang, id: string): Promise<HTMLLIElement | undefined> {
    const card = await fetchCardFragment(lang, id, 'embedHtml');
    if (!card) return undefined;
    const li = document.createElement('li');
    li.dataset.offerItem = id;
    li.append(document.adoptNode(card));
    return li;
  }
}
