import type { Locator, Page } from '@playwright/test';

/**
 * The save line once it says "Sparat hh:mm" with no save under way: while one is, the line
 * stands still and is aria-busy. The e2e tests and the benches wait for a save by it.
 */
export function savedLine(scope: Page | Locator): Locator {
  return scope
    .getByRole('status')
    .filter({ hasText: /^Sparat \d{2}:\d{2}$/ })
    .and(scope.locator(':not([aria-busy="true"])'));
}
