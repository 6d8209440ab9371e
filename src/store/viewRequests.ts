/**
 * Asking the camera to show a view preset, even the one it was last asked for (the person
 * pressed "Front" again after turning the body, or opened a link or a session). A request is an
 * event, not state, so it does not live in the store: the 3D view's camera registers here, and
 * the store's actions that choose or restore a view call `requestView` after they have set it.
 * Without a camera (the 3D view not loaded yet) a request is dropped: a camera starts at the
 * store's `view` anyway.
 */
import type { ViewPreset } from './shareLink';

/** Moves the camera to a view preset. */
export type ViewRequestHandler = (view: ViewPreset) => void;

let handler: ViewRequestHandler | null = null;

/** The camera offers to take view requests; returns a function that withdraws the offer. */
export function onViewRequest(fn: ViewRequestHandler): () => void {
  handler = fn;
  return () => {
    if (handler === fn) handler = null;
  };
}

/** Ask the camera to show `view` now. */
export function requestView(view: ViewPreset): void {
  handler?.(view);
}
