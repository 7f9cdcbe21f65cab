/**
 * axe-core for the end-to-end tests: a view or dialog as the user has it now must have no
 * critical and no serious violation. The whole page is scanned each time, so a dialog is judged
 * with what is around it. A failure names each rule, its help text and the elements it found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { wordPressVersions } from '../wordpress/versions';

export type Theme = 'light' | 'dark';

/** What the page holds once axe-core's script has run in it. */
interface AxeInPage {
  axe: { run: (options: RunOptions) => Promise<AxeResults> };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.2's target size (24 px, or room around) counts too, though axe leaves it off by default.
// Only the violations are collected: the passes' details are never read.
const runOptions: RunOptions = { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } };

/**
 * The critical and serious findings on the page as it is now, one line per element. axe-core runs
 * in the page itself, put there once per page load: Spalt's views hold no frames, so nothing is
 * gained by @axe-core/playwright's frame-by-frame run, which injected axe again and finished each
 * scan in a page of its own (about 850 ms a scan, against 150 ms here).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const results = await page.evaluate((options) => (globalThis as unknown as AxeInPage).axe.run(options), runOptions);
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
