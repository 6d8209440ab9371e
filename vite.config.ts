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
  resolve: {
    alias: [
      // R3F's store (zustand/traditional) imports the React 16/17 fallback ("shim") of
      // useSyncExternalStore; on React 19 that shim only hands over to React's own hook, so the
      // package's entry for React 18+ is used instead (the same hook, without the fallback code).
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Saved work, quiz progress, the share link and the schemas they check are loaded together
          // right after the first frame (the workspace and the syncs): one chunk instead of six
          // small ones, each of which gzip compresses poorly alone (issue 13: JS total).
          groups: [
            {
              name: 'storage',
              // (Not the body remembered on the device: the entry reads it to pick the model file.)
              test: /src[\\/](persistence[\\/](?!bodyPreference)|schemas|store[\\/](sessionsStore|quizProgressStore|shareLink))/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
