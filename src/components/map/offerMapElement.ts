// <offer-map>: upgrades a map placeholder (a static picture or a note) into a Leaflet map when
// it nears the viewport. Leaflet is imported only then. The data comes from the JSON block inside
// the element. Catalog maps follow the search: they show exactly the ids of 'catalog:results'.
import type { MapData } from '../../lib/map/mapData.ts';
import { CATALOG_RESULTS_EVENT, idsFromEvent } from '../../lib/map/visibleOffers.ts';
import type { MapController } from './leafletMap.ts';

let latestIds: string[] | undefined;
const catalogMaps = new Set<OfferMapElement>();

document.addEventListener(CATALOG_RESULTS_EVENT, (event) => {
  const ids = idsFromEvent(event);
  if (!ids) return;
  latestIds = ids;
  for (const map of catalogMaps) map.showOnly(ids);
});

class OfferMapElement extends HTMLElement {
  #controller: MapController | undefined;
  #observer: IntersectionObserver | undefined;
  #started = false;

  connectedCallback(): void {
    if (this.dataset.mode === 'catalog') catalogMaps.add(this);
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!canvas) return;
    if (!('IntersectionObserver' in window)) {
      void this.#start(canvas);
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#start(canvas);
        }
      },
      { rootMargin: '300px 0px' },
    );
    this.#observer.observe(canvas);
  }

  disconnectedCallback(): void {
    catalogMaps.delete(this);
    this.#observer?.disconnect();
  }

  /** Shows only these offers; called for every 'catalog:results' event. */
  showOnly(ids: readonly string[]): void {
    this.#controller?.setVisible(ids);
  }

  async #start(canvas: HTMLElement): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const json = this.querySelector('script[data-map-data]')?.textContent;
    if (!json) return;
    const data = JSON.parse(json) as MapData;
    this.dataset.state = 'loading';
    try {
      const { renderMap } = await import('./leafletMap.ts');
      const status = this.querySelector<HTMLElement>('[data-map-status]');
      this.#controller = await renderMap(canvas, data, status, data.mode === 'catalog' ? latestIds : undefined);
      this.dataset.state = 'ready';
      performance.mark(`offer-map:ready:${data.mode}`);
      this.dispatchEvent(new CustomEvent('offer-map:ready', { bubbles: true }));
    } catch (error) {
      // The static picture and the list stay; the map is an enhancement.
      this.dataset.state = 'failed';
      console.warn('The interactive map could not start:', error);
    }
  }
}

if (!customElements.get('offer-map')) customElements.define('offer-map', OfferMapElement);
