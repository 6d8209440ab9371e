/**
 * Registers the service worker (production builds only), once the body has been drawn or the
 * page has settled, so its caching never competes with the first visit's downloads. After that,
 * a second visit works with no network.
 */
import { useExplorer } from '../store/explorerStore';

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
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  };
  const stop = useExplorer.subscribe((s) => {
    if (s.load.phase === 'ready' || s.load.phase === 'error') window.setTimeout(register, 1000);
  });
  const timer = window.setTimeout(register, FALLBACK_MS);
}
