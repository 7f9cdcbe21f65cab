/**
 * Photo import and article export show an overall progress bar while they run. Each is held at
 * the core's door (the request waits, then goes on unchanged) so the bar is seen mid-way.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe-support';
import { expect, openSpalt, writeArticle } from './fixtures';
import { importThroughChooser, openPhotoLibrary, test } from './photos-support';

/** Holds the `nth` request of an operation until the returned function is called. */
async function holdRequest(page: Page, operation: string, nth: number): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  await page.route(`**/api/invoke/${operation}`, async (route) => {
    seen += 1;
    if (seen === nth) await held;
    await route.continue();
  });
  return release;
}

test('a photo import shows how many of its files are done', async ({ page, spalt, photoFiles: files }) => {
  await openPhotoLibrary(page, spalt);
  const release = await holdRequest(page, 'photos.import', 2);
  await importThroughChooser(page, [files.iptc, files.xmp, files.exif]);

  const bar = page.getByRole('progressbar', { name: 'Import av bilder' });
  await expect(bar).toHaveAttribute('aria-valuetext', '1 av 3 bilder klara');
  await expect(bar).toHaveJSProperty('value', 1);
  await expect(bar).toHaveJSProperty('max', 3);
  await expectAccessible(page, 'the photo library while an import is under way');
  release();
  await expect(bar).toHaveAttribute('aria-valuetext', '3 av 3 bilder klara');
  await expect(bar).toHaveJSProperty('value', 3);
  await expect(page.getByText('3 av 3 bilder klara')).toBeVisible();

  await page.getByRole('button', { name: 'Rensa listan' }).click();
  await expect(bar).toHaveCount(0);
});

test('an export shows a progress bar until its file is saved', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await writeArticle(page, spalt, { headline: 'Snabbussar till Stockholm', body: 'Resan tar 35 minuter.' });
  await page.getByRole('table', { name: 'Alla artiklar' }).getByRole('checkbox', { name: 'Välj Snabbussar till Stockholm' }).check();
  const release = await holdRequest(page, 'articles.export', 1);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera valda (1)' }).click();
  const bar = page.getByRole('progressbar', { name: 'Export av artiklar' });
  await expect(bar).toHaveAttribute('aria-valuetext', 'Exporterar 1 artikel …');
  await expect(page.getByRole('button', { name: 'Exportera valda (1)' })).toBeDisabled();
  await expectAccessible(page, 'the library while an export of a chosen article is under way', ['light']);
  release();
  expect((await downloading).suggestedFilename()).toBe('snabbussar-till-stockholm.html');
  await expect(bar).toHaveCount(0);
});
