// <share-button>: upgrades the plain link to the page with a Share button. The device's share sheet
// when the browser has one (phones); otherwise the link goes to the clipboard. Either way the reader
// is told what happened in the element's live region (role=status), so the result is seen and heard.
type ShareData = { title: string; url: string };

/** What the click did: shared through the sheet, copied, cancelled by the reader, or nothing worked. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Shares with the Web Share API when present, else copies the link; never throws. */
export async function shareOrCopy(data: ShareData, nav: Navigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the sheet: do nothing. Any other failure (no permission): copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

class ShareButton extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'action-button';
    button.textContent = this.dataset.label ?? 'Share';
    button.addEventListener('click', () => void this.share());
    this.prepend(button);
  }

  private async share(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const data = { title: this.dataset.title ?? document.title, url: this.dataset.url ?? location.href };
    const outcome = await shareOrCopy(data);
    if (!status) return;
    // Emptied first so that a second copy is announced again.
    status.textContent = '';
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (outcome === 'copied') status.textContent = this.dataset.copied ?? '';
    else if (outcome === 'failed') status.textContent = this.dataset.failed ?? data.url;
  }
}
if (!customElements.get('share-button')) customElements.define('share-button', ShareButton);
