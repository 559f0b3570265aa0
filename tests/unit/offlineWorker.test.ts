// The offline worker (/sw.js) run in Node against stand-ins for what a browser gives a service worker: the
// Cache API, fetch, and the worker's events. The browser tests (tests/browser/offline.test.ts) show it working in
// Chromium end to end; these pin its rules one by one: what it keeps for a saved offer, what it drops, what it
// serves when a rural connection is down or slow, and what it never touches.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ORIGIN = 'https://catalog.example';
const KEPT_LIST = '/__offline-worker/kept.json';

const pathOf = (key: string | Request): string => (typeof key === 'string' ? new URL(key, ORIGIN).pathname : new URL(key.url).pathname);

/** One named cache: responses by path (the worker keys everything by path). */
class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(key: string | Request): Promise<Response | undefined> {
    return this.entries.get(pathOf(key))?.clone();
  }
  async put(key: string | Request, response: Response): Promise<void> {
    this.entries.set(pathOf(key), response);
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((path) => new Request(`${ORIGIN}${path}`));
  }
  async delete(key: string | Request): Promise<boolean> {
    return this.entries.delete(pathOf(key));
  }
  async text(path: string): Promise<string | undefined> {
    return (await this.match(path))?.text();
  }
}

class FakeCaches {
  readonly stores = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async keys(): Promise<string[]> {
    return [...this.stores.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.stores.delete(name);
  }
  async match(key: string | Request): Promise<Response | undefined> {
    for (const store of this.stores.values()) {
      const found = await store.match(key);
      if (found) return found;
    }
    return undefined;
  }
}

type Listener = (event: Record<string, unknown>) => void;

/** The site as the network serves it: path → body (status 200), or a status, or a function to decide late. */
type Served = string | number | (() => Promise<Response>);

const PAGE_A = `<!doctype html><link rel="stylesheet" href="/_astro/page.1a.css"><script type="module" src="/_astro/page.2b.js"></script>
<img src="/maps/offers/offer-a.en.svg?v=2" alt=""><a href="/en/offers/offer-b/">next</a><img src="https://tiles.example/x.png">`;
const PAGE_B = `<!doctype html><link rel="stylesheet" href="/_astro/page.1a.css"><img src="/maps/offers/offer-b.en.svg" alt="">`;
const SHORTLIST = `<!doctype html><script type="module" src="/_astro/shortlist.3c.js"></script>`;

let caches: FakeCaches;
let listeners: Map<string, Listener>;
let served: Map<string, Served>;
let fetched: Array<{ path: string; init?: RequestInit }>;
let scope: { location: URL; skipWaiting: ReturnType<typeof vi.fn>; clients: { claim: ReturnType<typeof vi.fn> } };

function site(): Map<string, Served> {
  return new Map<string, Served>([
    ['/en/shortlist/', SHORTLIST],
    ['/en/compare/', '<!doctype html><p>compare</p>'],
    ['/en/offers/offer-a/', PAGE_A],
    ['/en/offers/offer-b/', PAGE_B],
    ['/en/shortlist/offer-a.json', '{"id":"offer-a"}'],
    ['/en/shortlist/offer-b.json', '{"id":"offer-b"}'],
    ['/_astro/page.1a.css', 'body{}'],
    ['/_astro/page.2b.js', 'import{a as b}from"./chunk.4d.js";import "./side.5e.js";const later=()=>import("./lazy.6f.js");'],
    ['/_astro/chunk.4d.js', 'export const a=1;'],
    ['/_astro/side.5e.js', 'console.log(1);'],
    ['/_astro/lazy.6f.js', 'export default 1;'],
    ['/_astro/shortlist.3c.js', 'export{};'],
    ['/maps/offers/offer-a.en.svg', '<svg/>'],
    ['/maps/offers/offer-b.en.svg', '<svg/>'],
  ]);
}

async function network(input: string | Request, init?: RequestInit): Promise<Response> {
  const path = pathOf(input);
  fetched.push({ path, ...(init ? { init } : {}) });
  const answer = served.get(path);
  if (answer === undefined) return new Response('not found', { status: 404 });
  if (typeof answer === 'number') return new Response(`status ${answer}`, { status: answer });
  if (typeof answer === 'function') return answer();
  return new Response(answer, { status: 200 });
}

beforeEach(async () => {
  caches = new FakeCaches();
  listeners = new Map();
  served = site();
  fetched = [];
  scope = {
    location: new URL(`${ORIGIN}/en/shortlist/`),
    skipWaiting: vi.fn(async () => undefined),
    clients: { claim: vi.fn(async () => undefined) },
  };
  vi.stubGlobal('self', { ...scope, addEventListener: (type: string, listener: Listener) => listeners.set(type, listener) });
  vi.stubGlobal('caches', caches);
  vi.stubGlobal('fetch', vi.fn(network));
  vi.stubGlobal('BUILD_VERSION', 'build-2');
  vi.resetModules();
  await import('../../src/lib/shortlist/offlineWorker.ts');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Sends the worker a message the way the page does, and waits for what it asked to wait for. */
async function post(data: unknown): Promise<void> {
  const waits: Array<Promise<unknown>> = [];
  listeners.get('message')!({ data, waitUntil: (p: Promise<unknown>) => waits.push(p) });
  await Promise.all(waits);
}

async function lifecycle(type: 'install' | 'activate'): Promise<void> {
  const waits: Array<Promise<unknown>> = [];
  listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
  await Promise.all(waits);
}

/** A request through the worker: the response it gives, or undefined when it lets the browser handle it. */
function request(url: string, init?: RequestInit): Promise<Response> | undefined {
  let answer: Promise<Response> | undefined;
  listeners.get('fetch')!({ request: new Request(url, init), respondWith: (p: Promise<Response>) => (answer = p) });
  return answer;
}

const current = () => caches.stores.get('shortlist-build-2');
const keptPaths = () => [...(current()?.entries.keys() ?? [])].sort();

describe('keeping saved offers', () => {
  it('keeps the pages asked for, the files they load and the modules those import, and notes the list', async () => {
    await post({ type: 'sync', urls: ['/en/shortlist/', '/en/offers/offer-a/', '/en/shortlist/offer-a.json'] });
    expect(keptPaths()).toEqual(
      [
        '/_astro/chunk.4d.js',
        '/_astro/page.1a.css',
        '/_astro/page.2b.js',
        '/_astro/shortlist.3c.js',
        '/_astro/side.5e.js',
        '/en/offers/offer-a/',
        '/en/shortlist/',
        '/en/shortlist/offer-a.json',
        KEPT_LIST,
        '/maps/offers/offer-a.en.svg',
      ].sort(),
    );
    expect(JSON.parse((await current()!.text(KEPT_LIST))!)).toEqual([
      '/en/shortlist/',
      '/en/offers/offer-a/',
      '/en/shortlist/offer-a.json',
    ]);
    expect(await current()!.text('/en/offers/offer-a/')).toBe(PAGE_A);
    // Fresh copies, never the browser's HTTP cache, and never credentials for another site.
    expect(fetched.find((f) => f.path === '/en/offers/offer-a/')!.init).toEqual({ cache: 'no-cache', credentials: 'same-origin' });
  });

  it('never keeps an address outside the shortlist, compare and offer pages, nor a lazily imported module', async () => {
    await post({ type: 'sync', urls: ['/en/offers/offer-a/', '/admin/', '/en/', '/en/offers/offer-a/../../../etc/passwd', 42, null] });
    expect(keptPaths()).not.toContain('/admin/');
    expect(keptPaths()).not.toContain('/en/');
    expect(keptPaths()).not.toContain('/_astro/lazy.6f.js');
    expect(fetched.map((f) => f.path)).not.toContain('/admin/');
    expect(JSON.parse((await current()!.text(KEPT_LIST))!)).toEqual(['/en/offers/offer-a/']);
  });

  it('does not keep a page the network refuses, and keeps the others', async () => {
    served.set('/en/offers/offer-b/', 404);
    await post({ type: 'sync', urls: ['/en/offers/offer-a/', '/en/offers/offer-b/'] });
    expect(keptPaths()).toContain('/en/offers/offer-a/');
    expect(keptPaths()).not.toContain('/en/offers/offer-b/');
    expect(keptPaths()).not.toContain('/maps/offers/offer-b.en.svg');
  });

  it('drops an unsaved offer with the files only it needed, keeps shared files, and does not download kept pages again', async () => {
    await post({ type: 'sync', urls: ['/en/offers/offer-a/', '/en/offers/offer-b/'] });
    expect(keptPaths()).toContain('/maps/offers/offer-a.en.svg');
    fetched = [];
    await post({ type: 'sync', urls: ['/en/offers/offer-b/'] });
    expect(keptPaths()).toEqual([KEPT_LIST, '/_astro/page.1a.css', '/en/offers/offer-b/', '/maps/offers/offer-b.en.svg'].sort());
    expect(fetched).toEqual([]);
  });

  it('empties the cache (but for its list) when the shortlist is emptied', async () => {
    await post({ type: 'sync', urls: ['/en/offers/offer-a/'] });
    await post({ type: 'sync', urls: [] });
    expect(keptPaths()).toEqual([KEPT_LIST]);
    expect(await current()!.text(KEPT_LIST)).toBe('[]');
  });

  it('ignores messages that are not a sync with a list', async () => {
    await post({ type: 'other', urls: ['/en/offers/offer-a/'] });
    await post({ type: 'sync', urls: '/en/offers/offer-a/' });
    await post(null);
    expect(current()).toBeUndefined();
    expect(fetched).toEqual([]);
  });

  it('finishes syncs in the order they were asked, so an older list never wins', async () => {
    // The first list's page answers late; run at once, the first sync would finish last and drop offer-b.
    served.set('/en/offers/offer-a/', () => new Promise((resolve) => setTimeout(() => resolve(new Response(PAGE_A)), 30)));
    const first = post({ type: 'sync', urls: ['/en/offers/offer-a/'] });
    const second = post({ type: 'sync', urls: ['/en/offers/offer-b/'] });
    await Promise.all([first, second]);
    expect(keptPaths()).toContain('/en/offers/offer-b/');
    expect(keptPaths()).not.toContain('/en/offers/offer-a/');
  });

  it('goes on with later syncs after one fails', async () => {
    served.set('/en/offers/offer-a/', () => Promise.reject(new TypeError('offline')));
    await post({ type: 'sync', urls: ['/en/offers/offer-a/'] });
    await post({ type: 'sync', urls: ['/en/offers/offer-b/'] });
    expect(keptPaths()).toContain('/en/offers/offer-b/');
  });
});

describe('a new build', () => {
  it('takes over at once when installed', async () => {
    await lifecycle('install');
    expect(scope.skipWaiting).toHaveBeenCalledTimes(1);
  });

  it('keeps the same pages from the new build, then deletes the old copies but not other sites’ caches', async () => {
    const old = await caches.open('shortlist-build-1');
    await old.put(KEPT_LIST, new Response(JSON.stringify(['/en/offers/offer-a/', '/en/', 7])));
    await old.put('/en/offers/offer-a/', new Response('old page'));
    const other = await caches.open('someone-else');
    await other.put('/x', new Response('x'));
    served.set('/en/offers/offer-a/', PAGE_B);
    await lifecycle('activate');
    expect([...caches.stores.keys()].sort()).toEqual(['shortlist-build-2', 'someone-else']);
    expect(await current()!.text('/en/offers/offer-a/')).toBe(PAGE_B);
    expect(JSON.parse((await current()!.text(KEPT_LIST))!)).toEqual(['/en/offers/offer-a/']);
    expect(scope.clients.claim).toHaveBeenCalledTimes(1);
  });

  it('keeps the old copies when it is offline while updating, and still takes control', async () => {
    const old = await caches.open('shortlist-build-1');
    await old.put(KEPT_LIST, new Response(JSON.stringify(['/en/offers/offer-a/'])));
    await old.put('/en/offers/offer-a/', new Response('old page'));
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    await lifecycle('activate');
    expect(await (await caches.open('shortlist-build-1')).text('/en/offers/offer-a/')).toBe('old page');
    expect(scope.clients.claim).toHaveBeenCalledTimes(1);
  });

  it('does nothing to fetch when no old cache kept pages, or its list is not a list', async () => {
    const old = await caches.open('shortlist-build-1');
    await old.put(KEPT_LIST, new Response('{"not":"a list"}'));
    await caches.open('shortlist-build-0');
    await lifecycle('activate');
    expect(fetched).toEqual([]);
    expect([...caches.stores.keys()]).toEqual([]);
  });

  it('leaves its own cache alone when activated again', async () => {
    await post({ type: 'sync', urls: ['/en/offers/offer-a/'] });
    fetched = [];
    await lifecycle('activate');
    expect(keptPaths()).toContain('/en/offers/offer-a/');
    expect(fetched).toEqual([]);
  });

  it('reads only keepable pages from an old list, so a list of anything else starts no new cache', async () => {
    const old = await caches.open('shortlist-build-1');
    await old.put(KEPT_LIST, new Response(JSON.stringify(['/admin/', 7, '/en/'])));
    await lifecycle('activate');
    expect(fetched).toEqual([]);
    expect([...caches.stores.keys()]).toEqual([]);
  });
});

describe('answering requests', () => {
  beforeEach(async () => {
    await post({ type: 'sync', urls: ['/en/compare/', '/en/offers/offer-a/'] });
    fetched = [];
  });

  it('leaves alone what it does not keep: other methods, other sites, other pages', () => {
    expect(request(`${ORIGIN}/en/offers/offer-a/`, { method: 'POST', body: 'x' })).toBeUndefined();
    expect(request('https://tiles.example/en/offers/offer-a/')).toBeUndefined();
    expect(request(`${ORIGIN}/en/`)).toBeUndefined();
    expect(request(`${ORIGIN}/favicon.ico`)).toBeUndefined();
  });

  it('serves a kept build file from the cache without asking the network', async () => {
    const response = await request(`${ORIGIN}/_astro/page.1a.css`)!;
    expect(await response.text()).toBe('body{}');
    expect(fetched).toEqual([]);
  });

  it('asks the network for a keepable address it has not kept', async () => {
    const response = await request(`${ORIGIN}/en/offers/offer-b/`)!;
    expect(await response.text()).toBe(PAGE_B);
    expect(keptPaths()).not.toContain('/en/offers/offer-b/');
  });

  it('serves a kept page from the network when it answers, and refreshes the copy', async () => {
    served.set('/en/offers/offer-a/', 'new page');
    const response = await request(`${ORIGIN}/en/offers/offer-a/`)!;
    expect(await response.text()).toBe('new page');
    expect(await current()!.text('/en/offers/offer-a/')).toBe('new page');
  });

  it('passes on a server error without replacing the kept copy', async () => {
    served.set('/en/offers/offer-a/', 500);
    const response = await request(`${ORIGIN}/en/offers/offer-a/`)!;
    expect(response.status).toBe(500);
    expect(await current()!.text('/en/offers/offer-a/')).toBe(PAGE_A);
  });

  it('serves the kept copy at once when the network is down, without waiting out the four seconds', async () => {
    vi.useFakeTimers();
    served.set('/en/offers/offer-a/', () => Promise.reject(new TypeError('offline')));
    const answer = request(`${ORIGIN}/en/offers/offer-a/`)!;
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    expect(await (await answer).text()).toBe(PAGE_A);
  });

  it('serves the compare page kept once whatever offers its address lists', async () => {
    served.set('/en/compare/', () => Promise.reject(new TypeError('offline')));
    expect(await (await request(`${ORIGIN}/en/compare/?ids=offer-a,offer-b`)!).text()).toBe('<!doctype html><p>compare</p>');
  });

  it('waits four seconds for a slow network, then shows the kept copy', async () => {
    vi.useFakeTimers();
    served.set('/en/offers/offer-a/', () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('late')), 4_500)));
    const answer = request(`${ORIGIN}/en/offers/offer-a/`)!;
    await vi.advanceTimersByTimeAsync(3_999);
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await (await answer).text()).toBe(PAGE_A);
  });

  it('takes an answer that comes within the four seconds', async () => {
    vi.useFakeTimers();
    served.set('/en/offers/offer-a/', () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('in time')), 3_900)));
    const answer = request(`${ORIGIN}/en/offers/offer-a/`)!;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await (await answer).text()).toBe('in time');
  });
});
