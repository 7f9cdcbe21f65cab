/**
 * The keyboard alone: where focus lands after "Ny artikel", the toolbar as one Tab stop moved
 * through by the arrow keys, every dialog handing focus back to the control that opened it, and
 * a newly inserted block taking focus.
 */
import type { Page } from '@playwright/test';
import { bodyEditor, createArticle, expect, openSpalt, test } from './fixtures';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatering' });
const tool = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });

test('"Ny artikel" from the keyboard puts focus in the headline, and the page has the article as its h1', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('button', { name: 'Ny artikel' }).focus();
  await page.keyboard.press('Enter');
  const headline = page.getByRole('textbox', { name: 'Rubrik' });
  await expect(headline).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('(Utan rubrik)');
  await page.keyboard.type('Bron stängs i helgen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bron stängs i helgen');
});

test('the toolbar is one Tab stop; the arrow keys, Home and End move through it, and it remembers the last one', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Kommunen bygger om bron.');

  // Back from the text: the toolbar's first tool, then out of the toolbar in one more step.
  await page.keyboard.press('Shift+Tab');
  await expect(tool(page, 'Brödtext')).toBeFocused();
  await expect(toolbar(page).locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar(page).locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(tool(page, 'Brödtext')).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Mellanrubrik (H2)')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // "Gör om" cannot be used yet, so the end is "Ångra".
  await expect(tool(page, 'Ångra')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tool(page, 'Brödtext')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tool(page, 'Ångra')).toBeFocused();
  await page.keyboard.press('Home');
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Fetstil')).toBeFocused();
  await expect(tool(page, 'Fetstil')).toHaveAttribute('title', 'Fetstil (Ctrl+B)');

  // Tab leaves for the text in one step, and coming back finds the tool last used.
  await page.keyboard.press('Tab');
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tool(page, 'Fetstil')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tool(page, 'Fetstil')).toHaveAttribute('aria-pressed', 'true');
});

test('closing a dialog gives focus back to the control that opened it', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Bron stängs i helgen');
  await bodyEditor(page).click();
  await page.keyboard.type('Kommunen bygger om bron.');

  const history = page.getByRole('button', { name: 'Historik' });
  await history.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /Historik/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /Historik/ })).toHaveCount(0);
  await expect(history).toBeFocused();

  const publish = page.getByRole('button', { name: 'Publicera', exact: true });
  await publish.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Publicera' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Publicera' })).toHaveCount(0);
  await expect(publish).toBeFocused();

  const mainPhoto = page.getByRole('button', { name: 'Välj huvudbild' });
  await mainPhoto.focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Välj huvudbild ur bildbiblioteket' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: 'Avbryt' }).press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(mainPhoto).toBeFocused();

  // The link dialog from the toolbar's "Länk": back on "Länk", whether cancelled or applied.
  await bodyEditor(page).click();
  await page.keyboard.press('Shift+Tab');
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Länk')).toBeFocused();
  await page.keyboard.press('Enter');
  const address = page.getByRole('dialog', { name: 'Infoga länk' }).getByRole('textbox', { name: 'Adress' });
  await expect(address).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tool(page, 'Länk')).toBeFocused();

  // A confirm dialog: emptying the trash, answered no.
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await page.getByRole('button', { name: /^Flytta .* till papperskorgen$/ }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Papperskorg' }).click();
  const empty = page.getByRole('button', { name: 'Töm papperskorgen' });
  // Greyed out until the trash's list has come: a disabled button takes no focus.
  await expect(empty).toBeEnabled();
  await empty.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(empty).toBeFocused();
});

test('an inserted block takes focus: its first field, or the text below a block without fields', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Det finns två stora hot.');
  await page.keyboard.press('Enter');

  // By its shortcut: the pull quote's text.
  await page.keyboard.press('Shift+Alt+KeyP');
  const quote = page.getByRole('textbox', { name: 'Citattext' });
  await expect(quote).toBeFocused();
  await page.keyboard.type('Europa ska inte vara ett gängparadis');
  await expect(quote).toHaveValue('Europa ska inte vara ett gängparadis');
  // Escape goes on to the text below the block.
  await page.keyboard.press('Escape');
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.type('Sa hon i debatten.');
  await expect(bodyEditor(page).locator('p', { hasText: 'Sa hon i debatten.' })).toBeVisible();

  // From the Infoga menu, by the keyboard alone: the fact box's title.
  await bodyEditor(page).getByText('Det finns två stora hot.').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Infoga', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Infoga block' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Faktaruta' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Faktarutans titel' })).toBeFocused();

  // From the slash menu: the signature's first name.
  await bodyEditor(page).getByText('Det finns två stora hot.').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('/signatur');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Undertecknarens namn 1' })).toBeFocused();

  // A separator has no field: the caret waits in the text below it.
  await bodyEditor(page).getByText('Det finns två stora hot.').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Alt+KeyR');
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.type('Efter avdelaren.');
  await expect(bodyEditor(page).getByText('Efter avdelaren.')).toBeVisible();
});
