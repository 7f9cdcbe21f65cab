import { defineConfig } from '@playwright/test';

const runningAsRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  // Browser mode's server, built once for the run; every test starts it.
  globalSetup: './tests/support/server-bundle.ts',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // A zone far from Stockholm proves that times are shown in the newsroom's zone.
    timezoneId: 'America/New_York',
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser of its own here.
      executablePath: process.env.SPALT_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        ...(runningAsRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
