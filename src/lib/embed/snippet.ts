import { FILTER_PARAMS, widgetUrl, type WidgetRequest } from './query.ts';
import { embedPaths } from './paths.ts';
import { WIDGET_SANDBOX } from './sandbox.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The placeholder element's attributes for a request, in a stable order. */
export function widgetAttributes(request: WidgetRequest): Array<[string, string]> {
  const attrs: Array<[string, string]> = [];
  if (request.widget === 'card') attrs.push(['data-tic-offer', request.offer]);
  else attrs.push(['data-tic-offers', '']);
  attrs.push(['data-tic-lang', request.lang]);
  if (request.widget === 'list') {
    for (const name of FILTER_PARAMS) {
      const values = request.filters[name];
      if (values?.length) attrs.push([`data-tic-${name}`, values.join(',')]);
    }
    if (request.limit !== undefined) attrs.push(['data-tic-limit', String(request.limit)]);
  }
  if (request.accent) attrs.push(['data-tic-accent', request.accent]);
  return attrs;
}

/**
 * The recommended snippet: a placeholder (its link is what visitors without JavaScript see)
 * and the loader script, which swaps in an auto-sized iframe.
 */
export function loaderSnippet(origin: string, request: WidgetRequest, fallback: { href: string; text: string }): string {
  const attrs = widgetAttributes(request)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttr(value)}"`))
    .join(' ');
  return [
    `<div ${attrs}>`,
    `  <a href="${escapeAttr(new URL(fallback.href, origin).href)}">${escapeText(fallback.text)}</a>`,
    `</div>`,
    `<script src="${escapeAttr(new URL(embedPaths.loader, origin).href)}" async></script>`,
  ].join('\n');
}

/**
 * A plain iframe, for sites that cannot add scripts. It does not resize itself: pick a height. `title` is its
 * accessible name in the widget's language (frameTitles.ts; passed in, so this module bundles no translations).
 */
export function iframeSnippet(origin: string, request: WidgetRequest, height: number, title: string): string {
  const src = new URL(widgetUrl(request), origin).href;
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy" sandbox="${WIDGET_SANDBOX}"></iframe>`;
}
