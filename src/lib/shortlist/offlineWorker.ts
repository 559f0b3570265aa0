// The offline worker (/sw.js, bundled at build time by src/pages/sw.js.ts). It keeps only what the
// shortlist asked for (offlineUrls in shortlist.ts: the shortlist and compare pages, each saved offer's
// page and record) and the files those pages load; every other request passes by untouched. Kept pages
// are served from the network when it answers (and refreshed in the cache), from the cache when not.
// A rebuild of the site changes BUILD_VERSION, so browsers install the new worker, which fetches the
// kept pages again from the new build before it drops the old cache.
import { isKeepableFile, isKeepablePage, moduleImports, pageFiles } from './offlinePlan.ts';

declare const BUILD_VERSION: string;

interface WaitableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends WaitableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends WaitableEvent {
  data: unknown;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: WaitableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const scope = self as unknown as WorkerScope;
const PREFIX = 'shortlist-';
const CACHE = `${PREFIX}${BUILD_VERSION}`;
/** Where the cache remembers which pages it was asked to keep (not a real address of the site). */
const KEPT_LIST = '/__offline-worker/kept.json';
/** How long a kept page waits for the network before the saved copy is shown (weak rural coverage). */
const NETWORK_WAIT_MS = 4000;

async function keptPages(cacheName: string): Promise<string[]> {
  const response = await (await caches.open(cacheName)).match(KEPT_LIST);
  const list: unknown = response ? await response.json() : [];
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && isKeepablePage(p)) : [];
}

/** Fills the current cache with exactly `pages` and the files they load; removes everything else. */
async function keep(pages: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  const wanted = new Set<string>();
  const queue = pages.filter(isKeepablePage);
  while (queue.length) {
    const path = queue.shift()!;
    if (wanted.has(path)) continue;
    wanted.add(path);
    let response = await cache.match(path);
    if (!response) {
      const fresh = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
      if (!fresh.ok) continue;
      await cache.put(path, fresh.clone());
      response = fresh;
    }
    if (path.endsWith('/')) queue.push(...pageFiles(await response.text()));
    else if (path.endsWith('.js')) queue.push(...moduleImports(await response.text(), path));
  }
  await cache.put(KEPT_LIST, new Response(JSON.stringify(pages.filter(isKeepablePage))));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path !== KEPT_LIST && !wanted.has(path)) await cache.delete(request);
  }
}

scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      const pages = [...new Set((await Promise.all(old.map(keptPages))).flat())];
      try {
        if (pages.length) await keep(pages);
        for (const name of old) await caches.delete(name);
      } catch {
        // Offline while updating: the old copies stay until the next visit online.
      }
      await scope.clients.claim();
    })(),
  );
});

let syncing: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null;
  if (data?.type !== 'sync' || !Array.isArray(data.urls)) return;
  const pages = data.urls.filter((u): u is string => typeof u === 'string');
  // One at a time, in the order asked: each run removes what its list lacks, so an older list must never finish last.
  syncing = syncing.then(() => keep(pages)).catch(() => undefined);
  event.waitUntil(syncing);
});

function withTimeout(request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('slow network')), NETWORK_WAIT_MS);
    fetch(request).then(
      (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  const page = isKeepablePage(url.pathname);
  if (!page && !isKeepableFile(url.pathname)) return;
  event.respondWith(
    (async () => {
      // The compare page is kept once, whatever its ?ids= are; other kept addresses have no query.
      const cached = await caches.match(url.pathname);
      if (!cached) return fetch(request);
      // Hashed build files never change; pages and records may, so the network wins when it answers.
      if (!page) return cached;
      try {
        const fresh = await withTimeout(request);
        if (fresh.ok) await (await caches.open(CACHE)).put(url.pathname, fresh.clone());
        return fresh;
      } catch {
        return cached;
      }
    })(),
  );
});
