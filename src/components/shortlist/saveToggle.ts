// <save-offer data-id>: shows its button and makes it a toggle (aria-pressed) that saves the offer in
// this browser's shortlist or takes it out. All toggles on a page, and in other tabs, stay in step
// (one listener for all of them: a catalog page has a toggle on every card).
import { onShortlistChange, readShortlist, setSaved } from '../../lib/shortlist/store.ts';
import { keepSavedOffline } from '../../lib/shortlist/offline.ts';

const toggles = new Set<SaveOffer>();

class SaveOffer extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const id = this.dataset.id;
    if (!button || !id) return;
    if (!this.#button) {
      button.addEventListener('click', () => {
        const ids = setSaved(id, button.getAttribute('aria-pressed') !== 'true');
        keepSavedOffline(document.documentElement.lang, ids);
      });
    }
    this.#button = button;
    toggles.add(this);
    this.show(readShortlist());
    button.hidden = false;
  }

  disconnectedCallback(): void {
    toggles.delete(this);
  }

  show(ids: readonly string[]): void {
    this.#button?.setAttribute('aria-pressed', String(ids.includes(this.dataset.id ?? '')));
  }
}

onShortlistChange((ids) => {
  for (const toggle of toggles) toggle.show(ids);
});
if (!customElements.get('save-offer')) customElements.define('save-offer', SaveOffer);
