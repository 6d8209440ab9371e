/**
 * The view the page starts with: a share link's `view`, when it names a preset. The entry reads it
 * before anything else, so the body's first frame, drawn before the share link's own code has
 * loaded and applied the link, is already seen from the side the link asks for. An unknown value
 * is left to the link's sync, which reports it.
 */
import { useExplorer } from '../store/explorerStore';
import { isViewPreset, type ViewPreset } from '../store/viewPresets';
import { linkParams } from './linkHash';

/** The view preset a link's hash names, or null (no link, no view, or an unknown one). */
export function linkedView(hash: string): ViewPreset | null {
  const view = linkParams(hash)?.get('view') ?? null;
  return view !== null && isViewPreset(view) ? view : null;
}

/** Put the link's view, if it names one, in the explorer store. */
export function startLinkedView(hash: string = window.location.hash): void {
  const view = linkedView(hash);
  if (view) useExplorer.setState({ view });
}
