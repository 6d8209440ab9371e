/**
 * Keeps the URL's hash and the store in step: the link is read once at start (and when the hash
 * is edited), and rewritten whenever the shared part of the state changes.
 */
import { changedIn, SHARED_KEYS, sharedPart, useExplorer } from '../store/explorerStore';
import { decodeShareLink, encodeShareLink } from '../store/shareLink';

function apply(hash: string): void {
  const { state, issues } = decodeShareLink(hash);
  const notices = issues.length ? [`Some of this link could not be restored. ${issues.join(' ')}`] : [];
  useExplorer.getState().restore(state, notices);
}

/** Start syncing; returns a function that stops it. */
export function startShareLinkSync(): () => void {
  if (window.location.hash.length > 1) apply(window.location.hash);
  let written = '';
  let timer = 0;
  const write = () => {
    timer = 0;
    const hash = `#${encodeShareLink(sharedPart(useExplorer.getState()))}`;
    if (hash === written) return;
    written = hash;
    if (window.location.hash !== hash) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
  };
  const unsubscribe = useExplorer.subscribe((s, prev) => {
    if (changedIn(SHARED_KEYS, s, prev)) {
      // Coalesced and off the click's path: the address bar need not change in the same task.
      if (!timer) timer = window.setTimeout(write, 120);
    }
  });
  const onHashChange = () => {
    if (window.location.hash === written) return;
    apply(window.location.hash);
  };
  window.addEventListener('hashchange', onHashChange);
  // Write only once something changes, so a link is not rewritten just by opening it.
  written = window.location.hash;
  return () => {
    if (timer) {
      window.clearTimeout(timer);
      write();
    }
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
