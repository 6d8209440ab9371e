import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentAssetPlugin } from './scripts/vite/contentAsset.ts';
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicy.ts';
import { earlyFetchesPlugin } from './scripts/vite/earlyFetches.ts';
import { serviceWorkerPlugin } from './scripts/vite/serviceWorker.ts';

// The app is served from its own origin only: no CDN, no remote decoder, no remote font. Builds
// carry a Content-Security-Policy that enforces it, and a service worker for offline use.
export default defineConfig({
  plugins: [contentAssetPlugin(), react(), contentSecurityPolicyPlugin(), earlyFetchesPlugin(), serviceWorkerPlugin()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
