/**
 * The desktop menus' commands as browser mode offers them, by keyboard: Sök (Ctrl+F) goes to the
 * library's search field from anywhere, Inställningar (Ctrl+,) to the settings, Publicera…
 * (Ctrl+Shift+P) opens the open article's publish dialog, and says what to do without one.
 * The desktop app's menus send the same commands to the same code (app.command).
 */
import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, openSpalt, test } from './fixtures';

test('the menu commands work by keyboard in browser mode', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await bodyEditor(page).click();

  // From the editor, Sök goes to the library with the search field ready to type in.
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Sök i artiklar' });
  await expect(search).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Artiklar', level: 1 })).toBeVisible();
  await search.fill('kommun');
  await page.getByRole('heading', { name: 'Artiklar', level: 1 }).click();
  // Already in the library: the field takes focus again, its text selected to be typed over.
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await page.keyboard.type('skola');
  await expect(search).toHaveValue('skola');

  // Without an article open, Publicera… says what to do.
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('status').filter({ hasText: 'Öppna artikeln du vill publicera och välj Publicera… igen.' })).toBeVisible();
  await expectAccessible(page, 'the library saying what Publicera… needs', ['light']);

  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { name: 'Inställningar', level: 1 })).toBeVisible();

  // With an article open, Publicera… opens its publish dialog.
  await page.getByRole('link', { name: 'Artiklar' }).click();
  await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Bron stängs');
  await page.keyboard.press('Control+Shift+P');
  const dialog = page.getByRole('dialog', { name: /Publicera/ });
  await expect(dialog).toBeVisible();
  // No site yet: the dialog leads to where one is added.
  await expect(dialog.getByRole('link', { name: 'Lägg till en webbplats' })).toBeVisible();
  await expectAccessible(page, 'the publish dialog without a site', ['light']);
});
