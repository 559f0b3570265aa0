// The shortlist's browser side run in Node against stand-ins for localStorage, window events, fetch and the
// service-worker registry: saving survives a refusing storage, every tab hears of a change, records that are gone
// or broken are told apart, and the offline worker is told to keep exactly the saved offers' pages.
// tests/browser/shortlist.test.ts and offline.test.ts show the same in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepSavedOffline, OFFLINE_WORKER_URL } from '../../src/lib/shortlist/offline.ts';
import { fetchRecords } from '../../src/lib/shortlist/records.ts';
import { SHORTLIST_KEY } from '../../src/lib/shortlist/shortlist.ts';
import { onShortlistChange, readShortlist, SHORTLIST_CHANGE, setSaved } from '../../src/lib/shortlist/store.ts';

/** localStorage as a browser gives it, or one that refuses (private mode, storage blocked or full). */
function storage(refuse: { read?: boolean; write?: boolean } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => {
      if (refuse.read) throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuse.write) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the saved ids in this browser', () => {
  let window: EventTarget;
  let changes: number;
  beforeEach(() => {
    window = new EventTarget();
    changes = 0;
    window.addEventListener(SHORTLIST_CHANGE, () => changes++);
    vi.stubGlobal('window', window);
  });

  it('reads what was saved, and nothing when storage is blocked or holds junk', () => {
    const store = storage();
    vi.stubGlobal('localStorage', store);
    expect(readShortlist()).toEqual([]);
    store.items.set(SHORTLIST_KEY, '["offer-a","offer-b"]');
    expect(readShortlist()).toEqual(['offer-a', 'offer-b']);
    store.items.set(SHORTLIST_KEY, '{not json');
    expect(readShortlist()).toEqual([]);
    vi.stubGlobal('localStorage', storage({ read: true }));
    expect(readShortlist()).toEqual([]);
  });

  it('saves and unsaves an offer, writes the list as JSON and tells the page', () => {
    const store = storage();
    vi.stubGlobal('localStorage', store);
    expect(setSaved('offer-a', true)).toEqual(['offer-a']);
    expect(setSaved('offer-b', true)).toEqual(['offer-a', 'offer-b']);
    expect(store.items.get(SHORTLIST_KEY)).toBe('["offer-a","offer-b"]');
    expect(setSaved('offer-a', false)).toEqual(['offer-b']);
    expect(store.items.get(SHORTLIST_KEY)).toBe('["offer-b"]');
    expect(changes).toBe(3);
  });

  it('returns the list unchanged, and announces nothing, when storage refuses to write', () => {
    const store = storage({ write: true });
    store.items.set(SHORTLIST_KEY, '["offer-a"]');
    vi.stubGlobal('localStorage', store);
    expect(setSaved('offer-b', true)).toEqual(['offer-a']);
    expect(changes).toBe(0);
  });

  it('calls back with the current ids on a change here, and on a change of this list (or a clear) in another tab', () => {
    const store = storage();
    store.items.set(SHORTLIST_KEY, '["offer-a"]');
    vi.stubGlobal('localStorage', store);
    const heard: string[][] = [];
    onShortlistChange((ids) => heard.push(ids));
    window.dispatchEvent(new Event(SHORTLIST_CHANGE));
    store.items.set(SHORTLIST_KEY, '["offer-a","offer-c"]');
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'something.else' }));
    store.items.set(SHORTLIST_KEY, '["offer-a","offer-c","offer-d"]');
    window.dispatchEvent(Object.assign(new Event('storage'), { key: SHORTLIST_KEY }));
    store.items.delete(SHORTLIST_KEY);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: null }));
    expect(heard).toEqual([['offer-a'], ['offer-a', 'offer-c', 'offer-d'], []]);
  });
});

