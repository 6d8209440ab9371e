import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served from its own origin only: no CDN, no remote decoder, no remote font.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
