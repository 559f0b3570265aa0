// <offer-shortlist>: lists the offers saved in this browser with their key facts (from each offer's
// compare record), and offers the compare link (also to copy and share) and a CSV download.
import { formatMessage } from '../../lib/i18n/plural.ts';
import { onShortlistChange, readShortlist } from '../../lib/shortlist/store.ts';
import { compareChoice, compareHref, COMPARE_MAX, withTicked } from '../../lib/shortlist/shortlist.ts';
import { fetchRecords, type RecordResult } from '../../lib/shortlist/records.ts';
import { shortlistCsv } from '../../lib/shortlist/shortlistCsv.ts';
import { keepSavedOffline } from '../../lib/shortlist/offline.ts';
import type { CompareRecord } from '../../lib/shortlist/compareRows.ts';
import { fillCell } from './fillCell.ts';
import { isLang, type Lang } from '../../schemas/langs.ts';

class OfferShortlist extends HTMLElement {
  #lang: Lang = 'en';
  #results = new Map<string, RecordResult>();
  /** The offers the visitor ticked for the comparison; undefined until they tick or untick one (then the first four). */
  #ticked: Set<string> | undefined;

  connectedCallback(): void {
    const lang = document.documentElement.lang;
    if (!isLang(lang) || this.dataset.ready) return;
    this.dataset.ready = '1';
    this.#lang = lang;
    this.querySelector('[data-csv]')?.addEventListener('click', () => this.#download());
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
    this.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || !box.matches('[data-pick]')) return;
      const id = box.closest('[data-id]')?.getAttribute('data-id');
      if (!id) return;
      this.#ticked = withTicked(compareChoice(readShortlist(), this.#ticked), id, box.checked);
      this.#showChoice(readShortlist());
    });
    onShortlistChange(() => void this.#render());
    void this.#render();
    // Opening the shortlist refreshes what the offline worker keeps (e.g. after switching language).
    const ids = readShortlist();
    if (ids.length) void keepSavedOffline(lang, ids);
  }

  async #render(): Promise<void> {
    const ids = readShortlist();
    const wanted = ids.filter((id) => !this.#results.has(id));
    for (const result of await fetchRecords(this.#lang, wanted)) if (!('failed' in result)) this.#results.set(result.id, result);
    const $ = <T extends Element>(s: string) => this.querySelector<T>(s);
    const status = $('[data-status]');
    if (status) status.textContent = ids.length ? formatMessage(this.#lang, this.dataset.count ?? '', { count: ids.length }) : '';
    $('[data-empty]')?.toggleAttribute('hidden', ids.length > 0);
    $('[data-actions]')?.toggleAttribute('hidden', ids.length === 0);
    $('[data-limit]')?.toggleAttribute('hidden', ids.length <= COMPARE_MAX);
    const list = $('[data-list]');
    const template = $<HTMLTemplateElement>('template[data-item]');
    if (!list || !template) return;
    list.replaceChildren(...ids.map((id) => this.#item(template, id, this.#results.get(id))));
    this.#showChoice(ids);
  }

  /** Points the compare and share links at the chosen offers and ticks their boxes; the list itself stays, so focus does too. */
  #showChoice(ids: readonly string[]): void {
    const chosen = compareChoice(ids, this.#ticked);
    const href = compareHref(this.#lang, chosen);
    const compare = this.querySelector<HTMLAnchorElement>('[data-compare]');
    if (compare) compare.href = href;
    const share = this.querySelector<HTMLAnchorElement>('[data-share-link]');
    if (share) {
      share.href = href;
      share.textContent = new URL(href, location.href).href;
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-pick]')) {
      const id = box.closest('[data-id]')?.getAttribute('data-id') ?? '';
      box.checked = chosen.includes(id);
      // A fifth offer cannot be ticked: untick one first (the note above the list says so).
      box.disabled = !box.checked && chosen.length >= COMPARE_MAX;
    }
  }

  #item(template: HTMLTemplateElement, id: string, result: RecordResult | undefined): Element {
    const item = (template.content.firstElementChild as Element).cloneNode(true) as Element;
    item.setAttribute('data-id', id);
    const record = result && 'record' in result ? result.record : undefined;
    const title = item.querySelector<HTMLAnchorElement>('[data-title]');
    if (title) {
      title.textContent = record?.title ?? id;
      title.href = record?.url ?? `/${this.#lang}/offers/${id}/`;
      if (record?.titleLang) title.lang = record.titleLang;
    }
    for (const target of item.querySelectorAll<HTMLElement>('[data-cell]')) fillCell(target, record?.cells[target.dataset.cell ?? '']);
    if (!record) item.querySelector('.facts')?.remove();
    item.querySelector('[data-missing]')?.toggleAttribute('hidden', !(result && 'missing' in result));
    const toggle = item.querySelector<HTMLElement>('save-offer');
    // The Save button and the compare checkbox each name the offer, so a screen reader hears which one it acts on.
    const offerName = () => {
      const name = document.createElement('span');
      name.className = 'visually-hidden';
      name.textContent = `: ${record?.title ?? id}`;
      if (record?.titleLang) name.lang = record.titleLang;
      return name;
    };
    if (toggle) {
      toggle.dataset.id = id;
      toggle.querySelector('button')?.append(offerName());
    }
    item.querySelector('[data-pick-label]')?.append(offerName());
    return item;
  }

  #records(): CompareRecord[] {
    return readShortlist().flatMap((id) => {
      const r = this.#results.get(id);
      return r && 'record' in r ? [r.record] : [];
    });
  }

  #download(): void {
    const csv = shortlistCsv(this.dataset.csvHeader ?? '', this.#records());
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'shortlist.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async #copy(): Promise<void> {
    const status = this.querySelector('[data-copy-status]');
    const link = this.querySelector<HTMLAnchorElement>('[data-share-link]');
    if (!status || !link) return;
    try {
      await navigator.clipboard.writeText(link.href);
      status.textContent = this.dataset.copied ?? '';
    } catch {
      status.textContent = this.dataset.copyFailed ?? '';
    }
  }
}
if (!customElements.get('offer-shortlist')) customElements.define('offer-shortlist', OfferShortlist);
