// Runs inside every embed page: applies the partner's accent colour and tells the
// host page (through the loader) how tall the content is, whenever that changes.
import { accentUsage } from '../../lib/embed/colour.ts';
import { heightMessage } from '../../lib/embed/protocol.ts';
import type { EmbedOptions } from '../../lib/embed/query.ts';

/** Sets the accent through CSS custom properties (CSSOM, never markup). */
export function applyAccent(accent: EmbedOptions['accent']): void {
  if (!accent) return;
  const { stripe, text } = accentUsage(accent);
  const style = document.documentElement.style;
  style.setProperty('--embed-accent', stripe);
  if (text) style.setProperty('--embed-link', text);
}

/** Posts the content height to the parent each time it changes. Only when a loader gave a frame id. */
export function reportHeight(frame: EmbedOptions['frame']): void {
  if (!frame || window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The message carries only a height, so any parent may read it; the loader checks its origin.
    window.parent.postMessage(heightMessage(frame, height), '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}

/** Thumbnails that fail to load give way to a plain placeholder instead of a broken-image icon. */
export function guardThumbnails(): void {
  for (const img of document.querySelectorAll<HTMLImageElement>('img[data-thumbnail]')) {
    const fail = () => img.closest('[data-thumb]')?.setAttribute('data-missing', '');
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) fail();
    else img.addEventListener('error', fail, { once: true });
  }
}
