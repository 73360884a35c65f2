import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev:web`: the API runs on its own (npm start), Vite proxies to it.
const api = process.env.KARTLEGG_API ?? `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.VITE_PORT ?? 5177),
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/auth': { target: api },
      '/health': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts are files of their own (served by us, cached), not inlined into the CSS.
    assetsInlineLimit: 0,
    manifest: true,
    // The budget that counts is gzipped, checked by scripts/check-bundle-size.mjs.
    chunkSizeWarningLimit: 1000,
  },
});
