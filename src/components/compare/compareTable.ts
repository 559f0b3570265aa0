// <offer-compare>: reads `?ids=a,b,c` (at most four), fetches each offer's compare record and adds one
// column per offer to the table's rows; rows where the offers differ are marked. A shared link opens the
// same comparison in any browser: the ids are the whole state.
import { formatMessage } from '../../lib/i18n/plural.ts';
import { parseCompareIds } from '../../lib/shortlist/shortlist.ts';
import { fetchRecords } from '../../lib/shortlist/records.ts';
import { rowDiffers, type CompareRecord } from '../../lib/shortlist/compareRows.ts';
import { isLang } from '../../schemas/langs.ts';
import { fillCell } from '../shortlist/fillCell.ts';

class OfferCompare extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = '1';
    void this.#load();
  }

  #say(text: string): void {
    const p = document.createElement('p');
    p.textContent = text;
    this.querySelector('[data-messages]')?.append(p);
  }

  async #load(): Promise<void> {
    const lang = document.documentElement.lang;
    if (!isLang(lang)) return;
    const { ids, leftOut } = parseCompareIds(new URLSearchParams(location.search).get('ids'));
    // The same comparison in another language: the language links keep the ids.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]'))
      if (link.pathname.endsWith('/compare/')) link.setAttribute('href', link.pathname + location.search);
    const results = await fetchRecords(lang, ids);
    const records = results.flatMap((r) => ('record' in r ? [r.record] : []));
    const missing = results.flatMap((r) => ('missing' in r ? [r.id] : []));
    if (results.some((r) => 'failed' in r)) this.#say(this.dataset.failed ?? '');
    if (missing.length) this.#say(formatMessage(lang, this.dataset.notFound ?? '', { ids: missing.join(', ') }));
    if (leftOut) this.#say(formatMessage(lang, this.dataset.leftOut ?? '', { count: leftOut }));
    if (records.length === 0) return this.#say(this.dataset.none ?? '');
    if (records.length === 1) this.#say(this.dataset.one ?? '');
    this.#fill(records);
  }

  #fill(records: readonly CompareRecord[]): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-column-head]');
    const head = this.querySelector('tr[data-head]');
    if (!template || !head) return;
    for (const record of records) {
      const th = (template.content.firstElementChild as Element).cloneNode(true) as Element;
      th.setAttribute('data-offer-id', record.id);
      const link = th.querySelector<HTMLAnchorElement>('[data-title]');
      if (link) {
        link.href = record.url;
        link.textContent = record.title;
        if (record.titleLang) link.lang = record.titleLang;
      }
      head.append(th);
    }
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
      const key = row.dataset.row ?? '';
      for (const record of records) {
        const td = document.createElement('td');
        fillCell(td, record.cells[key]);
        row.append(td);
      }
      const differs = rowDiffers(records, key);
      row.toggleAttribute('data-differs', differs);
      row.querySelector('.differs')?.toggleAttribute('hidden', !differs);
    }
    for (const th of this.querySelectorAll('[data-group]')) th.setAttribute('colspan', String(records.length + 1));
    this.querySelector('[data-scroll]')?.removeAttribute('hidden');
  }
}
if (!customElements.get('offer-compare')) customElements.define('offer-compare', OfferCompare);
