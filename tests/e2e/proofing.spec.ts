/**
 * Swedish spelling offline: Hunspell in a worker marks unknown words with a CSS highlight (no
 * DOM change, nothing saved), the shortcut and the right-click menu offer suggestions, the
 * newsroom's word list and the people registry count as known, the checklist lists unknown
 * words as warnings, and LIX stands beside the word count.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe-support';
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
  // With no unknown word left no highlight stays registered: an empty one still costs Chromium
  // paint work in every frame typed.
  expect(await page.evaluate<boolean>(`CSS.highlights.has('spalt-spelling')`)).toBe(false);
  expect(spalt.readDatabase((db) => db.prepare('SELECT word FROM newsroom_words').pluck().all())).toEqual(['Hawsho']);
});

test('the checklist lists a seed’s typo as a warning and jumps to it; LIX stands beside the word count', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Huddinge satsar på stöd');
  await bodyEditor(page).click();
  // Seed 003 as it was published, typo and all.
  await page.keyboard.type('Det är viktigt att de som arbetar inom sociatjänsten kan få möjlighet att skapa stabilitet.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Kvinnojourer behövs.');
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  const item = checklist.getByRole('button', { name: /Varning: Okänt ord: ”sociatjänsten”/ });
  await expect(item).toBeVisible();
  // A warning, for the editor to weigh: the errors are the empty lead and byline.
  await expect(checklist.getByText(/^2 fel och 1 varning$/)).toBeVisible();
  await item.click();
  await expect.poll(() => page.evaluate<string>('getSelection()?.toString() ?? ""')).toBe('sociatjänsten');
  await expect(bodyEditor(page)).toBeFocused();
  // Headline and body: 21 words, 3 sentences, 7 longer than six letters: 7 + 33.3, "medelsvår".
  await expect(page.getByText('21 ord · 136 tecken · Lästid 1 min · LIX 40, medelsvår')).toBeVisible();
  await expectAccessible(page, 'an article with checklist errors and a spelling warning, LIX beside the word count', ['light']);
  await caretAfter(page, 'Control+End', 'Kvinnojourer behövs.');
  await page.keyboard.type(' Ja.');
  // 22 words, 4 sentences, 7 long: 5.5 + 31.8.
  await expect(page.getByText(/LIX 37, lätt$/)).toBeVisible();
});

test('the word list under Inställningar: add, remove, export and import one word a line, in Swedish and English', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const list = page.getByRole('region', { name: 'Redaktionens ordlista' });
  await expect(list.getByText('Listan är tom.')).toBeVisible();
  await list.getByRole('textbox', { name: 'Nytt ord' }).fill('två ord');
  await list.getByRole('button', { name: 'Lägg till' }).click();
  await expect(list.getByRole('alert')).toHaveText('Skriv ett ord utan mellanslag som börjar med en bokstav, högst 60 tecken.');
  await expectAccessible(page, 'the word list refusing what is no word', ['light']);
  await list.getByRole('textbox', { name: 'Nytt ord' }).fill('Hjulström');
  await list.getByRole('button', { name: 'Lägg till' }).click();
  await expect(list.getByRole('listitem')).toHaveText(['Hjulström ×']);

  const chooser = page.waitForEvent('filechooser');
  await list.getByRole('button', { name: 'Importera ord från fil' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'namn.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('\uFEFFGeneta\r\nHovsjö\r\nHjulström\r\nnågot med mellanslag\r\n', 'utf8'),
  });
  await expect(list.getByRole('status')).toHaveText('2 nya ord; 1 rad var inget ord.');
  await expect(list.getByRole('listitem')).toHaveText(['Geneta ×', 'Hjulström ×', 'Hovsjö ×']);
  await expectAccessible(page, 'the word list with words and its import’s notice', ['light']);
  await list.getByRole('button', { name: 'Ta bort ”Hovsjö”' }).click();
  await expect(list.getByRole('listitem')).toHaveText(['Geneta ×', 'Hjulström ×']);
  expect(spalt.readDatabase((db) => db.prepare('SELECT word FROM newsroom_words ORDER BY word').pluck().all())).toEqual([
    'Geneta',
    'Hjulström',
  ]);

  const download = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Exportera ordlistan' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spalt-ordlista-\d{4}-\d{2}-\d{2}\.txt$/);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await file.path(), 'utf8')).toBe('Geneta\nHjulström\n');

  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  const english = page.getByRole('region', { name: 'The newsroom’s word list' });
  await expect(english.getByText('2 words')).toBeVisible();
  await expect(english.getByRole('button', { name: 'Remove “Geneta”' })).toBeVisible();
});

test('a name added to the people registry in another window is known at once; an ignored word stays ignored in its article only', async ({
  page,
  spalt,
  context,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Helen Shabo leder arbetet med peerstöd i Geneta.');
  await expect.poll(() => markedWords(page)).toEqual(['Shabo', 'peerstöd', 'Geneta']);

  const registry = await context.newPage();
  await registry.goto(`${spalt.origin}/#/people`);
  const form = registry.getByRole('form', { name: 'Lägg till person' });
  await form.getByRole('textbox', { name: 'Namn' }).fill('Helen Shabo');
  await form.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Reporter' });
  await form.getByRole('textbox', { name: 'Titel' }).fill('reporter');
  await form.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(registry.getByRole('status')).toHaveText('Helen Shabo är sparad.');
  await expect.poll(() => markedWords(page)).toEqual(['peerstöd', 'Geneta']);

  // From the start of the body, the shortcut reaches the first word still unknown.
  await bodyEditor(page).click();
  await caretAfter(page, 'Control+Home', '');
  await page.keyboard.press('Shift+Alt+KeyO');
  const menu = page.getByRole('menu', { name: 'Stavning: ”peerstöd”' });
  await menu.getByRole('menuitem', { name: 'Ignorera i artikeln' }).click();
  await expect.poll(() => markedWords(page)).toEqual(['Geneta']);
  const articleSeq = spalt.readDatabase((db) => db.prepare('SELECT seq FROM articles WHERE id = ?').pluck().get(id));
  expect(spalt.readDatabase((db) => db.prepare('SELECT article_seq, word FROM article_ignored_words').all())).toEqual([
    { article_seq: articleSeq, word: 'peerstöd' },
  ]);

  // Read again, the article still ignores it; another article does not.
  await page.reload();
  await expect.poll(() => markedWords(page)).toEqual(['Geneta']);
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Mer peerstöd.');
  await expect.poll(() => markedWords(page)).toEqual(['peerstöd']);
});

test('a word the list cannot take is refused with a message, and nothing is stored', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  const long = 'Kommunfullmäktigeledamotsersättningsutredningsdirektivsförslagsremissvarshantering';
  await bodyEditor(page).click();
  await page.keyboard.type(`Ett ${long}.`);
  await expect.poll(() => markedWords(page)).toEqual([long]);
  await caretAfter(page, 'Control+Home', '');
  await page.keyboard.press('Shift+Alt+KeyO');
  await page
    .getByRole('menu', { name: `Stavning: ”${long}”` })
    .getByRole('menuitem', { name: 'Lägg till i ordlistan' })
    .click();
  await expect(page.getByRole('alert')).toContainText('Uppgifterna kunde inte tas emot');
  await expect(page.getByRole('alert')).toContainText('Rätta och försök igen.');
  await expectAccessible(page, 'an article saying the word list refused a word', ['light']);
  expect(spalt.readDatabase((db) => db.prepare('SELECT count(*) FROM newsroom_words').pluck().get())).toBe(0);
  await expect.poll(() => markedWords(page)).toEqual([long]);
});

test('the checklist lists an unknown word of the headline and selects it in the field', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  const headline = page.getByRole('textbox', { name: 'Rubrik' });
  await headline.fill('Mer pengar till kvnnojourer i Huddinge');
  const item = page.getByRole('region', { name: 'Kontrollista' }).getByRole('button', { name: /Varning: Okänt ord: ”kvnnojourer”/ });
  await item.click();
  await expect(headline).toBeFocused();
  await expect
    .poll(() =>
      headline.evaluate((input: { value: string; selectionStart: number | null; selectionEnd: number | null }) =>
        input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      ),
    )
    .toBe('kvnnojourer');
  await headline.fill('Mer pengar till kvinnojourer i Huddinge');
  await expect(item).toHaveCount(0);
});
