// <catalog-search>: upgrades the catalog's GET form and server-rendered list. It filters the
// compact offer file on the client, asks Pagefind (loaded on the first query) which offers
// match the words, shows/hides/reorders the existing cards, keeps the whole state in the URL,
// and tells the catalog map which offers are shown (`catalog:results` on document).
import {
  facetCounts,
  filterOffers,
  relaxSuggestions,
  sortOffers,
  without,
  activeConstraints,
  type Constraint,
} from '../../lib/search/filter.ts';
import { kazakhQuery } from '../../lib/search/kazakhQuery.ts';
import { formatMessage, type MessageParams } from '../../lib/i18n/plural.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../../schemas/langs.ts';
import { isUnfiltered, parseState, serializeState } from '../../lib/search/urlState.ts';
import { unpackCatalog } from '../../lib/search/compactFile.ts';
import type { LIST_FACETS, UTILITY_FACETS, CompactCatalog, CompactCatalogFile, SearchState } from '../../lib/search/types.ts';

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
  /** Ids currently shown, in order: the map can read this if it starts after the first event. */
  resultIds: string[] = [];

  /** A message of the page's language with its counts in the right plural form, as the server writes it. */
  private fill(template: string, params: MessageParams): string {
    const lang: Lang = isLang(this.dataset.lang) ? this.dataset.lang : DEFAULT_LANG;
    return formatMessage(lang, template, params);
  }

  async connectedCallback() {
    this.strings = JSON.parse(this.querySelector('script[data-strings]')!.textContent!) as Strings;
    this.form = this.querySelector('form')!;
    this.boxField = this.querySelector<HTMLInputElement>('[data-box-field]')!;
    this.list = this.querySelector('#offer-list')!;
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

  private fromUrl() {
    const state = parseState(location.search, this.data?.options);
    this.writeForm(state);
    this.typingEntry = false;
    void this.render(state);
  }

  /** Puts the form's state in the URL and renders it. Typing replaces the entry it started, so Back skips keystrokes. */
  private commit(mode: 'push' | 'typing') {
    const state = this.readForm();
    const url = `${location.pathname}${serializeState(state)}${location.hash}`;
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

  private async render(state: SearchState) {
    const data = this.data;
    if (!data) return;
    const seq = ++this.renderSeq;
    const countText = this.querySelector<HTMLElement>('[data-count-text]')!;
    this.setAttribute('aria-busy', 'true');
    if (state.q && !this.pagefind) countText.textContent = this.strings.loading;
    const textIds = state.q ? await this.textMatches(state.q) : null;
    if (seq !== this.renderSeq) return;
    this.removeAttribute('aria-busy');

    const results = sortOffers(filterOffers(data.offers, state, textIds), state.sort);
    const shownIds = this.showCards(
      results.map((o) => o.id),
      state.sort === 'newest',
    );
    this.showCounts(state, textIds);

    const total = data.offers.length;
    const unfiltered = isUnfiltered(state);
    countText.textContent =
      (unfiltered ? this.fill(this.strings.all, { count: total }) : this.fill(this.strings.some, { count: results.length, total })) +
      (state.q && this.textFallback ? ` ${this.strings.textFallback}` : '');
    this.showRelax(state, textIds, results.length === 0);
    this.querySelector<HTMLElement>('[data-box-note]')!.hidden = !state.box;
    this.dataset.resultCount = String(results.length);

    this.resultIds = shownIds;
    document.dispatchEvent(new CustomEvent('catalog:results', { detail: { ids: this.resultIds } }));
  }

  /**
   * Shows exactly `ids`: in that order in one flat list, or, when sorted by date, in that order
   * within their area groups. Returns the ids in the order they now appear on the page.
   */
  private showCards(ids: string[], grouped: boolean): string[] {
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
      if (count) count.textContent = `(${visible})`;
    }
    if (!grouped) return ids;
    return [...this.list.querySelectorAll<HTMLElement>('[data-district-group] li:not([hidden]) article[data-offer-id]')].map(
      (a) => a.dataset.offerId!,
    );
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
