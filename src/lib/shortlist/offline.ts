// Client side: asks the offline worker (/sw.js, see offlineWorker.ts) to keep the saved offers' pages.
// The worker is registered only once something is saved, so a visitor who saves nothing never gets one.
import { isLang } from '../../schemas/langs.ts';
import { offlineUrls } from './shortlist.ts';

export const OFFLINE_WORKER_URL = '/sw.js';

/** Tells the worker which pages to keep for `ids` in `lang` (an empty list empties its cache). Never throws. */
export async function keepSavedOffline(lang: string, ids: readonly string[]): Promise<void> {
  if (!('serviceWorker' in navigator) || !isLang(lang)) return;
  try {
    const registration = ids.length
      ? await navigator.serviceWorker.register(OFFLINE_WORKER_URL)
      : await navigator.serviceWorker.getRegistration();
    if (!registration) return;
    const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
    worker?.postMessage({ type: 'sync', urls: ids.length ? offlineUrls(lang, ids) : [] });
  } catch {
    // No worker (blocked, private mode): the shortlist still works online.
  }
}
