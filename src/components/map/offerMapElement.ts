// <offer-map>: upgrades a map placeholder into a Leaflet map. An offer's map starts when it nears the
// viewport; catalog and area maps (data-start="on-request") show their build-time overview until the
// reader presses "Open the interactive map" or clicks the picture outside its circles, and only then
// fetch Leaflet and their offers (/maps/points/<lang>.json). The rest of the data comes from the JSON
// block inside the element. Catalog maps follow the search: they show exactly the ids of 'catalog:results'.
import type { MapData } from '../../lib/map/mapData.ts';
import { CATALOG_RESULTS_EVENT, idsFromEvent } from '../../lib/map/visibleOffers.ts';
import type { MapController } from './leafletMap.ts';
import { startMapResources } from './mapResources.ts';

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
    if (this.dataset.start === 'on-request') {
      this.querySelector('[data-open-map]')?.addEventListener('click', () => void this.#open(canvas));
      // A click on the picture itself (not on a circle, which narrows the list) asks for the map too.
      this.querySelector('[data-overview-map]')?.addEventListener('click', (event) => {
        if (!(event.target as Element).closest('a')) void this.#open(canvas);
      });
      return;
    }
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

  /** Swaps the overview for the interactive map and moves focus to it. */
  async #open(canvas: HTMLElement): Promise<void> {
    const overview = this.querySelector<HTMLElement>('[data-overview]');
    if (overview) overview.hidden = true;
    canvas.hidden = false;
    const hint = this.querySelector<HTMLElement>('[data-keyboard-hint]');
    if (hint) hint.hidden = false;
    await this.#start(canvas);
    // Leaflet makes the canvas itself its focusable container.
    canvas.focus();
  }

  async #start(canvas: HTMLElement): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const json = this.querySelector('script[data-map-data]')?.textContent;
    if (!json) return;
    const data = JSON.parse(json) as MapData;
    this.dataset.state = 'loading';
    try {
      const resources = startMapResources(data);
      const { renderMap } = await import('./leafletMap.ts');
      const status = this.querySelector<HTMLElement>('[data-map-status]');
      this.#controller = await renderMap(canvas, data, status, resources, data.mode === 'catalog' ? latestIds : undefined);
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
