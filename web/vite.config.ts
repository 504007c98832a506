import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI is served by `sitrep serve` from web/dist: relative asset paths, no inline scripts (the
// page's CSP allows scripts from our own origin only), no module-preload polyfill inlined.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
});
