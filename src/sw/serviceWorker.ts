/**
 * MyoTrace's service worker (built to `sw.js` by `scripts/vite/serviceWorker.ts`, which fills in
 * the build's file list and version): it caches the app shell, the JS/CSS chunks and the icons when
 * it installs, and each body's model file once the page has fetched it (the page says so in a
 * message), so a second visit works with no network at all for the bodies seen. It never talks to
 * another origin.
 */
import { cacheName, modelToKeep, policyFor, precacheList } from './cachePolicy';

/** Filled in at build time: every file of the build, relative to the scope, and a version hash. */
declare const __MYOTRACE_PRECACHE__: string[];
declare const __MYOTRACE_VERSION__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: ExtendableEvent & { readonly data: unknown }) => void): void;
}

const sw = self as unknown as WorkerScope;
const CACHE = cacheName(__MYOTRACE_VERSION__);
const SHELL = './';

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `no-cache`: revalidate with the server, so the cache never starts from a stale HTTP copy.
      await cache.addAll(
        [SHELL, ...precacheList(__MYOTRACE_PRECACHE__)].map((u) => new Request(u, { cache: 'no-cache' })),
      );
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('myotrace-') && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch {
    return (await cache.match(SHELL)) ?? Response.error();
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const policy = policyFor(event.request, sw.registration.scope);
  if (policy === 'network-first') event.respondWith(networkFirst(event.request));
  else if (policy === 'cache-first') event.respondWith(cacheFirst(event.request));
});

// A model file the page has fetched (before this worker controlled it, or in any case): keep it.
sw.addEventListener('message', (event) => {
  const url = modelToKeep(event.data, sw.registration.scope);
  if (!url) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      if (!(await cache.match(url))) await cache.add(url);
    })().catch(() => undefined),
  );
});