describe('fetching compare records', () => {
  const answers = new Map<string, () => Promise<Response>>();
  const asked: string[] = [];
  beforeEach(() => {
    answers.clear();
    asked.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        asked.push(url);
        const answer = answers.get(url);
        return answer ? answer() : new Response('not found', { status: 404 });
      }),
    );
  });
  const json =
    (value: unknown, status = 200) =>
    async () =>
      new Response(JSON.stringify(value), { status });

  it('asks for each offer’s record in the page’s language and tells apart found, gone and broken', async () => {
    answers.set(
      '/ru/shortlist/good.json',
      json({ id: 'good', url: '/ru/offers/good/', title: 'Участок', cells: { area: { text: '1 га' } } }),
    );
    // A server error is a failure even when its body looks like a record.
    answers.set(
      '/ru/shortlist/server-error.json',
      json({ id: 'server-error', url: '/ru/offers/server-error/', title: 'x', cells: {} }, 500),
    );
    answers.set('/ru/shortlist/other-id.json', json({ id: 'someone-else', cells: {} }));
    answers.set('/ru/shortlist/no-cells.json', json({ id: 'no-cells' }));
    answers.set('/ru/shortlist/null.json', json(null));
    answers.set('/ru/shortlist/not-json.json', async () => new Response('<html>', { status: 200 }));
    answers.set('/ru/shortlist/offline.json', () => Promise.reject(new TypeError('offline')));
    const ids = ['good', 'gone', 'server-error', 'other-id', 'no-cells', 'null', 'not-json', 'offline'];
    const results = await fetchRecords('ru', ids);
    expect(asked).toEqual(ids.map((id) => `/ru/shortlist/${id}.json`));
    expect(results).toEqual([
      { id: 'good', record: { id: 'good', url: '/ru/offers/good/', title: 'Участок', cells: { area: { text: '1 га' } } } },
      { id: 'gone', missing: true },
      { id: 'server-error', failed: true },
      { id: 'other-id', failed: true },
      { id: 'no-cells', failed: true },
      { id: 'null', failed: true },
      { id: 'not-json', failed: true },
      { id: 'offline', failed: true },
    ]);
  });
});

describe('telling the offline worker what to keep', () => {
  let posted: unknown[];
  let worker: { postMessage: (message: unknown) => void };
  let serviceWorker: {
    register: ReturnType<typeof vi.fn>;
    getRegistration: ReturnType<typeof vi.fn>;
    ready: Promise<{ active: typeof worker | null }>;
  };
  beforeEach(() => {
    posted = [];
    worker = { postMessage: (message) => posted.push(message) };
    serviceWorker = {
      register: vi.fn(async () => ({ active: worker })),
      getRegistration: vi.fn(async () => ({ active: worker })),
      ready: Promise.resolve({ active: worker }),
    };
    vi.stubGlobal('navigator', { serviceWorker });
  });

  it('registers the worker once something is saved and sends it the saved offers’ pages', async () => {
    await keepSavedOffline('kk', ['offer-a']);
    expect(serviceWorker.register).toHaveBeenCalledWith(OFFLINE_WORKER_URL);
    expect(OFFLINE_WORKER_URL).toBe('/sw.js');
    expect(posted).toEqual([
      { type: 'sync', urls: ['/kk/shortlist/', '/kk/compare/', '/kk/offers/offer-a/', '/kk/shortlist/offer-a.json'] },
    ]);
  });

  it('does not register a worker for an empty shortlist, but empties an existing one', async () => {
    await keepSavedOffline('en', []);
    expect(serviceWorker.register).not.toHaveBeenCalled();
    expect(posted).toEqual([{ type: 'sync', urls: [] }]);
    serviceWorker.getRegistration.mockResolvedValue(undefined);
    posted = [];
    await keepSavedOffline('en', []);
    expect(posted).toEqual([]);
  });

  it('waits for a worker that is still installing', async () => {
    serviceWorker.register.mockResolvedValue({ active: null });
    await keepSavedOffline('ru', ['offer-b']);
    expect(posted).toEqual([
      { type: 'sync', urls: ['/ru/shortlist/', '/ru/compare/', '/ru/offers/offer-b/', '/ru/shortlist/offer-b.json'] },
    ]);
  });

  it('does nothing for a language the site does not have, or a browser without workers, and never throws', async () => {
    await keepSavedOffline('de', ['offer-a']);
    expect(serviceWorker.register).not.toHaveBeenCalled();
    serviceWorker.register.mockRejectedValue(new DOMException('blocked', 'SecurityError'));
    await expect(keepSavedOffline('en', ['offer-a'])).resolves.toBeUndefined();
    expect(posted).toEqual([]);
    vi.stubGlobal('navigator', {});
    await expect(keepSavedOffline('en', ['offer-a'])).resolves.toBeUndefined();
  });
});
