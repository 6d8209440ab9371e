/**
 * Which requests the service worker answers, and how. Pure, so it is tested without a browser.
 *
 * - Pages of the app (navigations within its scope): the network first, so a new version is
 *   picked up at once; the cached app shell when the network is not there.
 * - Everything else of the app's own origin (hashed JS/CSS chunks, the model, icons): the cache
 *   first; fetched and cached when missing.
 * - Other origins, and anything but GET: not touched (the app requests nothing from other origins).
 * - The bodies' model files (male and female) are not precached: each is cached once the page has
 *   fetched it (the page names it in a `keep-model` message, or the fetch goes through the worker),
 *   so a person who only ever looks at one body never downloads the other.
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

/** Whether a build file (relative to the scope) is one of the bodies' model files. */
export function isModelFile(path: string): boolean {
  return /\.glb$/i.test(path.split(/[?#]/)[0] ?? '');
}

/** The build's files to cache when the worker installs: all but the model files. */
export function precacheList(files: readonly string[]): string[] {
  return files.filter((f) => !isModelFile(f));
}

/** The message a page sends once it has fetched a model file, so the worker keeps it. */
export interface KeepModelMessage {
  readonly type: 'keep-model';
  readonly url: string;
}

/**
 * The model file a page's message asks the worker to keep, or null when the message is anything
 * else (not a `keep-model` message, another origin or path, not a model file).
 */
export function modelToKeep(message: unknown, scope: string): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Partial<KeepModelMessage>;
  if (m.type !== 'keep-model' || typeof m.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(m.url, scope);
  } catch {
    return null;
  }
  if (policyFor({ url: url.href, method: 'GET', mode: 'cors' }, scope) !== 'cache-first') return null;
  return isModelFile(url.pathname) ? url.href : null;
}
