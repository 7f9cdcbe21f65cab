import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the desktop app serves the build from its own scheme.
  base: './',
  plugins: [react()],
  resolve: {
    // hunspell-asm's ES build takes its CommonJS WebAssembly runtime as a namespace, which a bundler
    // cannot call; its CommonJS build (what Node loads) works in the worker as it is.
    alias: [{ find: /^hunspell-asm$/, replacement: 'hunspell-asm/dist/cjs/index.js' }],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // One bundle for a desktop app read from disk; splitting buys nothing here.
    chunkSizeWarningLimit: 1500,
  },
});
