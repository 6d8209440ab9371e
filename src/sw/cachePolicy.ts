/**
 * Which requests the service worker answers, and how. Pure, so it is tested without a browser.
 *
 * - Pages of the app (navigations within its scope): the network first, so a new version is
 *   picked up at once; the cached app shell when the network is not there.
 * - Everything else of the app's own origin (hashed JS/CSS chunks, the model, icons): the cache
 *   first; fetched and cached when missing.
 * - Other origins, and anything but GET: not touched (the app requests nothing from other origins).
 */
export type CachePolicy = 'network-first' | 'cache-first' | 'none';

/** The policy for a request, given the service worker's scope URL. */
export function policyFor(request: { url: string; method: string; mode: string }, scope: string): CachePolicy {
  if (request.method !== 'GET') return 'none';
  let url: URL;
  let base: URL;
  try {
    url = new URL(request.url);
    base = new URL(scope);
  } catch {
    return 'none';
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return 'none';
  if (request.mode === 'navigate') return 'network-first';
  return 'cache-first';
}

/** The cache's name for one build (old builds' caches are deleted when a new one takes over). */
export function cacheName(version: string): string {
  return `myotrace-${version}`;
}
