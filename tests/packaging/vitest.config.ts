import { defineConfig } from 'vitest/config';

// The packaged app's layout, checked apart from `npm test`: it needs an unpacked Electron.
export default defineConfig({
  test: { environment: 'node', include: ['tests/packaging/**/*.test.ts'], testTimeout: 600_000 },
});
