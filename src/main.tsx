/**
 * Entry point. It starts the chosen body's download, draws the body's first frame with three.js
 * alone (scene/headStart.ts), and only then loads and mounts the app (React, the panels, the
 * clinical content), whose 3D view takes that frame's canvas, renderer and model over. Until the
 * app mounts, the page shows the static shell of index.html around the body.
 */
import { startBodyChoice } from './app/bodyChoice';
import { startLinkedView } from './app/linkedView';
import { registerServiceWorker } from './app/registerServiceWorker';
import { fetchModel } from './model/fetchModel';
import type { HeadStart } from './scene/headStart';
import './styles/app.css';
import './styles/print.css';

/**
 * How long the app waits for the first frame before it mounts anyway: on a slow connection the
 * panels and the download's progress then show while the file is still arriving.
 */
const FIRST_FRAME_WAIT_MS = 1500;

// Start the chosen body's download now (only that body's file: the link's body, else the one this
// device remembers, else the default).
const body = startBodyChoice();
fetchModel(body).catch(() => undefined);
// A link's view, so that the first frame shows the body from the side the link asks for.
startLinkedView();
// Offline use: the service worker caches the app after the first visit (production builds only).
registerServiceWorker();

async function start(): Promise<void> {
  let headStart: HeadStart | null = null;
  try {
    const { startHeadStart } = await import('./scene/headStart');
    headStart = startHeadStart(body, document.querySelector('#root .canvas-place'));
  } catch {
    // The chunk did not arrive: the app's 3D view loads the body itself (and reports what fails).
  }
  if (headStart) {
    await Promise.race([headStart.drawn, new Promise((resolve) => setTimeout(resolve, FIRST_FRAME_WAIT_MS))]);
  }
  const { mountApp } = await import('./app/mountApp');
  mountApp(document.getElementById('root'), headStart);
}

void start();
