/**
 * Playwright fixture: one fresh WordPress per worker, stopped when the worker ends.
 *   import { test, expect } from '../wordpress/fixtures';
 *   test('…', async ({ page, wordpress }) => { … });
 */
import { test as base, expect } from '@playwright/test';
import { startWordPress, type WordPressSite } from './site';

export const test = base.extend<Record<never, never>, { wordpress: WordPressSite }>({
  wordpress: [
    async ({}, use) => {
      const site = await startWordPress();
      try {
        await use(site);
      } finally {
        await site.stop();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect };
