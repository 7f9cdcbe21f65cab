import { defineConfig } from 'vitest/config';

const renderer = 'tests/unit/renderer/**/*.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // shared/ and main/ under Node, against real SQLite files, servers and programs.
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: [renderer],
          // Browser mode's server, built once for the run, for the tests that start it.
          globalSetup: ['tests/support/server-bundle.ts'],
        },
      },
      // The renderer's logic (save engine, routes, stores): no DOM, so Node runs it too.
      { extends: true, test: { name: 'renderer', include: [renderer] } },
    ],
  },
});
