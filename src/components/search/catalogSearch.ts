// <catalog-search>: upgrades the catalog's GET form and the built list page around it. It filters the
// compact offer file (the whole catalog, not only this page) on the client, asks Pagefind (loaded on
// the first query) which offers match the words, shows the results a page at a time, keeps the whole
// state and the page in the URL, and tells the catalog map every result (`catalog:results` on document).
// A result whose card is not in this page's HTML is fetched from its own small built file
// (/{lang}/offers/<id>/card.json, rendered by OfferCard like every list), so cards look the same wherever
// they come from and a page of results costs at most one small file per card it shows.
import { facetCounts, filterOffers, relaxSuggestions, without, activeConstraints, type Constraint } from '../../lib/search/filter.ts';
import { kazakhQuery } from '../../lib/search/kazakhQuery.ts';
import { formatMessage, type MessageParams } from '../../lib/i18n/plural.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../../schemas/langs.ts';
import { isUnfiltered, parseState, serializeState } from '../../lib/search/urlState.ts';
import { unpackCatalog } from '../../lib/search/compactFile.ts';
import { listOrder } from '../../lib/search/listOrder.ts';
import { LIST_PAGE_SEGMENT, listPagePath, pageCount, pageSlice, pagerNumbers } from '../../lib/catalog/listPages.ts';
import { paths } from '../../lib/catalog/paths.ts';
import { fetchCardFragment } from '../offer/cardFragment.ts';
import type { LIST_FACETS, UTILITY_FACETS, CompactCatalog, CompactCatalogFile, CompactOffer, SearchState } from '../../lib/search/types.ts';

interface Strings {
  all: string;
  some: string;
  empty: string;
  relax: string;
  relaxOption: string;
  query: string;
  loading: string;
  textFallback: string;
  filters: string;
  filtersActive: string;
  constraint: Record<string, string>;
  pager: { previous: string; next: string; page: string; pageOf: string };
  /** Tab titles: the first page's, and a later page's with `{page}`. */
  title: { first: string; later: string };
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options: { filters: Record<string, unknown> }): Promise<{ filters: Record<string, Record<string, number>> }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

export class CatalogSearch extends HTMLElement {
  private data?: CompactCatalog;
  private strings!: Strings;
  private form!: HTMLFormElement;
  private boxField!: HTMLInputElement;
  private list!: HTMLElement;
  private flatList!: HTMLUListElement;
  private items = new Map<string, { li: HTMLLIElement; home: HTMLElement }>();
  private pagefind?: Promise<PagefindApi>;
  private textFallback = false;
  private renderSeq = 0;
  private typingEntry = false;
  private typingTimer?: number;
  /** Every result, in list order (not only this page's): the map shows them all, and can read this if it starts after the first event. */
  resultIds: string[] = [];
  /** The list is still the built page as it came: nothing chosen, no other page asked for. */
  private pristine = true;
  private pageSize = 12;
  /** The catalog's own address (/{lang}/offers/); pages and choices are made on it. */
  private listBase = '/';
  /** The page the built HTML holds. */
  private builtPage = 1;
  /** Cards being fetched or fetched, by offer id. */
  private cardLoads = new Map<string, Promise<void>>();

  /** A message of the page's language with its counts in the right plural form, as the server writes it. */
  private fill(template: string, params: MessageParams): string {
    return formatMessage(this.pageLang, template, params);
  }

  private get pageLang(): Lang {
    return isLang(this.dataset.lang) ? this.dataset.lang : DEFAULT_LANG;
  }

