// Client side: the shortlist in this browser's localStorage. Every change is announced on `window`
// (`shortlist:change`), and changes made in another tab arrive through the `storage` event, so every
// Save button and the header count stay in step. Nothing here talks to the network.
import { parseShortlist, SHORTLIST_KEY, withSaved } from './shortlist.ts';

export const SHORTLIST_CHANGE = 'shortlist:change';

/** The saved ids; empty when storage is unavailable (private mode, blocked). */
export function readShortlist(): string[] {
  try {
    return parseShortlist(localStorage.getItem(SHORTLIST_KEY));
  } catch {
    return [];
  }
}

/** Saves or unsaves one offer; returns the new list (unchanged when storage refuses). */
export function setSaved(id: string, saved: boolean): string[] {
  const next = withSaved(readShortlist(), id, saved);
  try {
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify(next));
  } catch {
    return readShortlist();
  }
  window.dispatchEvent(new CustomEvent(SHORTLIST_CHANGE));
  return next;
}

/** Calls `listener` with the saved ids whenever they change, here or in another tab. */
export function onShortlistChange(listener: (ids: string[]) => void): void {
  window.addEventListener(SHORTLIST_CHANGE, () => listener(readShortlist()));
  window.addEventListener('storage', (event) => {
    if (event.key === SHORTLIST_KEY || event.key === null) listener(readShortlist());
  });
}
