// <shortlist-count>: the number of saved offers beside the header's shortlist link; hidden at zero.
import { onShortlistChange, readShortlist } from '../../lib/shortlist/store.ts';

class ShortlistCount extends HTMLElement {
  connectedCallback(): void {
    this.show(readShortlist());
    onShortlistChange((ids) => this.show(ids));
  }

  show(ids: readonly string[]): void {
    this.textContent = String(ids.length);
    this.hidden = ids.length === 0;
  }
}
if (!customElements.get('shortlist-count')) customElements.define('shortlist-count', ShortlistCount);