  async connectedCallback() {
    this.strings = JSON.parse(this.querySelector('script[data-strings]')!.textContent!) as Strings;
    this.form = this.querySelector('form')!;
    this.boxField = this.querySelector<HTMLInputElement>('[data-box-field]')!;
    this.list = this.querySelector('#offer-list')!;
    this.pageSize = Number(this.list.dataset.pageSize) || this.pageSize;
    this.builtPage = Number(this.list.dataset.page) || 1;
    this.listBase = this.list.dataset.listBase ?? new URL(this.form.action).pathname;
    // The list takes focus when another page of it is shown, so keyboard and screen reader users start at its top.
    this.list.tabIndex = -1;
    this.querySelector<HTMLElement>('[data-pager]')?.addEventListener('click', (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
      if (!link || !this.data || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      history.pushState(null, '', link.href);
      this.fromUrl(true);
    });
    for (const article of this.list.querySelectorAll<HTMLElement>('article[data-offer-id]')) {
      const li = article.closest('li')!;
      this.items.set(article.dataset.offerId!, { li, home: li.parentElement! });
    }
    this.flatList = document.createElement('ul');
    this.flatList.className = 'flat-list';
    this.flatList.setAttribute('role', 'list');
    this.flatList.hidden = true;
    this.list.append(this.flatList);

    const details = this.querySelector<HTMLDetailsElement>('details[data-filters]')!;
    const wide = matchMedia('(min-width: 60rem)');
    const syncOpen = () => {
      if (wide.matches) details.open = true;
    };
    syncOpen();
    wide.addEventListener('change', syncOpen);

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typingTimer);
      this.commit('push');
    });
    this.form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.type !== 'text' && target.type !== 'search') return;
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => this.commit('typing'), 300);
    });
    // The sort <select> lives outside the <form> element (form= attribute), so listen on the component.
    this.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.type === 'text' || target.type === 'search') return;
      this.commit('push');
    });
    this.querySelector('[data-reset]')!.addEventListener('click', (event) => {
      event.preventDefault();
      this.writeForm(parseState(''));
      this.commit('push');
    });
    this.querySelector('[data-relax-list]')!.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-constraint]');
      if (!button) return;
      const next = without(this.readForm(), JSON.parse(button.dataset.constraint!) as Constraint);
      this.writeForm(next);
      this.commit('push');
      (this.querySelector<HTMLInputElement>('#catalog-q') ?? this.form).focus();
    });
    window.addEventListener('popstate', () => this.fromUrl());
    // A circle of the overview map narrows the list to its place, keeping every other choice.
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<SVGAElement | HTMLAnchorElement>('a[data-map-box]');
      if (!link || !this.data || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      this.boxField.value = link.getAttribute('data-map-box')!;
      this.commit('push');
      this.list.scrollIntoView({ block: 'start' });
    });
    this.querySelector('[data-box-clear]')!.addEventListener('click', () => {
      this.boxField.value = '';
      this.commit('push');
    });

    const response = await fetch(this.dataset.src!);
    this.data = unpackCatalog((await response.json()) as CompactCatalogFile);
    this.fromUrl();
  }

  /** The state the form shows right now. */
  private readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) if (typeof value === 'string') params.append(key, value);
    return parseState(params, this.data?.options);
  }

  private writeForm(state: SearchState) {
    const field = (name: string) => this.form.elements.namedItem(name);
    (field('q') as HTMLInputElement).value = state.q;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const name = input.name;
      input.checked =
        name === 'foreign'
          ? state.foreign
          : name === 'util'
            ? state.util.includes(input.value as never)
            : (state.facets[name as keyof SearchState['facets']] ?? []).includes(input.value);
    }
    for (const [key, range] of Object.entries(state.ranges)) {
      (field(`${key}_min`) as HTMLInputElement).value = range.min?.toString() ?? '';
      (field(`${key}_max`) as HTMLInputElement).value = range.max?.toString() ?? '';
    }
    (this.querySelector('select[name=sort]') as HTMLSelectElement).value = state.sort;
    this.boxField.value = state.box ? [state.box.west, state.box.south, state.box.east, state.box.north].join(',') : '';
  }

  /** The page the address asks for: `page=n` in the query, else `…/page/n/` (a built page), else the first. */
  private urlPage(): number {
    const raw =
      new URLSearchParams(location.search).get('page') ?? new RegExp(`/${LIST_PAGE_SEGMENT}/(\\d+)/$`).exec(location.pathname)?.[1];
    return raw && /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  }

  /** Shows what the address asks for; `toList` then takes the reader to the top of the list (another page of it). */
  private fromUrl(toList = false) {
    const state = parseState(location.search, this.data?.options);
    this.writeForm(state);
    this.typingEntry = false;
    void this.render(state, this.urlPage()).then((shown) => {
      if (!shown || !toList) return;
      this.list.focus({ preventScroll: true });
      this.list.scrollIntoView({ block: 'start' });
    });
  }

  /** Puts the form's state in the URL and renders it. Typing replaces the entry it started, so Back skips keystrokes. */
  private commit(mode: 'push' | 'typing') {
    const state = this.readForm();
    // Any new choice starts again at the first page of its results, on the catalog's own address.
    const url = `${this.listBase}${serializeState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (mode === 'typing' && this.typingEntry) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.typingEntry = mode === 'typing';
    void this.render(state);
  }

  private loadPagefind(): Promise<PagefindApi> {
    this.pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: PagefindApi) => {
      // No web worker: one request and ~12 KB less, and a catalog search is too small to block the page.
      await pf.options({ noWorker: true });
      return pf;
    });
    return this.pagefind;
  }

  /** Ids of offers whose text matches the query: Pagefind, or the cards' own text if Pagefind cannot load. */
  private async textMatches(q: string): Promise<Set<string>> {
    const lang = this.dataset.lang;
    if (!this.textFallback) {
      try {
        const pf = await this.loadPagefind();
        // Naming the `offer` filter (with a value no id can have) loads only that filter index; its
        // counts then say which offers match, without fetching a single result fragment.
        const result = await pf.search(lang === 'kk' ? kazakhQuery(q) : q, { filters: { offer: { none: ['-'] } } });
        return new Set(
          Object.entries(result.filters.offer ?? {})
            .filter(([, n]) => n > 0)
            .map(([id]) => id),
        );
      } catch {
        this.textFallback = true;
      }
    }
    const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const ids = new Set<string>();
    for (const [id, { li }] of this.items) {
      const text = li.textContent!.toLocaleLowerCase();
      if (words.every((w) => text.includes(w))) ids.add(id);
    }
    return ids;
  }

  /** Renders `state` at `requestedPage`; resolves true once shown, false when a later render took over. */
  private async render(state: SearchState, requestedPage = 1): Promise<boolean> {
    const data = this.data;
    if (!data) return false;
    const seq = ++this.renderSeq;
    const countText = this.querySelector<HTMLElement>('[data-count-text]')!;
    this.setAttribute('aria-busy', 'true');
    if (state.q && !this.pagefind) countText.textContent = this.strings.loading;
    const textIds = state.q ? await this.textMatches(state.q) : null;
    if (seq !== this.renderSeq) return false;

    const grouped = state.sort === 'newest';
    const results = listOrder(filterOffers(data.offers, state, textIds), state.sort, data.options.district);
    const ids = results.map((o) => o.id);
    const pages = pageCount(ids.length, this.pageSize);
    const page = Math.min(requestedPage, pages);
    // The built page already shows exactly this: keep its HTML (and its pager's plain links) as they are.
    const asBuilt = this.pristine && grouped && isUnfiltered(state) && page === this.builtPage;
    if (!asBuilt) {
      this.pristine = false;
      const pageIds = pageSlice(ids, page, this.pageSize);
      await this.loadCards(pageIds);
      if (seq !== this.renderSeq) return false;
      this.showCards(pageIds, grouped, results);
      this.showPager(state, page, pages);
    }
    this.removeAttribute('aria-busy');
    this.showCounts(state, textIds);

    const total = data.offers.length;
    const unfiltered = isUnfiltered(state);
    countText.textContent =
      (unfiltered ? this.fill(this.strings.all, { count: total }) : this.fill(this.strings.some, { count: results.length, total })) +
      (state.q && this.textFallback ? ` ${this.strings.textFallback}` : '');
    this.showRelax(state, textIds, results.length === 0);
    this.querySelector<HTMLElement>('[data-box-note]')!.hidden = !state.box;
    this.dataset.resultCount = String(results.length);

    this.dataset.page = String(page);
    document.title = page === 1 ? this.strings.title.first : this.fill(this.strings.title.later, { page });
    this.resultIds = ids;
    document.dispatchEvent(new CustomEvent('catalog:results', { detail: { ids: this.resultIds } }));
    return true;
  }

  /** Makes sure the cards of `ids` are on the page (hidden until shown), fetching those it lacks. */
  private async loadCards(ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids
        .filter((id) => !this.items.has(id))
        .map((id) => {
          let loading = this.cardLoads.get(id);
          if (!loading) {
            loading = this.fetchCard(id);
            this.cardLoads.set(id, loading);
          }
          return loading;
        }),
    );
  }

  private async fetchCard(id: string): Promise<void> {
    const district = this.data?.offers.find((o) => o.id === id)?.district;
    const home = this.list.querySelector<HTMLElement>(`[data-district-group="${CSS.escape(district ?? '')}"] ul`) ?? this.flatList;
    // Only the card's list item is kept; a card that cannot be had gets the fallback below, and the next render tries again.
    let li = (await fetchCardFragment(this.pageLang, id, 'html'))?.closest('li') ?? null;
    if (!li) {
      this.cardLoads.delete(id);
      li = this.missingCard(id);
    } else li = document.adoptNode(li);
    if (this.items.has(id)) return;
    li.hidden = true;
    home.append(li);
    this.items.set(id, { li, home });
  }

  /** What stands in for a card that could not be fetched: a plain link to the offer, so no result is silently left out. */
  private missingCard(id: string): HTMLLIElement {
    const li = document.createElement('li');
    const article = document.createElement('article');
    article.dataset.offerId = id;
    article.dataset.cardMissing = '';
    const link = document.createElement('a');
    link.href = paths.offer(this.pageLang, id);
    link.textContent = id;
    article.append(link);
    li.append(article);
    return li;
  }

  /** Rebuilds the pager for the list now shown: its links keep the choices and add `page=n`. */
  private showPager(state: SearchState, page: number, count: number): void {
    const nav = this.querySelector<HTMLElement>('[data-pager]');
    if (!nav) return;
    const { pager } = this.strings;
    const query = serializeState(state);
    // The unfiltered list in its own order has built pages: link to those, as without JavaScript.
    const builtPages = isUnfiltered(state) && state.sort === 'newest';
    const href = (n: number) =>
      builtPages ? listPagePath(this.listBase, n) : `${this.listBase}${query}${n > 1 ? `${query ? '&' : '?'}page=${n}` : ''}`;
    const link = (n: number, text: string, attributes: Record<string, string> = {}) => {
      const a = document.createElement('a');
      a.href = href(n);
      a.dataset.page = String(n);
      a.textContent = text;
      for (const [name, value] of Object.entries(attributes)) a.setAttribute(name, value);
      return a;
    };
    const off = (text: string) => Object.assign(document.createElement('span'), { className: 'off', textContent: text });
    const item = (child: Node | string, gap = false) => {
      const li = document.createElement('li');
      li.append(child);
      if (gap) {
        li.className = 'gap';
        li.setAttribute('aria-hidden', 'true');
      }
      return li;
    };
    const items = [item(page > 1 ? link(page - 1, pager.previous, { rel: 'prev' }) : off(pager.previous))];
    for (const n of pagerNumbers(page, count))
      items.push(
        n === null
          ? item('…', true)
          : item(link(n, String(n), { 'aria-label': this.fill(pager.page, { page: n }), ...(n === page && { 'aria-current': 'page' }) })),
      );
    items.push(item(page < count ? link(page + 1, pager.next, { rel: 'next' }) : off(pager.next)));
    nav.querySelector('ul')!.replaceChildren(...items);
    nav.querySelector('[data-pager-where]')!.textContent = this.fill(pager.pageOf, { page, count });
    nav.hidden = count <= 1;
  }

  /**
   * Shows exactly `ids` (one page of `results`): in that order in one flat list, or, when sorted by date,
   * in that order within their area groups, each group headed by its number of results on every page.
   */
  private showCards(ids: string[], grouped: boolean, results: readonly CompactOffer[]): void {
    const shown = new Set(ids);
    for (const [id, { li, home }] of this.items) {
      li.hidden = !shown.has(id);
      if (li.hidden || grouped) home.append(li);
    }
    for (const id of ids) {
      const { li, home } = this.items.get(id)!;
      (grouped ? home : this.flatList).append(li);
    }
    this.flatList.hidden = grouped;
    for (const group of this.list.querySelectorAll<HTMLElement>('[data-district-group]')) {
      const visible = group.querySelectorAll('li:not([hidden])').length;
      group.hidden = !grouped || visible === 0;
      const count = group.querySelector('.count');
      if (count) count.textContent = `(${results.filter((o) => o.district === group.dataset.districtGroup).length})`;
    }
  }

  private showCounts(state: SearchState, textIds: ReadonlySet<string> | null) {
    const counts = facetCounts(this.data!.offers, state, textIds, this.data!.options);
    for (const el of this.querySelectorAll<HTMLElement>('[data-option-count]')) {
      const [group, value] = el.dataset.optionCount!.split(':') as [string, string | undefined];
      const n =
        group === 'foreign'
          ? counts.foreign
          : group === 'util'
            ? counts.util[value as (typeof UTILITY_FACETS)[number]]
            : (counts.facets[group as (typeof LIST_FACETS)[number]][value!] ?? 0);
      el.textContent = String(n);
      el.closest('.option')?.classList.toggle('none', n === 0);
    }
    const active = activeConstraints(state).filter((c) => c.type !== 'q').length;
    this.querySelector('[data-filters-summary]')!.textContent = active
      ? this.fill(this.strings.filtersActive, { count: active })
      : this.strings.filters;
  }

  private constraintLabel(c: Constraint, state: SearchState): string {
    const s = this.strings.constraint;
    if (c.type === 'q') return this.fill(this.strings.query, { q: state.q });
    if (c.type === 'facet') return s[c.facet]!;
    if (c.type === 'util') return s[`util.${c.util}`]!;
    if (c.type === 'range') return s[c.range]!;
    if (c.type === 'box') return s.box!;
    return s.foreign!;
  }

  private showRelax(state: SearchState, textIds: ReadonlySet<string> | null, empty: boolean) {
    const box = this.querySelector<HTMLElement>('[data-relax]')!;
    const list = box.querySelector('[data-relax-list]')!;
    list.replaceChildren();
    box.hidden = !empty;
    if (!empty) return;
    for (const { constraint, count } of relaxSuggestions(this.data!.offers, state, textIds)) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.constraint = JSON.stringify(constraint);
      button.textContent = this.fill(this.strings.relaxOption, { filter: this.constraintLabel(constraint, state), count });
      li.append(button);
      list.append(li);
    }
  }
}

customElements.define('catalog-search', CatalogSearch);
