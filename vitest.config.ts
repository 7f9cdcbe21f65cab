import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const renderer = 'tests/unit/renderer/**/*.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default is a core less than the machine has: one worker on two cores. The
    // integration tests mostly wait (on WordPress, SQLite's syncs, child processes), so at least
    // two run side by side; on two cores that halves the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share their worker's modules instead of importing everything afresh: that
    // import was nearly half of the run (about 100 of 200 s on two cores). Each test sets up
    // what it uses (its own data folder, database, server and WordPress); none mocks a module
    // or stubs the environment, and fake timers are put back after each, so nothing is carried
    // from one file to the next.
    isolate: false,
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
