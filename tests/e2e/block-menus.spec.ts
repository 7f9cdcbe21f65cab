/**
 * The editor's block menus and shortcuts are built from the node registry: the "Infoga" menu,
 * the slash menu and each block's shortcut offer exactly the blocks whose definitions carry a
 * menu entry, in the registry's order, and each inserts its own block.
 */
import { bodyBlocks } from '../../shared/document/nodes/registry';
import { translate } from '../../shared/i18n';
import { bodyEditor, createArticle, expect, expectSaved, openSpalt, test, type SpaltServer } from './fixtures';

/** The blocks as a journalist sees them offered: name, and the shortcut Windows and Linux read out. */
const offered: ReadonlyArray<readonly [name: string, keys: string]> = [
  ['Citatpuff', 'Shift+Alt+P'],
  ['Intervjufråga', 'Shift+Alt+Q'],
  ['Uppdatering', 'Shift+Alt+U'],
  ['Läs även', 'Shift+Alt+L'],
  ['Annonsplats', 'Shift+Alt+N'],
  ['Faktaruta', 'Shift+Alt+F'],
  ['Signatur', 'Shift+Alt+S'],
  ['Avdelare', 'Shift+Alt+R'],
  ['Bild', 'Shift+Alt+M'],
] as const;

const menuBlocks = bodyBlocks.flatMap(({ type, menu }) => (menu ? [{ type, ...menu }] : []));

function storedTypes(spalt: SpaltServer, id: string): string[] {
  const body = spalt.readDatabase((db) => db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string);
  return (JSON.parse(body) as { root: { children: Array<{ type: string }> } }).root.children.map((node) => node.type);
}

test('the Infoga menu and the slash menu offer every block the registry gives a menu entry, in its order, with its shortcut', async ({
  page,
  spalt,
}) => {
  expect(menuBlocks.map(({ label, shortcut }) => [translate('sv', label), `Shift+Alt+${shortcut.code.replace(/^Key/, '')}`])).toEqual(
    offered,
  );
  expect(menuBlocks.every(({ shortcut }) => shortcut.modifiers === 'access')).toBe(true);

  await openSpalt(page, spalt);
  await createArticle(page);
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  const items = page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem');
  await expect(items).toHaveCount(offered.length);
  for (const [index, [name, keys]] of offered.entries()) {
    await expect(items.nth(index)).toHaveAccessibleName(name);
    await expect(items.nth(index)).toHaveAttribute('aria-keyshortcuts', keys);
  }
  await page.keyboard.press('Escape');

  await bodyEditor(page).click();
  await page.keyboard.type('/');
  await expect(page.getByRole('listbox', { name: 'Block att infoga' }).getByRole('option')).toHaveText(offered.map(([name]) => name));
});

test("each block's shortcut inserts its block where the caret is, and the article stores it", async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.type('Inledning.');
  await page.keyboard.press('Enter');
  for (const { type, shortcut, insert } of menuBlocks) {
    const key = `Shift+Alt+${shortcut.code}`;
    if (insert.kind === 'command') {
      // A photo is picked first: its shortcut opens the picker.
      await page.keyboard.press(key);
      const picker = page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' });
      await expect(picker).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(picker).toHaveCount(0);
      continue;
    }
    if (insert.kind === 'paragraph') await page.keyboard.type('Hur gick det till?');
    await page.keyboard.press(key);
    await expect.poll(() => storedTypes(spalt, id), { message: `${key} inserts ${type}` }).toContain(type);
    // A block with fields takes focus in its first one; Escape goes on to the text below it.
    if (!(await editor.evaluate((root) => root === root.ownerDocument.activeElement))) {
      await page.keyboard.press('Escape');
      await expect(editor).toBeFocused();
    }
    // The answer to a question is a paragraph below it.
    if (insert.kind === 'paragraph') await page.keyboard.press('Enter');
  }
  await expectSaved(page);
  const inserted = menuBlocks.filter(({ insert }) => insert.kind !== 'command').map(({ type }) => type);
  expect(storedTypes(spalt, id)).toEqual(['paragraph', ...inserted, 'paragraph']);
  await expect(editor.locator('p.spalt-question')).toHaveText('Hur gick det till?');
});
