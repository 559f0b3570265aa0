// The script partners add with one tag: <script src="https://…/embed.js" async></script>.
// Built into /embed.js as a small classic script (an IIFE) by src/pages/embed.js.ts.
// It owns one global (window.TicEmbed), one message listener, and the iframes it puts
// inside the partner's placeholder elements (in a shadow root, so host CSS cannot reach them).
import type { FrameTitles } from './frameTitles.ts';
import { parseHeightMessage } from './protocol.ts';
import { readWidgetRequest, widgetUrl } from './query.ts';
import { WIDGET_SANDBOX } from './sandbox.ts';

interface TicEmbedApi {
  /** Loader version. */
  version: 1;
  /** Mounts placeholders added after the page loaded (e.g. by a single-page app). */
  scan: () => void;
}

declare global {
  interface Window {
    TicEmbed?: TicEmbedApi;
  }
}

/** The iframes' titles from the translations, written in by src/pages/embed.js.ts when it bundles this script. */
declare const __TIC_FRAME_TITLES__: FrameTitles;

const PLACEHOLDERS = '[data-tic-offers], [data-tic-offer]';
const INITIAL_HEIGHT = 420;

function start(): void {
  if (window.TicEmbed) {
    window.TicEmbed.scan();
    return;
  }
  const src =
    (document.currentScript as HTMLScriptElement | null)?.src ??
    Array.from(document.scripts).find((s) => /\/embed\.js(?:$|\?)/.test(s.src))?.src;
  if (!src) return;
  const origin = new URL(src).origin;
  const frames = new Map<string, HTMLIFrameElement>();
  const mounted = new WeakSet<Element>();
  const prefix = `tic-${Math.random().toString(36).slice(2, 8)}`;
  let count = 0;

  // Inline !important beats any host rule, even `iframe { display: none !important }`.
  const force = (el: HTMLElement, styles: Record<string, string>) => {
    for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
  };

  function mount(placeholder: HTMLElement): void {
    if (mounted.has(placeholder)) return;
    const request = readWidgetRequest((name) => placeholder.getAttribute(name), document.documentElement.lang);
    if (!request) return;
    mounted.add(placeholder);
    const id = `${prefix}-${++count}`;
    const iframe = document.createElement('iframe');
    iframe.src = new URL(widgetUrl(request, id), origin).href;
    iframe.title = __TIC_FRAME_TITLES__[request.lang][request.widget];
    iframe.loading = 'lazy';
    iframe.setAttribute('sandbox', WIDGET_SANDBOX);
    force(iframe, {
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      position: 'static',
      inline: 'auto',
      width: '100%',
      'min-width': '0',
      'max-width': '100%',
      height: `${INITIAL_HEIGHT}px`,
      'min-height': '0',
      'max-height': 'none',
      border: '0',
      margin: '0',
      padding: '0',
      'box-sizing': 'border-box',
      transform: 'none',
      filter: 'none',
      'clip-path': 'none',
    });
    frames.set(id, iframe);
    let root: ShadowRoot | HTMLElement = placeholder;
    try {
      root = placeholder.shadowRoot ?? placeholder.attachShadow({ mode: 'open' });
    } catch {
      // Some elements cannot host a shadow root; fall back to a plain child.
    }
    root.replaceChildren(iframe);
  }

  function scan(): void {
    document.querySelectorAll<HTMLElement>(PLACEHOLDERS).forEach(mount);
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin) return;
    const message = parseHeightMessage(event.data);
    if (!message) return;
    const frame = frames.get(message.id);
    if (!frame || event.source !== frame.contentWindow) return;
    frame.style.setProperty('height', `${message.height}px`, 'important');
  });

  window.TicEmbed = { version: 1, scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}

start();
