// <embed-builder>: upgrades the partner page's default snippet and preview into a live builder.
import { DEFAULT_LANG } from '../../schemas/langs.ts';
import { parseHeightMessage } from '../../lib/embed/protocol.ts';
import { parseAccent, parseLimit, pickEmbedLang, readEmbedChoices, widgetUrl, type WidgetRequest } from '../../lib/embed/query.ts';
import type { FrameTitles } from '../../lib/embed/frameTitles.ts';
import { iframeSnippet, loaderSnippet } from '../../lib/embed/snippet.ts';

/** Rebuilds the snippets and the preview from the partner's choices. */
class EmbedBuilder extends HTMLElement {
  #form!: HTMLFormElement;
  #preview!: HTMLIFrameElement;
  /** The "one offer" choices, fetched the first time a partner picks that widget. */
  #choices: Promise<void> | undefined;

  connectedCallback() {
    this.#form = this.querySelector<HTMLFormElement>('[data-choices]')!;
    this.#preview = this.querySelector<HTMLIFrameElement>('[data-preview]')!;
    this.#form.hidden = false;
    this.querySelector<HTMLElement>('[data-default-note]')!.hidden = true;
    this.#form.addEventListener('input', () => this.update());
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => this.copy(button.dataset.copy!));
    }
    window.addEventListener('message', (event) => {
      if (event.origin !== location.origin || event.source !== this.#preview.contentWindow) return;
      const message = parseHeightMessage(event.data);
      if (message?.id !== this.dataset.previewFrame) return;
      this.#preview.style.height = `${message!.height}px`;
      // The iframe snippet carries the preview's height: follow the widget now shown, not the one before it.
      const request = this.request();
      if (request.widget === 'list' || request.offer) this.showIframeSnippet(request);
    });
    // The browser may restore earlier choices on reload: show what they produce.
    this.update();
  }

  request(): WidgetRequest {
    const data = new FormData(this.#form);
    const get = (name: string) => String(data.get(name) ?? '');
    const lang = pickEmbedLang(get('lang'), DEFAULT_LANG);
    const accentValue = parseAccent(get('accent'));
    const accent = accentValue && accentValue !== this.dataset.defaultAccent ? accentValue : undefined;
    if (get('widget') === 'card') return { widget: 'card', lang, offer: get('offer'), ...(accent ? { accent } : {}) };
    const filters: Record<string, string[]> = {};
    if (get('district')) filters.district = [get('district')];
    if (get('kind')) filters.kind = [get('kind')];
    return { widget: 'list', lang, filters, limit: parseLimit(get('limit')), ...(accent ? { accent } : {}) };
  }

  update() {
    const request = this.request();
    const widget = request.widget;
    for (const el of this.querySelectorAll<HTMLElement>('[data-for]')) el.hidden = el.dataset.for !== widget;
    // Until an offer can be chosen, the snippet and preview keep showing the last widget made.
    if (request.widget === 'card' && !request.offer) {
      void this.loadChoices();
      return;
    }
    const origin = this.dataset.origin!;
    const fallbacks = JSON.parse(this.dataset.fallbacks!) as Record<string, { href: string; text: string }>;
    this.querySelector('[data-snippet="loader"]')!.textContent = loaderSnippet(origin, request, fallbacks[request.lang]!);
    this.showIframeSnippet(request);
    const src = widgetUrl(request, this.dataset.previewFrame);
    if (this.#preview.getAttribute('src') !== src) this.#preview.src = src;
    for (const status of this.querySelectorAll<HTMLElement>('[data-copy-status]')) status.textContent = '';
  }

  showIframeSnippet(request: WidgetRequest) {
    const titles = JSON.parse(this.dataset.frameTitles!) as FrameTitles;
    this.querySelector('[data-snippet="iframe"]')!.textContent = iframeSnippet(
      this.dataset.origin!,
      request,
      this.#preview.getBoundingClientRect().height || 900,
      titles[request.lang][request.widget],
    );
  }

  /** Fills the offer choice with every offer's title (escaped: option text, never HTML), then shows the first. */
  loadChoices(): Promise<void> {
    this.#choices ??= (async () => {
      const select = this.#form.querySelector<HTMLSelectElement>('select[name="offer"]')!;
      const status = this.querySelector<HTMLElement>('[data-offer-status]')!;
      let choices: Array<{ id: string; title: string }> | undefined;
      try {
        const response = await fetch(this.dataset.choicesSrc!);
        if (response.ok) choices = readEmbedChoices(await response.json());
      } catch {
        // Offline or blocked: said below.
      }
      if (!choices) {
        status.textContent = this.dataset.choicesFailed!;
        // The next choice of this widget tries again.
        this.#choices = undefined;
        return;
      }
      select.replaceChildren(...choices.map(({ id, title }) => new Option(title, id)));
      select.disabled = choices.length === 0;
      status.textContent = '';
      this.update();
    })();
    return this.#choices;
  }

  async copy(which: string) {
    const code = this.querySelector<HTMLElement>(`[data-snippet="${which}"]`)!;
    const status = this.querySelector<HTMLElement>(`[data-copy-status="${which}"]`)!;
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = this.dataset.copied!;
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = this.dataset.copyFailed!;
    }
  }
}
customElements.define('embed-builder', EmbedBuilder);
