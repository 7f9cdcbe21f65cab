import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, openSpalt, savedLine, test } from './fixtures';

test('a journalist writes every field and a formatted body, reloads, and finds it all intact', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);

  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Debatt/Insändare' });
  await page.getByRole('textbox', { name: 'Vinjett' }).fill('INSÄNDARE:');
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Starkare Europa, starkare Sverige');
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Den här veckan firar vi Europadagen.');
  await page.getByRole('button', { name: 'Lägg till byline' }).click();
  await page.getByRole('combobox', { name: 'Namn' }).fill('Metin Hawsho');
  await page.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Skribent' });

  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.type('Liberalerna är det enda parti som ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('tydligt tar ställning');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' för EU.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Mellanrubrik (H2)' }).click();
  await page.keyboard.type('Två stora hot');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('Putins anfallskrig');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' och ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('gängbrottsligheten');
  await page.keyboard.press('Control+u');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Underrubrik (H3)' }).click();
  await page.keyboard.type('Vad vi vill');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Punktlista' }).click();
  await page.keyboard.type('En gemensam Europa-polis');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Skarpare utsläppskrav');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Numrerad lista' }).click();
  await page.keyboard.type('Först');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sedan');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Citat' }).click();
  await page.keyboard.type('Europa ska inte vara ett gängparadis');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Läs mer hos Liberalerna');
  for (let i = 0; i < 'Liberalerna'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Länk' }).click();
  await page.getByRole('textbox', { name: 'Adress' }).fill('https://www.liberalerna.se/');
  await page.getByRole('button', { name: 'Infoga länk' }).click();

  await expect(savedLine(page)).toBeVisible();
  await expect
    .poll(() => spalt.readDatabase((db) => (db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body))
    .toContain('https://www.liberalerna.se/');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Starkare Europa, starkare Sverige');
  await expect(page.getByRole('combobox', { name: 'Typ' })).toHaveValue('opinion');
  await expect(page.getByRole('textbox', { name: 'Vinjett' })).toHaveValue('INSÄNDARE:');
  await expect(page.getByRole('textbox', { name: 'Ingress' })).toHaveValue('Den här veckan firar vi Europadagen.');
  await expect(page.getByRole('combobox', { name: 'Namn' })).toHaveValue('Metin Hawsho');
  await expect(page.getByRole('combobox', { name: 'Roll' })).toHaveValue('writer');

  const reloaded = bodyEditor(page);
  await expect(reloaded.locator('strong')).toHaveText('tydligt tar ställning');
  await expect(reloaded.getByRole('heading', { level: 2 })).toHaveText('Två stora hot');
  await expect(reloaded.getByRole('heading', { level: 3 })).toHaveText('Vad vi vill');
  await expect(reloaded.locator('em')).toHaveText('Putins anfallskrig');
  await expect(reloaded.locator('.text-underline')).toHaveText('gängbrottsligheten');
  await expect(reloaded.locator('ul > li')).toHaveText(['En gemensam Europa-polis', 'Skarpare utsläppskrav']);
  await expect(reloaded.locator('ol > li')).toHaveText(['Först', 'Sedan']);
  await expect(reloaded.locator('blockquote')).toHaveText('Europa ska inte vara ett gängparadis');
  await expect(reloaded.getByRole('link', { name: 'Liberalerna' })).toHaveAttribute('href', 'https://www.liberalerna.se/');
  await expect(
    page.getByText(/^\d+ ord · [\d\s]+ tecken · Lästid \d+ min · LIX \d+, (mycket lätt|lätt|medelsvår|svår|mycket svår)$/),
  ).toBeVisible();

  const row = spalt.readDatabase((db) => db.prepare('SELECT kind, kicker, bylines, revision FROM articles WHERE id = ?').get(id));
  expect(row).toMatchObject({
    kind: 'opinion',
    kicker: 'INSÄNDARE:',
    bylines: '[{"role":"writer","name":"Metin Hawsho","personId":null}]',
  });
});

test('a link to anything but http, https or mailto is refused with a message', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Klicka här');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Adress' }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Infoga länk' }).click();
  await expect(page.getByRole('alert')).toContainText('Bara adresser som börjar med http://, https:// eller mailto:');
  await expect(bodyEditor(page).getByRole('link')).toHaveCount(0);
  await expectAccessible(page, 'the link dialog refusing an address', ['light']);

  await page.getByRole('textbox', { name: 'Adress' }).fill('redaktionen@example.se');
  await page.getByRole('button', { name: 'Infoga länk' }).click();
  await expect(bodyEditor(page).getByRole('link', { name: 'Klicka här' })).toHaveAttribute('href', 'mailto:redaktionen@example.se');
});

test('undo and redo from the toolbar and the keyboard', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.type('Första meningen.');
  await expect(body).toHaveText('Första meningen.');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('');
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(body).toHaveText('Första meningen.');
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(body).toHaveText('');
});

test('the toolbar follows the caret: formats, block type, moving between blocks, and undo', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  const body = bodyEditor(page);
  const pressed = (name: string) => expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  const notPressed = (name: string) => expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'false');

  await body.click();
  await page.keyboard.type('Vanlig text ');
  await pressed('Brödtext');
  await notPressed('Fetstil');
  await page.keyboard.press('Control+b');
  await pressed('Fetstil');
  await page.keyboard.type('fet');
  await pressed('Fetstil');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' igen');
  await notPressed('Fetstil');

  await page.keyboard.press('Shift+Alt+Digit2');
  await pressed('Mellanrubrik (H2)');
  await page.keyboard.type(' rubrik');
  await pressed('Mellanrubrik (H2)');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(body.locator('h2')).toHaveCount(0);
  await pressed('Brödtext');

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Alt+Digit3');
  await page.keyboard.type('Underrubrik');
  await pressed('Underrubrik (H3)');
  await page.keyboard.press('ArrowUp');
  await pressed('Brödtext');
  await page.keyboard.press('ArrowDown');
  await pressed('Underrubrik (H3)');
});
