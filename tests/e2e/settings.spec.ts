import { expect, openSpalt, test } from './fixtures';

test('English can be chosen in settings and stays chosen', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByText(spalt.dataDir, { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await page.getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' })).toBeVisible();
  expect(spalt.readDatabase((db) => db.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get())).toBe('"en"');
});
