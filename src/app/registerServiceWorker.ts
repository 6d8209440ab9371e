/**
 * Registers the service worker (production builds only), once the body has been drawn or the
 * page has settled, so its caching never competes with the first visit's downloads. After that,
 * a second visit works with no network. The worker caches a body's model file only once the page
 * has fetched it: it is told each one (those fetched before it took over, and each body switched to).
 */
import { useExplorer } from '../store/explorerStore';
import { useModel } from '../store/modelStore';

/** Longest wait for the body's first frame before registering anyway. */
const FALLBACK_MS = 8000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    stop();
    window.clearTimeout(timer);
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => keepModels(registration))
      .catch(() => undefined);
  };
  const stop = useExplorer.subscribe((s) => {
    if (s.load.phase === 'ready' || s.load.phase === 'error') window.setTimeout(register, 1000);
  });
  const timer = window.setTimeout(register, FALLBACK_MS);
}

/** Tell the worker about every model file fetched, now and from now on. */
function keepModels(registration: ServiceWorkerRegistration): void {
  const told = new Set<string>();
  const tell = (urls: readonly string[]) => {
    for (const url of urls) {
      if (told.has(url)) continue;
      told.add(url);
      registration.active?.postMessage({ type: 'keep-model', url: new URL(url, window.location.href).href });
    }
  };
  tell(useModel.getState().fetchedModels);
  useModel.subscribe((s) => tell(s.fetchedModels));
}
