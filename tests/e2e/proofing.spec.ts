/**
 * Swedish spelling offline: Hunspell in a worker marks unknown words with a CSS highlight (no
 * DOM change, nothing saved), the shortcut and the right-click menu offer suggestions, the
 * newsroom's word list and the people registry count as known, the checklist lists unknown
 * words as warnings, and LIX stands beside the word count.
 */
import type { Page } from '@playwright/test';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, openSpalt, test } from './fixtures';

/** The text of every range the spelling highlight holds, in the order they were marked. */
const markedWords = (page: Page) =>
  page.evaluate<string[]>(`[...(CSS.highlights.get('spalt-spelling') ?? [])].map((range) => range.toString())`);

test('marks a misspelt word, corrects it from the keyboard in one undo step, and knows a name once it is on the list', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Stöd till kvinnojourer');
  await bodyEditor(page).click();
  await page.keyboard.type('Hawsho menar att sociatjänsten behöver mer stöd. Hawsho har rätt.');
  await expect.poll(() => markedWords(page)).toEqual(['Hawsho', 'sociatjänsten', 'Hawsho']);
  // The marks are not in the document: the text on disk is just the text.
  await expectSaved(page);
  expect(spalt.readDatabase((db) => db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id))).not.toContain('spelling');

  // The shortcut opens the menu of the next unknown word after the caret; arrows and Enter pick.
  await caretAfter(page, 'Home', '');
  await page.keyboard.press('Shift+Alt+KeyO');
  const menu = page.getByRole('menu', { name: 'Stavning: ”Hawsho”' });
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await caretAfter(
    page,
    'Home',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'ArrowRight',
    'Hawsho ',
  );
  await page.keyboard.press('Shift+Alt+KeyO');
  const wordMenu = page.getByRole('menu', { name: 'Stavning: ”sociatjänsten”' });
  await expect(wordMenu.getByRole('menuitem', { name: 'socialtjänsten', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(bodyEditor(page)).toHaveText('Hawsho menar att socialtjänsten behöver mer stöd. Hawsho har rätt.');
  await expect(bodyEditor(page).getByRole('paragraph')).toHaveCount(1);
  await expect.poll(() => markedWords(page)).toEqual(['Hawsho', 'Hawsho']);
  await expectSaved(page);
  expect(spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id))).toContain('socialtjänsten');

  // One undo brings the misspelling back, whole.
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(bodyEditor(page)).toHaveText('Hawsho menar att sociatjänsten behöver mer stöd. Hawsho har rätt.');
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(bodyEditor(page)).toHaveText('Hawsho menar att socialtjänsten behöver mer stöd. Hawsho har rätt.');

  await expect.poll(() => markedWords(page)).toEqual(['Hawsho', 'Hawsho']);
  // Right-click on the name: "Lägg till i ordlistan" takes every mark of it away, and it is on disk.
  await bodyEditor(page)
    .getByText(/^Hawsho menar/)
    .click({ button: 'right', position: { x: 12, y: 8 } });
  await page.getByRole('menu', { name: 'Stavning: ”Hawsho”' }).getByRole('menuitem', { name: 'Lägg till i ordlistan' }).click();
  await expect.poll(() => markedWords(page)).toEqual([]);
  expect(spalt.readDatabase((db) => db.prepare('SELECT word FROM newsroom_words').pluck().all())).toEqual(['Hawsho']);
});
