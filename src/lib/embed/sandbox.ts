/**
 * The `sandbox` of every widget iframe we hand out (loader, snippet, preview): the least a widget
 * needs. Its own scripts report its height and apply the accent; it keeps its own origin because
 * an opaque origin would fetch our module scripts with CORS and fail; links open the offer in a
 * new tab that is not sandboxed. Nothing else: no forms, no navigating the partner's page, no
 * downloads, no dialogs. `allow-same-origin` is safe here because the frame is never on the host's origin.
 */
export const WIDGET_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
