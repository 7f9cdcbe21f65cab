import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the desktop app serves the build from its own scheme.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // One bundle for a desktop app read from disk; splitting buys nothing here.
    chunkSizeWarningLimit: 1500,
  },
});
