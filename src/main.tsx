/**
 * Entry point: the app shell. The panels and the 3D view load as separate chunks; the model file
 * and both chunks are requested at once, so they download side by side.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startBodyChoice } from './app/bodyChoice';
import { registerServiceWorker } from './app/registerServiceWorker';
import { fetchModel } from './model/fetchModel';
import './styles/app.css';
import './styles/print.css';

// Start the chosen body's download now (only that body's file: the link's body, else the one this
// device remembers, else the default). index.html preloads the 3D and workspace chunks; the
// workspace is evaluated only after the body's first frame, see app/App.tsx.
fetchModel(startBodyChoice()).catch(() => undefined);
// Offline use: the service worker caches the app after the first visit (production builds only).
registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
