/**
 * The bridge between the report and the 3D view for the report's picture. The 3D view registers
 * a function that draws the current view (with its labels) into an image; the report calls
 * `takeSnapshot`, which runs it and keeps the result in the store. So the store holds the result
 * (`snapshot`), never a request, and the panels never import the scene.
 */
import type { StoreApi } from 'zustand';
import { type ExplorerStore, useExplorer } from './explorerStore';

/** Draws the 3D view into an image and returns it as a data URL (null when it cannot). */
export type SnapshotCapture = () => string | null;

let capture: SnapshotCapture | null = null;

/** The 3D view offers its capture function; returns a function that withdraws it. */
export function registerSnapshotCapture(fn: SnapshotCapture): () => void {
  capture = fn;
  return () => {
    if (capture === fn) capture = null;
  };
}

/**
 * Take a fresh picture of the 3D view into the store's `snapshot`. Returns false (and changes
 * nothing) when no 3D view is there to draw it or drawing fails.
 */
export function takeSnapshot(store: StoreApi<ExplorerStore> = useExplorer): boolean {
  if (!capture) return false;
  let image: string | null;
  try {
    image = capture();
  } catch {
    image = null;
  }
  if (image === null) return false;
  store.getState().setSnapshot(image);
  return true;
}
