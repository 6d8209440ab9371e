/**
 * Mount the app (React) in the page's root, replacing the static shell of index.html. Loaded by
 * the entry once the body's first frame is drawn (see main.tsx).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HeadStart } from '../scene/headStart';
import { App } from './App';

/** Render the app into `root`; `start` is the first frame's canvas and model, if one was drawn. */
export function mountApp(root: HTMLElement | null, start: HeadStart | null): void {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  );
}
