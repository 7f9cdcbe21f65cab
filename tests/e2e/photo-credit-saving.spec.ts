/**
 * The photo credit form saves on the same engine as articles: a save that fails while Spalt
 * does not answer keeps what was typed, says so, and goes out once Spalt answers again.
 */
import type { Route } from '@playwright/test';
import { fixtureText } from '../support/photo-fixtures';
import { expectAccessible } from './axe-support';
import { expect, savedLine } from './fixtures';
import { importThroughChooser, openPhotoLibrary, photoRows, test } from './photos-support';

test('alt text typed while Spalt does not answer is kept, and saved once it answers again', async ({ page, spalt, photoFiles: files }) => {
  await openPhotoLibrary(page, spalt);
  await importThroughChooser(page, [files.iptc]);
  const detail = page.getByRole('region', { name: fixtureText.iptc.caption });
  const alt = detail.getByRole('textbox', { name: 'Alternativtext' });
  await expect(alt).toBeVisible();

  // Every call goes unanswered, the probe that asks whether Spalt is there too.
  const noAnswer = (route: Route) => route.abort('connectionrefused');
  await page.route('**/api/invoke/**', noAnswer);
  const description = 'Brandmän vid ett rökfyllt trapphus i Hovsjö';
  await alt.fill(description);
  await expect(page.getByRole('alert', { name: 'Spalt svarar inte' })).toBeVisible();
  const failed = detail.getByRole('alert').filter({ hasText: 'Kunde inte spara' });
  await expect(failed).toContainText('Spalt svarar inte.');
  await expect(alt).toHaveValue(description);
  expect(photoRows(spalt)[0]?.alt).toBe('');
  await expectAccessible(page, 'the credit form whose save failed while Spalt does not answer', ['light']);

  await page.unroute('**/api/invoke/**', noAnswer);
  await expect(page.getByRole('alert', { name: 'Spalt svarar inte' })).toBeHidden();
  await expect(savedLine(detail)).toBeVisible();
  expect(photoRows(spalt)[0]?.alt).toBe(description);
});
