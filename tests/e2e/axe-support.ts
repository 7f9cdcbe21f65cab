/**
 * axe-core for the end-to-end tests: a view or dialog as the user has it now must have no
 * critical and no serious violation. The whole page is scanned each time, so a dialog is judged
 * with what is around it. A failure names each rule, its help text and the elements it found.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { wordPressVersions } from '../wordpress/versions';

export type Theme = 'light' | 'dark';

/** The critical and serious findings on the page as it is now, one line per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // WCAG 2.2's target size (24 px, or room around) counts too, though axe leaves it off by default.
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.impact} ${violation.id} (${violation.help}): ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
      ),
    );
}

/**
 * Scans the page in each theme asked for; the test goes on to the next view and fails at its end
 * with every finding. The dark theme is worth its time where the view has colours of its own.
 */
export async function expectAccessible(page: Page, what: string, themes: readonly Theme[] = ['light', 'dark']): Promise<void> {
  const found: string[] = [];
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    found.push(...(await seriousViolations(page)).map((line) => `${what}, ${theme}: ${line}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect.soft(found, found.join('\n\n')).toEqual([]);
}

/**
 * Whether a spec that runs once per WordPress version scans in this run: axe reads Spalt's own
 * views, which are the same against either version, so only the run on the first version pays
 * for the scans.
 */
export function scansWith(wordpress: { version: string }): boolean {
  return wordpress.version === wordPressVersions[0];
}
